// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/report_file_name.h"

namespace urs {

static bool isForbidden(QChar c)
{
    static const QString forbidden = QStringLiteral("<>:\"/\\|?*");
    return c.unicode() < 0x20 || c.unicode() == 0x7F || forbidden.contains(c);
}

static QString cutAt(const QString &s, int maxChars)
{
    if (s.size() <= maxChars)
        return s;
    int n = maxChars;
    if (n > 0 && s.at(n - 1).isHighSurrogate())
        --n; // never leave half a surrogate pair
    return s.left(n);
}

static QString trimEnds(QString s)
{
    while (!s.isEmpty()
        && (s.front() == QLatin1Char('.') || s.front() == QLatin1Char('-') || s.front() == QLatin1Char('_')
            || s.front().isSpace()))
        s.remove(0, 1);
    while (!s.isEmpty()
        && (s.back() == QLatin1Char('.') || s.back() == QLatin1Char('-') || s.back() == QLatin1Char('_')
            || s.back().isSpace()))
        s.chop(1);
    return s;
}

QString ReportFileName::sanitizeComponent(const QString &part, int maxChars)
{
    QString out;
    out.reserve(part.size());
    bool lastWasSep = false;
    for (const QChar c : part.normalized(QString::NormalizationForm_C)) {
        QChar mapped = c;
        if (c.isSpace())
            mapped = QLatin1Char('-');
        else if (isForbidden(c) || c.category() == QChar::Other_Format)
            mapped = QLatin1Char('_');
        const bool isSep = mapped == QLatin1Char('-') || mapped == QLatin1Char('_');
        if (isSep && lastWasSep)
            continue; // "ACME  Inc." -> "ACME-Inc", not "ACME--Inc"
        out += mapped;
        lastWasSep = isSep;
    }
    return trimEnds(cutAt(trimEnds(out), maxChars));
}

QString ReportFileName::compose(const QStringList &parts, const QDateTime &timeUtc, const QString &ext)
{
    QStringList kept;
    for (const QString &p : parts) {
        const QString s = sanitizeComponent(p);
        if (!s.isEmpty())
            kept << s;
    }
    const QString time = timeUtc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString stem = kept.join(QLatin1Char('_'));
    stem = trimEnds(cutAt(stem, kMaxStemChars - int(time.size()) - 1));
    return (stem.isEmpty() ? QStringLiteral("report_") : stem + QLatin1Char('_')) + time + ext;
}

QString ReportFileName::withSuffix(const QString &fileName, int n)
{
    if (n <= 1)
        return fileName;
    const int dot = int(fileName.lastIndexOf(QLatin1Char('.')));
    if (dot <= 0)
        return fileName + QStringLiteral("-%1").arg(n);
    return fileName.left(dot) + QStringLiteral("-%1").arg(n) + fileName.mid(dot);
}

bool ReportFileName::isSafe(const QString &fileName)
{
    if (fileName.isEmpty() || fileName.size() > 255 || fileName.front() == QLatin1Char('.'))
        return false;
    if (fileName.back() == QLatin1Char('.') || fileName.back() == QLatin1Char(' '))
        return false;
    for (const QChar c : fileName)
        if (isForbidden(c))
            return false;
    return true;
}

} // namespace urs
