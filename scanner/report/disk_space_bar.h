// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report_strings.h"

#include <QString>
#include <optional>

namespace urs {

class FactSet;

// The disk-space picture of the report: one bar for the Windows volume split into used,
// reclaimable and free, with a bracket under its right end as wide as the free space the
// upgrade needs. Free space reaching past the bracket means enough room.
struct DiskSpace {
    qint64 totalBytes = 0;
    qint64 freeBytes = 0;
    qint64 reclaimableBytes = 0; // part of the used space the remedies can free
    // What the rules say the upgrade needs (the target's min_free); without it the bar has no
    // bracket and draws no conclusion.
    std::optional<qint64> neededBytes;

    // nullopt when the volume size or free space is unknown (the report then says so).
    static std::optional<DiskSpace> fromFacts(const FactSet &facts, std::optional<qint64> neededBytes);
};

class DiskSpaceBar {
public:
    // Inline SVG plus legend and a one-line conclusion, as an HTML fragment.
    static QString html(const DiskSpace &space, const ReportStrings &s);
};

} // namespace urs
