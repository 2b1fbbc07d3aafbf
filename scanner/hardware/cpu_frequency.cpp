// SPDX-License-Identifier: GPL-3.0-or-later
#include "hardware/cpu_frequency.h"

#include "common/core_text.h"
#include "hardware/hardware_root.h"

#include <QRegularExpression>
#include <cmath>

namespace urs {

namespace {
const QString kCpuDir = QStringLiteral("/sys/devices/system/cpu");
const QRegularExpression kCpuName(QStringLiteral("^cpu[0-9]+$"));
} // namespace

CpuFrequency::Result CpuFrequency::find(const HardwareRoot &root, const CpuInfo &cpuinfo)
{
    Result result;
    // 1. cpufreq (Documentation/admin-guide/pm/cpufreq.rst): cpuinfo_max_freq in kHz.
    std::optional<qint64> maxKhz;
    for (const QString &cpu : root.entries(kCpuDir)) {
        if (!kCpuName.match(cpu).hasMatch())
            continue;
        const FileRead r = root.readTrimmed(
            kCpuDir + QLatin1Char('/') + cpu + QStringLiteral("/cpufreq/cpuinfo_max_freq"));
        bool ok = false;
        const qint64 khz = r.ok ? r.data.toLongLong(&ok) : 0;
        if (ok && khz > 0 && (!maxKhz || khz > *maxKhz))
            maxKhz = khz;
    }
    if (maxKhz) {
        result.mhz = qRound64(double(*maxKhz) / 1000.0);
        result.provenance
            = {ProvenanceKind::Sysfs, kCpuDir + QStringLiteral("/cpu*/cpufreq/cpuinfo_max_freq")};
        return result;
    }
    // 2. Without a cpufreq driver nothing changes the clock, so "cpu MHz" is the running clock.
    if (cpuinfo.highestCurrentMhz) {
        result.mhz = qRound64(*cpuinfo.highestCurrentMhz);
        result.provenance
            = {ProvenanceKind::Sysfs, coreText("/proc/cpuinfo cpu MHz (current clock; no cpufreq driver)")};
        return result;
    }
    // 3. The base clock printed in the brand string.
    if (cpuinfo.modelName) {
        if (const auto mhz = fromModelName(*cpuinfo.modelName)) {
            result.mhz = mhz;
            result.provenance = {ProvenanceKind::Sysfs, coreText("/proc/cpuinfo model name (base clock)")};
            return result;
        }
    }
    result.unknownReason = coreText("no %1/cpu*/cpufreq/cpuinfo_max_freq, no cpu MHz in /proc/cpuinfo "
                                    "and no frequency in the model name")
                               .arg(kCpuDir);
    result.provenance = {ProvenanceKind::Sysfs, QStringLiteral("/proc/cpuinfo")};
    return result;
}

std::optional<qint64> CpuFrequency::fromModelName(const QString &modelName)
{
    static const QRegularExpression re(
        QStringLiteral("@\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([GM])Hz"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(modelName);
    if (!m.hasMatch())
        return std::nullopt;
    const double value = m.captured(1).toDouble();
    const bool giga = m.captured(2).compare(QLatin1String("G"), Qt::CaseInsensitive) == 0;
    const qint64 mhz = qRound64(giga ? value * 1000.0 : value);
    return mhz > 0 ? std::optional<qint64>(mhz) : std::nullopt;
}

} // namespace urs
