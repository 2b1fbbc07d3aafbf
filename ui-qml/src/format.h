// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace urs::ui {

// Sizes as disk makers and Windows Setup's requirements state them: decimal units (1 GB =
// 10^9 bytes), in the language the app speaks. Empty for an unknown size.
QString formatBytes(std::optional<qint64> bytes);

// A local path from a QML url ("file:///x") or a plain path.
QString localPath(const QString &pathOrUrl);

} // namespace urs::ui
