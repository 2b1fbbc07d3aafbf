// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/setup_logs/log_scanner.h"

#include <QRegularExpression>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <cstring>

namespace urs {

bool fileNameMatches(const QString &wildcard, const QString &fileName)
{
    const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(
                                    wildcard, QRegularExpression::UnanchoredWildcardConversion),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(fileName);
    return m.hasMatch() && m.capturedStart() == 0 && m.capturedLength() == fileName.size();
}

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// "2016-10-05 15:27:09," (setup, CBS) or "2016-05-03\t10:19:33:385" (WindowsUpdate.log).
bool stampOf(QByteArrayView line, char out[19])
{
    if (line.size() < 19)
        return false;
    const char *p = line.data();
    static const int digits[] = {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18};
    for (int i : digits)
        if (!isDigit(p[i]))
            return false;
    if (p[4] != '-' || p[7] != '-' || (p[10] != ' ' && p[10] != '\t') || p[13] != ':' || p[16] != ':')
        return false;
    std::memcpy(out, p, 19);
    out[10] = ' ';
    return true;
}

// How often a byte stands in a log line, roughly: spaces, digits and the punctuation of dates and
// numbers are everywhere, letters less so. Used to pick the rarest two bytes of a literal.
int commonness(uchar c)
{
    if (c == ' ' || c == '\t')
        return 4;
    if (isDigit(char(c)) || c == '-' || c == ':' || c == ',' || c == '.' || c == '=')
        return 3;
    if (c >= 'a' && c <= 'z')
        return 1;
    return 0;
}

// Which of a few literals a line holds, in one pass over its bytes: sixteen positions at a time
// are compared (SSE2, the x86-64 baseline every PC this boots on has) against two neighbouring
// bytes of every literal, and only a position where those stand is confirmed with memcmp. The two
// are the literal's rarest ("0x" of "-0x", not "-0", which every date holds). A memmem per literal
// per line was four times slower than grep on a 1 GB log.
class LiteralSet {
public:
    explicit LiteralSet(const QList<QByteArray> &literals)
        : m_literals(literals)
    {
        Q_ASSERT(literals.size() <= 64);
        for (int l = 0; l < literals.size(); ++l) {
            const QByteArray &lit = literals[l];
            qsizetype anchor = 0;
            for (qsizetype k = 1; k + 1 < lit.size(); ++k)
                if (commonness(uchar(lit[k])) + commonness(uchar(lit[k + 1]))
                    < commonness(uchar(lit[anchor])) + commonness(uchar(lit[anchor + 1])))
                    anchor = k;
            m_anchors.append(anchor);
            const Pair pair {uchar(lit[anchor]), uchar(lit[anchor + 1])};
            const auto at = std::find_if(m_pairs.begin(), m_pairs.end(),
                [&](const Pair &p) { return p.first == pair.first && p.second == pair.second; });
            if (at == m_pairs.end())
                m_pairs.append(pair);
        }
#if defined(__SSE2__)
        for (const Pair &pair : m_pairs)
            m_vectors.append({_mm_set1_epi8(char(pair.first)), _mm_set1_epi8(char(pair.second))});
#endif
    }
    // A bit per literal the line holds (bit l for literals[l]).
    quint64 find(QByteArrayView bytes) const
    {
        const auto *p = reinterpret_cast<const uchar *>(bytes.data());
        const qsizetype n = bytes.size();
        quint64 found = 0;
        qsizetype i = 0;
#if defined(__SSE2__)
        auto candidates = [&](qsizetype at) {
            const __m128i first = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + at));
            const __m128i second = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + at + 1));
            __m128i any = _mm_setzero_si128();
            for (const PairVectors &v : m_vectors)
                any = _mm_or_si128(
                    any, _mm_and_si128(_mm_cmpeq_epi8(first, v.first), _mm_cmpeq_epi8(second, v.second)));
            return unsigned(_mm_movemask_epi8(any));
        };
        for (; i + 17 <= n; i += 16)
            for (unsigned mask = candidates(i); mask; mask &= mask - 1)
                found |= confirm(p, n, i + __builtin_ctz(mask));
        // The rest in one more load that overlaps the last one, its repeated positions masked off.
        if (i + 1 < n && n >= 17) {
            const qsizetype at = n - 17;
            for (unsigned mask = candidates(at) >> (i - at) << (i - at); mask; mask &= mask - 1)
                found |= confirm(p, n, at + __builtin_ctz(mask));
            i = n;
        }
#endif
        for (; i + 1 < n; ++i)
            found |= confirm(p, n, i);
        return found;
    }

private:
    using Pair = std::pair<uchar, uchar>;

    // The literals whose anchor pair stands at position at.
    quint64 confirm(const uchar *p, qsizetype n, qsizetype at) const
    {
        quint64 found = 0;
        for (int l = 0; l < m_literals.size(); ++l) {
            const QByteArray &lit = m_literals[l];
            const qsizetype anchor = m_anchors[l];
            const qsizetype begin = at - anchor;
            if (begin >= 0 && begin + lit.size() <= n && p[at] == uchar(lit[anchor])
                && p[at + 1] == uchar(lit[anchor + 1])
                && std::memcmp(p + begin, lit.constData(), size_t(lit.size())) == 0)
                found |= quint64(1) << l;
        }
        return found;
    }

    const QList<QByteArray> &m_literals;
    QList<qsizetype> m_anchors; // per literal, where its two rarest neighbouring bytes stand
    QList<Pair> m_pairs; // the distinct anchor pairs of the literals
