// SPDX-License-Identifier: GPL-3.0-or-later
#include "hardware/smbios_structure.h"

#include "common/core_text.h"

#include <QtEndian>

namespace urs {

SmbiosStructure::SmbiosStructure(QByteArray formatted, QList<QByteArray> strings, qint64 tableOffset)
    : m_formatted(std::move(formatted))
    , m_strings(std::move(strings))
    , m_tableOffset(tableOffset)
{
}

int SmbiosStructure::handle() const
{
    return word(2).value_or(0);
}

std::optional<quint8> SmbiosStructure::byte(int offset) const
{
    if (!has(offset, 1))
        return std::nullopt;
    return quint8(m_formatted[offset]);
}

std::optional<quint16> SmbiosStructure::word(int offset) const
{
    if (!has(offset, 2))
        return std::nullopt;
    return qFromLittleEndian<quint16>(m_formatted.constData() + offset);
}

std::optional<quint32> SmbiosStructure::dword(int offset) const
{
    if (!has(offset, 4))
        return std::nullopt;
    return qFromLittleEndian<quint32>(m_formatted.constData() + offset);
}

std::optional<quint64> SmbiosStructure::qword(int offset) const
{
    if (!has(offset, 8))
        return std::nullopt;
    return qFromLittleEndian<quint64>(m_formatted.constData() + offset);
}

QByteArray SmbiosStructure::bytes(int offset, int size) const
{
    return has(offset, size) ? m_formatted.mid(offset, size) : QByteArray();
}

std::optional<QString> SmbiosStructure::string(int offset, QString *why) const
{
    const auto fail = [&](const QString &reason) -> std::optional<QString> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    const std::optional<quint8> index = byte(offset);
    if (!index)
        return fail(
            coreText("SMBIOS type %1 structure is %2 bytes long; it has no string field at offset 0x%3")
                .arg(type())
                .arg(length())
                .arg(offset, 2, 16, QLatin1Char('0')));
    if (*index == 0)
        return fail(coreText("SMBIOS type %1 offset 0x%2 has string index 0: the firmware gives no value")
                        .arg(type())
                        .arg(offset, 2, 16, QLatin1Char('0')));
    if (*index > m_strings.size())
        return fail(coreText("SMBIOS type %1 offset 0x%2 names string %3, but the structure has only %4")
                        .arg(type())
                        .arg(offset, 2, 16, QLatin1Char('0'))
                        .arg(*index)
                        .arg(m_strings.size()));
    const QByteArray &raw = m_strings[*index - 1];
    // The specification asks for UTF-8 in new tables; older firmware writes Latin-1/ASCII.
    QString text = QString::fromUtf8(raw);
    if (text.contains(QChar::ReplacementCharacter))
        text = QString::fromLatin1(raw);
    text = text.trimmed();
    if (text.isEmpty())
        return fail(coreText("SMBIOS type %1 offset 0x%2 string is blank")
                        .arg(type())
                        .arg(offset, 2, 16, QLatin1Char('0')));
    return text;
}

} // namespace urs
