// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace urs {

// One SMBIOS structure (DSP0134 section 6.1): a formatted area whose first four bytes are
// type, length and handle, followed by a string set. A field beyond the formatted length
// (an older SMBIOS version) reads as absent, never as zero.
class SmbiosStructure {
public:
    SmbiosStructure(QByteArray formatted, QList<QByteArray> strings, qint64 tableOffset);

    int type() const { return quint8(m_formatted[0]); }
    int length() const { return int(m_formatted.size()); }
    int handle() const;
    qint64 tableOffset() const { return m_tableOffset; }

    bool has(int offset, int size) const { return offset >= 0 && offset + size <= length(); }
    std::optional<quint8> byte(int offset) const;
    std::optional<quint16> word(int offset) const;
    std::optional<quint32> dword(int offset) const;
    std::optional<quint64> qword(int offset) const;
    QByteArray bytes(int offset, int size) const; // empty when out of range

    // The string whose 1-based index is the byte at offset. Index 0 means "no string" (6.1.3);
    // that, a missing byte, an index past the string set or a blank string give nullopt with
    // *why saying which.
    std::optional<QString> string(int offset, QString *why = nullptr) const;
    int stringCount() const { return int(m_strings.size()); }

private:
    QByteArray m_formatted;
    QList<QByteArray> m_strings;
    qint64 m_tableOffset;
};

} // namespace urs
