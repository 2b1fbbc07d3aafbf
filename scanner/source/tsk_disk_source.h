// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source/source.h"
#include "source/tsk_handles.h"

namespace urs {

// A raw disk image or a block device read with libtsk: the partition table (MBR or GPT, or a
// lone file system) and, on each volume, the Windows installations. The image is opened
// read-only (libtsk's raw backend uses O_RDONLY) and opening reads only boot sectors, the
// partition table and a few directories, whatever the disk size.
class TskDiskSource : public Source {
public:
    // Throws ScanError(SourceUnreadable) naming path: missing, empty, unreadable, truncated or
    // not a disk. A disk without Windows opens fine (installations() is empty).
    explicit TskDiskSource(const QString &path);

    QString path() const override { return m_path; }
    SourceKind kind() const override { return m_kind; }
    std::optional<qint64> diskSizeBytes() const override { return m_sizeBytes; }
    PartitionStyle partitionStyle() const override { return m_style; }
    QList<PartitionInfo> partitions() const override { return m_partitions; }
    QList<WindowsInstallation> installations() const override { return m_installations; }
    std::unique_ptr<WindowsVolume> openVolume(const WindowsInstallation &inst) const override;
    std::unique_ptr<WindowsVolume> openPartition(int partitionIndex) const override;

private:
    void checkFile();
    void addVolume(PartitionInfo part, const QString &typeId);
    QString volumeName(const PartitionInfo &part) const;
    // "image" or "device", for messages.
    QString mediumName() const;

    QString m_path;
    SourceKind m_kind = SourceKind::Image;
    PartitionStyle m_style = PartitionStyle::None;
    qint64 m_sizeBytes = 0;
    TskImgShared m_image;
    QList<PartitionInfo> m_partitions;
    QList<WindowsInstallation> m_installations;
};

} // namespace urs
