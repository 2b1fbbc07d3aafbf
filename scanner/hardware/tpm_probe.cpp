// SPDX-License-Identifier: GPL-3.0-or-later
#include "hardware/tpm_probe.h"

#include "common/core_text.h"
#include "hardware/hardware_facts.h"
#include "hardware/hardware_root.h"

namespace urs {

namespace {
const QString kTpm0 = QStringLiteral("/sys/class/tpm/tpm0");
const QString kAcpiTables = QStringLiteral("/sys/firmware/acpi/tables");
} // namespace

void TpmProbe::collect(FactSet &facts) const
{
    const QString present = QStringLiteral("hardware.tpm.present");
    const QString version = QStringLiteral("hardware.tpm.version");

    const bool device = m_root.exists(kTpm0);
    QString deviceWhy;
    if (device) {
        const QString path = kTpm0 + QStringLiteral("/tpm_version_major");
        const FileRead major = m_root.readTrimmed(path);
        facts.set(present, true, hw::sysfs(kTpm0));
        if (major.ok && (major.data == "2" || major.data == "1")) {
            facts.set(
                version, major.data == "2" ? QStringLiteral("2.0") : QStringLiteral("1.2"), hw::sysfs(path));
            return;
        }
        deviceWhy
            = major.ok ? coreText("%1 holds \"%2\"").arg(path, QString::fromLatin1(major.data)) : major.error;
        // Kernels before 5.6 have no tpm_version_major; the ACPI table below still tells.
    }

    const QString tpm2 = kAcpiTables + QStringLiteral("/TPM2");
    const QString tcpa = kAcpiTables + QStringLiteral("/TCPA");
    const bool hasTpm2 = m_root.exists(tpm2);
    const bool hasTcpa = m_root.exists(tcpa);
    if (hasTpm2 || hasTcpa) {
        const QString path = hasTpm2 ? tpm2 : tcpa;
        if (!device)
            facts.set(present, true, hw::sysfs(path));
        facts.set(version, hasTpm2 ? QStringLiteral("2.0") : QStringLiteral("1.2"),
            hw::sysfs(coreText("%1 (ACPI table)").arg(path)));
        return;
    }
    if (device) {
        hw::unknown(facts, version, coreText("%1; no TPM2 or TCPA table in %2").arg(deviceWhy, kAcpiTables),
            hw::sysfs(kTpm0));
        return;
    }
    if (!m_root.isDir(QStringLiteral("/sys/class")) && !m_root.isDir(kAcpiTables)) {
        const QString why = coreText("neither /sys/class nor %1 is readable").arg(kAcpiTables);
        hw::unknown(facts, present, why, hw::sysfs(kTpm0));
        hw::unknown(facts, version, why, hw::sysfs(kTpm0));
        return;
    }
    facts.set(present, false,
        hw::sysfs(coreText("%1 (not present), %2/TPM2 and TCPA (not present)").arg(kTpm0, kAcpiTables)));
    hw::unknown(facts, version,
        coreText("no TPM visible; a firmware TPM (fTPM/PTT) may be switched off in firmware setup"),
        hw::sysfs(kTpm0));
}

} // namespace urs
