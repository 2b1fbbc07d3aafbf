// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/hive_file_check.h"

#include "common/core_text.h"
#include "windows/registry_codec.h"

namespace urs {

QString HiveFileCheck::magicText(const QByteArray &head)
{
    const QByteArray magic = head.left(4);
    bool printable = !magic.isEmpty();
    for (char c : magic)
        printable = printable && c >= 0x20 && c < 0x7f;
    if (printable)
        return QStringLiteral("'%1'").arg(QString::fromLatin1(magic));
    return coreText("bytes %1").arg(QString::fromLatin1(magic.toHex(' ')));
}

std::optional<QString> HiveFileCheck::headerProblem(const QByteArray &head, qint64 fileSize)
{
    if (fileSize == 0)
        return coreText("the file is empty (0 bytes)");
    if (head.startsWith("CREG")) {
        // Windows 95/98/Me kept SYSTEM.DAT/USER.DAT in the "CREG" format, which NT never reads.
        return coreText("not a Windows NT registry hive (magic 'CREG': a Windows 9x registry)");
    }
    if (!head.startsWith("regf")) {
        return coreText("not a Windows NT registry hive (magic %1, expected 'regf')").arg(magicText(head));
    }
    if (fileSize < 2 * kBaseBlockSize) {
        return coreText("too short to be a registry hive (%1 bytes; the base block alone is 4096 and "
                        "at least one 4096-byte hive bin follows)")
            .arg(fileSize);
    }
    const qint64 binsSize = RegistryCodec::le32(head.constData() + 40);
    if (binsSize < kBaseBlockSize || binsSize % kBaseBlockSize != 0) {
        return coreText("the hive header is damaged (hive bins data size %1 is not a multiple of 4096)")
            .arg(binsSize);
    }
    if (kBaseBlockSize + binsSize > fileSize) {
        return coreText("the hive is truncated: its header declares %1 bytes of hive bins but the file "
                        "holds only %2 bytes after the 4096-byte base block")
            .arg(binsSize)
            .arg(fileSize - kBaseBlockSize);
    }
    return std::nullopt;
}

std::optional<QString> HiveFileCheck::checksumProblem(const QByteArray &head)
{
    if (head.size() < 512)
        return coreText("the hive header is incomplete");
    quint32 sum = 0;
    for (int i = 0; i < 508; i += 4)
        sum ^= RegistryCodec::le32(head.constData() + i);
    const quint32 stored = RegistryCodec::le32(head.constData() + 508);
    if (sum != stored) {
        return coreText("the hive header is damaged (checksum 0x%1, computed 0x%2)")
            .arg(stored, 8, 16, QLatin1Char('0'))
            .arg(sum, 8, 16, QLatin1Char('0'));
    }
    return std::nullopt;
}

std::optional<QString> HiveFileCheck::binProblem(qint64 offset, const QByteArray &h, qint64 end)
{
    const QString at = QStringLiteral("0x%1").arg(offset, 0, 16);
    if (h.size() < 32)
        return coreText("the hive is truncated at offset %1 (inside a hive bin header)").arg(at);
    if (!h.startsWith("hbin")) {
        const bool zeros = h.count('\0') == h.size();
        return coreText("the hive is damaged at offset %1: expected a hive bin ('hbin'), found %2")
            .arg(at, zeros ? QStringLiteral("zeros") : magicText(h));
    }
    const qint64 size = RegistryCodec::le32(h.constData() + 8);
    if (size < kBaseBlockSize || size % kBaseBlockSize != 0 || offset + size > end) {
        return QStringLiteral(
            "the hive is damaged at offset %1: the hive bin there has an impossible size (%2)")
            .arg(at)
            .arg(size);
    }
    return std::nullopt;
}

bool HiveFileCheck::isDirty(const QByteArray &head)
{
    return head.size() >= 12
        && RegistryCodec::le32(head.constData() + 4) != RegistryCodec::le32(head.constData() + 8);
}

std::optional<QDateTime> HiveFileCheck::lastWritten(const QByteArray &head)
{
    if (head.size() < 20)
        return std::nullopt;
    return RegistryCodec::fromFileTime(qint64(RegistryCodec::le64(head.constData() + 12)));
}

} // namespace urs
