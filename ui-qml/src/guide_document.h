// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace urs::ui {

// A guide from media/guides/<lang>/<id>.md, split into what the Guides screen shows: the title,
// the text before the first section, the sections ("## " headings, with the anchor the findings
// link to), the numbered steps in each, and the official links for the QR code.
struct GuideStep {
    int number = 0; // as written in the list
    QString text; // markdown of the step, continuation lines included
};

struct GuideSection {
    QString anchor; // from a preceding <a id="..."></a>, else made from the heading
    QString title;
    QString markdown; // the section's text without the heading and anchor lines
    QList<GuideStep> steps;
};

struct GuideDocument {
    QString id; // file name without .md: "media-creation"
    QString title; // the first "# " heading
    QString intro; // markdown between the title and the first section
    QString markdown; // the whole file
    QList<GuideSection> sections;
    QStringList links; // every https link, in order, each once

    QString url() const { return links.isEmpty() ? QString() : links.first(); }
    int stepCount() const;
    // The section with this anchor, or -1.
    int sectionOf(const QString &anchor) const;

    // Parses markdown (ATX headings, CommonMark ordered lists "1." or "1)").
    static GuideDocument parse(const QString &id, const QString &markdown);
    // Reads and parses a file; an unreadable file gives a document with only the id.
    static GuideDocument load(const QString &path);
    // "Fast startup & hibernation" -> "fast-startup-hibernation".
    static QString slug(const QString &heading);
};

} // namespace urs::ui
