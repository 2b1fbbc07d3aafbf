// SPDX-License-Identifier: GPL-3.0-or-later
// `upgrade-scan report` and `fleet` end to end on the bundled sample: the technician's options
// (--technician, --asset-tag, --note) reach report.json, report.html and the fleet summary; the
// scan time is given in the machine's own time zone (the REAL 8.1 SYSTEM hive of the sample says
// Pacific Standard Time, with daylight saving from the second Sunday of March to the first of
// November) beside UTC; and a missing --out folder is made. A BitLocker-encrypted Windows (the
// SYNTHETIC bitlocker image) is judged on its hardware only: its report says which checks could
// not run and how to decrypt, and the fleet counts it as "Encrypted: Windows not checked".
#include "cli_runner.h"
#include "fixture_paths.h"
#include "report/zip_reader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace urs;
using namespace urs::test;

namespace {

// The finding of rule id in `check --json` output (the first, for any target).
QJsonObject finding(const QJsonObject &json, const QString &id)
{
    for (const QJsonValue &v : json.value(QStringLiteral("findings")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    return {};
}

QString remedyText(const QJsonObject &finding, const QString &lang)
{
    QStringList out;
    for (const QJsonValue &step : finding.value(QStringLiteral("remedy")).toArray())
        out << step.toObject().value(QStringLiteral("text")).toObject().value(lang).toString()
                + QLatin1Char(' ') + step.toObject().value(QStringLiteral("command")).toString();
    return out.join(QLatin1Char('\n'));
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
    void htmlShowsNoDeveloperText_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ja") << QStringLiteral("ja");
    }

    // The real rules on the sample: report.html shows the customer no rule id (those with a
    // hyphen; "clock" or "licence" are words of the texts as well), no checklist item, no
    // command of ours and no "(verify)" or "(absent)". report.json keeps the ids.
    void htmlShowsNoDeveloperText()
    {
        QFETCH(QString, lang);
        QTemporaryDir dir;
        const CliRun r = runCli(reportArgs(QStringLiteral("2026-11-25T12:00:00Z"), dir.path())
                << QStringLiteral("--lang") << lang,
            120000);
        QVERIFY2(r.exitCode == 1 || r.exitCode == 0, qPrintable(r.err));
        const QHash<QString, QByteArray> members = readReport(r);
        QVERIFY2(members.contains("report.html"), qPrintable(r.out));
        QString shown = QString::fromUtf8(members.value("report.html"));
        shown.remove(QRegularExpression(
            QStringLiteral("<style>.*</style>"), QRegularExpression::DotMatchesEverythingOption));
        shown.remove(QRegularExpression(QStringLiteral("<[^>]*>"))); // tags and their attributes
        QStringList ids;
        const QJsonObject json = QJsonDocument::fromJson(members.value("report.json")).object();
        for (const QJsonValue &f : at(json, "/assessment/findings").toArray())
            ids << f.toObject().value(QStringLiteral("id")).toString();
        ids.removeDuplicates();
        QVERIFY(ids.contains(QStringLiteral("fast-startup")));
        for (const QString &id : std::as_const(ids)) {
            if (!id.contains(QLatin1Char('-')))
                continue;
            const QRegularExpression word(
                QStringLiteral("(?<![\\w.-])%1(?![\\w-])").arg(QRegularExpression::escape(id)));
            const QRegularExpressionMatch m = word.match(shown);
            QVERIFY2(!m.hasMatch(),
                qPrintable(id + QStringLiteral(": ") + shown.mid(m.capturedStart() - 80, 120)));
        }
        for (const QString &developer : {QStringLiteral("Checklist item"), QStringLiteral("チェック項目"),
                 QStringLiteral("upgrade-scan"), QStringLiteral("(verify"), QStringLiteral("(absent)")})
            QVERIFY2(!shown.contains(developer), qPrintable(developer));
    }

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

    // The encrypted Windows volume, in each language: the hardware checks ran, the ones needing
    // Windows are named, suspending is said not to help, decrypting (key saved first) is the way.
    void encryptedWindowsIsNotChecked_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("meaning"); // in the disk-encryption finding
        QTest::addColumn<QStringList>("remedy"); // in its steps, commands included
        QTest::addColumn<QString>("win10Summary"); // in the Windows 10 verdict's summary
        QTest::newRow("en")
            << "en"
            << QStringList {"The Windows volume is BitLocker-encrypted",
                   "the hardware checks ran, the checks that need the Windows volume could not",
                   "Suspending BitLocker does not decrypt the volume",
                   "Not checked, because they need the Windows volume: ", "Free space on the Windows volume",
                   "Source Windows version"}
            << QStringList {"save the recovery key first",
                   "manage-bde -protectors -get C:", "manage-bde -off C:", "\"Fully Decrypted\"",
                   "scan again"}
            << "not judged, because the Windows volume could not be read";
        QTest::newRow("ja")
            << "ja"
            << QStringList {"BitLocker で暗号化されている", "ハードウェアのチェックは実行されました",
                   "「保護の中断」ではボリュームは復号されず",
                   "Windows のボリュームが必要なため確認できなかった項目: ", "Windows ボリュームの空き容量"}
            << QStringList {"先に回復キーを保存します", "manage-bde -off C:", "「完全に復号化されています」"}
            << "Windows のボリュームを読み取れなかったため判定していません";
    }
    void encryptedWindowsIsNotChecked()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, meaning);
        QFETCH(QStringList, remedy);
        QFETCH(QString, win10Summary);
        const CliRun r = runCli({"check", "--source", image("bitlocker"), "--hardware-root",
            repoPath("tests/data/hardware/laptop-2014"), "--target", "all", "--scan-time",
            "2026-11-25T12:00:00Z", "--json"});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject json = r.json();
        // Nothing is ready: Windows 10, which the hardware allows, is not checked; Windows 11 is
        // ruled out by the hardware alone, which was read.
        QCOMPARE(at(json, "/targets/win10-22h2/verdict").toString(), QStringLiteral("windows-not-checked"));
        QCOMPARE(at(json, "/targets/win10-22h2/reasons").toArray(), QJsonArray {"disk-encryption"});
        QVERIFY(at(json, "/targets/win10-22h2/to_confirm").toArray().contains(QJsonValue("free-space")));
        QCOMPARE(at(json, "/targets/win11-25h2/verdict").toString(), QStringLiteral("not-supported"));
        QVERIFY(at(json, "/targets/win11-25h2/reasons").toArray().contains(QJsonValue("cpu-family-gate")));
        const QString summary = at(json, "/targets/win10-22h2/summary/" + lang).toString();
        QVERIFY2(summary.contains(win10Summary), qPrintable(summary));

