// SPDX-License-Identifier: GPL-3.0-or-later
#include "disk_rows.h"

#include "common/scan_error.h"

#include <QFileInfo>

namespace urs::ui {

namespace {

QString kindOfPath(const QString &path)
{
    const QFileInfo fi(path);
    if (fi.isDir())
        return QStringLiteral("folder");
    if (path.startsWith(QLatin1String("/dev/")))
        return QStringLiteral("disk");
    return QStringLiteral("image");
}

} // namespace

QString installationTitle(const InstallationPreview &preview)
{
    QStringList parts;
    for (const QString &s : {preview.productName, preview.computerName})
        if (!s.isEmpty())
            parts << s;
    return parts.join(QStringLiteral(" · "));
}

QList<DiskRow> rowsForDisks(const QList<DiscoveredDisk> &disks)
{
    QList<DiskRow> rows;
    for (const DiscoveredDisk &d : disks) {
        DiskRow base;
        base.sourcePath = d.device;
        base.sourceKind = QStringLiteral("disk");
        base.model = d.model;
        if (d.sizeBytes > 0)
            base.diskBytes = d.sizeBytes;
        base.removable = d.removable;
        base.error = d.error;
        for (const PartitionInfo &part : d.partitions)
            base.bitlockerSeen = base.bitlockerSeen || part.bitlocker;
        if (d.installations.isEmpty()) {
            // A disk without Windows is still listed when it may be the one the user expects
            // (encrypted, unreadable); empty removable sticks (the scanner's own) are not.
            if (base.bitlockerSeen || !base.error.isEmpty() || !d.removable)
                rows << base;
            continue;
        }
        for (const WindowsInstallation &inst : d.installations) {
            DiskRow row = base;
            row.bitlockerSeen = false; // this installation is readable; the flag is for empty disks
            row.windowsIndex = inst.index;
            row.volumeName = inst.volumeName;
            rows << row;
        }
    }
    return rows;
}

DiskListing listDisks(ScanSession &session)
{
    DiskListing listing;
    try {
        listing.rows = rowsForDisks(session.discoverDisks());
    } catch (const ScanError &e) {
        listing.error = e.text();
    } catch (const std::exception &e) {
        listing.error = QStringLiteral("the disks cannot be listed: %1").arg(QString::fromUtf8(e.what()));
    }
    return listing;
}

QList<DiskRow> rowsForSource(ScanSession &session, const QString &path)
{
    DiskRow base;
    base.sourcePath = path;
    base.sourceKind = kindOfPath(path);
    base.custom = true;
    DiscoveredDisk disk;
    try {
        disk = session.describeSource(path);
    } catch (const std::exception &e) {
        // describeSource reports what it expects in disk.error; anything else is a bug, which
        // must still show as this row's error rather than take the Start screen down.
        disk.error = QString::fromUtf8(e.what());
    }
    if (disk.sizeBytes > 0)
        base.diskBytes = disk.sizeBytes;
    base.error = disk.error;
    for (const PartitionInfo &part : disk.partitions)
        base.bitlockerSeen = base.bitlockerSeen || part.bitlocker;
    // The user asked for this path: it gets a row even without Windows on it.
    if (disk.installations.isEmpty())
        return {base};
    QList<DiskRow> rows;
    for (const WindowsInstallation &inst : disk.installations) {
        DiskRow row = base;
        row.bitlockerSeen = false;
        row.windowsIndex = inst.index;
        row.volumeName = inst.volumeName;
        rows << row;
    }
    return rows;
}

} // namespace urs::ui
