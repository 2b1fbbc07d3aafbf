// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/assessment.h"

namespace urs {

// The readable text form of an Assessment (`check` without --json, the report's log): the plan
// (best path and numbered steps), the verdict per target, then the findings, blockers first, each with its
// evidence, numbered remedy steps and guide links. A finding that is the same for several targets is shown
// once. lang: "en" or "ja".
QString assessmentToText(const Assessment &assessment, const QString &lang);
// The plan alone: the headline, its detail and the numbered steps with their place and guide.
QString planToText(const UpgradePlan &plan, const QString &lang);

} // namespace urs
