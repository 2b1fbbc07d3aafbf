// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace urs {

class FactSet;
class HardwareRoot;

// Writes hardware.gpus: PCI functions of base class 03h (display controller, PCI Code and ID
// Assignment Specification) under /sys/bus/pci/devices, with names from pci.ids. Windows 8.1
// drivers stop at WDDM 1.3, so the Windows 11 check judges the GPU by these ids, not a driver.
class GpuProbe {
public:
    explicit GpuProbe(const HardwareRoot &root, QString pciIdsPath);
    void collect(FactSet &facts) const;

private:
    const HardwareRoot &m_root;
    QString m_pciIdsPath;
};

} // namespace urs
