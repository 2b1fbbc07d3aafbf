// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where the disk-image fixtures live (tests/fixtures/images/build-images.sh, CTest fixture
// "images") and what the builder recorded about them with ntfs-3g and ntfsinfo.

#include "common/scan_error.h"
#include "source/source.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMap>
#include <QString>
#include <QtTest>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace urs::test {

inline QString imageDir()
{
    const QString base = qEnvironmentVariable("URS_FIXTURE_DIR");
    return base.isEmpty() ? QString() : base + QStringLiteral("/images");
}

inline QString imagePath(const QString &name)
{
    return imageDir() + QLatin1Char('/') + name + QStringLiteral(".img");
}

// "p3.free_clusters=23532" lines of <name>.expect.
inline QMap<QString, qint64> readExpect(const QString &name)
{
    QMap<QString, qint64> out;
    QFile f(imageDir() + QLatin1Char('/') + name + QStringLiteral(".expect"));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith('#') || !line.contains('='))
            continue;
        const QList<QByteArray> kv = line.split('=');
        out.insert(QString::fromLatin1(kv.at(0).trimmed()), kv.at(1).trimmed().toLongLong());
    }
    return out;
}

// SHA-256 over a sparse file's data extents, each prefixed by its offset and length, then the
// file size. Any write changes it: new bytes in a data extent change the data, a write into a
// hole turns it into data and changes the extent map. It reads only what is allocated, so the
// read-only proof on a 256 MB sparse image costs milliseconds, not seconds.
inline QByteArray sparseSha256Of(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    const off_t size = ::lseek(fd, 0, SEEK_END);
    QByteArray buf(1 << 20, Qt::Uninitialized);
    for (off_t pos = 0; pos < size;) {
        const off_t data = ::lseek(fd, pos, SEEK_DATA);
        if (data < 0)
            break; // ENXIO: only a hole remains
        off_t hole = ::lseek(fd, data, SEEK_HOLE);
        if (hole < 0)
            hole = size;
        const qint64 range[2] = {qint64(data), qint64(hole - data)};
        h.addData(QByteArrayView(reinterpret_cast<const char *>(range), sizeof range));
        for (off_t at = data; at < hole;) {
            const ssize_t n = ::pread(fd, buf.data(), size_t(std::min<off_t>(buf.size(), hole - at)), at);
            if (n <= 0) {
                ::close(fd);
                return {};
            }
            h.addData(QByteArrayView(buf.constData(), n));
            at += n;
        }
        pos = hole;
    }
    ::close(fd);
    h.addData(QByteArray::number(qint64(size)));
    return h.result().toHex();
}

inline QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

// Bytes this process has read through read(2)/pread(2) so far ("rchar" of /proc/self/io).
inline qint64 bytesReadByProcess()
{
    QFile f(QStringLiteral("/proc/self/io"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("rchar:"))
            return line.mid(6).trimmed().toLongLong();
    return -1;
}

// Opens the volume of any partition (with or without Windows) through Source::openVolume.
inline std::unique_ptr<WindowsVolume> volumeOf(const Source &src, int partition)
{
    WindowsInstallation inst;
    inst.partitionIndex = partition;
    return src.openVolume(inst);
}

} // namespace urs::test

// Fails the test unless the images fixture was built.
#define URS_REQUIRE_IMAGES()                                                                                 \
    do {                                                                                                     \
        if (urs::test::imageDir().isEmpty()                                                                  \
            || !QFile::exists(urs::test::imageDir() + QStringLiteral("/.stamp")))                            \
            QFAIL("the 'images' fixture is missing: run ctest (fixture_images) or "                          \
                  "tests/fixtures/images/build-images.sh $URS_FIXTURE_DIR/images");                          \
    } while (false)
