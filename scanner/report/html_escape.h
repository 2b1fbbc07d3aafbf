// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace urs {

// Escapes text for HTML element content and quoted attribute values. Every piece of text that
// reaches report.html or fleet.html goes through this: machine names, hive strings and rule
// texts all come from outside and may hold markup.
QString htmlEscape(const QString &text);

// htmlEscape(), and every http(s) address in the text wraps only after a "/": each part in a
// span that does not wrap (class "nb" in ReportStyle), a <wbr> between parts. A browser would
// otherwise break it after "-" or, with overflow-wrap, between any two letters. <wbr> is no
// character, so an address copied from the page still works.
QString htmlEscapeBreakingUrls(const QString &text);

} // namespace urs
