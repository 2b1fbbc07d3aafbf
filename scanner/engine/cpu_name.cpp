// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/cpu_name.h"

#include <QRegularExpression>
#include <algorithm>
#include <limits>

namespace urs {

namespace {

QRegularExpression ci(const char *pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern), QRegularExpression::CaseInsensitiveOption);
}

QStringList wordsOf(const QString &name)
{
    static const QRegularExpression marks = ci(R"(\((R|TM|C)\)|®|™)");
    static const QRegularExpression speed = ci(R"(@\s*[0-9.]+\s*[GM]Hz)");
    // "with Radeon Graphics", "with Radeon Vega Mobile Gfx", "w/ Radeon 780M Graphics", and the
    // list's own "Core(TM) 3-100U with IPU": never part of the model.
    static const QRegularExpression with = ci(R"(\s(with|w/)\s.*$)");
    static const QRegularExpression generation = ci(R"(\b[0-9]+(st|nd|rd|th)\s+Gen\b)");
    static const QRegularExpression cores
        = ci(R"(\b([0-9]+|Dual|Triple|Quad|Six|Eight|Ten|Twelve|Sixteen)-Cores?\b)");
    static const QRegularExpression words = ci(R"(\b(CPU|Processor|Intel|AMD|Qualcomm)\b)");
    // Spaces and hyphens; and a '+' before a digit, which Microsoft's pages once printed for the
    // hyphen ("Core(TM) i5+8400"). A '+' at the end of a word is part of the model ("Gold 5415+").
    static const QRegularExpression separators(QStringLiteral("[\\s\\-]+|\\+(?=[0-9])"));
    QString s = name;
    s.replace(marks, QStringLiteral(" "));
    s.replace(speed, QStringLiteral(" "));
    s.replace(with, QString());
    s.replace(generation, QStringLiteral(" "));
    s.replace(cores, QStringLiteral(" "));
    s.replace(words, QStringLiteral(" "));
    return s.toLower().split(separators, Qt::SkipEmptyParts);
}

int commonStart(const QString &a, const QString &b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n])
        ++n;
    return n;
}

} // namespace

CpuNameKey CpuName::key(const QString &name)
{
    CpuNameKey k;
    k.words = wordsOf(name);
    k.key = k.words.join(QString());
    static const QRegularExpression digit(QStringLiteral("[0-9]"));
    static const QRegularExpression digits(QStringLiteral("[0-9]+"));
    for (qsizetype i = k.words.size() - 1; i >= 0; --i) {
        if (!k.words[i].contains(digit))
            continue;
        k.model = k.words[i];
        k.series = k.words.mid(0, i).join(QLatin1Char(' '));
        bool ok = false;
        const qint64 n = digits.match(k.model).captured().left(12).toLongLong(&ok);
        k.number = ok ? n : -1;
        break;
    }
    return k;
}

QList<CpuNameKey> CpuName::candidates(const QString &name)
{
    QList<CpuNameKey> out;
    const auto add = [&out](const CpuNameKey &k) {
        if (k.isEmpty())
            return;
        for (const CpuNameKey &seen : out)
            if (seen.key == k.key)
                return;
        out << k;
    };
    add(key(name));
    if (name.contains(QLatin1String(" - ")))
        for (const QString &part : name.split(QStringLiteral(" - ")))
            add(key(part));
    return out;
}

QList<int> CpuName::nearest(const CpuNameKey &name, const QList<CpuNameKey> &listed, int max)
{
    struct Near {
        int index;
        bool sameSeries;
        int common;
        qint64 distance;
    };
    QList<Near> near;
    if (name.model.isEmpty())
        return {};
    for (int i = 0; i < listed.size(); ++i) {
        const CpuNameKey &l = listed[i];
        if (l.model.isEmpty())
            continue;
        const bool sameSeries = l.series == name.series;
        const int common = commonStart(l.model, name.model);
        if (!sameSeries && common < 2)
            continue;
        const qint64 distance = l.number >= 0 && name.number >= 0 ? qAbs(l.number - name.number)
                                                                  : std::numeric_limits<qint64>::max();
        near << Near {i, sameSeries, common, distance};
    }
    std::stable_sort(near.begin(), near.end(), [](const Near &a, const Near &b) {
        if (a.sameSeries != b.sameSeries)
            return a.sameSeries;
        if (a.common != b.common)
            return a.common > b.common;
        return a.distance < b.distance;
    });
    QList<int> out;
    for (const Near &n : near) {
        if (out.size() >= max)
            break;
        out << n.index;
    }
    return out;
}

} // namespace urs
