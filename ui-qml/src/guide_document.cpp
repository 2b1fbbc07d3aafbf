// SPDX-License-Identifier: GPL-3.0-or-later
#include "guide_document.h"

#include "common/log.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace urs::ui {

namespace {

const QRegularExpression kHeading(QStringLiteral("^(#{1,6})\\s+(.*?)\\s*#*\\s*$"));
const QRegularExpression kItem(QStringLiteral("^\\s{0,3}(\\d{1,3})[.)]\\s+(.*)$"));
const QRegularExpression kAnchor(QStringLiteral("^\\s*<a\\s+(?:id|name)=\"([^\"]+)\"\\s*>\\s*</a>\\s*$"));
const QRegularExpression kLink(QStringLiteral("https://[^\\s)>\\]\"'`]+"));

// The numbered steps of a section's markdown: an item runs on over its indented lines (and
// fenced code) until a line at the left margin, as in CommonMark.
QList<GuideStep> stepsOf(const QString &markdown)
{
    QList<GuideStep> steps;
    bool inStep = false;
    bool inFence = false;
    for (const QString &line : markdown.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QLatin1String("```"))) {
            inFence = !inFence;
            if (inStep)
                steps.last().text += QLatin1Char('\n') + line.trimmed();
            continue;
        }
        const QRegularExpressionMatch m = inFence ? QRegularExpressionMatch() : kItem.match(line);
        if (m.hasMatch()) {
            steps << GuideStep {m.captured(1).toInt(), m.captured(2)};
            inStep = true;
        } else if (inStep
            && (inFence || line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char('\t')))) {
            steps.last().text += QLatin1Char('\n') + line.trimmed();
        } else if (!line.trimmed().isEmpty()) {
            inStep = false;
        }
    }
    for (GuideStep &s : steps)
        s.text = s.text.trimmed();
    return steps;
}

} // namespace

QString GuideDocument::slug(const QString &heading)
{
    QString out;
    for (const QChar c : heading.toLower()) {
        if (c.isLetterOrNumber())
            out += c;
        else if (!out.endsWith(QLatin1Char('-')) && !out.isEmpty())
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

int GuideDocument::stepCount() const
{
    int n = 0;
    for (const GuideSection &s : sections)
        n += int(s.steps.size());
    return n;
}

int GuideDocument::sectionOf(const QString &anchor) const
{
    for (int i = 0; i < sections.size(); ++i)
        if (sections[i].anchor == anchor)
            return i;
    return -1;
}

GuideDocument GuideDocument::parse(const QString &id, const QString &markdown)
{
    GuideDocument doc;
    doc.id = id;
    doc.markdown = markdown;
    QStringList intro;
    QStringList body;
    QString pendingAnchor;
    bool inFence = false;
    auto closeSection = [&doc, &body] {
        if (doc.sections.isEmpty())
            return;
        doc.sections.last().markdown = body.join(QLatin1Char('\n')).trimmed();
        doc.sections.last().steps = stepsOf(doc.sections.last().markdown);
        body.clear();
    };
    for (const QString &raw : markdown.split(QLatin1Char('\n'))) {
        const QString line = raw.endsWith(QLatin1Char('\r')) ? raw.chopped(1) : raw;
        if (line.trimmed().startsWith(QLatin1String("```")))
            inFence = !inFence;
        if (!inFence) {
            const QRegularExpressionMatch a = kAnchor.match(line);
            if (a.hasMatch()) {
                pendingAnchor = a.captured(1);
                continue;
            }
            const QRegularExpressionMatch h = kHeading.match(line);
            if (h.hasMatch() && h.captured(1).size() == 1 && doc.title.isEmpty()) {
                doc.title = h.captured(2);
                continue;
            }
            if (h.hasMatch() && h.captured(1).size() == 2) {
                closeSection();
                doc.sections << GuideSection {
                    pendingAnchor.isEmpty() ? slug(h.captured(2)) : pendingAnchor, h.captured(2), {}, {}};
                pendingAnchor.clear();
                continue;
            }
        }
        // Text before the title (a licence comment) belongs nowhere.
        if (line.trimmed().startsWith(QLatin1String("<!--")) && !inFence)
            continue;
        if (!doc.sections.isEmpty())
            body << line;
        else if (!doc.title.isEmpty())
            intro << line;
    }
    closeSection();
    doc.intro = intro.join(QLatin1Char('\n')).trimmed();
    QRegularExpressionMatchIterator it = kLink.globalMatch(markdown);
    while (it.hasNext()) {
        QString url = it.next().captured(0);
        while (url.endsWith(QLatin1Char('.')) || url.endsWith(QLatin1Char(','))
            || url.endsWith(QLatin1Char(';')))
            url.chop(1);
        if (!doc.links.contains(url))
            doc.links << url;
    }
    if (doc.title.isEmpty())
        doc.title = id;
    return doc;
}

GuideDocument GuideDocument::load(const QString &path)
{
    const QString id = QFileInfo(path).completeBaseName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        log()->warn("guide {} cannot be read: {}", str(path), str(f.errorString()));
        GuideDocument doc;
        doc.id = id;
        doc.title = id;
        return doc;
    }
    return parse(id, QString::fromUtf8(f.readAll()));
}

} // namespace urs::ui
