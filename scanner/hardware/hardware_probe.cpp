// SPDX-License-Identifier: GPL-3.0-or-later
#include "hardware/hardware_probe.h"

#include "common/core_text.h"
#include "facts/fact_catalog.h"
#include "hardware/acpi_msdm.h"
#include "hardware/block_disk_probe.h"
#include "hardware/cpu_probe.h"
#include "hardware/display_probe.h"
#include "hardware/firmware_probe.h"
#include "hardware/gpu_probe.h"
#include "hardware/hardware_facts.h"
#include "hardware/hardware_root.h"
#include "hardware/memory_probe.h"
#include "hardware/network_probe.h"
#include "hardware/pci_ids.h"
#include "hardware/rtc_probe.h"
#include "hardware/smbios_probe.h"
#include "hardware/tpm_probe.h"

#include <functional>

namespace urs {

HardwareProbe::HardwareProbe(QString root)
    : m_root(std::move(root))
{
}

void HardwareProbe::collect(FactSet &facts) const
{
    const HardwareRoot root(m_root);
    log()->debug("hardware: reading under {}", str(root.root()));
    const QList<Part> parts = {
        {"cpu", [&] { CpuProbe(root).collect(facts); }},
        {"smbios", [&] { SmbiosProbe(root).collect(facts); }},
        {"memory", [&] { MemoryProbe(root).collect(facts); }},
        {"firmware", [&] { FirmwareProbe(root).collect(facts); }},
        {"rtc", [&] { RtcProbe(root).collect(facts); }},
        {"tpm", [&] { TpmProbe(root).collect(facts); }},
        {"acpi msdm", [&] { AcpiMsdm(root).collect(facts); }},
        {"disks", [&] { BlockDiskProbe(root).collect(facts); }},
        {"gpus", [&] { GpuProbe(root, PciIds::defaultPath()).collect(facts); }},
        {"displays", [&] { DisplayProbe(root).collect(facts); }},
        {"network", [&] { NetworkProbe(root).collect(facts); }},
    };
    runParts(parts, facts);
}

void HardwareProbe::runParts(const QList<Part> &parts, FactSet &facts)
{
    QStringList failed;
    for (const auto &[part, run] : parts) {
        try {
            run();
        } catch (const std::exception &e) {
            log()->error("hardware: reading the {} failed: {}", part, e.what());
            failed << QLatin1String(part);
        }
    }
    for (const FactSpec &spec : FactCatalog::all()) {
        const QString name = QString::fromLatin1(spec.name);
        if (name.startsWith(QLatin1String("hardware.")) && !facts.contains(name))
            hw::unknown(facts, name,
                coreText("internal error while reading the hardware (%1); see the scan log")
                    .arg(failed.join(QStringLiteral(", "))));
    }
}

} // namespace urs