#if defined(__SSE2__)
    struct PairVectors {
        __m128i first, second; // a pair's bytes in all sixteen lanes
    };
    QList<PairVectors> m_vectors;
#endif
};

QString quote(QByteArrayView bytes, bool cut)
{
    QString text = LogLineReader::lineText(bytes).trimmed();
    if (text.size() > LogScanner::kMaxQuote || cut)
        text = text.left(LogScanner::kMaxQuote - 1) + QChar(0x2026);
    return text;
}

} // namespace

LogScanner::LogScanner(const LogPatterns &patterns)
    : m_patterns(patterns)
{
}

QList<const LogPattern *> LogScanner::patternsFor(const QString &fileName) const
{
    QList<const LogPattern *> out;
    for (const LogPattern &p : m_patterns)
        if (std::any_of(p.files.begin(), p.files.end(),
                [&](const QString &w) { return fileNameMatches(w, fileName); }))
            out << &p;
    return out;
}

bool LogScanner::reads(const QString &fileName) const
{
    return !patternsFor(fileName).isEmpty();
}

LogFileScan LogScanner::scan(const QString &fileName, const QString &file, LogLineReader &reader) const
{
    LogFileScan out;
    out.file = file;
    const QList<const LogPattern *> patterns = patternsFor(fileName);
    // Distinct literals, each searched once per line; a hit tries the patterns that share it.
    QList<QByteArray> literals;
    QList<QList<int>> byLiteral; // pattern indexes (into patterns) per literal
    for (int i = 0; i < patterns.size(); ++i) {
        const qsizetype at = literals.indexOf(patterns[i]->literal);
        if (at < 0) {
            literals << patterns[i]->literal;
            byLiteral << QList<int> {i};
        } else {
            byLiteral[at] << i;
        }
    }
    const LiteralSet literalSet(literals);
    QHash<const LogPattern *, LogMatch> lastResult;
    char stamp[19];
    char lastStamp[19];
    bool haveStamp = false;
    LogLineReader::Line line;
    QList<bool> tried(patterns.size());
    while (reader.next(line)) {
        const bool stamped = stampOf(line.bytes, stamp);
        if (stamped) {
            if (!haveStamp)
                out.firstStamp = QString::fromLatin1(stamp, 19);
            std::memcpy(lastStamp, stamp, 19);
            haveStamp = true;
        }
        QString text; // decoded only when a literal is in the line
        const quint64 found = literalSet.find(line.bytes);
        if (!found)
            continue;
        tried.fill(false);
        bool updateCounted = false; // a line is one update error, whichever patterns match it
        for (int l = 0; l < literals.size(); ++l) {
            if (!(found >> l & 1))
                continue;
            if (text.isNull())
                text = LogLineReader::lineText(line.bytes);
            for (int i : byLiteral[l]) {
                if (tried[i])
                    continue;
                tried[i] = true;
                const LogPattern *p = patterns[i];
                const QRegularExpressionMatch m = p->expression.match(text);
                if (!m.hasMatch())
                    continue;
                LogMatch match;
                match.patternId = p->id;
                match.role = p->role;
                match.precedence = int(p - m_patterns.constData());
                match.file = file;
                match.line = line.number;
                if (stamped)
                    match.stamp = QString::fromLatin1(stamp, 19);
                match.text = quote(line.bytes, line.cut);
                for (const QString &g : p->expression.namedCaptureGroups())
                    if (!g.isEmpty() && !m.captured(g).isEmpty())
                        match.parts.insert(g, m.captured(g).trimmed());
                switch (p->role) {
                case LogPatternRole::Result:
                    lastResult.insert(p, match);
                    break;
                case LogPatternRole::Cause:
                    out.causes << match;
                    if (out.causes.size() > kMaxCauses)
                        out.causes.removeFirst();
                    break;
                case LogPatternRole::Update: {
                    if (updateCounted)
                        break;
                    updateCounted = true;
                    QString code = match.parts.value(QStringLiteral("result")).toUpper();
                    if (!code.startsWith(QLatin1String("0X")))
                        code.prepend(QStringLiteral("0x"));
                    else
                        code.replace(0, 2, QStringLiteral("0x"));
                    match.parts.insert(QStringLiteral("result"), code);
                    UpdateErrorCount &c = out.updates[code];
                    ++c.count;
                    c.last = match;
                    break;
                }
                }
            }
        }
    }
    if (haveStamp)
        out.lastStamp = QString::fromLatin1(lastStamp, 19);
    out.lines = line.number;
    out.cutLines = reader.cutLines();
    for (const LogPattern &p : m_patterns)
        if (lastResult.contains(&p))
            out.results << lastResult.value(&p);
    return out;
}

} // namespace urs
