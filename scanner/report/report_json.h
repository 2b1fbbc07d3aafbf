// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/assessment.h"
#include "engine/scan_notes.h"
#include "report/machine_identity.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace urs {

struct ScanRecord;
struct EvidenceFile;

// report.json, the machine-readable report. Its schema is versioned ("schema_version") and
// documented in docs/report.md; readers refuse a newer major version instead of guessing.
class ReportJson {
public:
    static constexpr int kSchemaVersion = 1;
    static QString fileName() { return QStringLiteral("report.json"); }

    static QJsonObject build(
        const ScanRecord &result, const QString &lang, const QList<EvidenceFile> &evidence);
    static QByteArray serialize(const QJsonObject &report);

    // "scan_notes": technician, asset_tag and note, null when empty; and back.
    static QJsonObject notesToJson(const ScanNotes &notes);
    static ScanNotes notesFromJson(const QJsonObject &json);
};

// The part of report.json the fleet summary needs, read back from a report.
struct ReportSummary {
    MachineIdentity machine;
    QDateTime scanTime;
    // The scan time on the machine's own clock (with its UTC offset) and that zone's name;
    // invalid and empty when its time zone was not known.
    QDateTime scanTimeLocal;
    QString timeZoneName;
    ScanNotes notes;
    QString scannerVersion;
    QString rulesVersion;
    std::optional<Assessment> assessment;

    // Parses report.json bytes; on failure returns nullopt and sets *error.
    static std::optional<ReportSummary> parse(const QByteArray &json, QString *error);
};

} // namespace urs
