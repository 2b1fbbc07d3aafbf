// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing swallowed (issue 14): where the scanner catches a failure and goes on, what failed
// reaches the report: as a fact unknown with the reason, in a fact that lists what could not be
// read, or as a warning in the session's log (the report's scan.log). One row per such catch
// (docs/errors.md lists them all, with the row that proves each): a SYNTHETIC I/O error on one
// path of a fake volume or one partition of a fake disk, and where it must show.
//
// The volumes hold the SYNTHETIC software-81-pro-x64 SOFTWARE hive, the REAL Windows 8.1 SYSTEM
// and NTUSER.DAT hives, the SYNTHETIC BCD stores of the "hives" fixture and SYNTHETIC setup logs.
#include "common/scan_error.h"
#include "common/scan_log.h"
#include "engine/rule_engine.h"
#include "fake_volume.h"
#include "hive_test_data.h"
#include "report/zip_reader.h"
#include "session/scan_session.h"
#include "source/source.h"
#include "windows/boot_inspector.h"
#include "windows/evidence_collector.h"
#include "windows/windows_inspector.h"
#include "windows_layout.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <stdexcept>

using namespace urs;
using namespace urs::test;

namespace {

const QString kFailure = QStringLiteral("SYNTHETIC I/O error");

QString volumePath(QString path)
{
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

// A FakeVolume on which one operation on one path fails as a bad sector makes it fail: with
// ScanError(SourceUnreadable) naming the volume and the path. "read" is read() and copyTo().
class FailingVolume : public WindowsVolume {
public:
    FailingVolume(const QString &root, QString op, const QString &path)
        : fake(root)
        , m_op(std::move(op))
        , m_path(volumePath(path))
    {
    }
    FakeVolume fake;

    QString displayName() const override { return fake.displayName(); }
    FileSystem filesystem() const override { return fake.filesystem(); }
    QString label() const override { return fake.label(); }
    std::optional<VolumeEntry> stat(const QString &path) const override
    {
        failIf("stat", path);
        return fake.stat(path);
    }
    QList<VolumeEntry> list(const QString &directory) const override
    {
        failIf("list", directory);
        return fake.list(directory);
    }
    QByteArray read(const QString &path, qint64 offset, qint64 maxBytes) const override
    {
        failIf("read", path);
        return fake.read(path, offset, maxBytes);
    }
    void copyTo(const QString &path, int fd) const override
    {
        failIf("read", path);
        fake.copyTo(path, fd);
    }
    VolumeSpace space() const override { return fake.space(); }
    std::optional<bool> dirty() const override { return fake.dirty(); }

private:
    void failIf(const char *op, const QString &path) const
    {
        if (m_op == QLatin1String(op) && volumePath(path).compare(m_path, Qt::CaseInsensitive) == 0)
            throw ScanError(ScanErrorKind::SourceUnreadable, displayName(),
                QStringLiteral("%1 (%2 %3)").arg(kFailure, QLatin1String(op), path));
    }
    QString m_op;
    QString m_path;
};

// A disk whose partitions are folders (a GPT disk with two EFI system partitions, or an MBR disk
// with an active System Reserved partition and an EFI system partition), one of which fails to
// open or fails one operation on one path.
class FakeDisk : public Source {
public:
    PartitionStyle style = PartitionStyle::Gpt;
    QList<PartitionInfo> parts;
    QMap<int, QString> roots; // partition index -> folder holding its files
    int failing = 0; // the partition that fails
    QString failOp; // "open", or an operation of FailingVolume
    QString failPath;

    QString path() const override { return QStringLiteral("synthetic-disk.img"); }
    SourceKind kind() const override { return SourceKind::Image; }
    std::optional<qint64> diskSizeBytes() const override { return 1LL << 30; }
    PartitionStyle partitionStyle() const override { return style; }
    QList<PartitionInfo> partitions() const override { return parts; }
    QList<WindowsInstallation> installations() const override { return {}; }
    std::unique_ptr<WindowsVolume> openVolume(const WindowsInstallation &inst) const override
    {
        return openPartition(inst.partitionIndex);
    }
    std::unique_ptr<WindowsVolume> openPartition(int index) const override
    {
        if (index == failing && failOp == QLatin1String("open"))
            throw ScanError(ScanErrorKind::SourceUnreadable, path(),
                QStringLiteral("partition %1: %2").arg(index).arg(kFailure));
        return std::make_unique<FailingVolume>(
            roots.value(index), index == failing ? failOp : QString(), failPath);
    }
};

// Whether facts has name with text in it: in the reason when it is unknown, in its value when
// it is known (a list of what could not be read).
bool factSays(const FactSet &facts, const QString &name, const QString &text, QString *got)
{
    const Fact *f = facts.find(name);
    if (!f) {
        *got = name + QStringLiteral(" not set");
        return false;
    }
    *got = f->known ? QString::fromUtf8(QJsonDocument(QJsonObject {{name, f->value}}).toJson())
                    : QStringLiteral("unknown: ") + f->unknownReason;
    return got->contains(text);
}

bool anyFactSays(const FactSet &facts, const QString &text)
{
    return QString::fromUtf8(QJsonDocument(facts.toJson()).toJson()).contains(text);
}

QString rulesDir()
{
    return qEnvironmentVariable("URS_SOURCE_DIR") + QStringLiteral("/rules");
}

} // namespace

class TestNothingSwallowed : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_hives;
    std::unique_ptr<RuleEngine> m_rules;

