// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/directory_volume.h"

#include "common/core_text.h"
#include "common/scan_error.h"
#include "source/volume_path.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <sys/statvfs.h>
#include <unistd.h>

namespace urs {

namespace {
constexpr qint64 kCopyChunk = 1 << 20;
constexpr QDir::Filters kAllEntries = QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot;

VolumeEntry toEntry(const QFileInfo &info)
{
    VolumeEntry e;
    e.name = info.fileName();
    e.isDirectory = info.isDir();
    e.sizeBytes = e.isDirectory ? 0 : info.size();
    e.modifiedUtc = info.lastModified().toUTC();
    return e;
}
} // namespace

DirectoryVolume::DirectoryVolume(QString rootPath)
    : m_root(QDir::cleanPath(std::move(rootPath)))
{
}

std::optional<QString> DirectoryVolume::hostPath(const QString &path) const
{
    const auto parts = splitVolumePath(path);
    if (!parts)
        return std::nullopt;
    QString current = m_root;
    for (const QString &part : *parts) {
        const QString exact = current + QLatin1Char('/') + part;
        if (QFileInfo::exists(exact)) { // the common case costs one stat()
            current = exact;
            continue;
        }
        const QStringList names = QDir(current).entryList(kAllEntries);
        auto it = std::find_if(names.cbegin(), names.cend(),
            [&](const QString &n) { return n.compare(part, Qt::CaseInsensitive) == 0; });
        if (it == names.cend())
            return std::nullopt;
        current += QLatin1Char('/') + *it;
    }
    return current;
}

std::optional<VolumeEntry> DirectoryVolume::stat(const QString &path) const
{
    const auto host = hostPath(path);
    if (!host)
        return std::nullopt;
    VolumeEntry e = toEntry(QFileInfo(*host));
    if (*host == m_root)
        e.name.clear(); // the volume root has no name
    return e;
}

QList<VolumeEntry> DirectoryVolume::list(const QString &directory) const
{
    const auto host = hostPath(directory);
    if (!host || !QFileInfo(*host).isDir())
        return {};
    // QDir lists an unreadable folder as empty; say so instead.
    if (::access(QFile::encodeName(*host).constData(), R_OK | X_OK) != 0)
        throw ScanError(ScanErrorKind::SourceUnreadable, *host,
            coreText("the folder cannot be listed: %1").arg(QString::fromLocal8Bit(strerror(errno))),
            coreText("Check the permissions of the folder (run as root to read every file)"));
    QList<VolumeEntry> out;
    for (const QFileInfo &info : QDir(*host).entryInfoList(kAllEntries, QDir::Name))
        out.append(toEntry(info));
    return out;
}

QByteArray DirectoryVolume::read(const QString &path, qint64 offset, qint64 maxBytes) const
{
    const auto host = hostPath(path);
    if (!host)
        throw ScanError(
            ScanErrorKind::SourceUnreadable, m_root, coreText("no file %1 in the folder").arg(path));
    QFile file(*host);
    if (!file.open(QIODevice::ReadOnly) || (offset > 0 && !file.seek(offset)))
        throw ScanError(ScanErrorKind::SourceUnreadable, *host,
            coreText("cannot read: %1").arg(file.errorString()),
            coreText("Check the permissions of the folder (run as root to read every file)"));
    if (maxBytes <= 0 || offset >= file.size())
        return {};
    return file.read(std::min(maxBytes, file.size() - offset));
}

void DirectoryVolume::copyTo(const QString &path, int fd) const
{
    const auto host = hostPath(path);
    if (!host)
        throw ScanError(
            ScanErrorKind::SourceUnreadable, m_root, coreText("no file %1 in the folder").arg(path));
    QFile file(*host);
    if (!file.open(QIODevice::ReadOnly))
        throw ScanError(ScanErrorKind::SourceUnreadable, *host,
            coreText("cannot read: %1").arg(file.errorString()),
            coreText("Check the permissions of the folder (run as root to read every file)"));
    QByteArray chunk;
    while (!(chunk = file.read(kCopyChunk)).isEmpty()) {
        const char *p = chunk.constData();
        qsizetype left = chunk.size();
        while (left > 0) {
            const ssize_t n = ::write(fd, p, size_t(left));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                throw ScanError(ScanErrorKind::SourceUnreadable, *host,
                    coreText("cannot write the copy: %1").arg(QString::fromLocal8Bit(strerror(errno))));
            p += n;
            left -= n;
        }
    }
    if (file.error() != QFileDevice::NoError)
        throw ScanError(
            ScanErrorKind::SourceUnreadable, *host, coreText("read failed: %1").arg(file.errorString()));
}

VolumeSpace DirectoryVolume::space() const
{
    struct statvfs s { };
    VolumeSpace out;
    if (::statvfs(QFile::encodeName(m_root).constData(), &s) != 0) {
        out.problem = coreText("cannot read the size of the file system holding %1: %2")
                          .arg(m_root, QString::fromLocal8Bit(strerror(errno)));
        return out;
    }
    out.clusterBytes = qint64(s.f_frsize);
    out.totalBytes = qint64(s.f_blocks) * qint64(s.f_frsize);
    // f_bavail: what a non-root writer could still use, i.e. what an upgrade could fill.
    out.freeBytes = qint64(s.f_bavail) * qint64(s.f_frsize);
    return out;
}

} // namespace urs
