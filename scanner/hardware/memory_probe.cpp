// SPDX-License-Identifier: GPL-3.0-or-later
#include "hardware/memory_probe.h"

#include "common/core_text.h"
#include "hardware/hardware_facts.h"
#include "hardware/hardware_root.h"
#include "hardware/meminfo_parser.h"

#include <QJsonArray>
#include <QJsonObject>

namespace urs {

namespace {

const QString kMeminfo = QStringLiteral("/proc/meminfo");

// Sum of the module sizes, or nullopt with *why when the list is unknown, empty or has a
// module of unknown size.
std::optional<qint64> moduleSum(const FactSet &facts, int *count, QString *why)
{
    const Fact *f = facts.find(QStringLiteral("hardware.memory.modules"));
    if (!f || !f->known) {
        *why = f ? f->unknownReason : coreText("SMBIOS memory modules not read");
        return std::nullopt;
    }
    const QJsonArray modules = f->value.toArray();
    if (modules.isEmpty()) {
        *why = coreText("SMBIOS lists no installed memory module");
        return std::nullopt;
    }
    qint64 sum = 0;
    for (const QJsonValue &m : modules) {
        const QJsonValue size = m.toObject().value(QStringLiteral("size_bytes"));
        if (!size.isDouble()) {
            *why = coreText("SMBIOS gives no size for module %1")
                       .arg(m.toObject().value(QStringLiteral("locator")).toString());
            return std::nullopt;
        }
        sum += qint64(size.toDouble());
    }
    *count = int(modules.size());
    return sum;
}

} // namespace

void MemoryProbe::collect(FactSet &facts) const
{
    const FileRead read = m_root.read(kMeminfo);
    std::optional<qint64> memTotal;
    QString memTotalWhy;
    if (read.ok) {
        memTotal = MeminfoParser::memTotalBytes(read.data);
        if (!memTotal)
            memTotalWhy = coreText("no valid MemTotal line in %1").arg(kMeminfo);
    } else {
        memTotalWhy = read.error;
    }
    const Provenance memTotalProv = hw::sysfs(kMeminfo + QStringLiteral(" MemTotal"));
    if (memTotal)
        facts.set(QStringLiteral("hardware.memory.os_visible_bytes"), *memTotal, memTotalProv);
    else
        hw::unknown(facts, QStringLiteral("hardware.memory.os_visible_bytes"), memTotalWhy, memTotalProv);

    const QString name = QStringLiteral("hardware.memory_bytes");
    int count = 0;
    QString smbiosWhy;
    if (const auto sum = moduleSum(facts, &count, &smbiosWhy)) {
        facts.set(name, *sum, hw::smbios(coreText("SMBIOS type 17 (sum of %1 module(s))").arg(count)));
    } else if (memTotal) {
        log()->debug("hardware: memory size from MemTotal: {}", str(smbiosWhy));
        facts.set(name, *memTotal,
            hw::sysfs(coreText("%1 MemTotal (usable by the OS; SMBIOS modules unavailable)").arg(kMeminfo)));
    } else {
        hw::unknown(facts, name, coreText("%1; %2").arg(smbiosWhy, memTotalWhy), memTotalProv);
    }
}

} // namespace urs
