// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/tsk_ntfs_volume.h"

#include "common/core_text.h"
#include "common/log.h"
#include "common/scan_error.h"
#include "source/ntfs_volume_info.h"
#include "source/volume_path.h"
#include "source/volume_probe.h"

#include <cerrno>
#include <cstring>
#include <unistd.h>
#include <vector>

namespace urs {

namespace {
// Files are copied in pieces of this size, so a 100 MB hive never sits in memory twice.
constexpr qint64 kCopyChunk = 1 << 20;

QDateTime fromUnix(time_t seconds, uint32_t nanos)
{
    if (seconds <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(seconds) * 1000 + nanos / 1000000, Qt::UTC);
}

void writeAll(int fd, const char *data, size_t size, const QString &what)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            throw ScanError(ScanErrorKind::SourceUnreadable, what,
                coreText("cannot write the copy: %1").arg(QString::fromLocal8Bit(strerror(errno))),
                coreText("Check free space in the temporary folder"));
        data += n;
        size -= size_t(n);
    }
}
} // namespace

TskNtfsVolume::TskNtfsVolume(TskImgShared image, qint64 offset, QString displayName)
    : m_image(std::move(image))
    , m_displayName(std::move(displayName))
{
    QString error;
    m_fs = openFileSystem(m_image.get(), offset, &error);
    if (!m_fs)
        throw ScanError(ScanErrorKind::SourceUnreadable, m_displayName,
            coreText("the file system cannot be read (%1)").arg(error),
            coreText("If Windows reports no errors on this disk, the image may be "
                     "incomplete: copy the disk again"));
    m_index = std::make_unique<TskDirectoryIndex>(m_fs.get());
    if (TSK_FS_TYPE_ISNTFS(m_fs->ftype))
        m_label = readNtfsLabel(m_fs.get()).value_or(QString());
}

TskNtfsVolume::~TskNtfsVolume() = default;

FileSystem TskNtfsVolume::filesystem() const
{
    return fileSystemOf(m_fs->ftype);
}

std::optional<TskDirEntry> TskNtfsVolume::resolveLocked(const QString &path) const
{
    const auto parts = splitVolumePath(path);
    if (!parts)
        return std::nullopt;
    return m_index->resolve(*parts);
}

TskFilePtr TskNtfsVolume::openFileLocked(const QString &path) const
{
    const auto entry = resolveLocked(path);
    if (!entry)
        throw ScanError(
            ScanErrorKind::SourceUnreadable, m_displayName, coreText("no file %1 on the volume").arg(path));
    TskFilePtr file(tsk_fs_file_open_meta(m_fs.get(), nullptr, entry->inum));
    if (!file || !file->meta)
        throw ScanError(ScanErrorKind::SourceUnreadable, m_displayName,
            coreText("cannot open %1 (MFT record %2): %3").arg(path).arg(entry->inum).arg(takeTskError()));
    if (TSK_FS_IS_DIR_META(file->meta->type))
        throw ScanError(
            ScanErrorKind::SourceUnreadable, m_displayName, coreText("%1 is a folder, not a file").arg(path));
    return file;
}

VolumeEntry TskNtfsVolume::entryLocked(const TskDirEntry &e) const
{
    VolumeEntry out;
    out.name = e.name;
    out.isDirectory = e.isDirectory;
    TskFilePtr file(tsk_fs_file_open_meta(m_fs.get(), nullptr, e.inum));
    if (!file || !file->meta) {
        // Its size is unknown: listing it as 0 bytes would shrink every sum it is part of.
        throw ScanError(ScanErrorKind::SourceUnreadable, m_displayName,
            coreText("cannot read the metadata of %1 (MFT record %2): %3")
                .arg(e.name)
                .arg(e.inum)
                .arg(takeTskError()),
            coreText("Run chkdsk on this volume in Windows, or copy the disk with ddrescue if it is "
                     "failing, then scan again"));
    }
    out.isDirectory = TSK_FS_IS_DIR_META(file->meta->type);
    out.sizeBytes = out.isDirectory ? 0 : qint64(file->meta->size);
    out.modifiedUtc = fromUnix(file->meta->mtime, file->meta->mtime_nano);
    return out;
}

std::optional<VolumeEntry> TskNtfsVolume::stat(const QString &path) const
{
    std::lock_guard lock(m_mutex);
    const auto entry = resolveLocked(path);
    if (!entry)
        return std::nullopt;
    return entryLocked(*entry);
}

