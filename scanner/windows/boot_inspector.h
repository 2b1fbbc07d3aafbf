// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace urs {

class FactSet;
class Source;

// How the installed Windows starts, read from the disk, not from how this scanner was started:
// the BCD store the firmware's way leads to (\EFI\Microsoft\Boot\BCD on the EFI system
// partition for UEFI; \Boot\BCD on the active partition for a BIOS), the path of the Windows
// Boot Loader that {bootmgr} starts by default (winload.efi or winload.exe), and whether an EFI
// system partition holds the Windows Boot Manager (bootmgfw.efi). Writes windows.boot.* and
// source.esp.*: each known with where it was read, or unknown with the reason. Read-only (files
// are read through the source's libtsk volumes, the store through hivex over a memfd copy); the
// disk's content never makes it throw.
class BootInspector {
public:
    explicit BootInspector(const Source &source);
    void collect(FactSet &facts) const;

    // Every fact collect() writes.
    static QStringList factNames();

private:
    const Source &m_source;
};

} // namespace urs
