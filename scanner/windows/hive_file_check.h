// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <algorithm>
#include <optional>

namespace urs {

// Plain-words diagnosis of a file that should be a Windows NT registry hive ("regf" file),
// so a refusal can say what is wrong instead of hivex's bare errno. Layout after
// "Windows registry file format specification" (Maxim Suhanov, 2.1 base block, 2.2 hive bin):
// base block of 4096 bytes (signature "regf" at 0, sequence numbers at 4 and 8, last written
// FILETIME at 12, hive bins data size at 40, XOR checksum of the first 508 bytes at 508),
// then hive bins, each starting with "hbin", its offset at 4 and its size at 8.
class HiveFileCheck {
public:
    static constexpr qint64 kBaseBlockSize = 4096;

    // What is wrong judging from the first 4096 bytes and the file size; nullopt when the
    // base block looks like a hive's.
    static std::optional<QString> headerProblem(const QByteArray &head, qint64 fileSize);
    // The first hive bin that is not one (read through readAt), or a bad checksum; used after
    // hivex refused a file whose base block looked right.
    template <typename ReadAt>
    static std::optional<QString> structureProblem(const QByteArray &head, qint64 fileSize, ReadAt readAt);

    // Primary and secondary sequence numbers differ: Windows did not finish writing the hive
    // (it would replay the .LOG files at the next boot). hivex still reads it.
    static bool isDirty(const QByteArray &head);
    static std::optional<QDateTime> lastWritten(const QByteArray &head);
    static QString magicText(const QByteArray &head);

private:
    static std::optional<QString> checksumProblem(const QByteArray &head);
    static std::optional<QString> binProblem(qint64 offset, const QByteArray &binHeader, qint64 end);
};

template <typename ReadAt>
std::optional<QString> HiveFileCheck::structureProblem(const QByteArray &head, qint64 fileSize, ReadAt readAt)
{
    if (auto p = checksumProblem(head))
        return p;
    // Walk the hive bins: each one's size leads to the next. Only the 32-byte headers are read.
    const qint64 binsSize = qint64(quint8(head[40])) | qint64(quint8(head[41])) << 8
        | qint64(quint8(head[42])) << 16 | qint64(quint8(head[43])) << 24;
    const qint64 end = std::min(fileSize, kBaseBlockSize + binsSize);
    qint64 offset = kBaseBlockSize;
    while (offset < end) {
        const QByteArray h = readAt(offset, 32);
        if (auto p = binProblem(offset, h, end))
            return p;
        offset += qint64(quint8(h[8])) | qint64(quint8(h[9])) << 8 | qint64(quint8(h[10])) << 16
            | qint64(quint8(h[11])) << 24; // >= 4096: binProblem checked it
    }
    return std::nullopt;
}

} // namespace urs
