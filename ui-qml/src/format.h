// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace urs::ui {

// Sizes as disk makers and Windows Setup's requirements state them: decimal units (1 GB =
// 10^9 bytes), in the language the app speaks. Empty for an unknown size.
QString formatBytes(std::optional<qint64> bytes);

// A local path from a QML url ("file:///x") or a plain path.
QString localPath(const QString &pathOrUrl);

// The language the app speaks now, "en" or "ja" (AppLanguage sets the default locale with it).
QString appLanguage();
// A text of the scanner core (progress, an error, why a fact is unknown; English as the core
// made it) in the language the app speaks now.
QString appText(const QString &coreText);
// A date and time in running text: "2026 年 10 月 13 日 10:00" in Japanese, the locale's short
// form in English.
QString appDateTime(const QDateTime &t);

} // namespace urs::ui
