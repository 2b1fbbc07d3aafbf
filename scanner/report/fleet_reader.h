// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/assessment.h"
#include "report/report_json.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace urs {

// One report as the fleet summary sees it.
struct FleetMachine {
    QString file; // path of the report zip
    ReportSummary report;
    QMap<QString, Verdict> verdicts; // target id -> verdict
    QMap<QString, LocalizedText> targetNames;
    QStringList blockerIds; // distinct, in rule order
    QMap<QString, LocalizedText> blockerTitles;
    int unknownCount = 0;
    // The Windows volume is encrypted (an encrypted blocker): only the hardware was judged. Its
    // finding is counted here, not among the blockers: it says nothing about the upgrade itself.
    bool windowsNotChecked = false;
    QString encryptionId; // the id of that encrypted blocker, when one says so
    int severity = 0; // see computeSeverity()

    // Higher is worse: the sum over targets of 0 ready, 1 ready after fixes, 2 clean install
    // only or Windows not checked, 3 not supported; a report without an assessment counts as
    // worst.
    int computeSeverity() const;
    // Key used to recognise the same machine; a machine with no identity is keyed by file.
    QString key() const;
};

// Reads one report zip for the fleet: only report.json and manifest.json are read (into
// memory, with a size cap), the checksum of report.json and the member list are verified
// against the manifest, and any hostile or broken zip is refused with the reason.
class FleetReader {
public:
    static constexpr qint64 kMaxZipBytes = 256LL * 1024 * 1024;

    // On failure returns nullopt and sets *error to a one-line reason.
    static std::optional<FleetMachine> readFile(const QString &path, QString *error);
    static std::optional<FleetMachine> readBytes(const QByteArray &zip, const QString &path, QString *error);
};

} // namespace urs
