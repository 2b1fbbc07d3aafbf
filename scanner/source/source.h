// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source/source_types.h"
#include "source/windows_volume.h"

#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace urs {

class FactSet;

// A partition as the partition table (or the lone file system) describes it.
struct PartitionInfo {
    int index = 0; // 1-based, in table order; 0 for a bare file system
    qint64 startBytes = 0;
    qint64 sizeBytes = 0;
    QString description; // what libtsk says (GPT name or MBR type)
    FileSystem filesystem = FileSystem::Unknown;
    PartitionRole role = PartitionRole::Other;
    bool bitlocker = false;
    bool hasWindows = false;
    QString typeId; // GPT type GUID ("C12A7328-...") or MBR type ("0x07"); empty if none
    QString label; // volume label (NTFS), empty when none
    QString note; // why the volume could not be read, empty when it could
    bool active = false; // MBR: the boot indicator is set (the partition a BIOS boots from)
};

// A Windows installation found on a source: where its SOFTWARE and SYSTEM hives are.
struct WindowsInstallation {
    int index = 0; // 1-based across the whole source
    int partitionIndex = 0;
    QString windowsPath; // "Windows" (the folder as stored on the volume)
    QString volumeName; // display name of the volume
};

// An opened, read-only source: a disk image, a block device or a folder. Opening it reads the
// partition table and looks for Windows on each volume; nothing is ever written.
class Source {
public:
    virtual ~Source() = default;

    // Opens path read-only. Throws ScanError(SourceUnreadable) naming the path and what to do.
    static std::unique_ptr<Source> open(const QString &path);

    virtual QString path() const = 0;
    virtual SourceKind kind() const = 0;
    virtual std::optional<qint64> diskSizeBytes() const = 0;
    virtual PartitionStyle partitionStyle() const = 0;
    virtual QList<PartitionInfo> partitions() const = 0;
    virtual QList<WindowsInstallation> installations() const = 0;
    // Opens the volume of an installation; throws ScanError on failure.
    virtual std::unique_ptr<WindowsVolume> openVolume(const WindowsInstallation &inst) const = 0;
    // Opens the file system of any partition (partitions()[i].index; 0 for a bare file system
    // or a folder), read-only: the EFI system partition's FAT, the system partition's NTFS.
    // Throws ScanError(SourceUnreadable) naming the partition when it cannot be read.
    virtual std::unique_ptr<WindowsVolume> openPartition(int partitionIndex) const = 0;

    // Writes the source.* facts (partitions, ESP, recovery, installations).
    void describe(FactSet &facts) const;
};

} // namespace urs
