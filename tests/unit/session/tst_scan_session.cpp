// SPDX-License-Identifier: GPL-3.0-or-later
// ScanSession, the stages both faces call: discover -> preview -> collect -> evaluate -> report,
// on the sample disk image (a SYNTHETIC SOFTWARE hive and the REAL 8.1 SYSTEM hive) and on the
// fixture images. What matters here: each stage reuses what an earlier one read (the disk is
// read once), the rules load once, each session logs into its own log, sessions and stages run
// side by side, and failures say what failed.
#include "common/log.h"
#include "common/scan_error.h"
#include "common/scan_log.h"
#include "engine/rule_engine.h"
#include "file_hash.h"
#include "process_io.h"
#include "session/scan_session.h"

#include <QTemporaryDir>
#include <QtTest>
#include <thread>
#include <vector>

using namespace urs;

namespace {

QString samplePath()
{
    return qEnvironmentVariable("URS_SAMPLE_DIR") + QStringLiteral("/sample-disk.img");
}

QString imagePath(const QString &name)
{
    return qEnvironmentVariable("URS_FIXTURE_DIR") + QStringLiteral("/images/") + name
        + QStringLiteral(".img");
}

SessionOptions sampleOptions()
{
    SessionOptions o;
    o.hardwareRoot
        = qEnvironmentVariable("URS_SOURCE_DIR") + QStringLiteral("/tests/data/hardware/laptop-2014");
    o.rulesDir = qEnvironmentVariable("URS_SOURCE_DIR") + QStringLiteral("/rules");
    o.scanTime = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
    return o;
}

ScanRequest sampleRequest()
{
    ScanRequest r;
    r.sourcePath = samplePath();
    return r;
}

} // namespace

class TestScanSession : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void scanOfTheSample();
    void previewThenScanReadsTheDiskOnce();
    void rulesLoadOnce();
    void discoveryLeavesOutExcludedDisks();
    void failures_data();
    void failures();
    void unknownTargetBeforeTheDisk();
    void encryptedVolumeIsAFinding();
    void cancelledScanCanRunAgain();
    void logsArePerSession();
    void reportHoldsTheSessionLog();
    void concurrentPreviewsAndScans();
    void sourceUntouched();
};

void TestScanSession::initTestCase()
{
    QVERIFY2(QFileInfo::exists(samplePath()), qPrintable(samplePath() + " missing (fixture 'sample')"));
}

void TestScanSession::scanOfTheSample()
{
    ScanSession session(sampleOptions());
    QList<ScanProgress> steps;
    ScanRequest request = sampleRequest();
    request.progress = [&steps](const ScanProgress &p) { steps << p; };
    const ScanRecord record = session.scan(request);
    QCOMPARE(record.sourcePath, samplePath());
    QCOMPARE(record.windowsIndex, 1);
    QCOMPARE(record.scanTime, sampleOptions().scanTime);
    QCOMPARE(
        record.facts.value(QStringLiteral("windows.computer_name"))->toString(), QStringLiteral("SENSEI"));
    QCOMPARE(record.facts.value(QStringLiteral("source.selected_windows"))->toInt(), 1);
    QVERIFY(record.assessment);
    QCOMPARE(record.assessment->targets.size(), 3);
    // The earlier attempt's setup logs were copied while the volume was open.
    QStringList evidence;
    for (const EvidenceFile &e : record.evidence)
        evidence << e.sourcePath;
    QVERIFY2(evidence.contains(QStringLiteral("$WINDOWS.~BT/Sources/Panther/setuperr.log")),
        qPrintable(evidence.join(QLatin1Char(' '))));
    // Every step reported, in order, ending with the rules.
    QVERIFY(!steps.isEmpty());
    QCOMPARE(steps.first().step, ScanStep::Hardware);
    QCOMPARE(steps.last().step, ScanStep::Rules);
    for (qsizetype i = 1; i < steps.size(); ++i)
        QVERIFY(int(steps[i].step) >= int(steps[i - 1].step));
}

void TestScanSession::previewThenScanReadsTheDiskOnce()
{
    ScanSession session(sampleOptions());
    const DiscoveredDisk disk = session.describeSource(samplePath());
    QVERIFY2(disk.error.isEmpty(), qPrintable(disk.error));
    QCOMPARE(disk.installations.size(), 1);

    const qint64 beforePreview = test::bytesReadByProcess();
    const InstallationPreview p = session.preview(samplePath(), 1);
    const qint64 previewBytes = test::bytesReadByProcess() - beforePreview;
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.computerName, QStringLiteral("SENSEI"));
    QVERIFY(p.facts);

    const qint64 beforeScan = test::bytesReadByProcess();
    const ScanRecord record = session.collect(sampleRequest());
    const qint64 scanBytes = test::bytesReadByProcess() - beforeScan;
    // The preview read the hives (megabytes); the scan after it reads only the hardware tree.
    QVERIFY2(previewBytes > 1'000'000, qPrintable(QString::number(previewBytes)));
    QVERIFY2(scanBytes < previewBytes / 10,
        qPrintable(QStringLiteral("preview %1 bytes, scan %2 bytes").arg(previewBytes).arg(scanBytes)));
    QCOMPARE(record.facts.value(QStringLiteral("windows.computer_name")),
        p.facts->value(QStringLiteral("windows.computer_name")));
}

