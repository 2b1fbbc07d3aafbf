// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/scan_notes.h"

#include <QStringList>

namespace urs {

namespace {

// Control characters would break the CSV row or the HTML layout, and a tab or carriage return
// typed into a one-line field means nothing. Line breaks stay where they are allowed.
QString clean(const QString &text, bool keepLineBreaks, int maxChars)
{
    QString unified = text;
    unified.replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QString out;
    out.reserve(unified.size());
    for (const QChar c : unified) {
        if (c == QLatin1Char('\n') && keepLineBreaks)
            out += c;
        else if (c == QLatin1Char('\t') || c == QLatin1Char('\n'))
            out += QLatin1Char(' ');
        else if (c.category() != QChar::Other_Control)
            out += c;
    }
    out = out.trimmed();
    if (out.size() > maxChars) {
        int n = maxChars;
        if (out.at(n - 1).isHighSurrogate())
            --n;
        out = out.left(n).trimmed();
    }
    return out;
}

} // namespace

ScanNotes ScanNotes::normalized() const
{
    return {clean(technician, false, kMaxTechnicianChars), clean(assetTag, false, kMaxAssetTagChars),
        clean(note, true, kMaxNoteChars)};
}

QString ScanNotes::tooLong(const QString &option, const QString &value, int maxChars)
{
    const qsizetype n = value.trimmed().size();
    if (n <= maxChars)
        return {};
    return QStringLiteral("%1 is %2 characters long; at most %3 fit in the report: shorten it")
        .arg(option)
        .arg(n)
        .arg(maxChars);
}

} // namespace urs