        const QJsonObject f = finding(json, "disk-encryption");
        QCOMPARE(f.value("status").toString(), QStringLiteral("blocker"));
        QCOMPARE(f.value("kind").toString(), QStringLiteral("encrypted"));
        const QString text = f.value("meaning").toObject().value(lang).toString();
        for (const QString &m : meaning)
            QVERIFY2(text.contains(m), qPrintable(m + QStringLiteral(" in ") + text));
        // Hardware checks are not among those that could not run.
        QVERIFY2(!text.contains(lang == "en" ? "Processor" : "プロセッサ"), qPrintable(text));
        const QString steps = remedyText(f, lang);
        for (const QString &m : remedy)
            QVERIFY2(steps.contains(m), qPrintable(m + QStringLiteral(" in ") + steps));
        QVERIFY2(!steps.contains("-protectors -disable"), "suspending is not the remedy");
        QVERIFY2(
            steps.indexOf("-protectors -get") < steps.indexOf("manage-bde -off"), "the key is saved first");
        QCOMPARE(f.value("guides").toArray().first().toObject().value("section").toString(),
            QStringLiteral("encryption"));
    }

    // The fleet counts an encrypted machine apart, as "Encrypted: Windows not checked", and never
    // as ready; a readable machine beside it is not counted so.
    void fleetCountsEncryptedApart_data()
    {
        QTest::addColumn<QStringList>("sources"); // "sample" or an image name
        QTest::addColumn<int>("encrypted");
        QTest::newRow("readable only") << QStringList {"sample"} << 0;
        QTest::newRow("encrypted only") << QStringList {"bitlocker"} << 1;
        QTest::newRow("both") << QStringList {"sample", "bitlocker"} << 1;
    }
    void fleetCountsEncryptedApart()
    {
        QFETCH(QStringList, sources);
        QFETCH(int, encrypted);
        QTemporaryDir dir;
        const QString reports = dir.filePath(QStringLiteral("reports"));
        for (const QString &source : sources) {
            // Other hardware for the encrypted one, so the fleet sees two machines, not one twice.
            const bool locked = source != QLatin1String("sample");
            const CliRun r = runCli(
                {"report", "--source", locked ? image(source) : sample(), "--hardware-root",
                    repoPath(locked ? "tests/data/hardware/desktop-2019" : "tests/data/hardware/laptop-2014"),
                    "--scan-time", "2026-11-25T12:00:00Z", "--out", reports},
                120000);
            QVERIFY2(r.exitCode == 1 || r.exitCode == 0, qPrintable(r.err));
            if (locked)
                QVERIFY2(r.out.contains("win10-22h2: windows-not-checked"), qPrintable(r.out));
        }
        const QString out = dir.filePath(QStringLiteral("summary"));
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ja")}) {
            const CliRun fleet = runCli({"fleet", reports, "--out", out, "--lang", lang});
            QCOMPARE(fleet.exitCode, 0);
            QVERIFY2(fleet.out.contains(QStringLiteral("%1 machines, 0 files skipped").arg(sources.size())),
                qPrintable(fleet.out));
            QCOMPARE(fleet.out.contains(QStringLiteral("Encrypted: Windows not checked: %1 of %2 machines")
                                            .arg(encrypted)
                                            .arg(sources.size())),
                encrypted > 0);
            QFile csvFile(out + QStringLiteral("/fleet.csv"));
            QVERIFY(csvFile.open(QIODevice::ReadOnly));
            const QStringList rows = QString::fromUtf8(csvFile.readAll().mid(3))
                                         .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
            QCOMPARE(rows.size(), sources.size() + 1);
            const QString label = lang == QLatin1String("en")
                ? QStringLiteral("Encrypted: Windows not checked")
                : QStringLiteral("暗号化: Windows は未確認");
            const QString ready = lang == QLatin1String("en") ? QStringLiteral(",Ready,")
                                                              : QStringLiteral(",アップグレード可能,");
            int labelled = 0;
            for (const QString &row : rows.mid(1)) {
                if (!row.contains(label))
                    continue;
                ++labelled;
                QVERIFY2(!row.contains(ready), qPrintable(row));
                // The encryption finding is the label, not one of the machine's blockers.
                QVERIFY2(!row.contains(QLatin1String("disk-encryption")), qPrintable(row));
            }
            QCOMPARE(labelled, encrypted);
            QFile htmlFile(out + QStringLiteral("/fleet.html"));
            QVERIFY(htmlFile.open(QIODevice::ReadOnly));
            const QString html = QString::fromUtf8(htmlFile.readAll());
            const QString count = lang == QLatin1String("en")
                ? QStringLiteral("Encrypted: Windows not checked: %1 of %2 computers.")
                      .arg(encrypted)
                      .arg(sources.size())
                : QStringLiteral("暗号化: Windows は未確認: %2 台中 %1 台。")
                      .arg(encrypted)
                      .arg(sources.size());
            QCOMPARE(html.contains(count), encrypted > 0);
            QCOMPARE(html.contains(QLatin1String("class=\"badge v-windows-not-checked\"")), encrypted > 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
