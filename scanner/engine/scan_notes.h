// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace urs {

// What the technician adds to a scan by hand: who scanned, the organisation's asset tag and a
// free note ("keyboard missing a key", "customer wants to keep Office 2010"). It travels with
// the ScanRecord into report.json, report.html and the fleet summary. It is the technician's
// word, not a fact read from the machine, so rules never see it.
struct ScanNotes {
    // Long enough for a full name, an asset tag of any scheme and a paragraph; short enough
    // that a pasted log cannot bury the report.
    static constexpr int kMaxTechnicianChars = 80;
    static constexpr int kMaxAssetTagChars = 64;
    static constexpr int kMaxNoteChars = 2000;

    QString technician;
    QString assetTag;
    QString note; // may hold line breaks

    bool isEmpty() const { return technician.isEmpty() && assetTag.isEmpty() && note.isEmpty(); }
    bool operator==(const ScanNotes &) const = default;

    // Trimmed, control characters dropped (the note keeps its line breaks as "\n"), each field
    // cut to its maximum without splitting a surrogate pair. The faces store this form.
    ScanNotes normalized() const;
    // Why a field typed on a command line cannot be used as it is ("--note is 2400 characters;
    // at most 2000"), or "" when every field fits. option names the field for the message.
    static QString tooLong(const QString &option, const QString &value, int maxChars);
};

} // namespace urs
