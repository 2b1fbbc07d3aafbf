// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace urs {

// Decoding of registry data that hivex hands over as raw bytes.
class RegistryCodec {
public:
    // "REG_SZ", "REG_DWORD", ... for messages; "type 0x..." for anything else.
    static QString typeName(int hiveType);

    // A FILETIME: 100-ns intervals since 1601-01-01 UTC ([MS-DTYP] 2.3.3). nullopt for 0 and
    // for values outside 1601..9999, which only damaged data holds.
    static std::optional<QDateTime> fromFileTime(qint64 fileTime);
    // Little-endian FILETIME in the first 8 bytes of a REG_BINARY (e.g. Control\Windows
    // ShutdownTime); nullopt when shorter.
    static std::optional<QDateTime> fromFileTimeBytes(const QByteArray &bytes);

    // UTF-16LE text up to the first NUL (or the end; an odd trailing byte is dropped).
    static QString fromUtf16Le(const QByteArray &bytes);
    // REG_MULTI_SZ: UTF-16LE strings separated by NUL, ended by an empty string. Unlike
    // hivex_value_multiple_strings, empty strings inside the list are kept: in
    // PendingFileRenameOperations an empty target means "delete the source".
    static QStringList multiStringFromUtf16Le(const QByteArray &bytes);

    static quint32 le32(const char *p);
    static quint32 be32(const char *p);
    static quint64 le64(const char *p);
};

} // namespace urs
