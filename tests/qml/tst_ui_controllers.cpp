// SPDX-License-Identifier: GPL-3.0-or-later
// The controllers that run library work off the UI thread: the scan (progress, failure, cancel,
// a result), the export (a real zip written through ScanSession::writeReport) and the fleet
// list, and the App context that wires them to one session. Results are SYNTHETIC
// (synthetic_data.cpp).
#include "app_context.h"
#include "export_controller.h"
#include "fake_mounts.h"
#include "finding_list_model.h"
#include "fleet_summary_model.h"
#include "report/zip_reader.h"
#include "report_list_model.h"
#include "scan_controller.h"
#include "synthetic_data.h"
#include "verdict_list_model.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace urs;
using namespace urs::ui;

namespace {

QString hardwareRoot()
{
    return qEnvironmentVariable("URS_SOURCE_DIR") + QStringLiteral("/tests/data/hardware/laptop-2014");
}

std::shared_ptr<ScanSession> laptopSession()
{
    SessionOptions options;
    options.hardwareRoot = hardwareRoot();
    return std::make_shared<ScanSession>(options);
}

} // namespace

class TestUiControllers : public QObject {
    Q_OBJECT

private slots:
    void scanOfAMissingSourceFails()
    {
        ScanController scan;
        QVERIFY(!scan.start(QStringLiteral("/nonexistent/disk.img"), 0, {})); // no session yet
        scan.setSession(laptopSession());
        QSignalSpy state(&scan, &ScanController::stateChanged);
        QSignalSpy ready(&scan, &ScanController::resultReady);
        QVERIFY(scan.start(QStringLiteral("/nonexistent/disk.img"), 0, {}));
        QCOMPARE(scan.state(), ScanController::State::Running);
        QVERIFY(!scan.start(QStringLiteral("/other"), 0, {})); // one scan at a time
        QTRY_VERIFY_WITH_TIMEOUT(!scan.running(), 20000);
        QCOMPARE(scan.state(), ScanController::State::Failed);
        QVERIFY2(
            scan.errorText().contains(QLatin1String("/nonexistent/disk.img")), qPrintable(scan.errorText()));
        QVERIFY(!scan.hasResult());
        QCOMPARE(ready.count(), 0);
        QCOMPARE(state.count(), 2); // Running, Failed
        QCOMPARE(scan.sourcePath(), QStringLiteral("/nonexistent/disk.img"));
        QVERIFY(scan.progress() < 1.0);
    }

    void cancelStopsTheScanAtTheNextStep()
    {
        ScanController scan;
        scan.setSession(laptopSession());
        QSemaphore reachedWorker;
        QSemaphore mayContinue;
        QList<int> steps;
        // Hold the worker in its first progress report until the test has pressed Cancel.
        scan.setWorkerProgressHook([&](const ScanProgress &p) {
            steps << p.stepIndex;
            if (steps.size() == 1) {
                reachedWorker.release();
                mayContinue.acquire();
            }
        });
        QSignalSpy progress(&scan, &ScanController::progressChanged);
        QVERIFY(scan.start(QStringLiteral("/nonexistent/disk.img"), 0, {}));
        QVERIFY(reachedWorker.tryAcquire(1, 10000));
        scan.cancel();
        mayContinue.release();
        QTRY_VERIFY_WITH_TIMEOUT(!scan.running(), 20000);
        QCOMPARE(scan.state(), ScanController::State::Cancelled);
        QCOMPARE(steps.first(), int(ScanStep::Hardware));
        QVERIFY(progress.count() >= 1);
        QVERIFY(!scan.hasResult());
    }

    void aResultCanBeShownAndForgotten()
    {
        ScanController scan;
        QSignalSpy ready(&scan, &ScanController::resultReady);
        scan.setResult(test::syntheticResult());
        QCOMPARE(ready.count(), 1);
        QCOMPARE(scan.state(), ScanController::State::Finished);
        QCOMPARE(scan.progress(), 1.0);
        QCOMPARE(scan.sourcePath(), QStringLiteral("/synthetic/laptop-2014.img"));
        scan.reset();
        QCOMPARE(scan.state(), ScanController::State::Idle);
        QVERIFY(!scan.hasResult());
        QCOMPARE(scan.progress(), 0.0);
    }