    // A Windows 8.1 volume with two users, a hibernation file, a Windows.old and the logs of an
    // earlier attempt (every file SYNTHETIC but the REAL SYSTEM and NTUSER.DAT hives).
    void layOutWindows(const FakeVolume &v)
    {
        layOut(v,
            {syntheticHive(QStringLiteral("software-81-pro-x64")),
                expandRealHive(QStringLiteral("win81-x64-SYSTEM"), m_hives.path()),
                {{QStringLiteral("master"), syntheticHive(QStringLiteral("ntuser-proxy"))},
                    {QStringLiteral("bperry"),
                        expandRealHive(QStringLiteral("win81-NTUSER.DAT"), m_hives.path())}}});
        v.addSparse(QStringLiteral("hiberfil.sys"), 64LL << 20, "HIBR");
        v.addSparse(QStringLiteral("pagefile.sys"), 32LL << 20);
        v.addFile(QStringLiteral("Windows.old/Windows/notepad.exe"), QByteArray(4000, 'n'));
        const QString panther = QStringLiteral("$WINDOWS.~BT/Sources/Panther/");
        v.addFile(panther + QStringLiteral("setupact.log"),
            "2015-12-11 18:02:11, Info  MOUPG  SetupHost::Initialize\r\n"
            "2015-12-11 18:40:52, Error MOUPG  CSetupManager::ExecuteInstallMode(827): Result = "
            "0xC1900101\r\n");
        v.addFile(panther + QStringLiteral("setuperr.log"),
            "2015-12-11 18:40:52, Error  0xC1900101-0x20017 The installation failed in the SAFE_OS "
            "phase\r\n");
        v.addFile(panther + QStringLiteral("CompatData_2015_12_11_18_05_03_0_00.xml"),
            "<?xml version=\"1.0\"?><CompatReport><Programs><Program Name=\"Contoso Antivirus\">"
            "<CompatibilityInfo BlockingType=\"Soft\"/></Program></Programs></CompatReport>");
        v.addFile(QStringLiteral("Windows/Panther/setupact.log"), "synthetic panther log\r\n");
        v.addFile(QStringLiteral("Windows/WindowsUpdate.log"), "synthetic update log\r\n");
        v.addFile(QStringLiteral("Windows/Logs/CBS/CBS.log"), "synthetic CBS log\r\n");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_hives.isValid());
        for (const char *hive : {"software-81-pro-x64", "ntuser-proxy", "bcd-uefi", "bcd-legacy"})
            QVERIFY2(QFile::exists(syntheticHive(QString::fromLatin1(hive))),
                "run the hives fixture first (ctest -R fixture_hives)");
        m_rules = std::make_unique<RuleEngine>(rulesDir());
    }

    // The catches of the Windows volume's readers: WindowsInspector with its collectors and
    // HiveSet, then EvidenceCollector, as ScanSession runs them.
    void volumeFailures_data()
    {
        QTest::addColumn<QString>("op"); // stat, list or read; empty: nothing fails
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("fact"); // the fact that must say what failed; empty: none
        QTest::addColumn<QString>("logSays"); // what the scan log must say; empty: nothing
        const QString panther = QStringLiteral("$WINDOWS.~BT/Sources/Panther");
        const QString unreadable = QStringLiteral("windows.setup_logs.unreadable");
        QTest::newRow("control: nothing fails") << QString() << QString() << QString() << QString();
        QTest::newRow("power.cpp: hiberfil.sys unreadable")
            << "read"
            << "hiberfil.sys"
            << "windows.fast_startup.volume_hibernated" << QString();
        QTest::newRow("volume_space.cpp: pagefile.sys metadata unreadable")
            << "stat"
            << "pagefile.sys"
            << "volume.reclaimable.pagefile_bytes" << QString();
        QTest::newRow("volume_space.cpp: Windows.old not listable")
            << "list"
            << "Windows.old"
            << "volume.reclaimable.windows_old_bytes" << QString();
        QTest::newRow("earlier_attempts.cpp: a setup folder not listable")
            << "list" << panther << QString() << "could not be listed";
        QTest::newRow("setup_logs.cpp: a setup folder not listable")
            << "list" << panther << unreadable << "could not be read";
        QTest::newRow("setup_logs.cpp: a setup log unreadable")
            << "read" << panther + "/setuperr.log" << unreadable << "could not be read";
        QTest::newRow("setup_logs.cpp: an update log unreadable")
            << "read"
            << "Windows/Logs/CBS/CBS.log" << unreadable << "could not be read";
        QTest::newRow("evidence_collector.cpp: a log not copied")
            << "read" << panther + "/setuperr.log" << QString() << "not copied";
        QTest::newRow("windows_inspector.cpp: a collector stops") << "stat"
                                                                  << "$WINDOWS.~BT"
                                                                  << "windows.earlier_attempts.folders"
                                                                  << "failed";
        QTest::newRow("hive_set.cpp: looking for user hives stops")
            << "stat"
            << "Users/master/NTUSER.DAT" << QString() << "looking for user hives stopped";
        QTest::newRow("hive_set.cpp: a user hive unreadable") << "read"
                                                              << "Users/bperry/NTUSER.DAT"
                                                              << "windows.users"
                                                              << "hive not read";
    }
    void volumeFailures()
    {
        QFETCH(QString, op);
        QFETCH(QString, path);
        QFETCH(QString, fact);
        QFETCH(QString, logSays);
        QTemporaryDir root;
        FailingVolume volume(root.path(), op, path);
        layOutWindows(volume.fake);
        volume.fake.fakeSpace = VolumeSpace {
            .totalBytes = 128LL << 30, .freeBytes = 9LL << 30, .clusterBytes = 4096, .problem = {}};

        ScanLog log;
        FactSet facts;
        QList<EvidenceFile> evidence;
        {
            const ScanLog::Scope scope(log);
            WindowsInspector(volume, QStringLiteral("Windows"), &m_rules->logPatterns()).collect(facts);
            evidence = EvidenceCollector::collect(volume, facts);
        }
        const QString text = QString::fromUtf8(log.text());
        if (op.isEmpty()) {
            // The rows below owe their findings to the failure, not to the layout.
            QVERIFY(!anyFactSays(facts, kFailure));
            QVERIFY2(!text.contains(kFailure), qPrintable(text));
            QVERIFY(!evidence.isEmpty());
            return;
        }
        if (!fact.isEmpty()) {
            QString got;
            QVERIFY2(factSays(facts, fact, kFailure, &got), qPrintable(got));
        }
        if (!logSays.isEmpty()) {
            // One warning line names both what was being done and the failure.
            const QStringList lines = text.split(QLatin1Char('\n')).filter(kFailure);
            QVERIFY2(!lines.filter(logSays).isEmpty(), qPrintable(text));
            QVERIFY2(lines.filter(logSays).first().startsWith(QLatin1String("[warning]")), qPrintable(text));
        }
    }

    // The catches of BootInspector: a partition that cannot be opened and a file that cannot be
    // looked up are in the scan log even when another partition answers (and so the fact does
    // not carry them), and in the fact when none does.
    void bootFailures_data()
    {
        QTest::addColumn<bool>("mbr"); // else GPT
        QTest::addColumn<int>("failing"); // partition
        QTest::addColumn<QString>("op"); // open, stat or read
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("answered"); // a fact another partition still answers; or empty
        QTest::addColumn<QString>("fact"); // the fact that must say what failed; or empty
        QTest::addColumn<QString>("logSays");
        const QString store = QStringLiteral("windows.boot.bcd_path");
        const QString bootManager = QStringLiteral("source.esp.has_windows_boot_manager");
        QTest::newRow("boot_inspector.cpp: the active partition cannot be opened, the ESP answers")
            << true << 1 << "open" << QString() << store << QString() << "partition 1";
        QTest::newRow("boot_inspector.cpp: the active partition's store cannot be looked up")
            << true << 1 << "stat"
            << "Boot/BCD" << store << QString() << "not looked up";
        QTest::newRow("boot_inspector.cpp: one ESP cannot be looked at, another has the boot manager")
            << false << 1 << "stat"
            << "EFI/Microsoft/Boot/bootmgfw.efi" << bootManager << QString() << "not looked up";
        QTest::newRow("boot_inspector.cpp: no partition with a store can be opened")
            << false << 2 << "open" << QString() << QString() << store << "partition 2";
        QTest::newRow("boot_inspector.cpp: the BCD store cannot be read")
            << false << 2 << "read"
            << "EFI/Microsoft/Boot/BCD" << QString() << "windows.boot.default_object"
            << "not read";
    }
    void bootFailures()
    {
        QFETCH(bool, mbr);
        QFETCH(int, failing);
        QFETCH(QString, op);
        QFETCH(QString, path);
        QFETCH(QString, answered);
        QFETCH(QString, fact);
        QFETCH(QString, logSays);
        // MBR: 1 the active System Reserved partition (\Boot\BCD), 2 an ESP (store and boot
        // manager). GPT: 1 an ESP with the boot manager only, 2 an ESP with both.
        QTemporaryDir p1;
        QTemporaryDir p2;
        const FakeVolume one(p1.path());
        const FakeVolume two(p2.path());
        const QString efi = QStringLiteral("EFI/Microsoft/Boot/");
        if (mbr)
            one.addCopy(QStringLiteral("Boot/BCD"), syntheticHive(QStringLiteral("bcd-legacy")));
        else
            one.addFile(efi + QStringLiteral("bootmgfw.efi"), "synthetic boot manager");
        two.addCopy(efi + QStringLiteral("BCD"), syntheticHive(QStringLiteral("bcd-uefi")));
        two.addFile(efi + QStringLiteral("bootmgfw.efi"), "synthetic boot manager");

        FakeDisk disk;
        disk.style = mbr ? PartitionStyle::Mbr : PartitionStyle::Gpt;
        PartitionInfo a;
        a.index = 1;
        a.filesystem = mbr ? FileSystem::Ntfs : FileSystem::Fat;
        a.role = mbr ? PartitionRole::Other : PartitionRole::Esp;
        a.active = mbr;
        PartitionInfo b;
        b.index = 2;
        b.filesystem = FileSystem::Fat;
        b.role = PartitionRole::Esp;
        disk.parts = {a, b};
        disk.roots = {{1, p1.path()}, {2, p2.path()}};
        disk.failing = failing;
        disk.failOp = op;
        disk.failPath = path;

        ScanLog log;
        FactSet facts;
        {
            const ScanLog::Scope scope(log);
            BootInspector(disk).collect(facts);
        }
        const QString text = QString::fromUtf8(log.text());
        if (!answered.isEmpty()) {
            // The failure is not in this fact: another partition gave its answer.
            QVERIFY2(facts.value(answered).has_value(), qPrintable(facts.find(answered)->unknownReason));
            QVERIFY(!anyFactSays(facts, kFailure));
        }
        if (!fact.isEmpty()) {
            QString got;
            QVERIFY2(factSays(facts, fact, kFailure, &got), qPrintable(got));
        }
        const QStringList lines = text.split(QLatin1Char('\n')).filter(kFailure);
        QVERIFY2(!lines.filter(logSays).isEmpty(), qPrintable(text));
        QVERIFY2(lines.filter(logSays).first().startsWith(QLatin1String("[warning]")), qPrintable(text));
    }

    // scan_session.cpp, logPatterns(): rule files that cannot be loaded cost the setup-log facts
    // only; the scan log says why, and those facts are unknown.
    void brokenRulesStillScanAndSaySo()
    {
        QTemporaryDir root;
        const FakeVolume volume(root.path()); // a folder the scanner opens as a DirectorySource
        layOutWindows(volume);
        QTemporaryDir rules;
        QFile broken(rules.filePath(QStringLiteral("broken.yaml")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("targets: [unclosed\n"); // SYNTHETIC: not valid YAML
        broken.close();

        SessionOptions options;
        options.hardwareRoot
            = qEnvironmentVariable("URS_SOURCE_DIR") + QStringLiteral("/tests/data/hardware/laptop-2014");
        options.rulesDir = rules.path();
        ScanSession session(options);
        ScanRequest request;
        request.sourcePath = root.path();
        const ScanRecord record = session.collect(request);
        const QByteArray text = session.scanLog().text();
        QVERIFY2(text.contains("[warning] setup logs are not read") && text.contains("broken.yaml"),
            text.constData());
        const Fact *code = record.facts.find(QStringLiteral("windows.last_attempt.code"));
        QVERIFY(code && !code->known && !code->unknownReason.isEmpty());
    }

    // scan_session.cpp, writeReport(): a report written by a session whose rules cannot be
    // loaded lacks the disk bar's mark of the space needed; its scan.log says why.
    void reportSaysWhyTheSpaceMarkIsMissing()
    {
        QTemporaryDir root;
        const FakeVolume volume(root.path());
        layOutWindows(volume);
        SessionOptions options;
        options.hardwareRoot
            = qEnvironmentVariable("URS_SOURCE_DIR") + QStringLiteral("/tests/data/hardware/laptop-2014");
        options.rulesDir = rulesDir();
        options.scanTime = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
        ScanRequest request;
        request.sourcePath = root.path();
        const ScanRecord record = ScanSession(options).scan(request);
        QVERIFY(record.assessment);

        options.rulesDir = root.filePath(QStringLiteral("no-such-rules"));
        ScanSession other(options); // as the app exports a result opened from a file
        QTemporaryDir out;
        const QString zip = other.writeReport(record, QStringLiteral("en"), out.path());
        QFile f(zip);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const ZipContents contents = ZipReader::read(f.readAll(), {QStringLiteral("scan.log")});
        QVERIFY2(contents.error.isEmpty(), qPrintable(contents.error));
        const QByteArray scanLog = contents.data.value(QStringLiteral("scan.log"));
        QVERIFY2(scanLog.contains("[warning] report without the needed free space")
                && scanLog.contains("no-such-rules"),
            scanLog.constData());
    }

    // A preview that fails, by bad input (ScanError) or by a bug in a collector (any other
    // exception: the safety net of ScanSession::preview), is the preview's error and a line of
    // the session's log; the Start screen shows it and stays up.
    void previewFailureIsItsError_data()
    {
        QTest::addColumn<bool>("scanError");
        QTest::addColumn<QString>("level");
        QTest::newRow("ScanError") << true << "[warning]";
        QTest::newRow("any other exception") << false << "[error]";
    }
    void previewFailureIsItsError()
    {
        QFETCH(bool, scanError);
        QFETCH(QString, level);
        ScanLog log;
        InstallationPreview p;
        {
            const ScanLog::Scope scope(log);
            p = ScanSession::guardedPreview(QStringLiteral("/dev/sdz"), 1, [&]() -> InstallationPreview {
                if (scanError)
                    throw ScanError(ScanErrorKind::SourceUnreadable, QStringLiteral("/dev/sdz"),
                        QStringLiteral("SYNTHETIC failure"));
                throw std::runtime_error("SYNTHETIC failure");
            });
        }
        QVERIFY2(p.error.contains(QLatin1String("SYNTHETIC failure")), qPrintable(p.error));
        QVERIFY(!p.facts);
        const QStringList lines = QString::fromUtf8(log.text())
                                      .split(QLatin1Char('\n'))
                                      .filter(QLatin1String("SYNTHETIC failure"));
        QVERIFY2(
            !lines.isEmpty() && lines.first().startsWith(level), qPrintable(QString::fromUtf8(log.text())));
        QVERIFY(lines.first().contains(QLatin1String("/dev/sdz")));
    }
};

QTEST_GUILESS_MAIN(TestNothingSwallowed)
#include "tst_nothing_swallowed.moc"
