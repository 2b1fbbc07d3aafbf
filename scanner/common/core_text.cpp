// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/core_text.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <algorithm>

namespace urs {

namespace {

// Texts the core passes on without writing them itself, marked here so that they have a
// translation too: the joins of its reasons (the parts are translated one by one) and the
// error messages of the C library (strerror, and QFile::errorString(), which uses it) that a
// reason or an error may end with.
[[maybe_unused]] const char *const kPassedOn[] = {
    QT_TR_NOOP("%1; %2"),
    QT_TR_NOOP("%1: %2"),
    QT_TR_NOOP("%1. %2"), // ScanError::text(): the message, then what to do
    QT_TR_NOOP("%1 (%2)"),
    QT_TR_NOOP("%1, %2"),
    QT_TR_NOOP("No such file or directory"),
    QT_TR_NOOP("Permission denied"),
    QT_TR_NOOP("Input/output error"),
    QT_TR_NOOP("No space left on device"),
    QT_TR_NOOP("Read-only file system"),
    QT_TR_NOOP("Not a directory"),
    QT_TR_NOOP("Is a directory"),
    QT_TR_NOOP("File exists"),
    QT_TR_NOOP("Operation not permitted"),
    QT_TR_NOOP("No such device or address"),
    QT_TR_NOOP("No such device"),
    QT_TR_NOOP("No medium found"),
    QT_TR_NOOP("Device or resource busy"),
    QT_TR_NOOP("Invalid argument"),
    QT_TR_NOOP("Too many open files"),
    QT_TR_NOOP("Cannot allocate memory"),
    QT_TR_NOOP("File name too long"),
    QT_TR_NOOP("Disk quota exceeded"),
    QT_TR_NOOP("File too large"),
    QT_TR_NOOP("Operation not supported"),
    QT_TR_NOOP("Unknown error"),
};

// One marked text with %1..%9 holes, as a list of parts: literal text, or a hole's number.
struct Template {
    struct Part {
        QString literal; // empty for a hole
        int hole = 0;
    };
    QList<Part> parts;
    QString translation; // empty: not translated yet
    qsizetype literalLength = 0; // characters outside the holes: more is more specific
};

struct Catalogue {
    QHash<QString, QString> exact; // texts without holes -> translation (may be empty)
    QList<Template> templates; // in the order they are tried (see load())
    QStringList untranslated;
    qsizetype count = 0;
};

const QRegularExpression &holePattern()
{
    static const QRegularExpression re(QStringLiteral("%([1-9])"));
    return re;
}

void addTemplate(Catalogue &c, const QString &source, const QString &translation)
{
    ++c.count;
    if (translation.isEmpty())
        c.untranslated << source;
    Template t;
    qsizetype at = 0;
    QRegularExpressionMatchIterator it = holePattern().globalMatch(source);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() > at)
            t.parts << Template::Part {source.mid(at, m.capturedStart() - at), 0};
        else if (!t.parts.isEmpty())
            return; // two holes side by side cannot be told apart: never marked so
        t.parts << Template::Part {{}, m.captured(1).toInt()};
        at = m.capturedEnd();
    }
    if (at == 0) {
        c.exact.insert(source, translation);
        return;
    }
    if (at < source.size())
        t.parts << Template::Part {source.mid(at), 0};
    for (const Template::Part &p : t.parts)
        t.literalLength += p.literal.size();
    if (t.literalLength == 0)
        return; // "%1" alone would match anything
    t.translation = translation;
    c.templates << t;
}

// The catalogue is the Qt Linguist file itself, embedded (scanner/CMakeLists.txt): a compiled
// .qm cannot list its texts, and matching needs the list.
Catalogue load(const QString &lang)
{
    Catalogue c;
    QFile file(QStringLiteral(":/urs/i18n/scanner_%1.ts").arg(lang));
    if (!file.open(QIODevice::ReadOnly))
        return c;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText();
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                continue; // no longer in the sources
            addTemplate(c, source, type == QLatin1String("unfinished") ? QString() : text);
        }
    }
    // Ties go to a template that begins with text ("derived %1", "cannot read %1: %2"): it says
    // more about where the text came from than one that begins with a hole; then to the longer.
    std::stable_sort(c.templates.begin(), c.templates.end(), [](const Template &a, const Template &b) {
        const bool aText = a.parts.first().hole == 0, bText = b.parts.first().hole == 0;
        if (aText != bText)
            return aText;
        return a.literalLength > b.literalLength;
    });
    return c;
}

