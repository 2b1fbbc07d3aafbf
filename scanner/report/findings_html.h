// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/assessment.h"

#include <QString>

namespace urs {

class ReportStrings;

// The HTML of the findings: one card per finding that needs attention, grouped by status
// (blockers first), then a compact table of the checks that passed; and the requirements
// matrix (one row per check, one column per target).
class FindingsHtml {
public:
    // The anchor of a finding, so verdict reasons can link to it.
    static QString anchor(const Finding &f);
    // The anchor reasons of target should link to: the finding for that target, else the one
    // for every target; empty when the id is not among the findings.
    static QString anchorFor(const Assessment &a, const QString &findingId, const QString &targetId);
    static QString findings(const Assessment &a, const ReportStrings &s);
    static QString matrix(const Assessment &a, const ReportStrings &s);
    static QString statusBadge(FindingStatus status, const ReportStrings &s);
};

} // namespace urs
