// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/assessment.h"

#include <QJsonObject>

namespace urs {

// The one JSON form of an Assessment, used by `check --json`, report.json and the fleet view.
// {"rules_version":..., "targets": {"<id>": {"verdict", "reasons", "name", "summary",
//  "lifecycle", "support_end"}}, "plan": {"target", "route", "headline", "detail", "steps": [{"place",
//  "place_label", "kind", "kind_label", "finding", "action", "guide"}]}, "findings":
//  [{"id","target","check","status","title","meaning","evidence", "remedy","guides"}], "fact_labels":
//  {"<fact>": {"name", "values": {"<raw value>": ...}, "item"}}}. Localized texts are objects {"en": ...,
//  "ja": ...}.
QJsonObject assessmentToJson(const Assessment &assessment);
Assessment assessmentFromJson(const QJsonObject &json);

} // namespace urs
