// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Hashes for the read-only proofs: a scan must leave its source byte-for-byte unchanged.

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>
#include <algorithm>
#include <fcntl.h>
#include <unistd.h>

namespace urs::test {

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

} // namespace urs::test
