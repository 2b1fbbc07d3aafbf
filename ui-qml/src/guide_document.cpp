// SPDX-License-Identifier: GPL-3.0-or-later
#include "guide_document.h"

#include "common/log.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace urs::ui {

GuideDocument GuideDocument::parse(const QString &id, const QString &markdown)
{
    static const QRegularExpression heading(QStringLiteral("^(#{1,6})\\s+(.*?)\\s*#*\\s*$"));
    static const QRegularExpression item(QStringLiteral("^\\s{0,3}(\\d{1,3})[.)]\\s+(.*)$"));
    static const QRegularExpression link(QStringLiteral("https://[^\\s)>\\]]+"));

    GuideDocument doc;
    doc.id = id;
    doc.markdown = markdown;
    QString section;
    QStringList intro;
    bool inIntro = true;
    bool inStep = false;
    bool inFence = false;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.endsWith(QLatin1Char('\r')) ? raw.chopped(1) : raw;
        if (line.trimmed().startsWith(QLatin1String("```"))) {
            inFence = !inFence;
            if (inStep)
                doc.steps.last().text += QLatin1Char('\n') + line.trimmed();
            continue;
        }
        if (!inFence) {
            const QRegularExpressionMatch h = heading.match(line);
            if (h.hasMatch()) {
                inStep = false;
                if (h.captured(1).size() == 1 && doc.title.isEmpty()) {
                    doc.title = h.captured(2);
                } else {
                    section = h.captured(2);
                    inIntro = false;
                }
                continue;
            }
            const QRegularExpressionMatch m = item.match(line);
            if (m.hasMatch()) {
                doc.steps << GuideStep{section, m.captured(1).toInt(), m.captured(2)};
                inStep = true;
                inIntro = false;
                continue;
            }
        }
        // Indented lines (or any line inside a fence) continue the current step; a line at the
        // left margin ends it, as in CommonMark.
        if (inStep && (inFence || line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char('\t')))) {
            doc.steps.last().text += QLatin1Char('\n') + line.trimmed();
            continue;
        }
        if (!line.trimmed().isEmpty())
            inStep = false;
        // Text before the title (a licence comment, say) is not part of the introduction.
        if (inIntro && !doc.title.isEmpty() && !line.trimmed().startsWith(QLatin1String("<!--")))
            intro << line;
    }
    doc.intro = intro.join(QLatin1Char('\n')).trimmed();
    for (GuideStep &s : doc.steps)
        s.text = s.text.trimmed();
    const QRegularExpressionMatch l = link.match(markdown);
    if (l.hasMatch()) {
        doc.url = l.captured(0);
        while (doc.url.endsWith(QLatin1Char('.')) || doc.url.endsWith(QLatin1Char(',')))
            doc.url.chop(1);
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
