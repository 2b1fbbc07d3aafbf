// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace urs {

class FactSet;
class HardwareRoot;

// Writes hardware.memory.os_visible_bytes (MemTotal) and hardware.memory_bytes: the sum of the
// SMBIOS type 17 modules when every installed module has a known size (what is soldered or
// plugged in), else MemTotal (what the kernel can use: less than installed, firmware and
// integrated graphics keep some). Runs after SmbiosProbe, whose modules fact it reads.
class MemoryProbe {
public:
    explicit MemoryProbe(const HardwareRoot &root)
        : m_root(root)
    {
    }
    void collect(FactSet &facts) const;

private:
    const HardwareRoot &m_root;
};

} // namespace urs
