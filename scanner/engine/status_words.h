// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/assessment.h"

#include <QString>

namespace urs {

// The words a person reads for verdicts and finding statuses: one table per language, used by
// the CLI's text, the report and the app alike, so the three never disagree. lang is "en" or
// "ja"; anything else reads as English.
class StatusWords {
public:
    static QString verdict(Verdict verdict, const QString &lang); // "Ready after fixes"
    static QString status(FindingStatus status, const QString &lang); // "Blocker"
    // A heading over findings of one status: "Blockers", "Could not be checked".
    static QString statusGroup(FindingStatus status, const QString &lang);
};

} // namespace urs
