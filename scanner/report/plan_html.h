// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/assessment.h"

namespace urs {

class ReportStrings;

// The plan at the top of the HTML report: the best path in one sentence, what it means for the
// other targets, and the numbered steps, each with where it happens, a link to its finding
// further down and to its guide.
class PlanHtml {
public:
    static QString render(const Assessment &assessment, const ReportStrings &strings);
};

} // namespace urs
