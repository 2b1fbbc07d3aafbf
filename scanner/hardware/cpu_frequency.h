// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "facts/fact.h"
#include "hardware/cpuinfo_parser.h"

#include <optional>

namespace urs {

class HardwareRoot;

// The CPU's maximum frequency in MHz, from the best source the machine offers:
//  1. cpufreq cpuinfo_max_freq (kHz, the rated maximum incl. boost, per CPU; highest wins);
//  2. "cpu MHz" in /proc/cpuinfo (the current clock, highest of all processors);
//  3. the "@ 2.40GHz" that Intel puts in the model name (the base clock).
// The provenance says which one answered, because they mean slightly different things.
class CpuFrequency {
public:
    struct Result {
        std::optional<qint64> mhz;
        Provenance provenance;
        QString unknownReason;
    };

    static Result find(const HardwareRoot &root, const CpuInfo &cpuinfo);
    // "Intel(R) Core(TM) i5-4200U CPU @ 1.60GHz" -> 1600; nullopt when the name has none.
    static std::optional<qint64> fromModelName(const QString &modelName);
};

} // namespace urs
