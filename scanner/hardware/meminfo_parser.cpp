// SPDX-License-Identifier: GPL-3.0-or-later
#include "hardware/meminfo_parser.h"

#include <QList>

namespace urs {

std::optional<qint64> MeminfoParser::memTotalBytes(const QByteArray &text)
{
    for (const QByteArray &line : text.split('\n')) {
        if (!line.startsWith("MemTotal:"))
            continue;
        const QList<QByteArray> parts = line.mid(9).simplified().split(' ');
        bool ok = false;
        const qint64 value = parts.value(0).toLongLong(&ok);
        if (!ok || value <= 0)
            return std::nullopt;
        // The kernel always prints kB (= KiB) here; a bare number would be bytes.
        if (parts.size() > 1 && parts[1].compare("kB", Qt::CaseInsensitive) == 0)
            return value * 1024;
        return parts.size() == 1 ? std::optional<qint64>(value) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace urs
