// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace urs::ui {

// A mounted file system that could take a report.
struct MountedDrive {
    QString device; // "/dev/sdb1"
    QString mountPoint; // as the live system sees it: "/media/stick"
    QString path; // where to open it from here: root + mountPoint
    QString fsType;
    bool readOnly = false;
    bool removable = false; // the disk's sysfs removable flag, or it hangs off a USB bus
    bool bootMedium = false; // the live system's own stick (/media/UPGRADESCAN)
    QString label; // model or vendor from sysfs, when known
};

// Reads root/proc/mounts and the disks' flags under root/sys/block, so tests (and a captured
// tree) can stand in for the live system. Pseudo and image file systems are left out.
class MountTable {
public:
    explicit MountTable(QString root = QStringLiteral("/"));
    QList<MountedDrive> drives() const;
    // The drive a path (as seen from here, root included) lives on: the one whose mount point is
    // the longest prefix of it; nullopt when none of drives() holds it.
    std::optional<MountedDrive> driveHolding(const QString &path) const;

    // "sdb1" -> "sdb", "nvme0n1p2" -> "nvme0n1", "mmcblk0p1" -> "mmcblk0" by looking under
    // root/sys/block for a disk that holds the partition; the name itself when it is a disk.
    QString diskOf(const QString &blockName) const;

private:
    QString readSys(const QString &relative) const;
    QString m_root;
};

} // namespace urs::ui