    // The legacy-boot banner follows the result's facts: on for a scanner started in legacy
    // BIOS mode, off for UEFI, for an unknown boot mode and without a result.
    void legacyBootBannerFollowsTheResult_data()
    {
        QTest::addColumn<QString>("firmwareType"); // empty: not in the facts
        QTest::addColumn<bool>("banner");
        QTest::newRow("legacy BIOS") << "bios" << true;
        QTest::newRow("UEFI") << "uefi" << false;
        QTest::newRow("unknown") << "" << false;
    }
    void legacyBootBannerFollowsTheResult()
    {
        QFETCH(QString, firmwareType);
        QFETCH(bool, banner);
        ScanController scan;
        QVERIFY(!scan.scannerBootedLegacy());
        QSignalSpy changed(&scan, &ScanController::stateChanged);
        scan.setResult(
            firmwareType.isEmpty() ? test::syntheticResult() : test::syntheticResultBootedIn(firmwareType));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(scan.scannerBootedLegacy(), banner);
        QCOMPARE(scan.property("scannerBootedLegacy").toBool(), banner);
        scan.reset();
        QVERIFY(!scan.scannerBootedLegacy());
    }

    void openResultFileRefusesOtherFiles()
    {
        QTemporaryDir dir;
        ScanController scan;
        QVERIFY(!scan.openResultFile(dir.filePath("missing.json")));
        QCOMPARE(scan.state(), ScanController::State::Failed);
        QFile f(dir.filePath("not-a-result.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"hello\": 1}");
        f.close();
        QVERIFY(!scan.openResultFile(QUrl::fromLocalFile(f.fileName()).toString()));
        QVERIFY(scan.errorText().contains(QLatin1String("not-a-result.json")));
    }

    void exportWritesAZipTheFleetReadsBack()
    {
        QTemporaryDir dir;
        ExportController exporter;
        QVERIFY(!exporter.canExport());
        QVERIFY(!exporter.exportTo(dir.path()));
        exporter.setSession(laptopSession());
        QVERIFY(!exporter.canExport());
        exporter.setResult(test::syntheticResult());
        QVERIFY(exporter.canExport());
        QSignalSpy written(&exporter, &ExportController::written);
        QVERIFY(exporter.exportTo(dir.filePath("reports")));
        QCOMPARE(exporter.state(), ExportController::State::Writing);
        QVERIFY(!exporter.canExport());
        QTRY_VERIFY_WITH_TIMEOUT(exporter.state() != ExportController::State::Writing, 20000);
        QVERIFY2(exporter.state() == ExportController::State::Done, qPrintable(exporter.errorText()));
        QCOMPARE(written.count(), 1);
        QVERIFY(exporter.fileName().endsWith(QLatin1String(".zip")));
        QVERIFY(!exporter.fileSizeText().isEmpty());
        QFile zip(exporter.filePath());
        QVERIFY(zip.open(QIODevice::ReadOnly));
        const ZipContents contents = ZipReader::read(zip.readAll(), {QStringLiteral("report.json")});
        QVERIFY2(contents.ok(), qPrintable(contents.error));
        QStringList names;
        for (const ZipMemberInfo &m : contents.members)
            names << m.name;
        QVERIFY(names.contains(QStringLiteral("report.json")));
        QVERIFY(names.contains(QStringLiteral("manifest.json")));
        QVERIFY(names.contains(QStringLiteral("scan.log"))); // the session's log

        const QList<ReportEntry> fleet = ReportListModel::readFolder(dir.filePath("reports"));
        QCOMPARE(fleet.size(), 1);
        QVERIFY2(fleet[0].error.isEmpty(), qPrintable(fleet[0].error));
        QCOMPARE(fleet[0].computerName, QStringLiteral("OFFICE-PC-07"));
        QCOMPARE(fleet[0].verdicts.size(), 3);
        QCOMPARE(fleet[0].verdicts[2].verdict, Verdict::ReadyAfterFixes);
    }

    // Saving a result a second time into the same folder asks (AskReplace) and does what the
    // answer says; the save when a scan ends never asks and never replaces.
    void savingTwice_data()
    {
        QTest::addColumn<QString>("answer"); // replace, keep both, cancel, automatic
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("noteInFirst"); // report.json's note in the first file afterwards
        QTest::addColumn<bool>("saved");
        const QString name
            = QFileInfo(ScanSession::reportPath(*test::syntheticResult(), QStringLiteral("/"))).fileName();
        const QString second = QString(name).replace(QLatin1String(".zip"), QLatin1String("-2.zip"));
        QTest::newRow("replace") << "replace" << QStringList {name} << "second" << true;
        QTest::newRow("keep both") << "keep both" << QStringList {name, second} << "first" << true;
        QTest::newRow("cancel") << "cancel" << QStringList {name} << "first" << false;
        QTest::newRow("when the scan ended: never asks")
            << "automatic" << QStringList {name, second} << "first" << true;
    }

    void savingTwice()
    {
        QFETCH(QString, answer);
        QFETCH(QStringList, files);
        QFETCH(QString, noteInFirst);
        QFETCH(bool, saved);
        QTemporaryDir dir;
        ExportController exporter;
        exporter.setSession(laptopSession());
        exporter.setResult(test::syntheticResult());
        exporter.setNotes({QStringLiteral("Taro"), {}, QStringLiteral("first")});
        QVERIFY(exporter.exportTo(dir.path()));
        QTRY_COMPARE_WITH_TIMEOUT(exporter.state(), ExportController::State::Done, 20000);
        QVERIFY(exporter.saved() && !exporter.automatic());
        exporter.setNotes({QStringLiteral("Taro"), {}, QStringLiteral("second")});
        QVERIFY(exporter.notesOutdated());
        QVERIFY(!exporter.saved());

        if (answer == QLatin1String("automatic")) {
            QVERIFY(exporter.autoSaveTo(dir.path()));
        } else {
            QVERIFY(exporter.exportTo(dir.path()));
            QTRY_COMPARE_WITH_TIMEOUT(exporter.state(), ExportController::State::AskReplace, 20000);
            QCOMPARE(exporter.existingFileName(), files.first());
            QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {files.first()}); // nothing yet
            if (answer == QLatin1String("replace"))
                QVERIFY(exporter.replaceExisting());
            else if (answer == QLatin1String("keep both"))
                QVERIFY(exporter.keepBoth());
            else
                exporter.cancelReplace();
        }
        QTRY_VERIFY_WITH_TIMEOUT(exporter.state() != ExportController::State::Writing, 20000);
        QCOMPARE(exporter.state(), ExportController::State::Done);
        QStringList expected = files;
        expected.sort();
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files, QDir::Name), expected);
        QCOMPARE(exporter.saved(), saved);
        QCOMPARE(exporter.automatic(), answer == QLatin1String("automatic"));
        QFile first(dir.filePath(files.first()));
        QVERIFY(first.open(QIODevice::ReadOnly));
        const ZipContents zip = ZipReader::read(first.readAll(), {QStringLiteral("report.json")});
        const QJsonObject json
            = QJsonDocument::fromJson(zip.data.value(QStringLiteral("report.json"))).object();
        QCOMPARE(json.value("scan_notes").toObject().value("note").toString(), noteInFirst);
        QCOMPARE(json.value("scan_notes").toObject().value("technician").toString(), QStringLiteral("Taro"));
    }

    // The App saves the result to the stick's data partition as soon as the scan ends, and says
    // the result is unsaved again once the notes change.
    void appSavesWhenTheScanEnds()
    {
        QTemporaryDir dir;
        AppConfig config;
        config.discoverDisks = false;
        config.hardwareRoot = hardwareRoot();
        config.mountsRoot = test::makeFakeMountsRoot(dir.path());
        AppContext app(config);
        app.notes()->setTechnician(QStringLiteral("Taro"));
        app.notes()->setAssetTag(QStringLiteral("ACME-1"));
        app.scan()->setResult(test::syntheticResult());
        QTRY_COMPARE_WITH_TIMEOUT(app.exporter()->state(), ExportController::State::Done, 20000);
        QVERIFY(app.exporter()->automatic());
        QCOMPARE(QFileInfo(app.exporter()->filePath()).path(),
            dir.path() + QStringLiteral("/media/UPGRADESCAN/reports"));
        QVERIFY(!app.unsavedResult());
        app.notes()->setNote(QStringLiteral("typed after the scan"));
        QVERIFY(app.unsavedResult());
        // The next machine: the technician stays, the machine's fields and the result go.
        app.nextMachine();
        QCOMPARE(app.notes()->technician(), QStringLiteral("Taro"));
        QVERIFY(app.notes()->assetTag().isEmpty() && app.notes()->note().isEmpty());
        QVERIFY(!app.unsavedResult());
        app.waitForIdle();
    }

    // The fleet summary of a folder, as `upgrade-scan fleet` makes it: files written beside the
    // reports, machines worst first, the technician's notes carried.
    void fleetSummaryOfAFolder()
    {
        QTemporaryDir dir;
        ScanSession session;
        ScanRecord record = *test::syntheticResult();
        record.notes = {QStringLiteral("Taro"), QStringLiteral("ACME-1"), QStringLiteral("loose hinge")};
        ExportController::writeReport(session, record, QStringLiteral("en"), dir.path());
        QFile junk(dir.filePath(QStringLiteral("junk.zip")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a zip");
        junk.close();
        FleetSummaryModel model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &FleetSummaryModel::summaryChanged);
        QVERIFY(model.build(dir.path()));
        QVERIFY(model.busy());
        QVERIFY(!model.build(dir.path())); // one build at a time
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 20000);
        QVERIFY(!model.busy());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.reportsRead(), 1);
        QCOMPARE(model.skippedCount(), 1);
        QVERIFY2(model.errorText().isEmpty(), qPrintable(model.errorText()));
        QCOMPARE(model.htmlPath(), dir.filePath(QStringLiteral("fleet.html")));
        QVERIFY(QFile::exists(model.csvPath()));
        const QModelIndex row = model.index(0, 0);
        QCOMPARE(model.data(row, FleetSummaryModel::AssetTagRole).toString(), QStringLiteral("ACME-1"));
        QCOMPARE(model.data(row, FleetSummaryModel::TechnicianRole).toString(), QStringLiteral("Taro"));
        QCOMPARE(model.data(row, FleetSummaryModel::NoteRole).toString(), QStringLiteral("loose hinge"));
        QCOMPARE(model.data(row, FleetSummaryModel::VerdictsRole).toList().size(), 3);
        QVERIFY(model.data(row, FleetSummaryModel::HeadingRole)
                    .toString()
                    .startsWith(QLatin1String("OFFICE-PC-07")));
        QVERIFY(!model.blockers().isEmpty());
    }

    void exportFailureIsReported()
    {
        ExportController exporter;
        exporter.setSession(laptopSession());
        exporter.setResult(test::syntheticResult());
        QVERIFY(exporter.exportTo(QStringLiteral("/proc/urs-cannot-write-here")));
        QTRY_VERIFY_WITH_TIMEOUT(exporter.state() != ExportController::State::Writing, 20000);
        QCOMPARE(exporter.state(), ExportController::State::Failed);
        QVERIFY(exporter.errorText().contains(QLatin1String("/proc/urs-cannot-write-here")));
        QVERIFY(exporter.filePath().isEmpty());
    }

    void fleetShowsUnreadableZips()
    {
        QTemporaryDir dir;
        QFile bad(dir.filePath("broken.zip"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("PK\x03\x04 this is not a zip");
        bad.close();
        ReportListModel model(nullptr);
        QSignalSpy count(&model, &ReportListModel::countChanged);
        model.setFolder(dir.path());
        QTRY_COMPARE(count.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.data(model.index(0, 0), ReportListModel::ErrorRole).toString().isEmpty());
        QCOMPARE(model.data(model.index(0, 0), ReportListModel::FileNameRole).toString(),
            QStringLiteral("broken.zip"));
    }

    void appWiresResultToScreens()
    {
        AppConfig config;
        config.discoverDisks = false;
        config.rulesDir = QStringLiteral("/nonexistent/rules");
        AppContext app(config);
        const std::shared_ptr<ScanSession> first = app.session();
        QVERIFY(first != nullptr);
        app.scan()->setResult(test::syntheticResult());
        QCOMPARE(app.verdicts()->rowCount(), 3);
        QCOMPARE(app.findings()->targetFilter(), QStringLiteral("win11-25h2"));
        QVERIFY(app.exporter()->canExport());
        app.verdicts()->select(2);
        QCOMPARE(app.findings()->targetFilter(), QStringLiteral("win10-22h2"));
        app.nextMachine();
        QCOMPARE(app.verdicts()->rowCount(), 0);
        QCOMPARE(app.findings()->rowCount(), 0);
        QVERIFY(!app.scan()->hasResult());
        QVERIFY(!app.exporter()->canExport());
        QVERIFY(!app.startScan()); // nothing selected
        // The next machine gets a session of its own: nothing read from this one is reused.
        QVERIFY(app.session() != nullptr);
        QVERIFY(app.session() != first);
        app.waitForIdle();
    }
};

QTEST_MAIN(TestUiControllers)
#include "tst_ui_controllers.moc"
