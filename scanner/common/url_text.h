// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace urs {

// Web addresses in running text, for the faces that must let them wrap only at "/" (the HTML
// report with <wbr>, the app with invisible break characters): one rule for both.

// A piece of text: either an http(s) address or the text between addresses.
struct TextPiece {
    QString text;
    bool isUrl = false;
};
// Splits text at its http(s) addresses; a sentence's own full stop or closing bracket after an
// address is not part of it.
QList<TextPiece> splitAtUrls(const QString &text);
// "https://example.com/a-b/c" -> "https://example.com/", "a-b/", "c": a break only after a
// single "/", never inside "//".
QStringList urlParts(const QString &address);

} // namespace urs
