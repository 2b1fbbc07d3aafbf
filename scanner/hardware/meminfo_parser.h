// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <optional>

namespace urs {

// /proc/meminfo (Documentation/filesystems/proc.rst): "MemTotal:  3947512 kB".
class MeminfoParser {
public:
    // MemTotal in bytes; nullopt when the line is missing or malformed.
    static std::optional<qint64> memTotalBytes(const QByteArray &text);
};

} // namespace urs
