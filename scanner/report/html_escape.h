// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace urs {

// Escapes text for HTML element content and quoted attribute values. Every piece of text that
// reaches report.html or fleet.html goes through this: machine names, hive strings and rule
// texts all come from outside and may hold markup.
QString htmlEscape(const QString &text);

} // namespace urs
