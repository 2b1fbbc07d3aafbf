// SPDX-License-Identifier: GPL-3.0-or-later
#include "hardware/firmware_probe.h"

#include "common/core_text.h"
#include "hardware/hardware_facts.h"
#include "hardware/hardware_root.h"

namespace urs {

const QString FirmwareProbe::kGlobalGuid = QStringLiteral("8be4df61-93ca-11d2-aa0d-00e098032b8c");

namespace {
const QString kEfi = QStringLiteral("/sys/firmware/efi");
const QString kEfivars = QStringLiteral("/sys/firmware/efi/efivars");
} // namespace

FileRead FirmwareProbe::readGlobalVariable(const HardwareRoot &root, const QString &name, QString *path)
{
    *path = kEfivars + QLatin1Char('/') + name + QLatin1Char('-') + kGlobalGuid;
    FileRead r = root.read(*path, 4096);
    if (r.ok) {
        if (r.data.size() < 5) {
            r.ok = false;
            r.error = coreText("%1 is %2 bytes; expected 4 attribute bytes and a value")
                          .arg(*path)
                          .arg(r.data.size());
            r.data.clear();
            return r;
        }
        r.data = r.data.mid(4);
        return r;
    }
    // Kernels before 4.x without efivarfs mounted: /sys/firmware/efi/vars/<name>-<guid>/data.
    const QString legacy
        = kEfi + QStringLiteral("/vars/") + name + QLatin1Char('-') + kGlobalGuid + QStringLiteral("/data");
    if (root.exists(legacy)) {
        FileRead l = root.read(legacy, 4096);
        if (l.ok && !l.data.isEmpty()) {
            *path = legacy;
            return l;
        }
    }
    if (root.entries(kEfivars).isEmpty())
        r.error = coreText("%1 (efivarfs is not mounted at %2)").arg(r.error, kEfivars);
    return r;
}

void FirmwareProbe::collect(FactSet &facts) const
{
    const QString type = QStringLiteral("hardware.firmware.type");
    const QStringList varFacts
        = {QStringLiteral("hardware.firmware.secure_boot"), QStringLiteral("hardware.firmware.setup_mode")};
    bool uefi = false;
    if (m_root.isDir(kEfi)) {
        uefi = true;
        facts.set(type, QStringLiteral("uefi"), hw::sysfs(kEfi));
    } else if (m_root.isDir(QStringLiteral("/sys/firmware"))) {
        facts.set(type, QStringLiteral("bios"), hw::sysfs(coreText("%1 (not present)").arg(kEfi)));
    } else {
        const QString why = coreText("/sys/firmware is missing: cannot tell how the system booted");
        hw::unknown(facts, type, why, hw::sysfs(QStringLiteral("/sys/firmware")));
        for (const QString &name : varFacts)
            hw::unknown(facts, name, why, hw::sysfs(QStringLiteral("/sys/firmware")));
        return;
    }
    if (!uefi) {
        // A legacy (CSM) boot hides the UEFI variables; the firmware may still support
        // Secure Boot, we just cannot see it from here.
        for (const QString &name : varFacts)
            hw::unknown(facts, name, coreText("booted in legacy BIOS mode; Secure Boot state is not visible"),
                hw::sysfs(coreText("%1 (not present)").arg(kEfi)));
        return;
    }
    const QStringList vars = {QStringLiteral("SecureBoot"), QStringLiteral("SetupMode")};
    for (int i = 0; i < vars.size(); ++i) {
        QString path;
        const FileRead r = readGlobalVariable(m_root, vars[i], &path);
        if (!r.ok) {
            hw::unknown(facts, varFacts[i], r.error, hw::sysfs(path));
            continue;
        }
        const quint8 v = quint8(r.data[0]);
        if (v > 1)
            hw::unknown(facts, varFacts[i], coreText("%1 holds %2, expected 0 or 1").arg(path).arg(v),
                hw::sysfs(path));
        else
            facts.set(varFacts[i], v == 1, hw::sysfs(path));
    }
}

} // namespace urs