QList<VolumeEntry> TskNtfsVolume::list(const QString &directory) const
{
    std::lock_guard lock(m_mutex);
    const auto dir = resolveLocked(directory);
    if (!dir || !dir->isDirectory)
        return {};
    QString problem;
    const QList<TskDirEntry> entries = m_index->entries(dir->inum, &problem);
    if (!problem.isEmpty())
        throw ScanError(ScanErrorKind::SourceUnreadable, m_displayName,
            coreText("cannot list %1: %2")
                .arg(directory.isEmpty() ? coreText("the root folder") : directory, problem),
            coreText("Run chkdsk on this volume in Windows, or copy the disk with ddrescue if it is "
                     "failing, then scan again"));
    QList<VolumeEntry> out;
    for (const TskDirEntry &e : entries)
        out.append(entryLocked(e));
    return out;
}

QByteArray TskNtfsVolume::read(const QString &path, qint64 offset, qint64 maxBytes) const
{
    std::lock_guard lock(m_mutex);
    TskFilePtr file = openFileLocked(path);
    const qint64 size = file->meta->size;
    if (offset < 0 || maxBytes <= 0 || offset >= size)
        return {};
    const qint64 want = std::min(maxBytes, size - offset);
    QByteArray out(qsizetype(want), Qt::Uninitialized);
    qint64 done = 0;
    while (done < want) {
        const ssize_t got = tsk_fs_file_read(
            file.get(), offset + done, out.data() + done, size_t(want - done), TSK_FS_FILE_READ_FLAG_NONE);
        if (got <= 0)
            throw ScanError(ScanErrorKind::SourceUnreadable, m_displayName,
                coreText("cannot read %1 at offset %2: %3").arg(path).arg(offset + done).arg(takeTskError()),
                coreText("The disk may have bad sectors; copy it with ddrescue and scan the copy"));
        done += got;
    }
    return out;
}

void TskNtfsVolume::copyTo(const QString &path, int fd) const
{
    std::lock_guard lock(m_mutex);
    TskFilePtr file = openFileLocked(path);
    const qint64 size = file->meta->size;
    std::vector<char> buf(size_t(std::min<qint64>(kCopyChunk, std::max<qint64>(size, 1))));
    const QString what = m_displayName + QLatin1Char(' ') + path;
    for (qint64 offset = 0; offset < size;) {
        const size_t want = size_t(std::min<qint64>(qint64(buf.size()), size - offset));
        const ssize_t got
            = tsk_fs_file_read(file.get(), offset, buf.data(), want, TSK_FS_FILE_READ_FLAG_NONE);
        if (got <= 0)
            throw ScanError(ScanErrorKind::SourceUnreadable, m_displayName,
                coreText("cannot read %1 at offset %2: %3").arg(path).arg(offset).arg(takeTskError()),
                coreText("The disk may have bad sectors; copy it with ddrescue and scan the copy"));
        writeAll(fd, buf.data(), size_t(got), what);
        offset += got;
    }
}

VolumeSpace TskNtfsVolume::space() const
{
    std::lock_guard lock(m_mutex);
    VolumeSpace s;
    if (!TSK_FS_TYPE_ISNTFS(m_fs->ftype)) {
        s.problem
            = coreText("%1 is no NTFS volume: its size is read from NTFS metadata only").arg(m_displayName);
        return s;
    }
    // The boot sector gives the cluster size and count; the free space needs the $Bitmap
    // metafile, which a damaged volume may not give: then only that part is unknown.
    QStringList problems;
    if (m_fs->block_size > 0 && m_fs->block_count > 0) {
        s.clusterBytes = m_fs->block_size;
        s.totalBytes = qint64(m_fs->block_count) * m_fs->block_size;
    } else {
        problems << coreText("the NTFS boot sector of %1 gives no cluster size or count").arg(m_displayName);
    }
    QString bitmapProblem;
    const auto freeClusters = countNtfsFreeClusters(m_fs.get(), &bitmapProblem);
    if (!freeClusters)
        problems << coreText("the free space of %1 cannot be read: %2").arg(m_displayName, bitmapProblem);
    else if (s.clusterBytes)
        s.freeBytes = *freeClusters * *s.clusterBytes;
    s.problem = problems.join(QStringLiteral("; "));
    return s;
}

std::optional<bool> TskNtfsVolume::dirty() const
{
    std::lock_guard lock(m_mutex);
    const auto flags = readNtfsVolumeFlags(m_fs.get());
    if (!flags)
        return std::nullopt;
    // VOLUME_IS_DIRTY (0x0001): set by Windows while mounted and left set by an unclean
    // shutdown or by "fsutil dirty set"; chkdsk runs at the next boot.
    return (*flags & 0x0001) != 0;
}

} // namespace urs
