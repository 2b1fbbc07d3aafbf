// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace urs {

// What /proc/cpuinfo says, field by field; a field the file lacks stays empty.
struct CpuInfo {
    enum class Format {
        Unknown, // no processor entries recognised
        X86, // vendor_id / cpu family / model / flags (arch/x86/kernel/cpu/proc.c)
        Arm64, // CPU implementer / CPU part / Features (arch/arm64/kernel/cpuinfo.c)
    };
    Format format = Format::Unknown;

    int processors = 0; // "processor" entries = logical processors the kernel brought up

    // x86
    std::optional<QString> vendorId;
    std::optional<int> family;
    std::optional<int> model;
    std::optional<int> stepping;
    std::optional<QString> modelName;
    std::optional<QStringList> flags; // x86 "flags", arm64 "Features"

    // Physical cores: distinct (physical id, core id) pairs, else "cpu cores" x packages.
    std::optional<int> cores;
    QString coresSource;

    // Highest "cpu MHz" over all processors: the current clock, not the rated maximum.
    std::optional<double> highestCurrentMhz;

    // arm64
    std::optional<int> armImplementer; // "CPU implementer: 0x41"
    std::optional<int> armPart; // "CPU part: 0xd0c"
    std::optional<int> armVariant; // "CPU variant: 0x1"
    std::optional<int> armRevision; // "CPU revision: 1"
    std::optional<int> armArchitecture; // "CPU architecture: 8"
};

// Parses the text of /proc/cpuinfo (x86 and arm64 layouts). Never throws; a malformed line
// is skipped, a malformed number leaves its field empty.
class CpuinfoParser {
public:
    static CpuInfo parse(const QByteArray &text);
    // Vendor name for an arm64 "CPU implementer" code (ARM's MIDR implementer table).
    static std::optional<QString> armImplementerName(int code);
};

} // namespace urs
