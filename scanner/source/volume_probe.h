// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source/source_types.h"
#include "source/tsk_handles.h"

#include <QStringList>

namespace urs {

// What one volume (a partition, or the whole image when there is no partition table) holds,
// found by reading its boot sector and a few directories. Nothing is written.
struct VolumeProbe {
    FileSystem filesystem = FileSystem::Unknown;
    bool bitlocker = false;
    bool truncated = false; // the file system extends past the end of the image
    bool hasEfiFolder = false;
    bool hasWinRe = false; // Recovery\WindowsRE at the root
    QStringList windowsFolders; // top-level folders holding System32\config\SOFTWARE and SYSTEM
    QString label;
    QString note; // why a volume could not be read, for the listing
};

// Probes the volume at offset (bytes) in img. where names it in log lines.
VolumeProbe probeVolume(TSK_IMG_INFO *img, qint64 offset, const QString &where);

// Opens the file system at offset: NTFS first, then FAT/exFAT, then any type libtsk knows.
// Null (with the libtsk reason in *error) when none matches.
TskFsPtr openFileSystem(TSK_IMG_INFO *img, qint64 offset, QString *error = nullptr);

// Ntfs, Fat, Exfat, or Other for any other type libtsk reads.
FileSystem fileSystemOf(TSK_FS_TYPE_ENUM type);

// Top-level folders of fs holding <folder>\System32\config\SOFTWARE and SYSTEM (any case).
class TskDirectoryIndex;
QStringList findWindowsFolders(TskDirectoryIndex &index);

} // namespace urs
