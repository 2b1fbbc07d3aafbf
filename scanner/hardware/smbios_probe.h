// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace urs {

class FactSet;
class HardwareRoot;
class SmbiosEntryPoint;
class SmbiosTable;

// Writes hardware.smbios.* and hardware.memory.modules from the SMBIOS tables the kernel
// exports (/sys/firmware/dmi/tables, readable by root only). Types used (DSP0134 3.6.0):
// 0 BIOS information, 1 system information, 2 baseboard, 17 memory device.
class SmbiosProbe {
public:
    explicit SmbiosProbe(const HardwareRoot &root)
        : m_root(root)
    {
    }
    void collect(FactSet &facts) const;

    // The UUID of a type 1 structure as text, or nullopt with *why (all 00 = not present,
    // all FF = not set). Since SMBIOS 2.6 the first three fields are little-endian (7.2.1).
    static std::optional<QString> formatUuid(const QByteArray &bytes, bool littleEndianFields, QString *why);

    static const QString kTablePath;
    static const QString kEntryPointPath;

private:
    const HardwareRoot &m_root;
};

} // namespace urs
