// SPDX-License-Identifier: GPL-3.0-or-later
#include "hardware/cpu_probe.h"

#include "common/core_text.h"
#include "hardware/cpu_frequency.h"
#include "hardware/cpuinfo_parser.h"
#include "hardware/hardware_facts.h"
#include "hardware/hardware_root.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace urs {

namespace {

const QString kCpuinfo = QStringLiteral("/proc/cpuinfo");
const QString kCpuDir = QStringLiteral("/sys/devices/system/cpu");
// The platform id bit mask the kernel's microcode loader keeps (arch/x86/kernel/cpu/microcode:
// "0x%x" of 1 << MSR_IA32_PLATFORM_ID bits 52:50 on Intel, 0 on AMD), mode 0400.
const QString kProcessorFlags = QStringLiteral("/sys/devices/system/cpu/cpu0/microcode/processor_flags");

// "0-3,6" (Documentation/ABI/testing/sysfs-devices-system-cpu, "online") -> 5.
std::optional<int> countCpuList(const QByteArray &list)
{
    int count = 0;
    for (const QByteArray &part : list.trimmed().split(',')) {
        if (part.isEmpty())
            continue;
        const QList<QByteArray> ends = part.split('-');
        bool ok1 = false;
        bool ok2 = true;
        const int first = ends.value(0).toInt(&ok1);
        const int last = ends.size() > 1 ? ends.value(1).toInt(&ok2) : first;
        if (!ok1 || !ok2 || last < first)
            return std::nullopt;
        count += last - first + 1;
    }
    return count > 0 ? std::optional<int>(count) : std::nullopt;
}

// Distinct (package, core) pairs of the sysfs topology: works where cpuinfo has no core ids
// (arm64 kernels print none).
std::optional<int> coresFromTopology(const HardwareRoot &root)
{
    static const QRegularExpression cpuName(QStringLiteral("^cpu[0-9]+$"));
    QSet<QString> pairs;
    for (const QString &cpu : root.entries(kCpuDir)) {
        if (!cpuName.match(cpu).hasMatch())
            continue;
        const QString dir = kCpuDir + QLatin1Char('/') + cpu + QStringLiteral("/topology/");
        const FileRead package = root.readTrimmed(dir + QStringLiteral("physical_package_id"));
        const FileRead core = root.readTrimmed(dir + QStringLiteral("core_id"));
        if (!package.ok || !core.ok)
            return std::nullopt; // an incomplete topology would undercount
        pairs.insert(QString::fromLatin1(package.data + '/' + core.data));
    }
    return pairs.isEmpty() ? std::nullopt : std::optional<int>(int(pairs.size()));
}

QString armIdentity(const CpuInfo &info)
{
    return QStringLiteral("CPU implementer 0x%1, CPU part 0x%2")
        .arg(info.armImplementer ? QString::number(*info.armImplementer, 16) : QStringLiteral("?"),
            info.armPart ? QString::number(*info.armPart, 16) : QStringLiteral("?"));
}

void writeIdentity(FactSet &facts, const CpuInfo &info)
{
    const Provenance prov = hw::sysfs(kCpuinfo);
    const bool arm = info.format == CpuInfo::Format::Arm64;
    const auto setInt = [&](const char *name, const std::optional<int> &v, const char *field) {
        if (v)
            facts.set(QLatin1String(name), *v, prov);
        else if (arm)
            hw::unknown(facts, QLatin1String(name),
                coreText("arm64 %1 has no x86 %2 (%3)")
                    .arg(kCpuinfo, QLatin1String(field), armIdentity(info)),
                prov);
        else
            hw::unknown(facts, QLatin1String(name),
                coreText("no \"%1\" line in %2").arg(QLatin1String(field), kCpuinfo), prov);
    };
    if (info.vendorId)
        facts.set(QStringLiteral("hardware.cpu.vendor"), *info.vendorId, prov);
    else
        hw::unknown(facts, QStringLiteral("hardware.cpu.vendor"),
            arm ? coreText("unrecognised %1 in %2").arg(armIdentity(info), kCpuinfo)
                : coreText("no \"vendor_id\" line in %1").arg(kCpuinfo),
            prov);
    setInt("hardware.cpu.family", info.family, "cpu family");
    setInt("hardware.cpu.model", info.model, "model");
    setInt("hardware.cpu.stepping", info.stepping, "stepping");
    if (info.modelName)
        facts.set(QStringLiteral("hardware.cpu.model_name"), *info.modelName, prov);
    else
        hw::unknown(facts, QStringLiteral("hardware.cpu.model_name"),
            coreText("no \"model name\" line in %1").arg(kCpuinfo), prov);
    if (info.flags)
        facts.set(QStringLiteral("hardware.cpu.flags"), QJsonArray::fromStringList(*info.flags), prov);
    else
        hw::unknown(facts, QStringLiteral("hardware.cpu.flags"),
            coreText("no \"%1\" line in %2")
                .arg(arm ? QStringLiteral("Features") : QStringLiteral("flags"), kCpuinfo),
            prov);
}

void writeArchitecture(FactSet &facts, const CpuInfo &info)
{
    const QString name = QStringLiteral("hardware.cpu.architecture");
    if (info.format == CpuInfo::Format::Arm64) {
        // The arm64 kernel prints "CPU architecture: 8"; an AArch32 kernel prints 7.
        if (info.armArchitecture && *info.armArchitecture < 8) {
            hw::unknown(facts, name,
                coreText("%1 says CPU architecture %2: a 32-bit ARM kernel")
                    .arg(kCpuinfo)
                    .arg(*info.armArchitecture),
                hw::sysfs(kCpuinfo));
            return;
        }
        facts.set(name, QStringLiteral("arm64"),
            hw::sysfs(coreText("%1 arm64 layout (CPU implementer, Features)").arg(kCpuinfo)));
        return;
    }
    if (!info.flags) {
        hw::unknown(facts, name, coreText("no \"flags\" line in %1").arg(kCpuinfo), hw::sysfs(kCpuinfo));
        return;
    }
    // "lm" (long mode, CPUID 0x80000001 EDX bit 29) is what makes a CPU 64-bit capable,
    // whatever kernel runs on it.
    const bool lm = info.flags->contains(QStringLiteral("lm"));
    facts.set(name, lm ? QStringLiteral("x86_64") : QStringLiteral("x86"),
        hw::sysfs((lm ? coreText("%1 flags: lm") : coreText("%1 flags: no lm")).arg(kCpuinfo)));
}

// hardware.cpu.processor_flags: what Windows keeps as "Platform Specific Field 1", which the
// family gate of HardwareReadiness.ps1 reads for Kaby Lake stepping 9.
void writeProcessorFlags(FactSet &facts, const HardwareRoot &root, const CpuInfo &info)
{
    const QString name = QStringLiteral("hardware.cpu.processor_flags");
    const Provenance prov = hw::sysfs(kProcessorFlags);
    if (info.format == CpuInfo::Format::Arm64) {
        hw::unknown(facts, name,
            coreText("arm64 has no x86 platform id (%1 exists on x86 only)").arg(kProcessorFlags), prov);
        return;
    }
    const FileRead read = root.readTrimmed(kProcessorFlags);
    if (!read.ok) {
        hw::unknown(facts, name,
            coreText("%1 (the kernel's microcode loader shows it to root only; it is absent in a "
                     "virtual machine and when the loader is off)")
                .arg(read.error),
            prov);
        return;
    }
    bool ok = false;
    const qint64 mask
        = read.data.startsWith("0x") ? read.data.mid(2).toLongLong(&ok, 16) : read.data.toLongLong(&ok, 10);
    if (!ok || mask < 0 || mask > 0xff) {
        hw::unknown(facts, name,
            coreText("%1 holds '%2', not a platform id bit mask such as 0x10")
                .arg(kProcessorFlags, QString::fromLatin1(read.data.left(40))),
            prov);
        return;
    }
    facts.set(name, mask, prov);
}

void writeCounts(FactSet &facts, const HardwareRoot &root, const CpuInfo &info, const QString &cpuinfoError)
{
    if (info.processors > 0) {
        facts.set(QStringLiteral("hardware.cpu.threads"), info.processors,
            hw::sysfs(coreText("%1 processor entries").arg(kCpuinfo)));
    } else {
        const FileRead online = root.readTrimmed(kCpuDir + QStringLiteral("/online"));
        const std::optional<int> n = online.ok ? countCpuList(online.data) : std::nullopt;
        if (n)
            facts.set(
                QStringLiteral("hardware.cpu.threads"), *n, hw::sysfs(kCpuDir + QStringLiteral("/online")));
        else
            hw::unknown(facts, QStringLiteral("hardware.cpu.threads"),
                coreText("%1; %2").arg(cpuinfoError.isEmpty()
                        ? coreText("no processor entries in %1").arg(kCpuinfo)
                        : cpuinfoError,
                    online.ok ? coreText("unreadable %1/online").arg(kCpuDir) : online.error),
                hw::sysfs(kCpuinfo));
    }

    if (info.cores) {
        facts.set(QStringLiteral("hardware.cpu.cores"), *info.cores,
            hw::sysfs(coreText("%1: %2").arg(kCpuinfo, info.coresSource)));
    } else if (const auto n = coresFromTopology(root)) {
        facts.set(QStringLiteral("hardware.cpu.cores"), *n,
            hw::sysfs(kCpuDir + QStringLiteral("/cpu*/topology (physical_package_id, core_id)")));
    } else {
        hw::unknown(facts, QStringLiteral("hardware.cpu.cores"),
            coreText("%1 has no core ids and %2/cpu*/topology is not readable")
                .arg(cpuinfoError.isEmpty() ? kCpuinfo : cpuinfoError, kCpuDir),
            hw::sysfs(kCpuinfo));
    }
}

} // namespace

