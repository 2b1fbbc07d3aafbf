// SPDX-License-Identifier: GPL-3.0-or-later
// `report` writes the zipped readiness report of one machine; `fleet` summarises many.
// Both are thin: ScanSession and FleetSummary in the library do the work (the app calls them too).
#include "cli/cli_options.h"
#include "common/scan_error.h"
#include "report/atomic_file_writer.h"
#include "report/fleet_summary.h"
#include "report/report_strings.h"

#include <QDir>

namespace urs::cli {

static const QCommandLineOption kOut(QStringLiteral("out"),
    QStringLiteral("Write into folder DIR (made when missing)."), QStringLiteral("DIR"));
static const QCommandLineOption kLang = langOption(QStringLiteral("the report"));

static const QCommandLineOption kTechnician(QStringLiteral("technician"),
    QStringLiteral("Name of the technician, written into the report."), QStringLiteral("NAME"));
static const QCommandLineOption kAssetTag(QStringLiteral("asset-tag"),
    QStringLiteral("The organisation's asset tag of this machine, written into the report."),
    QStringLiteral("TAG"));
static const QCommandLineOption kNote(
    QStringLiteral("note"), QStringLiteral("A note written into the report."), QStringLiteral("TEXT"));

// The technician's fields from the command line; false (after saying which option is too
// long) when one does not fit, rather than cutting what the user typed.
static bool notesFromOptions(const QCommandLineParser &parser, ScanNotes *notes)
{
    notes->technician = parser.value(kTechnician);
    notes->assetTag = parser.value(kAssetTag);
    notes->note = parser.value(kNote);
    for (const QString &problem : {ScanNotes::tooLong(QStringLiteral("--technician"), notes->technician,
                                       ScanNotes::kMaxTechnicianChars),
             ScanNotes::tooLong(QStringLiteral("--asset-tag"), notes->assetTag, ScanNotes::kMaxAssetTagChars),
             ScanNotes::tooLong(QStringLiteral("--note"), notes->note, ScanNotes::kMaxNoteChars)}) {
        if (!problem.isEmpty()) {
            err() << "upgrade-scan report: " << problem << "\n";
            return false;
        }
    }
    *notes = notes->normalized();
    return true;
}

int runReport(const QStringList &arguments)
{
    ScanOptionParser options(QStringLiteral("report"),
        QStringLiteral("Scan and write the readiness report (one zip) into --out DIR."));
    options.parser().addOptions({kOut, kLang, kTechnician, kAssetTag, kNote});
    int code = 0;
    if (!options.parse(arguments, &code))
        return code;
    const QString lang = options.parser().value(kLang);
    if (!options.hasSource() || !options.parser().isSet(kOut)) {
        err() << "upgrade-scan report: --source PATH and --out DIR are required\n";
        return 2;
    }
    if (!checkLang(QStringLiteral("report"), lang))
        return 2;
    ScanNotes notes;
    if (!notesFromOptions(options.parser(), &notes))
        return 2;
    const QString outDir = QDir::cleanPath(options.parser().value(kOut));
    // Say at once when the folder is unusable, not after a scan of several minutes; a missing
    // one is made, as the app makes the stick's reports folder.
    code = runGuarded([&] {
        // Before the folder is made: not even that may touch the disk being scanned.
        ScanSession::checkReportFolder(options.request().sourcePath, outDir);
        AtomicFileWriter::makeWritableDir(outDir);
        AtomicFileWriter::removeStaleTemporaries(outDir);
        return 0;
    });
    if (code != 0)
        return code;

    ScanSession session(options.sessionOptions());
    std::optional<ScanRecord> result = runScan(session, options.request(), Judge::WithRules, &code);
    if (!result)
        return code;
    result->notes = notes;
    return runGuarded([&] {
        const QString path = session.writeReport(*result, lang, outDir);
        if (result->assessment) {
            for (const TargetVerdict &t : result->assessment->targets)
                out() << t.targetId << ": " << verdictName(t.verdict) << "\n";
        }
        out() << path << "\n";
        return 0;
    });
}

int runFleet(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Summarise report zips (files, or folders searched recursively) into fleet.csv and fleet.html."));
    parser.addHelpOption();
    parser.addOption(kOut);
    parser.addOption(kLang);
    parser.addOption({QStringLiteral("verbose"), QStringLiteral("Log what is read to stderr.")});
    parser.addPositionalArgument(
        QStringLiteral("DIR"), QStringLiteral("Folders or zips to read."), QStringLiteral("DIR..."));
    int code = 0;
    if (!parseCommandLine(parser, QStringLiteral("fleet"), arguments, &code))
        return code;
    const QString lang = parser.value(kLang);
    if (parser.positionalArguments().isEmpty() || !parser.isSet(kOut)) {
        err() << "upgrade-scan fleet: give one or more folders of reports and --out DIR\n";
        return 2;
    }
    if (!checkLang(QStringLiteral("fleet"), lang))
        return 2;
    return runGuarded([&] {
        const QString outDir = QDir::cleanPath(parser.value(kOut));
        AtomicFileWriter::makeWritableDir(outDir);
        FleetSummary fleet;
        fleet.addPaths(parser.positionalArguments());
        for (const FleetSkip &skip : fleet.skipped())
            err() << "upgrade-scan fleet: skipped " << skip.file << ": " << skip.reason << "\n";
        out() << fleet.reportsRead() << " reports read, " << fleet.machines().size() << " machines, "
              << fleet.skipped().size() << " files skipped\n";
        // Counted apart so an encrypted machine is never read as one of the ready ones.
        if (const int notChecked = fleet.windowsNotCheckedCount(); notChecked > 0)
            out() << "Encrypted: Windows not checked: " << notChecked << " of " << fleet.machines().size()
                  << " machines (hardware judged only)\n";
        for (const QString &path : fleet.write(outDir, lang))
            out() << path << "\n";
        return 0;
    });
}

} // namespace urs::cli
