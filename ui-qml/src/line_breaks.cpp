// SPDX-License-Identifier: GPL-3.0-or-later
#include "line_breaks.h"

#include "common/url_text.h"

#include <QRegularExpression>

namespace urs::ui::LineBreaks {

namespace {

bool inRange(char16_t c, char16_t first, char16_t last)
{
    return c >= first && c <= last;
}

bool isHiragana(QChar c)
{
    return inRange(c.unicode(), 0x3041, 0x309F);
}

// Kana, kanji, CJK punctuation and full-width forms: scripts Qt breaks between any two characters.
bool isWide(QChar c)
{
    const char16_t u = c.unicode();
    return inRange(u, 0x3000, 0x30FF) || inRange(u, 0x31F0, 0x31FF) || inRange(u, 0x3400, 0x4DBF)
        || inRange(u, 0x4E00, 0x9FFF) || inRange(u, 0xF900, 0xFAFF) || inRange(u, 0xFF00, 0xFFEF);
}

bool opensPhrase(QChar c)
{
    return QStringLiteral("（「『【〔").contains(c);
}

bool closesPhrase(QChar c)
{
    return QStringLiteral("、。，）」』】〕・").contains(c);
}

// Whether a label may break between a and b (see phrases()).
bool phraseBreak(QChar a, QChar b)
{
    if (closesPhrase(b))
        return false; // never start a line with "、" or "）"
    if (closesPhrase(a) || opensPhrase(b))
        return true;
    return isHiragana(a) && !isHiragana(b) && b != QChar(0x30FC); // "ー" continues the word
}

} // namespace

QString url(const QString &address)
{
    // Every part unbroken (joined between its characters), a break between parts: after "/".
    QStringList parts;
    for (const QString &part : urlParts(address)) {
        QString joined;
        joined.reserve(part.size() * 2);
        for (qsizetype i = 0; i < part.size(); ++i) {
            joined += part.at(i);
            if (i + 1 < part.size() && !part.at(i).isHighSurrogate())
                joined += kJoin;
        }
        parts << joined;
    }
    return parts.join(kBreak);
}

QString urlsIn(const QString &text)
{
    QString out;
    for (const TextPiece &piece : splitAtUrls(text))
        out += piece.isUrl ? url(piece.text) : piece.text;
    return out;
}

QString markdownAutolinks(const QString &markdown)
{
    static const QRegularExpression autolink(QStringLiteral("<(https?://[^\\s<>]+)>"));
    static const QString special = QStringLiteral("\\`*_[]<>!");
    QString out;
    qsizetype done = 0;
    for (auto it = autolink.globalMatch(markdown); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString address = m.captured(1);
        QString text;
        for (const QChar c : url(address)) {
            if (special.contains(c))
                text += QLatin1Char('\\'); // literal in a link's text
            text += c;
        }
        out += markdown.mid(done, m.capturedStart() - done) + QLatin1Char('[') + text + QStringLiteral("](<")
            + address + QStringLiteral(">)");
        done = m.capturedEnd();
    }
    return out + markdown.mid(done);
}

QString phrases(const QString &label)
{
    QString out;
    out.reserve(label.size() * 2);
    for (qsizetype i = 0; i < label.size(); ++i) {
        const QChar a = label.at(i);
        out += a;
        if (i + 1 == label.size() || a.isHighSurrogate())
            continue;
        const QChar b = label.at(i + 1);
        if (a.isSpace() || b.isSpace())
            continue; // a break already
        if (isWide(a) || isWide(b))
            out += phraseBreak(a, b) ? kBreak : kJoin;
        else if (a == QLatin1Char('-') || a == QLatin1Char('/'))
            out += kJoin; // "In-place" stays one word
    }
    return out;
}

} // namespace urs::ui::LineBreaks
