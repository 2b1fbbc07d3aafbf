// SPDX-License-Identifier: GPL-3.0-or-later
// The fleet import of one report zip from anywhere: FleetReader::readBytes (ZipReader with its
// limits, the manifest, the checksum, report.json), and, since a mutated report.json almost
// never keeps its checksum, ReportManifest::parse and ReportSummary::parse straight on the
// members the zip holds. What reads is then summarised as the fleet view does (fleet.csv and
// fleet.html). A bad zip is refused with a reason (no exception); anything else is a bug.
#include "fuzz_support.h"
#include "report/fleet_reader.h"
#include "report/fleet_summary.h"
#include "report/report_json.h"
#include "report/report_manifest.h"
#include "report/zip_reader.h"

using namespace urs;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quiet();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray zip = fuzz::bytes(data, size);
    FleetSummary fleet;
    QString error;
    if (std::optional<FleetMachine> machine = FleetReader::readBytes(zip, QStringLiteral("fuzz.zip"), &error))
        fleet.addMachine(std::move(*machine));
    else
        fleet.addSkip(QStringLiteral("fuzz.zip"), error);

    const QString reportName = ReportJson::fileName();
    const QString manifestName = ReportManifest::fileName();
    const ZipContents contents = ZipReader::read(zip, {reportName, manifestName});
    for (const ZipMemberInfo &m : contents.members)
        (void)ZipReader::checkMemberName(m.name);
    if (contents.data.contains(manifestName)) {
        QMap<QString, ReportManifest::Entry> manifest;
        (void)ReportManifest::parse(contents.data.value(manifestName), &manifest, &error);
    }
    if (contents.data.contains(reportName)) {
        if (std::optional<ReportSummary> summary
            = ReportSummary::parse(contents.data.value(reportName), &error)) {
            FleetMachine m;
            m.file = QStringLiteral("fuzz-direct.zip");
            m.report = std::move(*summary);
            m.severity = m.computeSeverity();
            fleet.addMachine(std::move(m));
        }
    }
    (void)fleet.csv(QStringLiteral("en"));
    (void)fleet.html(QStringLiteral("ja"));
    return 0;
}
