// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/disk_discovery.h"

#include "common/core_text.h"
#include "common/log.h"
#include "common/scan_error.h"
#include "source/source_json.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace urs {

namespace {
// Devices that never hold an installed Windows: loop devices (this live system's own squashfs),
// RAM disks, compressed swap and optical drives.
bool skipped(const QString &name)
{
    static const QStringList prefixes
        = {QStringLiteral("loop"), QStringLiteral("ram"), QStringLiteral("zram"), QStringLiteral("sr")};
    return std::any_of(
        prefixes.cbegin(), prefixes.cend(), [&](const QString &p) { return name.startsWith(p); });
}

QString readSysfs(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.read(4096)).trimmed();
}

// True when the disk called name under sysBlock (hardwareRoot/sys/block) is named in excluded,
// by its kernel name, its /dev path or one of its partitions.
bool isExcludedDisk(const QString &sysBlock, const QString &name, const QStringList &excluded)
{
    for (const QString &entry : excluded) {
        // "/dev/sdb" and "sdb" name the same disk; the kernel name is what sys/block holds.
        const QString wanted = QFileInfo(entry.trimmed()).fileName();
        if (wanted.isEmpty() || wanted == QLatin1String(".") || wanted == QLatin1String(".."))
            continue;
        if (wanted == name)
            return true;
        // A partition ("sdb1") stands for its disk: sys/block/sdb/sdb1 exists.
        if (QFileInfo(QDir(sysBlock).filePath(name + QLatin1Char('/') + wanted)).isDir())
            return true;
    }
    return false;
}
} // namespace

QList<DiscoveredDisk> discoverDisks(
    const QString &hardwareRoot, const DiskOpener &open, const QStringList &excluded)
{
    QList<DiscoveredDisk> out;
    const QString root = hardwareRoot.isEmpty() ? QStringLiteral("/") : hardwareRoot;
    const QDir block(QDir(root).filePath(QStringLiteral("sys/block")));
    // No sys/block at all is not "no disks": sysfs is missing or the root is wrong.
    if (!block.exists() || !QFileInfo(block.path()).isReadable()) {
        throw ScanError(ScanErrorKind::SourceUnreadable, block.path(),
            coreText("the list of block devices cannot be read"),
            coreText("Check that sysfs is mounted (or that --hardware-root names a captured tree)"));
    }
    const QStringList names = block.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
    for (const QString &name : names) {
        if (skipped(name))
            continue;
        if (isExcludedDisk(block.path(), name, excluded)) {
            log()->info("disk {}: left out as asked (the scanner's own disk)", str(name));
            continue;
        }
        DiscoveredDisk d;
        d.device = QDir::cleanPath(QDir(root).filePath(QStringLiteral("dev/") + name));
        const QString sys = block.filePath(name);
        // sysfs "size" counts 512-byte units whatever the logical sector size
        // (Documentation/ABI/stable/sysfs-block).
        bool ok = false;
        const qint64 sectors = readSysfs(sys + QStringLiteral("/size")).toLongLong(&ok);
        d.sizeBytes = ok ? sectors * 512 : 0;
        d.removable = readSysfs(sys + QStringLiteral("/removable")) == QLatin1String("1");
        d.model = readSysfs(sys + QStringLiteral("/device/model"));
        if (ok && sectors == 0) {
            d.error = coreText("no medium (size 0)");
            out.append(d);
            continue;
        }
        try {
            if (open)
                open(d.device, d);
            else
                d.fill(*Source::open(d.device));
        } catch (const ScanError &e) {
            d.error = e.text();
        } catch (const std::exception &e) {
            d.error = QString::fromUtf8(e.what());
        }
        if (!d.error.isEmpty())
            log()->info("disk {}: {}", str(d.device), str(d.error));
        out.append(d);
    }
    return out;
}

void DiscoveredDisk::fill(const Source &source)
{
    partitionStyle = source.partitionStyle();
    partitions = source.partitions();
    installations = source.installations();
    if (const auto size = source.diskSizeBytes(); size && sizeBytes == 0)
        sizeBytes = *size;
}

QJsonObject DiscoveredDisk::toJson() const
{
    QJsonArray parts, installs;
    for (const PartitionInfo &p : partitions)
        parts.append(partitionToJson(p));
    for (const WindowsInstallation &i : installations)
        installs.append(installationToJson(i));
    QJsonObject o {
        {QStringLiteral("device"), device},
        {QStringLiteral("model"), model},
        {QStringLiteral("size_bytes"), sizeBytes},
        {QStringLiteral("removable"), removable},
        {QStringLiteral("partition_style"), partitionStyle ? jsonName(*partitionStyle) : QString()},
        {QStringLiteral("partitions"), parts},
        {QStringLiteral("windows_installations"), installs},
    };
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

QString DiscoveredDisk::toText() const
{
    QString t = device;
    QStringList about;
    if (!model.isEmpty())
        about << model;
    about << humanBytes(sizeBytes);
    if (removable)
        about << QStringLiteral("removable");
    if (partitionStyle)
        about << jsonName(*partitionStyle).toUpper();
    t += QStringLiteral("  (") + about.join(QStringLiteral(", ")) + QStringLiteral(")\n");
    if (!error.isEmpty())
        return t + QStringLiteral("  cannot be read: ") + error + QLatin1Char('\n');
    for (const PartitionInfo &p : partitions) {
        QString line = QStringLiteral("  %1  %2  %3  %4  %5")
                           .arg(p.index, 2)
                           .arg(humanBytes(p.sizeBytes), 10)
                           .arg(jsonName(p.filesystem), -9)
                           .arg(jsonName(p.role), -8)
                           .arg(p.description);
        if (!p.label.isEmpty())
            line += QStringLiteral("  \"%1\"").arg(p.label);
        if (p.bitlocker)
            line += QStringLiteral("  [BitLocker]");
        if (!p.note.isEmpty() && !p.bitlocker)
            line += QStringLiteral("  (") + p.note + QLatin1Char(')');
        t += line.trimmed().prepend(QStringLiteral("  ")) + QLatin1Char('\n');
    }
    if (installations.isEmpty()) {
        t += QStringLiteral("  no Windows installation found\n");
    } else {
        for (const WindowsInstallation &i : installations)
            t += QStringLiteral("  Windows %1: partition %2, folder %3  ->  --source %4 --windows %1\n")
                     .arg(i.index)
                     .arg(i.partitionIndex)
                     .arg(i.windowsPath, device);
    }
    return t;
}

} // namespace urs
