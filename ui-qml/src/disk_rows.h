// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/scan_session.h"
#include "source/disk_discovery.h"

#include <QList>
#include <optional>

namespace urs::ui {

// One row of the Start screen: a Windows installation on a disk, an image or a folder, or a disk
// on which none could be read (with the reason).
struct DiskRow {
    QString sourcePath; // what ScanRequest::sourcePath gets: "/dev/sda", an image, a folder
    QString sourceKind; // "disk", "image", "folder"
    QString model; // disk model, when known
    std::optional<qint64> diskBytes;
    bool removable = false;
    bool custom = false; // opened by the user, not discovered
    int windowsIndex = 0; // 0: no installation on this source
    QString volumeName;
    bool bitlockerSeen = false; // a partition of the disk is BitLocker-encrypted
    QString error; // why the source could not be read
    bool previewDone = false;
    InstallationPreview preview;
};

// "Windows 8.1 Pro · OFFICE-PC-07": the product and computer names a preview read; "" when
// it read neither.
QString installationTitle(const InstallationPreview &preview);

// Rows for discovered disks: one per installation, or one saying why there is none.
QList<DiskRow> rowsForDisks(const QList<DiscoveredDisk> &disks);

// One look at the machine's disks: the rows, or why the disks could not be listed at all. A
// failed listing has no rows and must not read as "no disks".
struct DiskListing {
    QList<DiskRow> rows;
    QString error; // empty when the disks were listed (a disk that cannot be read is a row)
};
// The machine's disks as the session discovers them (sys/block under its hardware root), each
// opened read-only; never throws.
DiskListing listDisks(ScanSession &session);
// Rows for a path the user named, as the session describes it; a failure becomes a row with
// the message.
QList<DiskRow> rowsForSource(ScanSession &session, const QString &path);

} // namespace urs::ui
