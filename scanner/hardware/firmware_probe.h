// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace urs {

class FactSet;
class HardwareRoot;
struct FileRead;

// Writes hardware.firmware.type, secure_boot and setup_mode: how the scanner itself booted
// (/sys/firmware/efi exists only after a UEFI boot) and the UEFI global variables.
class FirmwareProbe {
public:
    explicit FirmwareProbe(const HardwareRoot &root)
        : m_root(root)
    {
    }
    void collect(FactSet &facts) const;

    // The one-byte value of an EFI_GLOBAL_VARIABLE (UEFI 2.10 section 3.3), read from efivarfs
    // (4 attribute bytes, then the data) or the older sysfs efivars (data file only).
    // Returns the path that answered in *path.
    static FileRead readGlobalVariable(const HardwareRoot &root, const QString &name, QString *path);

    static const QString kGlobalGuid;

private:
    const HardwareRoot &m_root;
};

} // namespace urs
