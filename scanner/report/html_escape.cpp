// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/html_escape.h"

#include <QRegularExpression>

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

namespace {

// "https://example.com/a-b/c" -> "https://example.com/", "a-b/", "c": a break only after a
// single "/".
QStringList urlParts(const QString &address)
{
    QStringList parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i + 1 < address.size(); ++i) {
        const bool single = address.at(i) == QLatin1Char('/') && address.at(i + 1) != QLatin1Char('/')
            && (i == 0 || address.at(i - 1) != QLatin1Char('/'));
        if (single) {
            parts << address.mid(start, i + 1 - start);
            start = i + 1;
        }
    }
    parts << address.mid(start);
    return parts;
}

} // namespace

QString htmlEscapeBreakingUrls(const QString &text)
{
    static const QRegularExpression address(QStringLiteral("https?://[^\\s<>\"'`、。）」]+"));
    QString out;
    qsizetype done = 0;
    for (auto it = address.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString found = m.captured();
        // A sentence's own full stop or closing bracket is not part of the address.
        while (!found.isEmpty() && QStringLiteral(".,;:!?)]").contains(found.back()))
            found.chop(1);
        out += htmlEscape(text.mid(done, m.capturedStart() - done));
        QStringList spans;
        for (const QString &part : urlParts(found))
            spans << QStringLiteral("<span class=\"nb\">%1</span>").arg(htmlEscape(part));
        out += spans.join(QStringLiteral("<wbr>"));
        done = m.capturedStart() + found.size();
    }
    return out + htmlEscape(text.mid(done));
}

} // namespace urs
