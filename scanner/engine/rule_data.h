// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/log_pattern.h"
#include "engine/assessment.h"
#include "engine/cpu_name.h"
#include "engine/error_code_table.h"
#include "engine/fact_labels.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QRegularExpression>
#include <optional>

namespace urs {

// A name pattern from the rule data (program lists): '*' any run of characters, '#' one digit,
// '?' one character; case-insensitive. "Norton*" matches "Norton 360 Deluxe". Processor names
// are never matched by pattern: see CpuName.
class WildcardPattern {
public:
    explicit WildcardPattern(const QString &pattern = {});
    const QString &text() const { return m_text; }
    bool matchesWhole(const QString &s) const { return m_whole.match(s).hasMatch(); }
    // Matches a run of whole words inside s.
    bool matchesWords(const QString &s) const { return m_words.match(s).hasMatch(); }

private:
    QString m_text;
    QRegularExpression m_whole;
    QRegularExpression m_words;
};

// One name of Microsoft's Windows 11 processor list for a vendor, as the list file writes it.
struct CpuListEntry {
    QString name; // "Core(TM) i5-8250U", a line of rules/cpu-lists/windows11-intel.txt
    int line = 0; // its line in the file
    // Microsoft's typo corrected: what the processor reports ("Xeon(R) Gold G6400" is a
    // Pentium Gold G6400). The entry matches its own name and this one.
    QString reportedAs;
    QStringList systems; // counts only on these SMBIOS system products (empty: on any)
    QList<CpuNameKey> keys; // of name, and of reportedAs when set
};
// Microsoft's Windows 11 processor list for one vendor: the names are read from a list file
// (rules/cpu-lists/*.txt); the YAML says which file, where it comes from and what the names
// cannot carry (corrections, conditions).
struct CpuList {
    QString vendor; // vendor_id: GenuineIntel, AuthenticAMD, Qualcomm
    QString label; // "Intel"
    QString file; // "cpu-lists/windows11-intel.txt", relative to the rules folder
    QString source; // URL of Microsoft's list
    QString asOf; // the file's first line as a date: "2025-10-06"
    QList<CpuListEntry> entries;
};
// What the list says about one processor name.
struct CpuListMatch {
    const CpuList *list = nullptr; // nullptr: no list for the vendor
    QList<const CpuListEntry *> entries; // the entries it equals, in file order
    QList<const CpuListEntry *> nearest; // when none: the nearest names considered (up to 3)
};

// The CPU family gate of Microsoft's HardwareReadiness.ps1, as ordered rules per vendor.
struct GateRule {
    std::optional<int> family, familyMin, familyMax, modelMin, modelMax;
    QList<int> models, modelsNot, steppings;
    QString result; // pass | fail | needs-platform-id
    // needs-platform-id: the gate passes only when the platform id ("Platform Specific Field 1";
    // on Linux cpu0/microcode/processor_flags) equals this.
    std::optional<int> platformId;
    LocalizedText note;
    bool matches(int family, int model, int stepping) const;
};
struct FamilyGate {
    QString source;
    QString asOf;
    QHash<QString, QList<GateRule>> vendors;
    QString otherResult = QStringLiteral("fail");
    LocalizedText otherNote;
};

// Known programs (security products, VPN clients, disk encryption) matched by name and publisher.
struct ProgramEntry {
    QString name;
    QList<WildcardPattern> match;
    QList<WildcardPattern> publisher; // empty: any publisher
};
struct ProgramList {
    QString id;
    QString description;
    QString source;
    QList<ProgramEntry> entries;
};

// GPU generations by PCI id: can they run Windows 11 (DirectX 12, WDDM 2.x driver)? The table
// (rules/gpus.yaml) is generated from pci.ids by tools/make-gpu-table.py; an id is in one
// family at most.
struct GpuFamily {
    QString name;
    int vendorId = 0;
    QList<QPair<int, int>> deviceRanges; // single ids are ranges of one
    bool dx12Wddm2 = false;
    QString basis; // the source of the answer
};

// 8.1 EditionID -> edition after the upgrade.
struct EditionEntry {
    QStringList sourceIds;
    QString targetEdition; // "Pro"
    QString editionClass; // consumer | business
    bool inPlace = true;
};

class RuleData {
public:
    QList<CpuList> cpuLists;
    FamilyGate gate;
    QHash<QString, ProgramList> programLists;
    QString gpuSource;
    QList<GpuFamily> gpuFamilies;
    QList<EditionEntry> editions;
    ErrorCodeTable errorCodes; // rules/error-codes.yaml
    LogPatterns logPatterns; // rules/setup-logs.yaml
    FactLabels factLabels; // rules/fact-labels.yaml: facts and their values in words

    const CpuList *cpuListFor(const QString &vendor) const;
    // The entries of the vendor's list that a reported model name equals (CpuName), or the
    // nearest names when none does.
    CpuListMatch matchCpu(const QString &vendor, const QString &modelName) const;
    const GateRule *gateRule(const QString &vendor, int family, int model, int stepping) const;
    QStringList matchPrograms(const QJsonArray &programs, const QString &listId) const;
    // The family listing a PCI vendor and device id, or nullptr (unknown).
    const GpuFamily *gpuFamily(int vendorId, int deviceId) const;
    // True when a GPU is known to qualify, false when every GPU is known not to, else nullopt.
    // described: one line per GPU in lang ("en" or "ja").
    std::optional<bool> gpuQualifies(
        const QJsonArray &gpus, QStringList *described, const QString &lang = QStringLiteral("en")) const;
    const EditionEntry *edition(const QString &editionId) const;

    // "Intel(R) Core(TM) i5-9400 CPU @ 2.90GHz" -> "Intel Core i5-9400".
    static QString normaliseCpuName(const QString &modelName);
};

} // namespace urs
