// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/assessment.h"

#include <QDate>
#include <QHash>

namespace urs {

// Small operations on texts in both languages, shared by the verdicts and the plan.

// Replaces each {key} in both languages by the value's text in that language.
LocalizedText fillText(LocalizedText text, const QHash<QString, LocalizedText> &values);
// The same string in both languages (a number, a product name).
LocalizedText plainText(const QString &s);
// A date as each language writes it in prose: 2026-10-13, and 2026 年 10 月 13 日.
LocalizedText localizedDate(const QDate &date);
// "a, b and c" / "a、b、c". more and last are templates from the rule files: "{a}" is the list
// so far, "{b}" the next item ("{a}, {b}" and "{a} and {b}").
LocalizedText joinTexts(
    const QList<LocalizedText> &items, const LocalizedText &more, const LocalizedText &last);

} // namespace urs
