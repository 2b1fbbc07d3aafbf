// SPDX-License-Identifier: GPL-3.0-or-later
// Batch mode end to end on the fixture images (the `images` fixture), as the stick runs it: a
// fake machine whose hardware is the laptop-2014 tree and whose disks are images linked at
// root/dev/sda (the machine's disk) and root/dev/sdb (the scanner's own stick, left out). The
// App finds the first Windows, scans it, writes the report zip into a reports folder that does
// not exist yet, says each step on stderr ("urs-batch: ...") and powers off through a fake
// systemctl after a short countdown. A BitLocker-encrypted Windows is scanned for its hardware and
// reported as Windows not checked. Failures (no Windows, a disk that cannot be read, a report
// that cannot be written) go to failed-scans.log and power off too. Last, the app binary itself
// is started the way the stick's launcher starts it, and its stderr is read.
#include "app_context.h"
#include "batch_run.h"
#include "disk_list_model.h"
#include "export_controller.h"
#include "fake_mounts.h"
#include "fixture_paths.h"
#include "power_control.h"
#include "report/zip_reader.h"
#include "scan_controller.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace urs;
using namespace urs::ui;

using urs::test::image;

namespace {

QString sourceDir()
{
    return qEnvironmentVariable("URS_SOURCE_DIR");
}

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QStringList linesOf(const QSignalSpy &spy)
{
    QStringList lines;
    for (const QList<QVariant> &args : spy)
        lines << args.at(0).toString();
    return lines;
}

QStringList zipMembers(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const ZipContents contents = ZipReader::read(f.readAll(), {});
    QStringList names;
    for (const ZipMemberInfo &m : contents.members)
        names << m.name;
    return contents.ok() ? names : QStringList {};
}

// A machine in a folder: the laptop-2014 hardware tree, and its disks linked to images.
class FakeMachine {
public:
    FakeMachine(const QString &internalDisk, const QString &stick)
    {
        const QString laptop = sourceDir() + QStringLiteral("/tests/data/hardware/laptop-2014");
        QDir().mkpath(root() + QStringLiteral("/dev"));
        QFile::link(laptop + QStringLiteral("/proc"), root() + QStringLiteral("/proc"));
        QFile::link(laptop + QStringLiteral("/sys"), root() + QStringLiteral("/sys")); // sys/block: sda, sdb
        QFile::link(internalDisk, root() + QStringLiteral("/dev/sda"));
        QFile::link(stick, root() + QStringLiteral("/dev/sdb"));
        ui::test::makeFakeMountsRoot(m_dir.filePath(QStringLiteral("mounts")));
        // The fake systemctl: records its arguments, one call a line.
        QFile script(m_dir.filePath(QStringLiteral("fake-systemctl")));
        script.open(QIODevice::WriteOnly);
        script.write(QStringLiteral("#!/bin/sh\necho \"$@\" >> '%1'\n").arg(powerRecord()).toUtf8());
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    QString root() const { return m_dir.filePath(QStringLiteral("machine")); }
    QString device(const QString &name) const { return root() + QStringLiteral("/dev/") + name; }
    QString reports() const { return m_dir.filePath(QStringLiteral("stick/reports")); }
    QString powerCommand() const { return m_dir.filePath(QStringLiteral("fake-systemctl")); }
    QString powerRecord() const { return m_dir.filePath(QStringLiteral("systemctl-called")); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The App as the launcher configures it, with a countdown of seconds.
    AppConfig config(int seconds) const
    {
        AppConfig c;
        c.hardwareRoot = root();
        c.mountsRoot = m_dir.filePath(QStringLiteral("mounts"));
        c.rulesDir = sourceDir() + QStringLiteral("/rules");
        c.scanTime = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
        c.language = QStringLiteral("en");
        c.reportsDir = reports();
        c.excludedDisks = {QStringLiteral("sdb")};
        c.powerControls = true;
        c.powerCommand = powerCommand();
        c.batch = true;
        c.batchPoweroffAfter = seconds;
        return c;
    }

private:
    QTemporaryDir m_dir;
};

// Runs the App's start-up and waits for the batch run to end.
bool runBatch(AppContext &app)
{
    app.startUp();
    return QTest::qWaitFor([&app] { return app.batch()->finished(); }, 120000);
}

} // namespace

class TestBatchRun : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(
            QFile::exists(image("gpt-basic")), "the 'images' fixture is missing: run ctest (fixture_images)");
    }

