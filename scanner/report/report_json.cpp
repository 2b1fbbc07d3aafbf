// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/report_json.h"

#include "common/core_text.h"
#include "engine/assessment_json.h"
#include "engine/scan_record.h"
#include "report/json_top_level.h"
#include "report/machine_time_zone.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace urs {

static QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

static QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject ReportJson::notesToJson(const ScanNotes &notes)
{
    return {{QStringLiteral("technician"), orNull(notes.technician)},
        {QStringLiteral("asset_tag"), orNull(notes.assetTag)}, {QStringLiteral("note"), orNull(notes.note)}};
}

ScanNotes ReportJson::notesFromJson(const QJsonObject &json)
{
    // normalized(): report.json may come from anywhere; what the fleet shows keeps the limits.
    return ScanNotes {json.value(QLatin1String("technician")).toString(),
        json.value(QLatin1String("asset_tag")).toString(), json.value(QLatin1String("note")).toString()}
        .normalized();
}

QJsonObject ReportJson::build(
    const ScanRecord &result, const QString &lang, const QList<EvidenceFile> &evidence)
{
    const MachineIdentity machine = MachineIdentity::fromFacts(result.facts);
    QJsonArray targets;
    for (const QString &t : result.requestedTargets)
        targets.append(t);
    QJsonArray files;
    for (const EvidenceFile &e : evidence) {
        files.append(
            QJsonObject {{QStringLiteral("name"), e.name}, {QStringLiteral("source_path"), e.sourcePath},
                {QStringLiteral("original_size_bytes"), double(e.originalSize)},
                {QStringLiteral("truncated"), e.truncated}});
    }
    const std::optional<MachineTimeZone> zone = MachineTimeZone::fromFacts(result.facts);
    QJsonObject root {
        {QStringLiteral("schema"), QStringLiteral("upgrade-scan/report")},
        {QStringLiteral("schema_version"), kSchemaVersion},
        {QStringLiteral("scanner"),
            QJsonObject {{QStringLiteral("name"), QStringLiteral("upgrade-scan")},
                {QStringLiteral("version"), QStringLiteral(URS_VERSION)}}},
        {QStringLiteral("rules_version"),
            result.assessment ? QJsonValue(result.assessment->rulesVersion) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("scan_time"), isoUtc(result.scanTime)},
        {QStringLiteral("scan_time_local"),
            zone ? QJsonValue(zone->toLocal(result.scanTime).toString(Qt::ISODate))
                 : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("time_zone"),
            zone ? QJsonValue(zone->toJson(result.scanTime)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("scan_notes"), notesToJson(result.notes.normalized())},
        {QStringLiteral("language"), lang},
        {QStringLiteral("machine"), machine.toJson()},
        {QStringLiteral("targets_requested"),
            targets.isEmpty() ? QJsonValue(QStringLiteral("all")) : QJsonValue(targets)},
        {QStringLiteral("assessment"),
            result.assessment ? QJsonValue(assessmentToJson(*result.assessment))
                              : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("facts"), result.facts.toJson()},
        {QStringLiteral("evidence_files"), files},
    };
    return root;
}

QByteArray ReportJson::serialize(const QJsonObject &report)
{
    // QJsonObject keeps keys sorted, so the same report always serialises to the same bytes.
    // Compact: half the bytes of the indented form, and the fleet summary reads thousands of
    // these (facts.json beside it stays indented for people).
    return QJsonDocument(report).toJson(QJsonDocument::Compact);
}

std::optional<ReportSummary> ReportSummary::parse(const QByteArray &json, QString *error)
{
    // Only the members the fleet needs are parsed; "facts" (most of the bytes) is skipped.
    JsonTopLevel root;
    if (!root.split(json, error)) {
        *error = coreText("report.json is not JSON (%1)").arg(*error);
        return std::nullopt;
    }
    if (root.value(QStringLiteral("schema")).toString() != QLatin1String("upgrade-scan/report")) {
        *error = coreText("report.json is not an upgrade-scan report");
        return std::nullopt;
    }
    const int version = root.value(QStringLiteral("schema_version")).toInt(-1);
    if (version < 1 || version > ReportJson::kSchemaVersion) {
        *error = coreText("report.json schema version %1 is not supported (this build reads 1 to %2); "
                          "use a newer upgrade-scan")
                     .arg(version)
                     .arg(ReportJson::kSchemaVersion);
        return std::nullopt;
    }
    ReportSummary s;
    s.machine = MachineIdentity::fromJson(root.value(QStringLiteral("machine")).toObject());
    s.scanTime
        = QDateTime::fromString(root.value(QStringLiteral("scan_time")).toString(), Qt::ISODate).toUTC();
    if (!s.scanTime.isValid()) {
        *error = coreText("report.json has no valid scan_time");
        return std::nullopt;
    }
    s.scanTimeLocal
        = QDateTime::fromString(root.value(QStringLiteral("scan_time_local")).toString(), Qt::ISODate);
    s.timeZoneName
        = root.value(QStringLiteral("time_zone")).toObject().value(QLatin1String("name")).toString();
    s.notes = ReportJson::notesFromJson(root.value(QStringLiteral("scan_notes")).toObject());
    s.scannerVersion
        = root.value(QStringLiteral("scanner")).toObject().value(QStringLiteral("version")).toString();
    s.rulesVersion = root.value(QStringLiteral("rules_version")).toString();
    const QJsonValue assessment = root.value(QStringLiteral("assessment"));
    if (assessment.isObject())
        s.assessment = assessmentFromJson(assessment.toObject());
    else if (!assessment.isNull()) {
        *error = coreText("report.json has a malformed assessment");
        return std::nullopt;
    }
    return s;
}

} // namespace urs
