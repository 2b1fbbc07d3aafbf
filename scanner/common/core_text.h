// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace urs {

// Marks an English text of the scanner core for translation and returns it unchanged. The core
// speaks English (logs, JSON, the CLI's messages); lupdate collects every coreText("...") into
// scanner/i18n/scanner_ja.ts (`cmake --build B --target update_translations`).
inline QString coreText(const char *english)
{
    return QString::fromUtf8(english);
}

// A core text (progress, an error, why a fact is unknown, where it was read) in the language a
// face or the report speaks. The text arrives as the English the core made, with its %1 holes
// already filled (and kept so in JSON files and logs), so the translation is found by matching
// the text against the marked templates, the reading that recognises most of it winning; each
// filled-in part is translated the same way, and a part no template matches (a path, a value
// from the machine) is kept as it is.
class CoreText {
public:
    // "en" returns text itself; "ja" the Japanese of scanner_ja.ts.
    static QString in(const QString &text, const QString &lang);
    // The templates lang has no translation for (for the tests; empty when complete).
    static QStringList untranslated(const QString &lang);
    // How many templates the catalogue of lang holds.
    static qsizetype templateCount(const QString &lang);
};

} // namespace urs