void TestScanSession::rulesLoadOnce()
{
    ScanSession session(sampleOptions());
    std::vector<const RuleEngine *> loaded(4, nullptr);
    {
        std::vector<std::thread> loads;
        for (const RuleEngine *&slot : loaded)
            loads.emplace_back([&session, &slot] { slot = &session.rules(); });
        for (std::thread &t : loads)
            t.join();
    }
    for (const RuleEngine *e : loaded)
        QCOMPARE(e, &session.rules());
    const QList<TargetChoice> choices = session.targetChoices(FactSet {});
    QCOMPARE(choices.size(), 3);
    QCOMPARE(choices.first().id, QStringLiteral("win11-25h2")); // newest first
    QCOMPARE(session.defaultTargetId(FactSet {}), QStringLiteral("win11-25h2"));
}

// The app and the CLI pass the live stick's name through the session's options.
void TestScanSession::discoveryLeavesOutExcludedDisks()
{
    SessionOptions options = sampleOptions(); // laptop-2014: internal sda, the live stick sdb
    QCOMPARE(ScanSession(options).discoverDisks().size(), 2);
    options.excludedDisks = QStringList {QStringLiteral("sdb")};
    ScanSession session(options);
    const QList<DiscoveredDisk> disks = session.discoverDisks();
    QCOMPARE(disks.size(), 1);
    QCOMPARE(QFileInfo(disks[0].device).fileName(), QStringLiteral("sda"));
    QVERIFY2(session.scanLog().text().contains("left out as asked"), session.scanLog().text().constData());
}

void TestScanSession::failures_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("missing file") << QStringLiteral("/nonexistent/disk.img")
                                  << int(ScanErrorKind::SourceUnreadable)
                                  << QStringLiteral("/nonexistent/disk.img");
    QTest::newRow("garbage image") << imagePath(QStringLiteral("garbage"))
                                   << int(ScanErrorKind::SourceUnreadable) << QStringLiteral("garbage.img");
    QTest::newRow("no windows") << imagePath(QStringLiteral("no-windows")) << int(ScanErrorKind::NoWindows)
                                << QStringLiteral("no-windows.img");
}

void TestScanSession::failures()
{
    QFETCH(QString, source);
    QFETCH(int, kind);
    QFETCH(QString, mentions);
    ScanSession session(sampleOptions());
    ScanRequest request;
    request.sourcePath = source;
    try {
        session.collect(request);
        QFAIL("collect() should have thrown");
    } catch (const ScanError &e) {
        QCOMPARE(int(e.kind()), kind);
        QVERIFY2(e.text().contains(mentions), qPrintable(e.text()));
        QVERIFY2(!e.whatToDo().isEmpty(), qPrintable(e.text()));
    }
    // The preview says the same without throwing, and the session log has it.
    const InstallationPreview p = session.preview(source, 0);
    QVERIFY2(p.error.contains(mentions), qPrintable(p.error));
    QVERIFY(session.scanLog().text().contains(mentions.toUtf8()));
}

void TestScanSession::unknownTargetBeforeTheDisk()
{
    ScanSession session(sampleOptions());
    ScanRequest request;
    request.sourcePath = QStringLiteral("/nonexistent/disk.img");
    request.targets = {QStringLiteral("win12")};
    try {
        session.scan(request);
        QFAIL("scan() should have thrown");
    } catch (const ScanError &e) {
        QCOMPARE(e.kind(), ScanErrorKind::Usage); // not SourceUnreadable: the disk was not touched
        QVERIFY(e.whatToDo().contains(QLatin1String("win11-25h2")));
    }
}

void TestScanSession::encryptedVolumeIsAFinding()
{
    ScanSession session(sampleOptions());
    ScanRequest request;
    request.sourcePath = imagePath(QStringLiteral("bitlocker"));
    const ScanRecord record = session.scan(request);
    QCOMPARE(record.windowsIndex, 0);
    QCOMPARE(record.facts.value(QStringLiteral("volume.bitlocker")), QJsonValue(true));
    const Fact *build = record.facts.find(QStringLiteral("windows.build"));
    QVERIFY(build && !build->known);
    QVERIFY(build->unknownReason.contains(QLatin1String("BitLocker")));
    QVERIFY(record.assessment);
    QVERIFY(session.scanLog().text().contains("BitLocker"));
    // Judged on the hardware alone: no target is ready, and the one the hardware allows (or
    // every one, on hardware that qualifies) says Windows was not checked.
    bool notChecked = false;
    for (const TargetVerdict &t : record.assessment->targets) {
        QVERIFY(t.verdict != Verdict::Ready && t.verdict != Verdict::ReadyAfterFixes);
        notChecked = notChecked || t.verdict == Verdict::WindowsNotChecked;
    }
    QVERIFY(notChecked);
    for (const Finding &f : record.assessment->findings)
        if (f.id == QLatin1String("disk-encryption"))
            QCOMPARE(f.kind, QStringLiteral("encrypted"));
}