void CpuProbe::collect(FactSet &facts) const
{
    const FileRead read = m_root.read(kCpuinfo);
    CpuInfo info;
    if (read.ok) {
        info = CpuinfoParser::parse(read.data);
        if (info.format == CpuInfo::Format::Unknown)
            log()->debug("hardware: {} has no processor entries", str(kCpuinfo));
        writeIdentity(facts, info);
        writeArchitecture(facts, info);
    } else {
        for (const char *name :
            {"hardware.cpu.vendor", "hardware.cpu.family", "hardware.cpu.model", "hardware.cpu.stepping",
                "hardware.cpu.model_name", "hardware.cpu.flags", "hardware.cpu.architecture"})
            hw::unknown(facts, QLatin1String(name), read.error, hw::sysfs(kCpuinfo));
    }
    writeProcessorFlags(facts, m_root, info);
    writeCounts(facts, m_root, info, read.ok ? QString() : read.error);

    const CpuFrequency::Result freq = CpuFrequency::find(m_root, info);
    if (freq.mhz)
        facts.set(QStringLiteral("hardware.cpu.max_mhz"), *freq.mhz, freq.provenance);
    else
        hw::unknown(facts, QStringLiteral("hardware.cpu.max_mhz"),
            read.ok ? freq.unknownReason : coreText("%1; %2").arg(read.error, freq.unknownReason),
            freq.provenance);
}

} // namespace urs
