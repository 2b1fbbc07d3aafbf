// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace urs {

class FactSet;
class HardwareRoot;

// Writes hardware.disks from /sys/block (Documentation/ABI/stable/sysfs-block): one entry per
// disk-like device, skipping what is never a disk of the machine (loop, ram, zram, optical,
// floppy, nbd) and devices with no medium (size 0, an empty card reader).
class BlockDiskProbe {
public:
    explicit BlockDiskProbe(const HardwareRoot &root)
        : m_root(root)
    {
    }
    void collect(FactSet &facts) const;

    // True for names that are never a disk of the machine.
    static bool isSkipped(const QString &name);

private:
    const HardwareRoot &m_root;
};

} // namespace urs
