// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI's argument handling in process: what a command line becomes (the session's options
// and the scan request) and which exit code a bad one gets, before any disk is read.
#include "cli/cli_commands.h"
#include "cli/cli_options.h"

#include <QtTest>

using namespace urs;
using namespace urs::cli;

class TestCliOptions : public QObject {
    Q_OBJECT
private slots:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void commands_data();
    void commands();
};

void TestCliOptions::parses_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("windows");
    QTest::addColumn<QStringList>("targets");
    QTest::addColumn<QString>("hardwareRoot");
    QTest::addColumn<QString>("scanTime");
    QTest::newRow("defaults") << QStringList {"--source", "/dev/sda"} << "/dev/sda" << 0 << QStringList {}
                              << "/"
                              << "";
    QTest::newRow("all targets is empty")
        << QStringList {"--source", "d.img", "--target", "all"} << "d.img" << 0 << QStringList {} << "/"
        << "";
    QTest::newRow("two targets") << QStringList {"--source", "d.img", "--target", "win10-22h2,win11-25h2"}
                                 << "d.img" << 0 << QStringList {"win10-22h2", "win11-25h2"} << "/"
                                 << "";
    QTest::newRow("everything") << QStringList {"--source", "/mnt/w", "--windows", "2", "--hardware-root",
        "/tmp/hw", "--scan-time", "2026-11-25T12:00:00Z"}
                                << "/mnt/w" << 2 << QStringList {} << "/tmp/hw"
                                << "2026-11-25T12:00:00Z";
}

void TestCliOptions::parses()
{
    QFETCH(QStringList, args);
    QFETCH(QString, source);
    QFETCH(int, windows);
    QFETCH(QStringList, targets);
    QFETCH(QString, hardwareRoot);
    QFETCH(QString, scanTime);
    ScanOptionParser parser(QStringLiteral("check"), QStringLiteral("test"));
    int code = -1;
    QVERIFY(parser.parse(QStringList {"upgrade-scan", "check"} + args, &code));
    const ScanRequest request = parser.request();
    QCOMPARE(request.sourcePath, source);
    QCOMPARE(request.windowsIndex, windows);
    QCOMPARE(request.targets, targets);
    const SessionOptions options = parser.sessionOptions();
    QCOMPARE(options.hardwareRoot, hardwareRoot);
    QCOMPARE(options.scanTime.isValid() ? options.scanTime.toString(Qt::ISODate) : QString(), scanTime);
}

void TestCliOptions::refuses_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("windows zero") << QStringList {"--source", "d.img", "--windows", "0"};
    QTest::newRow("windows word") << QStringList {"--source", "d.img", "--windows", "two"};
    QTest::newRow("bad time") << QStringList {"--source", "d.img", "--scan-time", "yesterday"};
    QTest::newRow("unknown option") << QStringList {"--source", "d.img", "--frobnicate"};
    QTest::newRow("stray argument") << QStringList {"--source", "d.img", "extra"};
}

void TestCliOptions::refuses()
{
    QFETCH(QStringList, args);
    ScanOptionParser parser(QStringLiteral("check"), QStringLiteral("test"));
    int code = -1;
    QVERIFY(!parser.parse(QStringList {"upgrade-scan", "check"} + args, &code));
    QCOMPARE(code, 2);
}

void TestCliOptions::commands_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no command") << QStringList {} << 2;
    QTest::newRow("help") << QStringList {"--help"} << 0;
    QTest::newRow("version") << QStringList {"--version"} << 0;
    QTest::newRow("unknown command") << QStringList {"frobnicate"} << 2;
    QTest::newRow("check without source") << QStringList {"check"} << 2;
    QTest::newRow("check bad lang") << QStringList {"check", "--source", "x", "--lang", "fr"} << 2;
    QTest::newRow("report without out") << QStringList {"report", "--source", "x"} << 2;
    QTest::newRow("unknown target before the disk")
        << QStringList {"check", "--source", "/nonexistent/disk.img", "--target", "win12"} << 2;
    QTest::newRow("missing source") << QStringList {"check", "--source", "/nonexistent/disk.img"} << 3;
    QTest::newRow("broken rules") << QStringList {"check", "--source", "/nonexistent/disk.img", "--rules",
        "/nonexistent/rules"} << 5;
    QTest::newRow("fleet without out") << QStringList {"fleet", "/tmp"} << 2;
}

void TestCliOptions::commands()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QCOMPARE(run(QStringList {"upgrade-scan"} + args), exitCode);
}

QTEST_GUILESS_MAIN(TestCliOptions)
#include "tst_cli_options.moc"