const Catalogue &catalogue(const QString &lang)
{
    // Japanese is the only other language; both catalogues load once, thread-safely.
    static const Catalogue ja = load(QStringLiteral("ja"));
    static const Catalogue none;
    return lang == QLatin1String("ja") ? ja : none;
}

// Fills %n of translation with parts[n] in one pass, so a part holding "%2" stays as it is.
QString fill(const QString &translation, const QHash<int, QString> &parts)
{
    QString out;
    qsizetype at = 0;
    QRegularExpressionMatchIterator it = holePattern().globalMatch(translation);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += translation.mid(at, m.capturedStart() - at);
        out += parts.value(m.captured(1).toInt(), m.captured(0));
        at = m.capturedEnd();
    }
    return out + translation.mid(at);
}

// A text's translation and how much of it the catalogue recognised (characters of template
// text, holes' parts included): the reading that recognises most wins, so "%1: %2" splits
// "/dev/sda: the volume is ...: ..." after the device and not inside the message.
struct Reading {
    QString text;
    qsizetype score = 0;
};

class Translator {
public:
    explicit Translator(const Catalogue &c)
        : m_c(c)
    {
    }

    Reading read(const QString &text, int depth = 0)
    {
        const auto known = m_memo.constFind(text);
        if (known != m_memo.constEnd())
            return *known;
        Reading best {text, 0};
        const auto exact = m_c.exact.constFind(text);
        if (exact != m_c.exact.constEnd()) {
            if (!exact->isEmpty())
                best = {*exact, text.size()};
        } else if (depth < 8 && !text.isEmpty()) {
            for (const Template &t : m_c.templates) {
                if (t.translation.isEmpty() || t.literalLength > text.size() || !holdsLiterals(t, text))
                    continue;
                QList<QString> parts;
                match(t, 0, text, 0, parts, depth, best);
            }
        }
        m_memo.insert(text, best);
        return best;
    }

private:
    static bool holdsLiterals(const Template &t, const QString &text)
    {
        for (const Template::Part &p : t.parts)
            if (p.hole == 0 && !text.contains(p.literal))
                return false;
        return true;
    }

    // Every way the parts from index i on cover text from at on; each complete one is scored.
    void match(const Template &t, qsizetype i, const QString &text, qsizetype at, QList<QString> &holes,
        int depth, Reading &best)
    {
        if (i == t.parts.size()) {
            if (at == text.size())
                score(t, holes, depth, best);
            return;
        }
        const Template::Part &p = t.parts.at(i);
        if (p.hole == 0) {
            if (QStringView(text).mid(at).startsWith(p.literal))
                match(t, i + 1, text, at + p.literal.size(), holes, depth, best);
            return;
        }
        if (i + 1 == t.parts.size()) { // the last hole takes the rest
            if (at < text.size()) {
                holes << text.mid(at);
                match(t, i + 1, text, text.size(), holes, depth, best);
                holes.removeLast();
            }
            return;
        }
        const QString &next = t.parts.at(i + 1).literal;
        for (qsizetype end = text.indexOf(next, at + 1); end >= 0; end = text.indexOf(next, end + 1)) {
            holes << text.mid(at, end - at);
            match(t, i + 1, text, end, holes, depth, best);
            holes.removeLast();
        }
    }

    void score(const Template &t, const QList<QString> &holes, int depth, Reading &best)
    {
        qsizetype total = t.literalLength;
        QHash<int, QString> filled;
        qsizetype h = 0;
        for (const Template::Part &p : t.parts) {
            if (p.hole == 0)
                continue;
            const Reading r = read(holes.at(h++), depth + 1);
            total += r.score;
            filled.insert(p.hole, r.text);
        }
        if (total > best.score)
            best = {fill(t.translation, filled), total};
    }

    const Catalogue &m_c;
    QHash<QString, Reading> m_memo;
};

} // namespace

QString CoreText::in(const QString &text, const QString &lang)
{
    if (lang == QLatin1String("en") || text.isEmpty())
        return text;
    return Translator(catalogue(lang)).read(text).text;
}

QStringList CoreText::untranslated(const QString &lang)
{
    return catalogue(lang).untranslated;
}

qsizetype CoreText::templateCount(const QString &lang)
{
    return catalogue(lang).count;
}

} // namespace urs
