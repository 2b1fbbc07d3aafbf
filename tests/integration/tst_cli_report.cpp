// SPDX-License-Identifier: GPL-3.0-or-later
// `upgrade-scan report` and `fleet` end to end on the bundled sample: the technician's options
// (--technician, --asset-tag, --note) reach report.json, report.html and the fleet summary; the
// scan time is given in the machine's own time zone (the REAL 8.1 SYSTEM hive of the sample says
// Pacific Standard Time, with daylight saving from the second Sunday of March to the first of
// November) beside UTC; and a missing --out folder is made.
#include "cli_runner.h"
#include "report/zip_reader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace urs;
using namespace urs::test;

namespace {

QString sample()
{
    return qEnvironmentVariable("URS_SAMPLE_DIR") + QStringLiteral("/sample-disk.img");
}

QStringList reportArgs(const QString &scanTime, const QString &out)
{
    return {"report", "--source", sample(), "--hardware-root", repoPath("tests/data/hardware/laptop-2014"),
        "--scan-time", scanTime, "--out", out};
}

// The members of the zip the CLI named on its last line.
QHash<QString, QByteArray> readReport(const CliRun &r)
{
    const QString path = r.out.trimmed().section(QLatin1Char('\n'), -1);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const ZipContents zip = ZipReader::read(f.readAll(), {"report.json", "report.html"});
    return zip.ok() ? zip.data : QHash<QString, QByteArray> {};
}

} // namespace

class TestCliReport : public QObject {
    Q_OBJECT
private slots:
    void notesAndLocalTime_data()
    {
        QTest::addColumn<QString>("scanTime");
        QTest::addColumn<QStringList>("notesArgs");
        QTest::addColumn<QString>("technician"); // "" for null
        QTest::addColumn<QString>("assetTag");
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("localTime");
        QTest::addColumn<int>("offsetMinutes");
        QTest::addColumn<bool>("daylight");
        QTest::addColumn<QString>("htmlScanned"); // the "Scanned" row of report.html

        QTest::newRow("no notes, Pacific winter")
            << "2026-11-25T12:00:00Z" << QStringList {} << ""
            << ""
            << ""
            << "2026-11-25T04:00:00-08:00" << -480 << false
            << "2026-11-25 04:00 Pacific Standard Time (UTC-08:00) · 2026-11-25 12:00 UTC";
        QTest::newRow("all three, Pacific summer")
            << "2026-07-01T12:00:00Z"
            << QStringList {"--technician", "山田 太郎", "--asset-tag", "ACME-0042", "--note", "two\nlines"}
            << "山田 太郎"
            << "ACME-0042"
            << "two\nlines"
            << "2026-07-01T05:00:00-07:00" << -420 << true
            << "2026-07-01 05:00 Pacific Standard Time (UTC-07:00) · 2026-07-01 12:00 UTC";
        // 2026-03-08 02:00 PST is 10:00 UTC: one minute before, it is still winter time.
        QTest::newRow("just before daylight saving starts")
            << "2026-03-08T09:59:00Z" << QStringList {"--asset-tag", " A\tB "} << ""
            << "A B"
            << ""
            << "2026-03-08T01:59:00-08:00" << -480 << false
            << "2026-03-08 01:59 Pacific Standard Time (UTC-08:00) · 2026-03-08 09:59 UTC";
        QTest::newRow("daylight saving started")
            << "2026-03-08T10:00:00Z" << QStringList {} << ""
            << ""
            << ""
            << "2026-03-08T03:00:00-07:00" << -420 << true
            << "2026-03-08 03:00 Pacific Standard Time (UTC-07:00) · 2026-03-08 10:00 UTC";
    }

    void notesAndLocalTime()
    {
        QFETCH(QString, scanTime);
        QFETCH(QStringList, notesArgs);
        QFETCH(QString, technician);
        QFETCH(QString, assetTag);
        QFETCH(QString, note);
        QFETCH(QString, localTime);
        QFETCH(int, offsetMinutes);
        QFETCH(bool, daylight);
        QFETCH(QString, htmlScanned);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("not/there/yet"));
        const CliRun r = runCli(reportArgs(scanTime, out) + notesArgs, 120000);
        QVERIFY2(r.exitCode == 1 || r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(QFileInfo(out).isDir(), "--out is made when missing");
        const QHash<QString, QByteArray> members = readReport(r);
        QVERIFY2(members.contains("report.json"), qPrintable(r.out));
        const QJsonObject json = QJsonDocument::fromJson(members.value("report.json")).object();
        const auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
        QCOMPARE(at(json, "/scan_notes/technician"), orNull(technician));
        QCOMPARE(at(json, "/scan_notes/asset_tag"), orNull(assetTag));
        QCOMPARE(at(json, "/scan_notes/note"), orNull(note));
        QCOMPARE(at(json, "/scan_time").toString(),
            QDateTime::fromString(scanTime, Qt::ISODate).toString(Qt::ISODate));
        QCOMPARE(at(json, "/scan_time_local").toString(), localTime);
        QCOMPARE(at(json, "/time_zone/name").toString(), QStringLiteral("Pacific Standard Time"));
        QCOMPARE(at(json, "/time_zone/utc_offset_minutes").toInt(), offsetMinutes);
        QCOMPARE(at(json, "/time_zone/daylight_saving").toBool(), daylight);
        const QString html = QString::fromUtf8(members.value("report.html"));
        QVERIFY2(html.contains(htmlScanned), qPrintable(htmlScanned));
        if (!assetTag.isEmpty())
            QVERIFY(html.contains(QStringLiteral("<dt>Asset tag</dt><dd>%1</dd>").arg(assetTag)));
        if (!note.isEmpty())
            QVERIFY(html.contains(QString(note).replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
    }

    // The fleet summary of reports made with the options carries them, in a folder it makes.
    void fleetCarriesTheNotes()
    {
        QTemporaryDir dir;
        const QString reports = dir.filePath(QStringLiteral("reports"));
        const CliRun r = runCli(reportArgs("2026-11-25T12:00:00Z", reports) << "--technician"
                                                                            << "Taro"
                                                                            << "--asset-tag"
                                                                            << "ACME-0042"
                                                                            << "--note"
                                                                            << "keyboard missing a key",
            120000);
        QVERIFY2(r.exitCode == 1 || r.exitCode == 0, qPrintable(r.err));
        const QString out = dir.filePath(QStringLiteral("summary/of/today"));
        const CliRun fleet = runCli({"fleet", reports, "--out", out});
        QCOMPARE(fleet.exitCode, 0);
        QFile csv(out + QStringLiteral("/fleet.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll().mid(3)).split(QStringLiteral("\r\n"));
        QVERIFY(
            lines.first().contains(QLatin1String("Computer name,Asset tag,Installed Windows,Scanned,Scanned "
                                                 "(machine's local time)")));
        QVERIFY(lines.first().endsWith(QLatin1String("Technician,Note")));
        QVERIFY(lines.at(1).contains(QLatin1String(",ACME-0042,")));
        QVERIFY(lines.at(1).contains(QLatin1String("2026-11-25 04:00 Pacific Standard Time (UTC-08:00)")));
        QVERIFY(lines.at(1).endsWith(QLatin1String(",Taro,keyboard missing a key")));
        QFile html(out + QStringLiteral("/fleet.html"));
        QVERIFY(html.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(html.readAll()).contains(QLatin1String("Asset tag: ACME-0042")));
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
