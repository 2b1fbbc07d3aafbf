// SPDX-License-Identifier: GPL-3.0-or-later
#include "hardware/gpu_probe.h"

#include "common/core_text.h"
#include "hardware/hardware_facts.h"
#include "hardware/hardware_root.h"
#include "hardware/pci_ids.h"

#include <QJsonArray>
#include <QJsonObject>

namespace urs {

namespace {

const QString kPciDevices = QStringLiteral("/sys/bus/pci/devices");

std::optional<quint16> hexId(const HardwareRoot &root, const QString &path)
{
    const FileRead r = root.readTrimmed(path);
    QByteArray text = r.data;
    if (text.startsWith("0x") || text.startsWith("0X"))
        text = text.mid(2); // sysfs writes "0x8086"
    bool ok = false;
    const uint v = r.ok ? text.toUInt(&ok, 16) : 0;
    if (!ok || v > 0xFFFF) {
        log()->debug("hardware: {}", r.ok ? str(path + QStringLiteral(" is not a 16-bit id")) : str(r.error));
        return std::nullopt;
    }
    return quint16(v);
}

QString hex4(quint16 v)
{
    return QStringLiteral("%1").arg(v, 4, 16, QLatin1Char('0'));
}

} // namespace

GpuProbe::GpuProbe(const HardwareRoot &root, QString pciIdsPath)
    : m_root(root)
    , m_pciIdsPath(std::move(pciIdsPath))
{
}

void GpuProbe::collect(FactSet &facts) const
{
    const QString name = QStringLiteral("hardware.gpus");
    if (!m_root.isDir(kPciDevices)) {
        hw::unknown(facts, name, coreText("%1 is missing").arg(kPciDevices), hw::sysfs(kPciDevices));
        return;
    }
    struct Gpu {
        QString slot;
        std::optional<quint16> vendor; // unreadable ids stay null: the adapter is still listed
        std::optional<quint16> device;
    };
    QList<Gpu> gpus;
    for (const QString &slot : m_root.entries(kPciDevices)) {
        const QString dir = kPciDevices + QLatin1Char('/') + slot;
        const FileRead cls = m_root.readTrimmed(dir + QStringLiteral("/class"));
        if (!cls.ok) {
            log()->debug("hardware: {}", str(cls.error));
            continue;
        }
        if (!cls.data.startsWith("0x03"))
            continue;
        gpus.append({slot, hexId(m_root, dir + QStringLiteral("/vendor")),
            hexId(m_root, dir + QStringLiteral("/device"))});
    }

    QHash<quint32, PciIds::Names> names;
    const QString devices = kPciDevices + QStringLiteral("/*/{class,vendor,device}");
    QString where = coreText("%1; names from %2").arg(devices, m_pciIdsPath);
    if (!gpus.isEmpty()) {
        // Only the ids found here are looked up: the file is streamed once, nothing is kept.
        QList<QPair<quint16, quint16>> ids;
        for (const Gpu &g : gpus)
            if (g.vendor && g.device)
                ids.append({*g.vendor, *g.device});
        QString error;
        if (!ids.isEmpty() && !PciIds(m_pciIdsPath).lookup(ids, &names, &error)) {
            log()->debug("hardware: GPU names unknown: {}", str(error));
            where = coreText("%1; names unknown (%2)").arg(devices, error);
        }
    }
    QJsonArray list;
    for (const Gpu &g : gpus) {
        const PciIds::Names n
            = g.vendor && g.device ? names.value(PciIds::key(*g.vendor, *g.device)) : PciIds::Names();
        list.append(QJsonObject {
            {QStringLiteral("pci_slot"), g.slot},
            {QStringLiteral("vendor_id"), g.vendor ? QJsonValue(hex4(*g.vendor)) : QJsonValue()},
            {QStringLiteral("device_id"), g.device ? QJsonValue(hex4(*g.device)) : QJsonValue()},
            {QStringLiteral("vendor_name"), n.vendor ? QJsonValue(*n.vendor) : QJsonValue()},
            {QStringLiteral("device_name"), n.device ? QJsonValue(*n.device) : QJsonValue()},
        });
    }
    facts.set(name, list, hw::sysfs(where));
}

} // namespace urs
