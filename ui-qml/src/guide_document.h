// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace urs::ui {

// A guide from media/guides/<lang>/<id>.md, split into what the Guides screen shows: the title,
// the text before the first step, numbered steps (with the section heading they are under) and
// the official link for the QR code.
struct GuideStep {
    QString section; // the "## " heading above the step, if any
    int number = 0;  // as written in the list
    QString text;    // markdown of the step, continuation lines included
};

struct GuideDocument {
    QString id;       // file name without .md: "media-creation"
    QString title;    // the first "# " heading
    QString intro;    // markdown between the title and the first step or section
    QString markdown; // the whole file
    QList<GuideStep> steps;
    QString url;      // the first https link (an official page), empty when none

    // Parses markdown (CommonMark-style ordered lists "1." or "1)", ATX headings).
    static GuideDocument parse(const QString &id, const QString &markdown);
    // Reads and parses a file; an unreadable file gives a document with only the id.
    static GuideDocument load(const QString &path);
};

} // namespace urs::ui
