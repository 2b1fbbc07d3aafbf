// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/json_top_level.h"

#include "common/core_text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cstring>

namespace urs {

namespace {

// Works on raw pointers with memchr: the fleet runs this over every report.json, and most of
// the bytes are inside strings of the skipped facts.
class Scanner {
public:
    explicit Scanner(QByteArrayView s)
        : m_begin(s.data())
        , m_end(s.data() + s.size())
    {
    }
    qsizetype pos = 0;
    bool atEnd() const { return m_begin + pos >= m_end; }
    char peek() const { return atEnd() ? '\0' : m_begin[pos]; }
    void skipSpace()
    {
        const char *p = m_begin + pos;
        while (p < m_end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
            ++p;
        pos = p - m_begin;
    }
    // pos at the opening quote; leaves pos after the closing one. A quote ends the string
    // when an even number of backslashes stands before it.
    bool skipString()
    {
        const char *p = m_begin + pos + 1;
        for (;;) {
            const char *q
                = p < m_end ? static_cast<const char *>(std::memchr(p, '"', size_t(m_end - p))) : nullptr;
            if (!q)
                return false;
            const char *b = q;
            while (b > p && b[-1] == '\\')
                --b;
            p = q + 1;
            if ((q - b) % 2 == 0)
                break;
        }
        pos = p - m_begin;
        return true;
    }
    bool skipValue()
    {
        const char c = peek();
        if (c == '"')
            return skipString();
        if (c == '{' || c == '[') {
            int depth = 0;
            const char *p = m_begin + pos;
            while (p < m_end) {
                const char d = *p;
                if (d == '"') {
                    pos = p - m_begin;
                    if (!skipString())
                        return false;
                    p = m_begin + pos;
                    continue;
                }
                if (d == '{' || d == '[')
                    ++depth;
                else if (d == '}' || d == ']')
                    --depth;
                ++p;
                if (depth == 0) {
                    pos = p - m_begin;
                    return true;
                }
                if (depth > 512)
                    return false; // nesting no report has; refuse rather than recurse later
            }
            return false;
        }
        const qsizetype start = pos;
        while (!atEnd() && peek() != ',' && peek() != '}' && peek() != ']' && peek() != ' ' && peek() != '\n'
            && peek() != '\r' && peek() != '\t')
            ++pos;
        return pos > start;
    }
    QByteArrayView slice(qsizetype from, qsizetype to) const
    {
        return QByteArrayView(m_begin + from, to - from);
    }

private:
    const char *m_begin;
    const char *m_end;
};

QJsonValue parseFragment(QByteArrayView bytes)
{
    // Wrapping in an array lets QJsonDocument parse scalars as well as objects.
    QByteArray wrapped;
    wrapped.reserve(bytes.size() + 2);
    wrapped.append('[').append(bytes.data(), bytes.size()).append(']');
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return QJsonValue(QJsonValue::Undefined);
    return doc.array().first();
}

} // namespace

bool JsonTopLevel::split(QByteArrayView json, QString *error)
{
    m_members.clear();
    Scanner s(json);
    s.skipSpace();
    if (s.peek() != '{') {
        *error = coreText("not a JSON object");
        return false;
    }
    ++s.pos;
    for (;;) {
        s.skipSpace();
        if (s.peek() == '}') {
            ++s.pos;
            break;
        }
        if (s.peek() != '"') {
            *error = coreText("expected a member name at offset %1").arg(s.pos);
            return false;
        }
        const qsizetype keyStart = s.pos;
        if (!s.skipString()) {
            *error = coreText("unterminated string at offset %1").arg(keyStart);
            return false;
        }
        const QString key = parseFragment(s.slice(keyStart, s.pos)).toString();
        s.skipSpace();
        if (s.peek() != ':') {
            *error = coreText("expected ':' at offset %1").arg(s.pos);
            return false;
        }
        ++s.pos;
        s.skipSpace();
        const qsizetype valueStart = s.pos;
        if (!s.skipValue()) {
            *error = coreText("malformed value of '%1' at offset %2").arg(key, QString::number(valueStart));
            return false;
        }
        m_members.insert(key, s.slice(valueStart, s.pos));
        s.skipSpace();
        if (s.peek() == ',') {
            ++s.pos;
            continue;
        }
        if (s.peek() == '}') {
            ++s.pos;
            break;
        }
        *error = coreText("expected ',' or '}' at offset %1").arg(s.pos);
        return false;
    }
    s.skipSpace();
    if (!s.atEnd()) {
        *error = coreText("garbage after the object at offset %1").arg(s.pos);
        return false;
    }
    return true;
}

QJsonValue JsonTopLevel::value(const QString &key) const
{
    const auto it = m_members.constFind(key);
    return it == m_members.constEnd() ? QJsonValue(QJsonValue::Undefined) : parseFragment(*it);
}

} // namespace urs