void TestScanSession::cancelledScanCanRunAgain()
{
    ScanSession session(sampleOptions());
    const auto cancel = std::make_shared<std::atomic_bool>(false);
    ScanRequest request = sampleRequest();
    request.cancel = cancel;
    request.progress = [&cancel](const ScanProgress &p) {
        if (p.step == ScanStep::Hives && p.stepFraction > 0.2)
            *cancel = true;
    };
    try {
        session.collect(request);
        QFAIL("collect() should have been cancelled");
    } catch (const ScanError &e) {
        QCOMPARE(e.kind(), ScanErrorKind::Cancelled);
    }
    // Cancelled before it began: stops at once, the disk untouched.
    try {
        session.scan(request);
        QFAIL("scan() should have been cancelled");
    } catch (const ScanError &e) {
        QCOMPARE(e.kind(), ScanErrorKind::Cancelled);
    }
    const ScanRecord record = session.collect(sampleRequest()); // not a cached failure
    QCOMPARE(
        record.facts.value(QStringLiteral("windows.computer_name"))->toString(), QStringLiteral("SENSEI"));
}

void TestScanSession::logsArePerSession()
{
    ScanLog a;
    ScanLog b;
    const auto writeLines = [](const ScanLog &target, const char *tag) {
        const ScanLog::Scope scope(target);
        for (int i = 0; i < 500; ++i)
            log()->info("{} line {}", tag, i);
    };
    std::thread ta(writeLines, std::cref(a), "alpha");
    std::thread tb(writeLines, std::cref(b), "beta");
    ta.join();
    tb.join();
    log()->info("outside every session"); // the process logger: in neither
    const QByteArray textA = a.text();
    const QByteArray textB = b.text();
    QCOMPARE(textA.count('\n'), 500);
    QCOMPARE(textB.count('\n'), 500);
    QVERIFY(!textA.contains("beta") && !textA.contains("outside"));
    QVERIFY(!textB.contains("alpha") && !textB.contains("outside"));
    QVERIFY(textA.startsWith("[info] alpha line 0\n"));
}

void TestScanSession::reportHoldsTheSessionLog()
{
    QTemporaryDir out;
    ScanSession other(sampleOptions());
    other.preview(QStringLiteral("/nonexistent/other.img"), 0); // logs into its own session
    ScanSession session(sampleOptions());
    const ScanRecord record = session.scan(sampleRequest());
    const QString path = session.writeReport(record, QStringLiteral("en"), out.path());
    QVERIFY(QFileInfo::exists(path));
    const QByteArray text = session.scanLog().text();
    QVERIFY(text.contains("scan of"));
    QVERIFY2(text.contains("report written to"), text.constData()); // logged at export
    QVERIFY(!text.contains("other.img"));
}

void TestScanSession::concurrentPreviewsAndScans()
{
    // One session shared by previews, the target list and a scan, as the app uses it, and a
    // second session beside it. Plain threads, so ThreadSanitizer (tools/tsan.sh) sees every
    // hand-over.
    ScanSession shared(sampleOptions());
    ScanSession second(sampleOptions());
    const auto computerName = [](const FactSet &facts) {
        return facts.value(QStringLiteral("windows.computer_name")).value_or(QJsonValue()).toString();
    };
    std::vector<QString> names(10);
    std::vector<std::thread> jobs;
    for (int i = 0; i < 3; ++i) {
        jobs.emplace_back([&, i] { names[2 * i] = shared.preview(samplePath(), 1).computerName; });
        jobs.emplace_back([&, i] { names[2 * i + 1] = second.preview(samplePath(), 0).computerName; });
    }
    jobs.emplace_back([&] { names[6] = computerName(shared.scan(sampleRequest()).facts); });
    jobs.emplace_back([&] { names[7] = computerName(second.scan(sampleRequest()).facts); });
    jobs.emplace_back([&] { names[8] = shared.targetChoices(FactSet {}).size() == 3 ? "SENSEI" : "?"; });
    jobs.emplace_back(
        [&] { names[9] = shared.describeSource(samplePath()).installations.size() == 1 ? "SENSEI" : "?"; });
    for (std::thread &t : jobs)
        t.join();
    for (const QString &name : names)
        QCOMPARE(name, QStringLiteral("SENSEI"));
    QVERIFY(shared.scanLog().text().contains("scan of"));
}

void TestScanSession::sourceUntouched()
{
    const QByteArray before = test::sparseSha256Of(samplePath());
    QVERIFY(!before.isEmpty());
    {
        ScanSession session(sampleOptions());
        session.preview(samplePath(), 1);
        QTemporaryDir out;
        session.writeReport(session.scan(sampleRequest()), QStringLiteral("ja"), out.path());
    }
    QCOMPARE(test::sparseSha256Of(samplePath()), before);
}

QTEST_GUILESS_MAIN(TestScanSession)
#include "tst_scan_session.moc"
