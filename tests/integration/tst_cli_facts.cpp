// SPDX-License-Identifier: GPL-3.0-or-later
// `upgrade-scan facts` end to end: the bundled sample (real 8.1 SYSTEM and NTUSER.DAT hives,
// synthetic SOFTWARE hive, on a GPT image made with mkntfs and ntfs-3g), the test images, and
// bad input, each with the exit code and message a technician would see.
#include "cli_runner.h"
#include "file_hash.h"
#include "fixture_paths.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace urs::test;

namespace {
QString laptop()
{
    return repoPath(QStringLiteral("tests/data/hardware/laptop-2014"));
}
} // namespace

class TestCliFacts : public QObject {
    Q_OBJECT
    QJsonObject m_sample;

private slots:
    void initTestCase()
    {
        const CliRun r = runCli({"facts", "--source", sample(), "--hardware-root", laptop(), "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m_sample = r.json();
        QVERIFY(!m_sample.isEmpty());
    }

    // The members the JSON contract promises, with the values the sample's hives hold.
    void sampleFacts_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QJsonValue>("expected");
        QTest::newRow("product (synthetic SOFTWARE)")
            << "/windows/product_name" << QJsonValue("Windows 8.1 Pro");
        QTest::newRow("edition") << "/windows/edition_id" << QJsonValue("Professional");
        QTest::newRow("build") << "/windows/build" << QJsonValue(9600);
        QTest::newRow("architecture (real SYSTEM)") << "/windows/architecture" << QJsonValue("x64");
        QTest::newRow("computer name (real SYSTEM)") << "/windows/computer_name" << QJsonValue("SENSEI");
        QTest::newRow("fast startup (real SYSTEM)")
            << "/windows/fast_startup/hiberboot_enabled" << QJsonValue(true);
        QTest::newRow("hibernated volume") << "/windows/fast_startup/volume_hibernated" << QJsonValue(true);
        QTest::newRow("wuauserv manual (real SYSTEM)") << "/windows/services/wuauserv/start" << QJsonValue(3);
        QTest::newRow("BITS automatic (real SYSTEM)") << "/windows/services/bits/start" << QJsonValue(2);
        QTest::newRow("no IIS") << "/windows/features/iis/installed" << QJsonValue(false);
        QTest::newRow("last shutdown") << "/windows/last_shutdown" << QJsonValue("2015-12-12T03:30:15Z");
        QTest::newRow("partition style") << "/source/partition_style" << QJsonValue("gpt");
        QTest::newRow("ESP") << "/source/esp_present" << QJsonValue(true);
        QTest::newRow("recovery") << "/source/recovery_partition_present" << QJsonValue(true);
        QTest::newRow("firmware (laptop-2014)") << "/hardware/firmware/type" << QJsonValue("bios");
        QTest::newRow("CPU (laptop-2014)")
            << "/hardware/cpu/model_name" << QJsonValue("Intel(R) Core(TM) i5-4200U CPU @ 1.60GHz");
        QTest::newRow("memory (laptop-2014)") << "/hardware/memory_bytes" << QJsonValue(4294967296.0);
        QTest::newRow("USB legacy (laptop-2014)")
            << "/hardware/smbios/bios/usb_legacy_supported" << QJsonValue(true);
    }
    void sampleFacts()
    {
        QFETCH(QString, pointer);
        QFETCH(QJsonValue, expected);
        QCOMPARE(at(m_sample, pointer), expected);
    }

    void sampleListsAndSizes()
    {
        QVERIFY(at(m_sample, "/windows/updates/installed_kbs").toArray().contains(QJsonValue("KB2919355")));
        const QJsonArray reasons = at(m_sample, "/windows/pending_reboot/reasons").toArray();
        QVERIFY2(reasons.contains(QJsonValue("PendingFileRenameOperations")),
            QJsonDocument(reasons).toJson().constData());
        QVERIFY(at(m_sample, "/hardware/cpu/flags").toArray().contains(QJsonValue("popcnt")));
        // The Windows partition fills a 500 GB sparse disk; free space comes from the NTFS bitmap.
        const double total = at(m_sample, "/volume/total_bytes").toDouble();
        const double free = at(m_sample, "/volume/free_bytes").toDouble();
        QCOMPARE(at(m_sample, "/source/disk_size_bytes").toDouble(), 476940.0 * 1024 * 1024);
        QVERIFY(total > 465000.0 * 1024 * 1024 && total <= 476522.0 * 1024 * 1024);
        QVERIFY(free > 0 && free < total - 300.0 * 1024 * 1024); // pagefile, hiberfil, cache use space
        QCOMPARE(at(m_sample, "/volume/reclaimable/pagefile_bytes").toDouble(), 192.0 * 1024 * 1024);
        QVERIFY(at(m_sample, "/windows/earlier_attempts/folders").toArray().size() >= 1);
        // The TPM and Secure Boot of a legacy-BIOS laptop are unknown or absent, never guessed.
        QVERIFY(at(m_sample, "/hardware/tpm/version").isNull());
        QVERIFY(!at(m_sample, "/hardware/tpm/version_unknown").toString().isEmpty());
    }

    // Every unknown fact says why, and every fact names where it came from.
    void unknownsHaveReasonsAndProvenance()
    {
        const QJsonObject provenance = m_sample.value("provenance").toObject();
        QVERIFY(provenance.size() > 100);
        int nulls = 0;
        for (auto it = provenance.begin(); it != provenance.end(); ++it) {
            if (at(m_sample, it.key()).isNull()) {
                ++nulls;
                QVERIFY2(!at(m_sample, it.key() + "_unknown").toString().isEmpty(), qPrintable(it.key()));
            }
            QVERIFY2(!it.value().toString().isEmpty(), qPrintable(it.key()));
        }
        QVERIFY(nulls > 0); // the sample has unknowns (e.g. no TPM): the check above ran
        QVERIFY(provenance.value("/windows/computer_name").toString().contains("ComputerName"));
    }

    void textOutputIsReadable()
    {
        const CliRun r = runCli({"facts", "--source", sample(), "--hardware-root", laptop()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("computer_name = SENSEI"));
        QVERIFY(r.out.contains("[hardware]"));
    }

    void scanningLeavesTheImageUnchanged()
    {
        const QByteArray before = sparseSha256Of(sample());
        QVERIFY(!before.isEmpty());
        QCOMPARE(runCli({"facts", "--source", sample(), "--hardware-root", laptop(), "--json"}).exitCode, 0);
        QCOMPARE(sparseSha256Of(sample()), before);
    }

    void choosingAnInstallation_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("selected");
        QTest::newRow("default is the first") << QStringList {} << 0 << 1;
        QTest::newRow("--windows 2") << QStringList {"--windows", "2"} << 0 << 2;
        QTest::newRow("--windows 3 does not exist") << QStringList {"--windows", "3"} << 2 << 0;
        QTest::newRow("--windows 0 is a usage error") << QStringList {"--windows", "0"} << 2 << 0;
    }
    void choosingAnInstallation()
    {
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(int, selected);
        const CliRun r = runCli(
            QStringList {"facts", "--source", image("two-windows"), "--hardware-root", laptop(), "--json"}
            + extra);
        QCOMPARE(r.exitCode, exitCode);
        if (selected) {
            QCOMPARE(at(r.json(), "/source/selected_windows").toInt(), selected);
            QVERIFY(!at(r.json(), "/source/selection_note").toString().isEmpty());
        }
        // The library's advice is for the app as well; the command to list them is the CLI's.
        if (extra.contains(QStringLiteral("3"))) {
            QVERIFY2(r.err.contains(QLatin1String("Choose one of the Windows installations found")),
                qPrintable(r.err));
            QVERIFY2(r.err.contains(QLatin1String("'upgrade-scan facts --source ")), qPrintable(r.err));
        }
    }

    void bitlockerIsReportedNotFailed()
    {
        const CliRun r
            = runCli({"facts", "--source", image("bitlocker"), "--hardware-root", laptop(), "--json"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(at(r.json(), "/volume/bitlocker"), QJsonValue(true));
        QVERIFY(at(r.json(), "/windows/product_name_unknown").toString().contains("BitLocker"));
    }

    // Bad input: a clear message naming the input, the documented exit code, never a crash.
    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        const QString missing = QStringLiteral("/nonexistent/disk.img");
        QTest::newRow("missing path") << QStringList {"facts", "--source", missing} << 3 << missing;
        QTest::newRow("empty file") << QStringList {"facts", "--source", image("empty")} << 3
                                    << image("empty");
        QTest::newRow("garbage") << QStringList {"facts", "--source", image("garbage")} << 3
                                 << image("garbage");
        QTest::newRow("truncated image")
            << QStringList {"facts", "--source", image("truncated")} << 3 << image("truncated");
        QTest::newRow("no Windows") << QStringList {"facts", "--source", image("no-windows")} << 4
                                    << image("no-windows");
        QTest::newRow("unknown option") << QStringList {"facts", "--bogus"} << 2 << "bogus";
        QTest::newRow("unknown command") << QStringList {"frobnicate"} << 2 << "frobnicate";
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        args << "--hardware-root" << laptop();
        if (args.first() == QLatin1String("frobnicate"))
            args = QStringList {"frobnicate"};
        const CliRun r = runCli(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    // A folder holding a Windows volume whose SYSTEM hive is the corrupted real one.
    void corruptHiveInAFolder()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath("Windows/System32/config"));
        const QString config = dir.path() + "/Windows/System32/config/";
        QVERIFY(QFile::copy(qEnvironmentVariable("URS_FIXTURE_DIR") + "/hives/software-81-pro-x64.hive",
            config + "SOFTWARE"));
        QProcess xz;
        xz.setStandardOutputFile(config + "SYSTEM");
        xz.start("xz", {"-dc", qEnvironmentVariable("URS_REAL_HIVES_DIR") + "/corrupted-SYSTEM.xz"});
        QVERIFY(xz.waitForFinished() && xz.exitCode() == 0);
        const CliRun r = runCli({"facts", "--source", dir.path(), "--hardware-root", laptop()});
        QCOMPARE(r.exitCode, 8);
        QVERIFY2(r.err.contains("SYSTEM"), qPrintable(r.err));
    }

    // docs/facts.md holds the catalogue as the program prints it, so the documented contract and
    // the code cannot drift apart.
    void catalogueMatchesDocs()
    {
        const CliRun r = runCli({"facts", "--catalog"});
        QCOMPARE(r.exitCode, 0);
        QFile doc(repoPath("docs/facts.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        QVERIFY2(QString::fromUtf8(doc.readAll()).contains(r.out),
            "docs/facts.md is out of date: regenerate it with 'upgrade-scan facts --catalog'");
        QVERIFY(r.out.contains("`/windows/fast_startup/hiberboot_enabled`"));
    }

    // The listing without --source leaves out the scanner's own stick (laptop-2014's sdb).
    void listingLeavesOutExcludedDisks_data()
    {
        QTest::addColumn<QStringList>("excluded");
        QTest::addColumn<QStringList>("listed");
        QTest::newRow("none") << QStringList {} << QStringList {"sda", "sdb"};
        QTest::newRow("the stick") << QStringList {"--exclude-disk", "sdb"} << QStringList {"sda"};
        QTest::newRow("by its path") << QStringList {"--exclude-disk", "/dev/sdb"} << QStringList {"sda"};
        QTest::newRow("twice") << QStringList {"--exclude-disk", "sdb", "--exclude-disk", "sda"}
                               << QStringList {};
    }
    void listingLeavesOutExcludedDisks()
    {
        QFETCH(QStringList, excluded);
        QFETCH(QStringList, listed);
        const CliRun r = runCli(QStringList {"facts", "--hardware-root", laptop(), "--json"} + excluded);
        QCOMPARE(r.exitCode, 0);
        QStringList devices;
        for (const QJsonValue &d : r.json().value("disks").toArray())
            devices << QFileInfo(d.toObject().value("device").toString()).fileName();
        QCOMPARE(devices, listed);
    }

    void versionAndHelp()
    {
        QCOMPARE(runCli({"--version"}).exitCode, 0);
        const CliRun help = runCli({"--help"});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("Exit codes"));
        QCOMPARE(runCli({"facts", "--help"}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliFacts)
#include "tst_cli_facts.moc"
