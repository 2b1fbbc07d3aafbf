// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace urs {

class FleetSummary;

// fleet.html: self-contained like report.html. The blocker counts first (what to fix across
// the fleet), then one row per machine worst first, then the files that were skipped.
class FleetHtml {
public:
    static QByteArray render(const FleetSummary &fleet, const QString &lang);
};

} // namespace urs
