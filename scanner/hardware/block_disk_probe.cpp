// SPDX-License-Identifier: GPL-3.0-or-later
#include "hardware/block_disk_probe.h"

#include "common/core_text.h"
#include "hardware/hardware_facts.h"
#include "hardware/hardware_root.h"

#include <QJsonArray>
#include <QJsonObject>

namespace urs {

namespace {

const QString kBlock = QStringLiteral("/sys/block");

// A 0/1 sysfs file as a JSON bool; null (with a debug line) when unreadable.
QJsonValue flag(const HardwareRoot &root, const QString &path)
{
    const FileRead r = root.readTrimmed(path);
    if (r.ok && (r.data == "0" || r.data == "1"))
        return r.data == "1";
    log()->debug("hardware: {}", r.ok ? path.toStdString() + " is not 0 or 1" : str(r.error));
    return QJsonValue();
}

} // namespace

bool BlockDiskProbe::isSkipped(const QString &name)
{
    for (const char *prefix : {"loop", "ram", "zram", "sr", "fd", "nbd"})
        if (name.startsWith(QLatin1String(prefix)))
            return true;
    return false;
}

void BlockDiskProbe::collect(FactSet &facts) const
{
    const QString name = QStringLiteral("hardware.disks");
    if (!m_root.isDir(kBlock)) {
        hw::unknown(facts, name, coreText("%1 is missing").arg(kBlock), hw::sysfs(kBlock));
        return;
    }
    QJsonArray disks;
    for (const QString &dev : m_root.entries(kBlock)) {
        if (isSkipped(dev))
            continue;
        const QString dir = kBlock + QLatin1Char('/') + dev;
        QJsonObject d;
        d.insert(QStringLiteral("name"), dev);
        // "size" counts 512-byte sectors whatever the device's logical block size.
        const FileRead size = m_root.readTrimmed(dir + QStringLiteral("/size"));
        bool ok = false;
        const qint64 sectors = size.ok ? size.data.toLongLong(&ok) : 0;
        if (ok && sectors == 0) {
            log()->debug("hardware: {} has size 0 (no medium); skipped", str(dir));
            continue;
        }
        if (!ok)
            log()->debug("hardware: {}",
                size.ok ? str(dir + QStringLiteral("/size is not a number")) : str(size.error));
        d.insert(QStringLiteral("size_bytes"), ok ? QJsonValue(sectors * 512) : QJsonValue());
        const QJsonValue rotational = flag(m_root, dir + QStringLiteral("/queue/rotational"));
        d.insert(QStringLiteral("rotational"), rotational);
        d.insert(
            QStringLiteral("ssd"), rotational.isBool() ? QJsonValue(!rotational.toBool()) : QJsonValue());
        d.insert(QStringLiteral("removable"), flag(m_root, dir + QStringLiteral("/removable")));
        // SCSI pads the model to 16 characters; NVMe and virtio differ (virtio has none).
        const FileRead model = m_root.readTrimmed(dir + QStringLiteral("/device/model"));
        d.insert(QStringLiteral("model"),
            model.ok && !model.data.isEmpty() ? QJsonValue(QString::fromUtf8(model.data)) : QJsonValue());
        disks.append(d);
    }
    facts.set(
        name, disks, hw::sysfs(kBlock + QStringLiteral("/*/{size,queue/rotational,removable,device/model}")));
}

} // namespace urs
