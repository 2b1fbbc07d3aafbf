// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source/windows_volume.h"

namespace urs {

// A Windows volume available as a folder: mounted elsewhere (ntfs-3g, a network share) or
// copied. Each path component is matched case-insensitively, as Windows would, because a copy
// on a Linux file system keeps the case Windows stored ("Windows\System32\config" may be found
// as "WINDOWS/system32/CONFIG"). Only reads; files are opened read-only.
class DirectoryVolume : public WindowsVolume {
public:
    explicit DirectoryVolume(QString rootPath);

    QString displayName() const override { return m_root; }
    FileSystem filesystem() const override { return FileSystem::Directory; }

    std::optional<VolumeEntry> stat(const QString &path) const override;
    QList<VolumeEntry> list(const QString &directory) const override;
    QByteArray read(const QString &path, qint64 offset, qint64 maxBytes) const override;
    void copyTo(const QString &path, int fd) const override;
    VolumeSpace space() const override;

    // The host path of a volume path, resolved case-insensitively; nullopt when absent.
    std::optional<QString> hostPath(const QString &path) const;

private:
    QString m_root;
};

} // namespace urs