    void scansTheFirstWindowsWritesTheReportAndPowersOff_data()
    {
        QTest::addColumn<QString>("disk"); // the machine's sda
        QTest::addColumn<QString>("win10"); // the Windows 10 verdict; empty: any
        QTest::newRow("readable Windows") << image("gpt-basic") << "";
        // Encrypted: scanned all the same, so the machine has a report the fleet counts; only its
        // hardware is judged, and Windows 10 (which the hardware allows) is not called ready.
        QTest::newRow("BitLocker: hardware only") << image("bitlocker") << "windows-not-checked";
    }
    void scansTheFirstWindowsWritesTheReportAndPowersOff()
    {
        QFETCH(QString, disk);
        QFETCH(QString, win10);
        // The stick holds a Windows too (two-windows): left out, it must not be what is scanned.
        FakeMachine machine(disk, image("two-windows"));
        AppContext app(machine.config(1));
        QSignalSpy lines(app.batch(), &BatchRun::consoleLine);
        QSignalSpy power(app.power(), &PowerControl::requested);
        QVERIFY(!QFileInfo::exists(machine.reports()));
        QVERIFY(runBatch(app));
        QElapsedTimer sinceDone;
        sinceDone.start();
        QCOMPARE(app.batch()->state(), BatchRun::State::Done);
        app.batch()->markShown(); // what the Batch screen does once it shows the outcome

        // scanning, report, a verdict per target, shown: in that order, each once.
        QStringList said = linesOf(lines);
        QVERIFY2(said.size() == 6, qPrintable(said.join('\n')));
        const QString title = app.batch()->windowsTitle();
        QVERIFY(!title.isEmpty());
        QCOMPARE(said[0], QStringLiteral("urs-batch: scanning %1 %2").arg(machine.device("sda"), title));
        const QString zip = app.batch()->reportPath();
        QCOMPARE(said[1], QStringLiteral("urs-batch: report ") + zip);
        QVERIFY(QFileInfo(zip).isAbsolute());
        QCOMPARE(QFileInfo(zip).absolutePath(), machine.reports()); // the folder was made
        QVERIFY(zipMembers(zip).contains(QStringLiteral("report.json")));
        QCOMPARE(app.batch()->reportFileName(), QFileInfo(zip).fileName());
        const std::shared_ptr<const ScanRecord> result = app.scan()->result();
        QVERIFY(result && result->assessment);
        QCOMPARE(result->assessment->targets.size(), 3);
        static const QRegularExpression verdictLine(QStringLiteral(
            "^urs-batch: verdict (win10-22h2|win11-24h2|win11-25h2) "
            "(ready|ready-after-fixes|clean-install-only|windows-not-checked|not-supported)$"));
        for (int i = 0; i < 3; ++i) {
            const TargetVerdict &t = result->assessment->targets[i];
            if (t.targetId == QLatin1String("win10-22h2") && !win10.isEmpty())
                QCOMPARE(verdictName(t.verdict), win10);
            QCOMPARE(said[2 + i],
                QStringLiteral("urs-batch: verdict %1 %2").arg(t.targetId, verdictName(t.verdict)));
            QVERIFY2(verdictLine.match(said[2 + i]).hasMatch(), qPrintable(said[2 + i]));
        }
        QCOMPARE(said[5], QStringLiteral("urs-batch: shown"));

        // The App shows what the batch did: the scanned installation selected, the report saved.
        QCOMPARE(app.disks()->selectedSource(), machine.device("sda"));
        for (const DiskRow &row : app.disks()->rows())
            QVERIFY2(!row.sourcePath.endsWith("/sdb"), "the stick was listed");
        QCOMPARE(app.exporter()->state(), ExportController::State::Done);
        QVERIFY(!app.unsavedResult());
        // One zip: the App's own save when a scan ends leaves a batch run's result to the run
        // (the configured folder is where both would write).
        app.waitForIdle();
        QCOMPARE(QDir(machine.reports()).entryList({QStringLiteral("*.zip")}, QDir::Files).size(), 1);
        QVERIFY(app.exporter()->automatic());

        // Powered off when the countdown ran out, not before.
        QVERIFY(app.batch()->countingDown());
        QTRY_COMPARE_WITH_TIMEOUT(power.count(), 1, 5000);
        QVERIFY2(sinceDone.elapsed() >= 800, qPrintable(QString::number(sinceDone.elapsed())));
        QCOMPARE(power.at(0).at(0).toString(), QStringLiteral("poweroff"));
        QCOMPARE(linesOf(lines).last(), QStringLiteral("urs-batch: poweroff"));
        QTRY_COMPARE_WITH_TIMEOUT(readAll(machine.powerRecord()), QStringLiteral("poweroff\n"), 10000);
        QVERIFY(!QFileInfo::exists(machine.reports() + QStringLiteral("/failed-scans.log")));
        app.batch()->markShown();
        QCOMPARE(linesOf(lines).count(QStringLiteral("urs-batch: shown")), 1); // said once
    }

