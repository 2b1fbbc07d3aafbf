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
    qint64 neededBytes = 0;

    // nullopt when the volume size or free space is unknown (the report then says so).
    static std::optional<DiskSpace> fromFacts(const FactSet &facts, std::optional<qint64> neededOverride);
    // Microsoft's figure for an in-place feature upgrade: 20 GB for 64-bit Windows, 16 GB
    // for 32-bit ("Windows 10 system requirements", Hard drive space), used unless the caller
    // passes the rules' own figure.
    static qint64 defaultNeededBytes(const QString &architecture);
};

class DiskSpaceBar {
public:
    // Inline SVG plus legend and a one-line conclusion, as an HTML fragment.
    static QString html(const DiskSpace &space, const ReportStrings &s);
};

} // namespace urs
