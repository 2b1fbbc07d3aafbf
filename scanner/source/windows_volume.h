// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace urs {

struct VolumeEntry {
    QString name; // as stored on the volume (original case)
    bool isDirectory = false;
    qint64 sizeBytes = 0;
    QDateTime modifiedUtc;
};

struct VolumeSpace {
    qint64 totalBytes = 0;
    qint64 freeBytes = 0;
    qint64 clusterBytes = 0;
};

// Read-only access to one Windows volume, whatever holds it: an NTFS partition inside an image
// or device (libtsk), or a folder. Paths use '/' or '\\', are relative to the volume root and
// are matched case-insensitively, as Windows does. Nothing here ever writes.
class WindowsVolume {
public:
    virtual ~WindowsVolume() = default;

    // Human name for messages, e.g. "disk.img partition 3 (NTFS)" or "/mnt/win".
    virtual QString displayName() const = 0;
    virtual QString filesystem() const = 0; // "ntfs", or "directory"
    virtual QString label() const { return {}; }

    virtual std::optional<VolumeEntry> stat(const QString &path) const = 0;
    virtual QList<VolumeEntry> list(const QString &directory) const = 0;
    // Reads up to maxBytes from offset; throws ScanError(SourceUnreadable) on I/O failure.
    virtual QByteArray read(const QString &path, qint64 offset, qint64 maxBytes) const = 0;
    // Copies the whole file into fd (used for hives: a memfd that hivex then opens).
    virtual void copyTo(const QString &path, int fd) const = 0;
    // Total and free space; nullopt when it cannot be known.
    virtual std::optional<VolumeSpace> space() const = 0;
    // The NTFS dirty flag; nullopt when not an NTFS volume read from the raw bytes.
    virtual std::optional<bool> dirty() const { return std::nullopt; }

    // Total size of a folder's files, recursively (0 when absent). Stops after maxEntries
    // entries and returns nullopt then, so a huge tree never stalls a scan.
    std::optional<qint64> treeSize(const QString &directory, int maxEntries = 200000) const;
    bool exists(const QString &path) const { return stat(path).has_value(); }
};

} // namespace urs
