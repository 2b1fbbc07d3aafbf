// SPDX-License-Identifier: GPL-3.0-or-later
#include "hardware/smbios_table.h"

#include "common/core_text.h"

namespace urs {

namespace {
constexpr int kEndOfTable = 127;
constexpr int kInactive = 126;
} // namespace

SmbiosTable SmbiosTable::parse(const QByteArray &data)
{
    SmbiosTable table;
    const qint64 size = data.size();
    qint64 pos = 0;
    while (pos + 4 <= size) {
        const int type = quint8(data[pos]);
        const int length = quint8(data[pos + 1]);
        if (length < 4) {
            table.m_error = coreText("structure at offset %1 (type %2) has length %3, less than its header")
                                .arg(pos)
                                .arg(type)
                                .arg(length);
            break;
        }
        if (pos + length > size) {
            table.m_error
                = coreText("structure at offset %1 (type %2) is truncated: its formatted area needs "
                           "%3 bytes, %4 remain")
                      .arg(pos)
                      .arg(type)
                      .arg(length)
                      .arg(size - pos);
            break;
        }
        // The string set: NUL-terminated strings ended by one more NUL; with no strings the
        // formatted area is followed by two NULs (DSP0134 6.1.3).
        QList<QByteArray> strings;
        qint64 cursor = pos + length;
        bool terminated = false;
        if (cursor + 1 < size && data[cursor] == '\0' && data[cursor + 1] == '\0') {
            cursor += 2;
            terminated = true;
        } else {
            while (cursor < size) {
                const qint64 nul = data.indexOf('\0', cursor);
                if (nul < 0)
                    break;
                if (nul == cursor) { // the empty string that ends the set
                    cursor += 1;
                    terminated = true;
                    break;
                }
                strings.append(data.mid(cursor, nul - cursor));
                cursor = nul + 1;
            }
        }
        if (!terminated) {
            table.m_error = coreText("structure at offset %1 (type %2) is truncated: its string set has no "
                                     "terminating double NUL")
                                .arg(pos)
                                .arg(type);
            break;
        }
        if (type != kInactive)
            table.m_structures.append(SmbiosStructure(data.mid(pos, length), std::move(strings), pos));
        if (type == kEndOfTable)
            break;
        pos = cursor;
    }
    return table;
}

const SmbiosStructure *SmbiosTable::first(int type) const
{
    for (const SmbiosStructure &s : m_structures)
        if (s.type() == type)
            return &s;
    return nullptr;
}

QList<const SmbiosStructure *> SmbiosTable::all(int type) const
{
    QList<const SmbiosStructure *> out;
    for (const SmbiosStructure &s : m_structures)
        if (s.type() == type)
            out.append(&s);
    return out;
}

} // namespace urs
