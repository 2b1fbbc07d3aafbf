// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/url_text.h"

#include <QRegularExpression>

namespace urs {

QList<TextPiece> splitAtUrls(const QString &text)
{
    static const QRegularExpression address(QStringLiteral("https?://[^\\s<>\"'`、。）」]+"));
    QList<TextPiece> pieces;
    qsizetype done = 0;
    for (auto it = address.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString found = m.captured();
        while (!found.isEmpty() && QStringLiteral(".,;:!?)]").contains(found.back()))
            found.chop(1);
        if (m.capturedStart() > done)
            pieces << TextPiece {text.mid(done, m.capturedStart() - done), false};
        pieces << TextPiece {found, true};
        done = m.capturedStart() + found.size();
    }
    if (done < text.size())
        pieces << TextPiece {text.mid(done), false};
    return pieces;
}

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

} // namespace urs
