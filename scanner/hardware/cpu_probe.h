// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace urs {

class FactSet;
class HardwareRoot;

// Writes hardware.cpu.*: /proc/cpuinfo for identity, flags and counts, with the sysfs CPU
// topology as a fallback for the counts, cpufreq for the frequency, and the microcode loader's
// processor_flags for the Intel platform id.
class CpuProbe {
public:
    explicit CpuProbe(const HardwareRoot &root)
        : m_root(root)
    {
    }
    void collect(FactSet &facts) const;

private:
    const HardwareRoot &m_root;
};

} // namespace urs
