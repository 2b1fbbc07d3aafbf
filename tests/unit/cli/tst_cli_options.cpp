// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI's argument handling in process: what a command line becomes (the session's options
// and the scan request) and which exit code a bad one gets, before any disk is read.
#include "cli/cli_commands.h"
#include "cli/cli_options.h"

#include <QTemporaryDir>
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
    void outFolder_data();
    void outFolder();
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

// --out of report and fleet: a missing folder is made (mkdir -p) before anything is scanned or
// read; a path that cannot be a folder, or a technician's field too long, stops the command
// first. "{tmp}" stands for a fresh folder holding file.txt and an empty reports/.
void TestCliOptions::outFolder_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("madeFolder"); // relative to {tmp}
    QTest::addColumn<bool>("made");
    const QString longName(ScanNotes::kMaxTechnicianChars + 1, QLatin1Char('n'));
    const QString longTag(ScanNotes::kMaxAssetTagChars + 1, QLatin1Char('t'));
    const QString longNote(ScanNotes::kMaxNoteChars + 1, QLatin1Char('x'));
    // The source does not exist: exit 3 comes after the folder was made.
    QTest::newRow("report makes a missing folder")
        << QStringList {"report", "--source", "{tmp}/no.img", "--out", "{tmp}/a/b/c"} << 3 << "a/b/c" << true;
    QTest::newRow("report: a file in the way")
        << QStringList {"report", "--source", "{tmp}/no.img", "--out", "{tmp}/file.txt/reports"} << 6
        << "file.txt/reports" << false;
    QTest::newRow("report: the out folder is a file") << QStringList {"report", "--source", "{tmp}/no.img",
        "--out", "{tmp}/file.txt"} << 6 << "file.txt" << false;
    QTest::newRow("fleet makes a missing folder")
        << QStringList {"fleet", "{tmp}/reports", "--out", "{tmp}/x/y"} << 0 << "x/y/fleet.html" << true;
    QTest::newRow("fleet: a file in the way")
        << QStringList {"fleet", "{tmp}/reports", "--out", "{tmp}/file.txt/x"} << 6 << "file.txt/x" << false;
    QTest::newRow("report: --technician too long")
        << QStringList {"report", "--source", "{tmp}/no.img", "--out", "{tmp}/a", "--technician", longName}
        << 2 << "a" << false;
    QTest::newRow("report: --asset-tag too long")
        << QStringList {"report", "--source", "{tmp}/no.img", "--out", "{tmp}/a", "--asset-tag", longTag} << 2
        << "a" << false;
    QTest::newRow("report: --note too long")
        << QStringList {"report", "--source", "{tmp}/no.img", "--out", "{tmp}/a", "--note", longNote} << 2
        << "a" << false;
    QTest::newRow("report: fields at their limits") << QStringList {"report", "--source", "{tmp}/no.img",
        "--out", "{tmp}/a", "--technician", longName.chopped(1), "--asset-tag", longTag.chopped(1), "--note",
        longNote.chopped(1)} << 3 << "a" << true;
}

void TestCliOptions::outFolder()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, madeFolder);
    QFETCH(bool, made);
    QTemporaryDir tmp;
    QVERIFY(QDir(tmp.path()).mkdir(QStringLiteral("reports")));
    QFile file(tmp.filePath(QStringLiteral("file.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    for (QString &a : args)
        a.replace(QStringLiteral("{tmp}"), tmp.path());
    QCOMPARE(run(QStringList {"upgrade-scan"} + args), exitCode);
    const QFileInfo result(tmp.filePath(madeFolder));
    QCOMPARE(result.exists() && (result.isDir() || madeFolder.endsWith(QLatin1String(".html"))), made);
}

QTEST_GUILESS_MAIN(TestCliOptions)
#include "tst_cli_options.moc"