    void failures_data()
    {
        QTest::addColumn<QString>("disk"); // the machine's sda
        QTest::addColumn<bool>("reportsWritable");
        QTest::addColumn<BatchRun::Failure>("failure");
        QTest::addColumn<QString>("error"); // what the failure's message holds
        QTest::addColumn<int>("verdicts"); // verdict lines said before the failure
        // The stick (sdb) holds a readable Windows: left out, it must not rescue the run.
        QTest::newRow("no Windows") << image("no-windows") << true << BatchRun::Failure::NoWindows
                                    << "no Windows installation found" << 0;
        QTest::newRow("not a disk") << image("garbage") << true << BatchRun::Failure::DiskUnreadable
                                    << "no partition table" << 0;
        QTest::newRow("report not written")
            << image("gpt-basic") << false << BatchRun::Failure::ReportNotWritten << "reports" << 3;
    }
    void failures()
    {
        QFETCH(QString, disk);
        QFETCH(bool, reportsWritable);
        QFETCH(BatchRun::Failure, failure);
        QFETCH(QString, error);
        QFETCH(int, verdicts);
        FakeMachine machine(disk, image("gpt-basic"));
        AppConfig config = machine.config(1);
        if (!reportsWritable) {
            // A file where the folder should be: no zip and no log can be written there.
            QFile blocker(machine.path(QStringLiteral("not-a-folder")));
            QVERIFY(blocker.open(QIODevice::WriteOnly));
            config.reportsDir = blocker.fileName() + QStringLiteral("/reports");
        }
        AppContext app(config);
        QSignalSpy lines(app.batch(), &BatchRun::consoleLine);
        QSignalSpy power(app.power(), &PowerControl::requested);
        QVERIFY(runBatch(app));
        QCOMPARE(app.batch()->state(), BatchRun::State::Failed);
        QCOMPARE(app.batch()->failure(), failure);
        QVERIFY2(app.batch()->errorText().contains(error), qPrintable(app.batch()->errorText()));
        QVERIFY(!app.batch()->failureTitle().isEmpty());
        QVERIFY(!app.batch()->whatToDo().isEmpty());

        const QStringList said = linesOf(lines);
        QCOMPARE(said.filter(QStringLiteral("urs-batch: verdict ")).size(), verdicts);
        QCOMPARE(said.filter(QStringLiteral("urs-batch: report ")).size(), 0);
        const QString failedLine = said.last();
        QVERIFY2(failedLine.startsWith(QStringLiteral("urs-batch: failed ")) && failedLine.contains(error),
            qPrintable(failedLine));

        if (reportsWritable) {
            // One line: time, disk, error.
            const QString log = readAll(machine.reports() + QStringLiteral("/failed-scans.log"));
            QCOMPARE(log.count('\n'), 1);
            const QStringList fields = log.trimmed().split('\t');
            QCOMPARE(fields.size(), 3);
            QVERIFY2(QDateTime::fromString(fields[0], Qt::ISODate).isValid(), qPrintable(fields[0]));
            QVERIFY2(fields[1].contains(machine.device("sda")), qPrintable(fields[1]));
            QCOMPARE(QStringLiteral("urs-batch: failed ") + fields[2], failedLine);
        }
        // A failure powers off too, when the countdown runs out.
        QTRY_COMPARE_WITH_TIMEOUT(power.count(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(readAll(machine.powerRecord()), QStringLiteral("poweroff\n"), 10000);
    }

    // Which targets: every one, the settings file's, or every one when it names an unknown one.
    void targets_data()
    {
        QTest::addColumn<QStringList>("configured");
        QTest::addColumn<QStringList>("scanned");
        QTest::addColumn<QString>("logged"); // what the report's scan.log says about the choice
        const QStringList all {"win10-22h2", "win11-24h2", "win11-25h2"};
        QTest::newRow("every target") << QStringList {} << all << QString();
        QTest::newRow("one") << QStringList {"win10-22h2"} << QStringList {"win10-22h2"} << QString();
        QTest::newRow("an unknown one")
            << QStringList {"win11-24h2", "win12"} << all << QStringLiteral("targets=\"win11-24h2,win12\"");
    }
    void targets()
    {
        QFETCH(QStringList, configured);
        QFETCH(QStringList, scanned);
        QFETCH(QString, logged);
        FakeMachine machine(image("gpt-basic"), image("two-windows"));
        AppConfig config = machine.config(0);
        config.batchTargets = configured;
        AppContext app(config);
        QVERIFY(runBatch(app));
        QCOMPARE(app.batch()->state(), BatchRun::State::Done);
        QStringList ids;
        for (const TargetVerdict &t : app.scan()->result()->assessment->targets)
            ids << t.targetId;
        ids.sort();
        QCOMPARE(ids, scanned);
        // Not only on the console: the report says why it covers other targets than asked.
        if (!logged.isEmpty()) {
            const QByteArray log = app.session()->scanLog().text();
            QVERIFY2(
                log.contains(logged.toUtf8()) && log.contains("every target is scanned"), log.constData());
        }
    }

    // Esc or "Stay on this screen": the countdown stops and nothing powers off.
    void stayStopsTheCountdown()
    {
        FakeMachine machine(image("gpt-basic"), image("two-windows"));
        AppContext app(machine.config(2));
        QSignalSpy power(app.power(), &PowerControl::requested);
        QVERIFY(runBatch(app));
        QVERIFY(app.batch()->countingDown());
        app.batch()->stay();
        QVERIFY(!app.batch()->countingDown());
        QVERIFY(!app.batch()->waitingForKey());
        QTest::qWait(2500);
        QCOMPARE(power.count(), 0);
    }

    // poweroff_after_seconds=0: no countdown; a key (or a tap) powers off at once.
    void waitsForAKey()
    {
        FakeMachine machine(image("gpt-basic"), image("two-windows"));
        AppContext app(machine.config(0));
        QSignalSpy power(app.power(), &PowerControl::requested);
        QVERIFY(!app.batch()->powerOffNow()); // nothing to power off from before the run
        QVERIFY(runBatch(app));
        QVERIFY(!app.batch()->countingDown());
        QVERIFY(app.batch()->waitingForKey());
        QTest::qWait(1500);
        QCOMPARE(power.count(), 0);
        QVERIFY(app.batch()->powerOffNow());
        QCOMPARE(power.count(), 1);
        QVERIFY(!app.batch()->powerOffNow()); // once
    }

    void offWithoutBatchMode()
    {
        FakeMachine machine(image("gpt-basic"), image("two-windows"));
        AppConfig config = machine.config(1);
        config.batch = false;
        AppContext app(config);
        QSignalSpy lines(app.batch(), &BatchRun::consoleLine);
        app.startUp();
        QVERIFY(!app.batch()->enabled());
        QVERIFY(!app.batch()->start());
        QTRY_VERIFY_WITH_TIMEOUT(!app.disks()->busy(), 60000);
        QCOMPARE(app.batch()->state(), BatchRun::State::Off);
        QCOMPARE(lines.count(), 0);
        QVERIFY(!app.scan()->running() && !app.scan()->hasResult());
        app.waitForIdle();
    }

    // The binary, started as the stick's launcher starts it, with the settings file turning batch
    // mode on: the lines on stderr in order, and the fake systemctl called.
    void theAppOnTheStick()
    {
        FakeMachine machine(image("gpt-basic"), image("two-windows"));
        QFile ini(machine.path(QStringLiteral("upgradescan.ini")));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[batch]\nenabled=true\npoweroff_after_seconds=1\nfrobnicate=1\n[app]\nlanguage=ja\n");
        ini.close();
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("software"));
        env.insert(QStringLiteral("URS_APP_POWER_COMMAND"), machine.powerCommand());
        app.setProcessEnvironment(env);
        app.start(qEnvironmentVariable("URS_APP_BIN"),
            {"--fullscreen", "--reports", machine.reports(), "--settings", ini.fileName(), "--exclude-disk",
                "sdb", "--power-controls", "--hardware-root", machine.root(), "--mounts-root",
                machine.path("mounts"), "--rules", sourceDir() + "/rules", "--scan-time",
                "2026-11-25T10:00:00Z"});
        QVERIFY2(app.waitForStarted(10000), qPrintable(app.errorString()));
        const bool poweredOff = QTest::qWaitFor(
            [&] { return readAll(machine.powerRecord()) == QLatin1String("poweroff\n"); }, 120000);
        app.terminate();
        if (!app.waitForFinished(10000)) {
            app.kill();
            app.waitForFinished();
        }
        const QString err = QString::fromUtf8(app.readAllStandardError());
        QVERIFY2(poweredOff, qPrintable(err));

        QStringList said = err.split('\n').filter(QRegularExpression(QStringLiteral("^urs-batch: ")));
        QVERIFY2(said.size() == 7, qPrintable(err));
        QVERIFY2(
            said[0].startsWith("urs-batch: scanning " + machine.device("sda") + " "), qPrintable(said[0]));
        QVERIFY2(said[1].startsWith("urs-batch: report " + machine.reports() + "/"), qPrintable(said[1]));
        QVERIFY(QFile::exists(said[1].mid(QStringLiteral("urs-batch: report ").size())));
        for (int i = 2; i < 5; ++i)
            QVERIFY2(said[i].startsWith("urs-batch: verdict win"), qPrintable(said[i]));
        QCOMPARE(said[5], QStringLiteral("urs-batch: shown"));
        QCOMPARE(said[6], QStringLiteral("urs-batch: poweroff"));
        // The settings file's mistake is named, and the run went on.
        QVERIFY2(err.contains(ini.fileName() + ": [batch] frobnicate is not a setting"), qPrintable(err));
    }
};

QTEST_MAIN(TestBatchRun)
#include "tst_batch_run.moc"
