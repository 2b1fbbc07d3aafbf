// SPDX-License-Identifier: GPL-3.0-or-later
// SYNTHETIC test data for the app: an assessment, a fact set, a scan record, targets and disk
// rows that look like a Windows 8.1 laptop, written by hand (not produced by the rule engine or
// read from a disk).
// The model tests assert against these values; the screen tests show them and grab screenshots.
#pragma once

#include "disk_list_model.h"
#include "engine/assessment.h"
#include "facts/fact_set.h"
#include "session/scan_session.h"

#include <memory>

namespace urs::ui::test {

Assessment syntheticAssessment();
FactSet syntheticFacts();
std::shared_ptr<const ScanRecord> syntheticResult();
// The same result with hardware.firmware.type set: "bios" (the stick was started in legacy
// mode) or "uefi".
std::shared_ptr<const ScanRecord> syntheticResultBootedIn(const QString &firmwareType);
QList<DiskRow> syntheticDiskRows();
QList<TargetVerdict> syntheticTargets();
// The same targets as the session's target list gives them (newest first), and its default.
QList<TargetChoice> syntheticTargetChoices();
QString syntheticDefaultTarget();

} // namespace urs::ui::test
