// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source/tsk_directory_index.h"
#include "source/tsk_handles.h"
#include "source/windows_volume.h"

#include <mutex>

namespace urs {

// A Windows volume read through libtsk from an image or a block device: an NTFS partition (or
// any file system libtsk reads) at a byte offset. Read-only by construction: libtsk opens the
// image O_RDONLY and has no write path.
class TskNtfsVolume : public WindowsVolume {
public:
    // Opens the file system at offset; throws ScanError(SourceUnreadable) naming displayName.
    TskNtfsVolume(TskImgShared image, qint64 offset, QString displayName);
    ~TskNtfsVolume() override;

    QString displayName() const override { return m_displayName; }
    FileSystem filesystem() const override;
    QString label() const override { return m_label; }

    std::optional<VolumeEntry> stat(const QString &path) const override;
    QList<VolumeEntry> list(const QString &directory) const override;
    QByteArray read(const QString &path, qint64 offset, qint64 maxBytes) const override;
    void copyTo(const QString &path, int fd) const override;
    VolumeSpace space() const override;
    std::optional<bool> dirty() const override;

private:
    // Callers hold m_mutex.
    std::optional<TskDirEntry> resolveLocked(const QString &path) const;
    // Throws ScanError(SourceUnreadable) when the entry's MFT record cannot be read.
    VolumeEntry entryLocked(const TskDirEntry &e) const;
    TskFilePtr openFileLocked(const QString &path) const;

    TskImgShared m_image; // declared before m_fs: the file system closes first
    TskFsPtr m_fs;
    QString m_displayName;
    QString m_label;
    // libtsk file system handles are not safe for concurrent use; the scan may run on a worker
    // thread while the app asks for something else.
    mutable std::recursive_mutex m_mutex;
    mutable std::unique_ptr<TskDirectoryIndex> m_index;
};

} // namespace urs
