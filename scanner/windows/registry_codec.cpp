// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/registry_codec.h"

#include <hivex.h>

namespace urs {

QString RegistryCodec::typeName(int hiveType)
{
    switch (hiveType) {
    case hive_t_REG_NONE:
        return QStringLiteral("REG_NONE");
    case hive_t_REG_SZ:
        return QStringLiteral("REG_SZ");
    case hive_t_REG_EXPAND_SZ:
        return QStringLiteral("REG_EXPAND_SZ");
    case hive_t_REG_BINARY:
        return QStringLiteral("REG_BINARY");
    case hive_t_REG_DWORD:
        return QStringLiteral("REG_DWORD");
    case hive_t_REG_DWORD_BIG_ENDIAN:
        return QStringLiteral("REG_DWORD_BIG_ENDIAN");
    case hive_t_REG_LINK:
        return QStringLiteral("REG_LINK");
    case hive_t_REG_MULTI_SZ:
        return QStringLiteral("REG_MULTI_SZ");
    case hive_t_REG_RESOURCE_LIST:
        return QStringLiteral("REG_RESOURCE_LIST");
    case hive_t_REG_FULL_RESOURCE_DESCRIPTOR:
        return QStringLiteral("REG_FULL_RESOURCE_DESCRIPTOR");
    case hive_t_REG_RESOURCE_REQUIREMENTS_LIST:
        return QStringLiteral("REG_RESOURCE_REQUIREMENTS_LIST");
    case hive_t_REG_QWORD:
        return QStringLiteral("REG_QWORD");
    }
    return QStringLiteral("type 0x%1").arg(quint32(hiveType), 0, 16);
}

std::optional<QDateTime> RegistryCodec::fromFileTime(qint64 fileTime)
{
    // 0 means "never"; negative values and years past 9999 only appear in damaged data.
    constexpr qint64 kMaxFileTime = 2650467743999999999LL; // 9999-12-31T23:59:59.9999999Z
    if (fileTime <= 0 || fileTime > kMaxFileTime)
        return std::nullopt;
    static const QDateTime epoch(QDate(1601, 1, 1), QTime(0, 0), Qt::UTC);
    return epoch.addMSecs(fileTime / 10000);
}

std::optional<QDateTime> RegistryCodec::fromFileTimeBytes(const QByteArray &bytes)
{
    if (bytes.size() < 8)
        return std::nullopt;
    return fromFileTime(qint64(le64(bytes.constData())));
}

QString RegistryCodec::fromUtf16Le(const QByteArray &bytes)
{
    const qsizetype units = bytes.size() / 2;
    QString out;
    out.reserve(units);
    for (qsizetype i = 0; i < units; ++i) {
        const char16_t c = char16_t(quint8(bytes[2 * i]) | (quint8(bytes[2 * i + 1]) << 8));
        if (c == 0)
            break;
        out.append(QChar(c));
    }
    return out;
}

QStringList RegistryCodec::multiStringFromUtf16Le(const QByteArray &bytes)
{
    QStringList out;
    QString current;
    const qsizetype units = bytes.size() / 2;
    for (qsizetype i = 0; i < units; ++i) {
        const char16_t c = char16_t(quint8(bytes[2 * i]) | (quint8(bytes[2 * i + 1]) << 8));
        if (c != 0) {
            current.append(QChar(c));
            continue;
        }
        out.append(current);
        current.clear();
    }
    if (!current.isEmpty()) // data without its final NUL: keep the last string
        out.append(current);
    // The list ends with an empty string (the double NUL); drop it and any padding after it.
    while (!out.isEmpty() && out.constLast().isEmpty())
        out.removeLast();
    return out;
}

quint32 RegistryCodec::le32(const char *p)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    return quint32(u[0]) | quint32(u[1]) << 8 | quint32(u[2]) << 16 | quint32(u[3]) << 24;
}

quint32 RegistryCodec::be32(const char *p)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    return quint32(u[3]) | quint32(u[2]) << 8 | quint32(u[1]) << 16 | quint32(u[0]) << 24;
}

quint64 RegistryCodec::le64(const char *p)
{
    return quint64(le32(p)) | quint64(le32(p + 4)) << 32;
}

} // namespace urs
