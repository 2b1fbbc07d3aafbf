// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/html_escape.h"

#include "common/url_text.h"

namespace urs {

QString htmlEscape(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&#39;");
            break;
        default:
            // Control characters other than tab and newline are not allowed in HTML text
            // (HTML Living Standard, 13.2.5 "control-character-in-input-stream").
            if (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
                out += QChar(0xFFFD);
            else
                out += c;
        }
    }
    return out;
}

QString htmlEscapeBreakingUrls(const QString &text)
{
    QString out;
    for (const TextPiece &piece : splitAtUrls(text)) {
        if (!piece.isUrl) {
            out += htmlEscape(piece.text);
            continue;
        }
        QStringList spans;
        for (const QString &part : urlParts(piece.text))
            spans << QStringLiteral("<span class=\"nb\">%1</span>").arg(htmlEscape(part));
        out += spans.join(QStringLiteral("<wbr>"));
    }
    return out;
}

} // namespace urs
