// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/assessment.h"

#include <QList>
#include <QString>
#include <optional>

namespace urs {

// A setup error as Windows shows it: a result code and, from setup, an extend code
// ("0xC1900101 - 0x20017"). Both are normalised to "0x" and eight (five) upper-case digits.
struct SetupCode {
    QString result; // "0xC1900101"
    QString extend; // "0x20017", or empty
    // Accepts "0xc1900101-0x20017", "C1900101 - 0x20017", "0x80070070"; nullopt for anything else.
    static std::optional<SetupCode> parse(const QString &text);
    QString text() const; // "0xC1900101 - 0x20017"
};

// One row of rules/error-codes.yaml.
struct ErrorCodeEntry {
    QString code; // "0xC1900101", or a prefix such as "0x8024" when prefix is set
    bool prefix = false; // written "0x8024*": every code that starts so
    QString extend; // only with this extend code (empty: any)
    QString name; // Microsoft's constant, "ERROR_DISK_FULL"; empty when it has none
    QString pattern; // the failure pattern the finding uses: "driver-rollback", "disk-space", ...
    LocalizedText meaning;
    LocalizedText remedy;
};

// A digit of the extend code: the phase (first digit) or the operation (last two).
struct ExtendPart {
    int value = 0;
    QString name; // "SP_EXECUTION_SAFE_OS"
    LocalizedText text; // "safe OS (the installer's own Windows, after the first restart)"
};

// What the table says about one code, in one language: the same text for `upgrade-scan
// explain`, the rules' error_text() and so the app's finding detail and the report.
struct ExplainedCode {
    SetupCode code;
    bool known = false; // a row of the table matched
    QString name;
    QString pattern; // "" when no row matched
    QString meaning;
    QString when; // the decoded extend code, "" without one
    QString remedy;
    QString sentence() const; // "0xC1900101 - 0x20017 (name): meaning When."
};

// Microsoft's upgrade and update error codes that a technician meets, with what they mean and
// what to do (Microsoft Learn: "Upgrade error codes", "Resolution procedures", "Windows Update
// error codes"), and the extend code's phases and operations.
class ErrorCodeTable {
public:
    QList<ErrorCodeEntry> entries;
    QList<ExtendPart> phases;
    QList<ExtendPart> operations;
    // Texts with holes: "%1" the Win32 error number; "%1 %2 %3" extend code, phase, operation.
    LocalizedText win32Text;
    LocalizedText unknownText;
    LocalizedText extendText;
    LocalizedText unknownPartText;

    // The most specific row: the code with this extend code, the code, then the longest prefix.
    const ErrorCodeEntry *find(const SetupCode &code) const;
    ExplainedCode explain(const SetupCode &code, const QString &lang) const;
};

} // namespace urs
