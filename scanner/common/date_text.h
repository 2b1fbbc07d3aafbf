// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace urs {

// A date as each language writes it in running text (docs/glossary.md): "2026-10-13" in
// English, as the rule files and Microsoft's lifecycle tables give dates, and
// "2026 年 10 月 13 日" in Japanese, half-width digits with a space on each side. "" for an
// invalid date.
QString dateText(const QDate &date, const QString &lang);
// The Japanese form alone: "2026 年 10 月 13 日".
QString japaneseDate(const QDate &date);
// Date and time of day as they are in t (no time zone conversion): "2026-10-13 10:00" and
// "2026 年 10 月 13 日 10:00".
QString dateTimeText(const QDateTime &t, const QString &lang);

} // namespace urs
