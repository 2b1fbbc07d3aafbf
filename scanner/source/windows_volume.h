// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source/source_types.h"

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

// Size and free space of a volume. A part that cannot be read is nullopt and problem says why,
// naming the volume and what failed: a size is never guessed, least of all as 0.
struct VolumeSpace {
    std::optional<qint64> totalBytes;
    std::optional<qint64> freeBytes;
    std::optional<qint64> clusterBytes;
    QString problem; // empty when every part is known
};

// Read-only access to one Windows volume, whatever holds it: an NTFS partition inside an image
// or device (libtsk), or a folder. Paths use '/' or '\\', are relative to the volume root and
// are matched case-insensitively, as Windows does. Nothing here ever writes.
class WindowsVolume {
public:
    virtual ~WindowsVolume() = default;

    // Human name for messages, e.g. "disk.img partition 3 (NTFS)" or "/mnt/win".
    virtual QString displayName() const = 0;
    virtual FileSystem filesystem() const = 0; // Ntfs, or Directory
    virtual QString label() const { return {}; }

    // An entry, nullopt when absent; a folder's entries, empty when it is absent or no folder.
    // Both throw ScanError(SourceUnreadable) when the metadata of an entry or of the folder
    // cannot be read: a file of unknown size is never listed as 0 bytes, nor such a folder as
    // empty.
    virtual std::optional<VolumeEntry> stat(const QString &path) const = 0;
    virtual QList<VolumeEntry> list(const QString &directory) const = 0;
    // Reads up to maxBytes from offset; throws ScanError(SourceUnreadable) on I/O failure.
    virtual QByteArray read(const QString &path, qint64 offset, qint64 maxBytes) const = 0;
    // Copies the whole file into fd (used for hives: a memfd that hivex then opens).
    virtual void copyTo(const QString &path, int fd) const = 0;
    // Total and free space, each known or unknown with the reason.
    virtual VolumeSpace space() const = 0;
    // The NTFS dirty flag; nullopt when not an NTFS volume read from the raw bytes.
    virtual std::optional<bool> dirty() const { return std::nullopt; }

    // Total size of a folder's files, recursively (0 when absent). Stops after maxEntries
    // entries and returns nullopt then, so a huge tree never stalls a scan.
    std::optional<qint64> treeSize(const QString &directory, int maxEntries = 200000) const;
    bool exists(const QString &path) const { return stat(path).has_value(); }
};

} // namespace urs
