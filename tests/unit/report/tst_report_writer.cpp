// SPDX-License-Identifier: GPL-3.0-or-later
// The report zip of a SYNTHETIC scan result: its members, their content, the manifest, the
// zip seen by libarchive, unzip -t and bsdtar, reproducibility and never overwriting.
#include "common/scan_error.h"
#include "engine/scan_record.h"
#include "report/html_escape.h"
#include "report/report_json.h"
#include "report/report_manifest.h"
#include "report/report_writer.h"
#include "report/zip_reader.h"
#include "report_test_util.h"
#include "synthetic_report.h"
#include "synthetic_time_zone.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace urs;
using namespace urs::test;

namespace {

// TimeZoneInformation as the collector writes it (SYNTHETIC zones; the real hives are in
// tests/unit/windows/tst_time_zone.cpp). week is the week of the month, 5 the last.
QJsonObject transition(int month, int week, int hour)
{
    return {{"year", 0}, {"month", month}, {"day", week}, {"day_of_week", 0}, {"hour", hour}, {"minute", 0},
        {"second", 0}};
}

QStringList memberNames(const QMap<QString, QByteArray> &m)
{
    return m.keys();
}

} // namespace

class TestReportWriter : public QObject {
    Q_OBJECT
private slots:
    void members();
    void manifestMatchesEveryMember();
    void reportJsonSchema();
    void findingsCsv();
    void htmlIsSelfContainedAndEscaped();
    void htmlJapanese();
    void htmlHasNoDeveloperText_data();
    void htmlHasNoDeveloperText();
    void htmlUrlsBreakAtSlashes();
    void reproducible();
    void zipTesters();
    void neverOverwrites();
    void fileNameIdentifiesMachine();
    void scanLogIsAskedForLast();
    void evidenceMemberNames_data();
    void evidenceMemberNames();
    void refusesUnknownLanguage();
    void machineTimeAndNotes_data();
    void machineTimeAndNotes();

private:
    QByteArray zipOf(const ScanRecord &r, const QString &lang = QStringLiteral("en"))
    {
        ReportOptions o;
        o.lang = lang;
        o.scanLog = [] { return QByteArray("[info] synthetic scan log\n"); };
        o.neededFreeBytes = 20'000'000'000; // the rules' min_free for 64-bit targets
        return ReportWriter(o).buildZip(r);
    }
};

void TestReportWriter::members()
{
    QString error;
    const QMap<QString, QByteArray> m = readZipWithLibarchive(zipOf(syntheticResult()), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(memberNames(m),
        (QStringList {
            "facts.json", "findings.csv", "manifest.json", "report.html", "report.json", "scan.log"}));
    QCOMPARE(m.value(QStringLiteral("scan.log")), QByteArray("[info] synthetic scan log\n"));
    const QJsonDocument facts = QJsonDocument::fromJson(m.value(QStringLiteral("facts.json")));
    QCOMPARE(
        facts.object().value(QStringLiteral("windows")).toObject().value(QStringLiteral("build")).toInt(),
        9600);
}

void TestReportWriter::manifestMatchesEveryMember()
{
    ScanRecord r = syntheticResult();
    r.evidence = {{{}, QStringLiteral("$WINDOWS.~BT/Sources/Panther/setupact.log"),
        QByteArray("synthetic setup log line\n"), 25, false}};
    const QByteArray zip = ReportWriter(ReportOptions {}).buildZip(r);
    QString error;
    const QMap<QString, QByteArray> m = readZipWithLibarchive(zip, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QMap<QString, ReportManifest::Entry> manifest;
    QVERIFY2(ReportManifest::parse(m.value(QStringLiteral("manifest.json")), &manifest, &error),
        qPrintable(error));
    QCOMPARE(manifest.size(), m.size() - 1);
    for (auto it = m.begin(); it != m.end(); ++it) {
        if (it.key() == QLatin1String("manifest.json"))
            continue;
        QVERIFY2(manifest.contains(it.key()), qPrintable(it.key()));
        QCOMPARE(manifest.value(it.key()).size, it.value().size());
        QCOMPARE(manifest.value(it.key()).sha256, ReportManifest::sha256Hex(it.value()));
    }
    QVERIFY(m.contains(QStringLiteral("evidence/WINDOWS.~BT_Sources_Panther_setupact.log")));
    // Our own reader agrees and sees no hostile member.
    const ZipContents c = ZipReader::read(zip, {QStringLiteral("report.json")});
    QVERIFY2(c.ok(), qPrintable(c.error));
    QCOMPARE(c.data.value(QStringLiteral("report.json")), m.value(QStringLiteral("report.json")));
}

void TestReportWriter::reportJsonSchema()
{
    QString error;
    const QMap<QString, QByteArray> m = readZipWithLibarchive(zipOf(syntheticResult()), &error);
    const QJsonObject j = QJsonDocument::fromJson(m.value(QStringLiteral("report.json"))).object();
    QCOMPARE(j.value(QStringLiteral("schema")).toString(), QStringLiteral("upgrade-scan/report"));
    QCOMPARE(j.value(QStringLiteral("schema_version")).toInt(), ReportJson::kSchemaVersion);
    QCOMPARE(j.value(QStringLiteral("scanner")).toObject().value(QStringLiteral("version")).toString(),
        QStringLiteral(URS_VERSION));
    QCOMPARE(j.value(QStringLiteral("rules_version")).toString(), QStringLiteral("synthetic-1"));
    QCOMPARE(j.value(QStringLiteral("scan_time")).toString(), QStringLiteral("2026-11-25T12:00:00Z"));
    const QJsonObject machine = j.value(QStringLiteral("machine")).toObject();
    QCOMPARE(machine.value(QStringLiteral("serial")).toString(), QStringLiteral("SYN-0001"));
    QCOMPARE(machine.value(QStringLiteral("key")).toString(),
        QStringLiteral("uuid:5c3f1a2e-7d41-4b8e-9a0c-2f6e1d3b4a59"));
    QVERIFY(j.value(QStringLiteral("facts")).isObject());
    const QJsonObject assessment = j.value(QStringLiteral("assessment")).toObject();
    QVERIFY(assessment.contains(QStringLiteral("findings")));
    QVERIFY(assessment.contains(QStringLiteral("targets")));
    // And the summary the fleet reads back agrees with what went in.
    const std::optional<ReportSummary> s
        = ReportSummary::parse(m.value(QStringLiteral("report.json")), &error);
    QVERIFY2(s, qPrintable(error));
    QVERIFY(s->assessment);
    QCOMPARE(s->assessment->targets.size(), 3);
    QCOMPARE(s->assessment->targets.at(0).verdict, Verdict::ReadyAfterFixes);
    QCOMPARE(s->assessment->findings.size(), syntheticResult().assessment->findings.size());
    QCOMPARE(s->scanTime, syntheticResult().scanTime);
}

void TestReportWriter::findingsCsv()
{
    const ScanRecord r = syntheticResult();
    QString error;
    const QByteArray csv = readZipWithLibarchive(zipOf(r), &error).value(QStringLiteral("findings.csv"));
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(!csv.contains("\r\r"));
    QCOMPARE(csv.count('\n'), csv.count("\r\n"));
    // One record per finding plus the header: count records outside quotes.
    int records = 0;
    bool quoted = false;
    for (int i = 3; i < csv.size(); ++i) {
        if (csv.at(i) == '"')
            quoted = !quoted;
        else if (!quoted && csv.at(i) == '\n')
            ++records;
    }
    QVERIFY(!quoted);
    QCOMPARE(records, int(r.assessment->findings.size()) + 1);
    const QString text = QString::fromUtf8(csv.mid(3));
    QVERIFY(text.startsWith(QLatin1String("Target,Finding ID,Checklist item,Status,")));
    // Blockers come first.
    QVERIFY(text.section(QLatin1String("\r\n"), 1, 1).contains(QLatin1String(",Blocker,")));
    const QString ja = QString::fromUtf8(readZipWithLibarchive(zipOf(r, QStringLiteral("ja")), &error)
                                             .value(QStringLiteral("findings.csv"))
                                             .mid(3));
    QVERIFY(ja.startsWith(QStringLiteral("移行先,項目 ID,")));
    QVERIFY(ja.contains(QStringLiteral("高速スタートアップが有効です")));
}

void TestReportWriter::htmlIsSelfContainedAndEscaped()
{
    QString error;
    const QString html = QString::fromUtf8(
        readZipWithLibarchive(zipOf(syntheticResult()), &error).value(QStringLiteral("report.html")));
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(html.contains(QLatin1String("<html lang=\"en\">")));
    // Markup from the machine and the rules arrives escaped, never as markup.
    QVERIFY(!html.contains(QLatin1String("<script")));
    QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(html.contains(QLatin1String("Test &lt;Book&gt; 14/G2")));
    // No external resources: every src is absent, every http(s) href is a guide link.
    QVERIFY(!html.contains(QLatin1String(" src=")));
    QVERIFY(!html.contains(QLatin1String("@import")) && !html.contains(QLatin1String("url(")));
    const QStringList guides {QStringLiteral("https://www.microsoft.com/software-download/windows10"),
        QStringLiteral("https://www.microsoft.com/windows/windows-11-specifications")};
    const QRegularExpression href(QStringLiteral("href=\"(https?:[^\"]*)\""));
    int links = 0;
    for (auto it = href.globalMatch(html); it.hasNext(); ++links)
        QVERIFY2(guides.contains(it.next().captured(1)), "an external link that is not a guide");
    QVERIFY(links >= 2);
    // The sections are there: verdicts, disk bar, matrix, findings by status, QR codes.
    QVERIFY(html.contains(QLatin1String("class=\"card verdict v-ready-after-fixes\"")));
    QVERIFY(html.contains(QLatin1String("class=\"card verdict v-not-supported\"")));
    QVERIFY(html.contains(QLatin1String("<svg class=\"diskbar\"")));
    QVERIFY(html.contains(QLatin1String("<table class=\"matrix\">")));
    QCOMPARE(html.count(QLatin1String("<svg class=\"qr\"")), 2);
    QVERIFY(
        html.indexOf(QLatin1String("finding s-blocker")) < html.indexOf(QLatin1String("finding s-warning")));
    QVERIFY(html.contains(QLatin1String("powercfg /h off")));
    QVERIFY(html.contains(QLatin1String("SMBIOS type 0 has no characteristics extension bytes")));
    QVERIFY(html.contains(QLatin1String("Not enough space even after clean-up")) == false);
    QVERIFY(html.contains(QLatin1String("Enough space once the reclaimable files are removed.")));
}

void TestReportWriter::htmlJapanese()
{
    QString error;
    const QString html
        = QString::fromUtf8(readZipWithLibarchive(zipOf(syntheticResult(), QStringLiteral("ja")), &error)
                                .value(QStringLiteral("report.html")));
    QVERIFY(html.contains(QLatin1String("<html lang=\"ja\">")));
    for (const QString &label : {QStringLiteral("アップグレード準備状況レポート"),
             QStringLiteral("移行先ごとの判定"), QStringLiteral("対処後にアップグレード可能"),
             QStringLiteral("非対応"), QStringLiteral("阻害要因"), QStringLiteral("チェック結果"),
             QStringLiteral("対処方法"), QStringLiteral("高速スタートアップが有効です")})
        QVERIFY2(html.contains(label), qPrintable(label));
    QVERIFY(!html.contains(QLatin1String(">Findings<")));
    QVERIFY(html.contains(QLatin1String("Noto Sans CJK JP")));
}

void TestReportWriter::htmlHasNoDeveloperText_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ja") << QStringLiteral("ja");
}

// report.html is for the customer: no rule ids, no checklist numbers, no command-line name, no
// "(verify)" or "(absent)" shorthand in what the page shows. report.json and findings.csv keep
// the ids and checklist items.
void TestReportWriter::htmlHasNoDeveloperText()
{
    QFETCH(QString, lang);
    QString error;
    const ScanRecord record = syntheticResult();
    const QMap<QString, QByteArray> zip = readZipWithLibarchive(zipOf(record, lang), &error);
    QString shown = QString::fromUtf8(zip.value(QStringLiteral("report.html")));
    shown.remove(QRegularExpression(
        QStringLiteral("<style>.*</style>"), QRegularExpression::DotMatchesEverythingOption));
    shown.remove(QRegularExpression(QStringLiteral("<[^>]*>"))); // tags with their attributes
    QVERIFY(shown.contains(QStringLiteral("powercfg /h off")));

    QStringList ids;
    for (const Finding &f : record.assessment->findings)
        if (!ids.contains(f.id))
            ids << f.id;
    QVERIFY(ids.contains(QStringLiteral("fast-startup")));
    for (const QString &id : ids) {
        // The id as a word of its own: "hardware.memory_bytes" (a fact) is not the rule "ram".
        const QRegularExpression word(
            QStringLiteral("(?<![\\w.-])%1(?![\\w-])").arg(QRegularExpression::escape(id)));
        QVERIFY2(!word.match(shown).hasMatch(), qPrintable(QStringLiteral("rule id shown: ") + id));
    }
    for (const QString &developer : {QStringLiteral("Checklist"), QStringLiteral("checklist"),
             QStringLiteral("チェックリスト"), QStringLiteral("チェック項目"), QStringLiteral("upgrade-scan"),
             QStringLiteral("(verify"), QStringLiteral("(absent)")})
        QVERIFY2(!shown.contains(developer), qPrintable(developer));
    // The version line says what the program is.
    QVERIFY(shown.contains(lang == QLatin1String("ja") ? QStringLiteral("アップグレード準備チェッカー ")
                                                       : QStringLiteral("Upgrade readiness scanner ")));
    // The machine-readable members keep them.
    QVERIFY(zip.value(QStringLiteral("report.json")).contains("\"fast-startup\""));
    QVERIFY(zip.value(QStringLiteral("findings.csv")).contains("16.2"));
}

// A guide's address wraps after a "/" only: each part in a span that does not wrap, <wbr>
// between them, nothing invisible inside the address (it must still work when copied).
void TestReportWriter::htmlUrlsBreakAtSlashes()
{
    QString error;
    const QString html = QString::fromUtf8(
        readZipWithLibarchive(zipOf(syntheticResult()), &error).value(QStringLiteral("report.html")));
    QVERIFY(html.contains(QLatin1String(".nb{white-space:nowrap}")));
    QVERIFY(
        html.contains(QLatin1String("<div class=\"url\"><span class=\"nb\">https://www.microsoft.com/</span>"
                                    "<wbr><span class=\"nb\">software-download/</span><wbr>"
                                    "<span class=\"nb\">windows10</span></div>")));
    QVERIFY(!html.contains(QChar(0x200B)) && !html.contains(QChar(0x2060)));
    QCOMPARE(htmlEscapeBreakingUrls(QStringLiteral("See https://a.example/x-y/z. Then <b>")),
        QStringLiteral("See <span class=\"nb\">https://a.example/</span><wbr><span class=\"nb\">x-y/</span>"
                       "<wbr><span class=\"nb\">z</span>. Then &lt;b&gt;"));
}

void TestReportWriter::reproducible()
{
    const QByteArray a = zipOf(syntheticResult());
    const QByteArray b = zipOf(syntheticResult());
    QCOMPARE(a, b);
    SyntheticOptions later;
    later.scanTime = later.scanTime.addSecs(60);
    QVERIFY(zipOf(syntheticResult(later)) != a);
}

void TestReportWriter::zipTesters()
{
    QTemporaryDir dir;
    ScanRecord r = syntheticResult();
    r.evidence = {{{}, QStringLiteral("setuperr.log"), QByteArray(5000, 'e'), 5000, false}};
    const QString path = ReportWriter(ReportOptions {}).write(r, dir.path());
    QString output;
    int unzip = runTool(QStringLiteral("unzip"), {QStringLiteral("-t"), path}, &output);
    if (unzip == -1)
        QSKIP("unzip is not installed (apt-get install unzip; tools/setup.sh installs it)");
    QVERIFY2(unzip == 0, qPrintable(output));
    QVERIFY(output.contains(QLatin1String("No errors detected")));
    const int bsdtar = runTool(QStringLiteral("bsdtar"), {QStringLiteral("-tf"), path}, &output);
    if (bsdtar == -1)
        QSKIP("bsdtar is not installed (apt-get install libarchive-tools)");
    QCOMPARE(bsdtar, 0);
    QStringList listed = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    listed.sort();
    QCOMPARE(listed,
        (QStringList {"evidence/setuperr.log", "facts.json", "findings.csv", "manifest.json", "report.html",
            "report.json", "scan.log"}));
}

void TestReportWriter::neverOverwrites()
{
    QTemporaryDir dir;
    const ScanRecord r = syntheticResult();
    const ReportWriter w {ReportOptions {}};
    const QString first = w.write(r, dir.path());
    const QByteArray firstBytes = [&] {
        QFile f(first);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    const QString second = w.write(r, dir.path());
    const QString third = w.write(r, dir.path());
    QVERIFY(first != second && second != third);
    QVERIFY(second.endsWith(QLatin1String("-2.zip")));
    QVERIFY(third.endsWith(QLatin1String("-3.zip")));
    QFile f(first);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), firstBytes);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 3); // no temporary left
}

void TestReportWriter::fileNameIdentifiesMachine()
{
    const QString name = ReportWriter(ReportOptions {}).fileName(syntheticResult());
    QCOMPARE(name,
        QStringLiteral("SYNTHETIC-Example-Corp_Test-Book_14_G2_SYN-0001_SYNTH-PC01_20261125T120000Z.zip"));
}

// scan.log holds what was logged while the other members were built (warnings at export).
void TestReportWriter::scanLogIsAskedForLast()
{
    QStringList order;
    ReportOptions o;
    o.scanLog = [&order] {
        order << QStringLiteral("scan.log");
        return QByteArray("[warning] synthetic late line\n");
    };
    const QList<ReportMember> members = ReportWriter(o).buildMembers(syntheticResult());
    QCOMPARE(order.size(), 1);
    QCOMPARE(members.last().name, QStringLiteral("scan.log"));
    QCOMPARE(members.last().data, QByteArray("[warning] synthetic late line\n"));
}

void TestReportWriter::evidenceMemberNames_data()
{
    QTest::addColumn<QStringList>("sourcePaths");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("drive letter and backslashes")
        << QStringList {QStringLiteral("C:\\$WINDOWS.~BT\\Sources\\Panther\\setupact.log")}
        << QStringList {QStringLiteral("evidence/WINDOWS.~BT_Sources_Panther_setupact.log")};
    QTest::newRow("same file twice gets a suffix")
        << QStringList {QStringLiteral("$WINDOWS.~BT/Sources/Panther/setupact.log"),
               QStringLiteral("$WINDOWS.~BT/Sources/Panther/CompatData_2025_03_01.xml"),
               QStringLiteral("$WINDOWS.~BT/Sources/Panther/setupact.log")}
        << QStringList {QStringLiteral("evidence/WINDOWS.~BT_Sources_Panther_setupact.log"),
               QStringLiteral("evidence/WINDOWS.~BT_Sources_Panther_CompatData_2025_03_01.xml"),
               QStringLiteral("evidence/WINDOWS.~BT_Sources_Panther_setupact-2.log")};
    QTest::newRow("nothing left after cleaning")
        << QStringList {QStringLiteral("$")} << QStringList {QStringLiteral("evidence/file")};
}

void TestReportWriter::evidenceMemberNames()
{
    QFETCH(QStringList, sourcePaths);
    QFETCH(QStringList, names);
    QList<EvidenceFile> files;
    for (const QString &p : sourcePaths)
        files.append({{}, p, QByteArray("synthetic"), 9, false});
    const QList<EvidenceFile> named = ReportWriter::namedEvidence(files);
    QStringList got;
    for (const EvidenceFile &f : named)
        got << f.name;
    QCOMPARE(got, names);
}

void TestReportWriter::refusesUnknownLanguage()
{
    ReportOptions o;
    o.lang = QStringLiteral("fr");
    QVERIFY_THROWS_EXCEPTION(ScanError, ReportWriter {o});
}

// The scan time on the machine's own clock, and the technician's notes, in report.json, in
// report.html and back in the summary the fleet reads.
void TestReportWriter::machineTimeAndNotes_data()
{
    QTest::addColumn<QString>("zone"); // "" leaves the time zone unknown
    QTest::addColumn<int>("bias");
    QTest::addColumn<QJsonObject>("daylight");
    QTest::addColumn<QString>("scanTime");
    QTest::addColumn<QString>("local"); // "" for null
    QTest::addColumn<QString>("scannedRow");
    const QJsonObject none = noDaylightSaving();
    // Sydney: summer from the first Sunday of October (2:00) to the first Sunday of April (3:00).
    const QJsonObject sydney {{"observed", true}, {"standard_bias_minutes", 0},
        {"daylight_bias_minutes", -60}, {"daylight_start", transition(10, 1, 2)},
        {"standard_start", transition(4, 1, 3)}};
    QTest::newRow("Tokyo, no daylight saving")
        << "Tokyo Standard Time" << -540 << none << "2026-11-25T12:00:00Z"
        << "2026-11-25T21:00:00+09:00"
        << "2026-11-25 21:00 Tokyo Standard Time (UTC+09:00) · 2026-11-25 12:00 UTC";
    QTest::newRow("Sydney summer, across the new year")
        << "AUS Eastern Standard Time" << -600 << sydney << "2026-01-15T00:00:00Z"
        << "2026-01-15T11:00:00+11:00"
        << "2026-01-15 11:00 AUS Eastern Standard Time (UTC+11:00) · 2026-01-15 00:00 UTC";
    QTest::newRow("Sydney winter")
        << "AUS Eastern Standard Time" << -600 << sydney << "2026-07-01T00:00:00Z"
        << "2026-07-01T10:00:00+10:00"
        << "2026-07-01 10:00 AUS Eastern Standard Time (UTC+10:00) · 2026-07-01 00:00 UTC";
    QTest::newRow("India, half an hour")
        << "India Standard Time" << -330 << none << "2026-11-25T12:00:00Z"
        << "2026-11-25T17:30:00+05:30"
        << "2026-11-25 17:30 India Standard Time (UTC+05:30) · 2026-11-25 12:00 UTC";
    QTest::newRow("unknown: UTC only") << "" << 0 << QJsonObject {} << "2026-11-25T12:00:00Z"
                                       << ""
                                       << "2026-11-25 12:00 UTC";
}

void TestReportWriter::machineTimeAndNotes()
{
    QFETCH(QString, zone);
    QFETCH(int, bias);
    QFETCH(QJsonObject, daylight);
    QFETCH(QString, scanTime);
    QFETCH(QString, local);
    QFETCH(QString, scannedRow);
    SyntheticOptions o;
    o.machineClock = false; // the zone of the row, or none
    ScanRecord r = syntheticResult(o);
    r.scanTime = QDateTime::fromString(scanTime, Qt::ISODate);
    if (!zone.isEmpty())
        setSyntheticTimeZone(r.facts, zone, bias, daylight);
    r.notes = {QStringLiteral("  Hanako\t"), QStringLiteral("ACME-7"),
        QStringLiteral("<b>fan</b> noisy\r\nback panel loose")};
    QString error;
    const QMap<QString, QByteArray> m = readZipWithLibarchive(zipOf(r), &error);
    const QJsonObject j = QJsonDocument::fromJson(m.value(QStringLiteral("report.json"))).object();
    QCOMPARE(j.value("scan_time_local"), local.isEmpty() ? QJsonValue() : QJsonValue(local));
    QCOMPARE(j.value("time_zone").isNull(), zone.isEmpty());
    if (!zone.isEmpty())
        QCOMPARE(j.value("time_zone").toObject().value("name").toString(), zone);
    const QJsonObject notes = j.value("scan_notes").toObject();
    QCOMPARE(notes.value("technician").toString(), QStringLiteral("Hanako")); // trimmed, tab dropped
    QCOMPARE(notes.value("asset_tag").toString(), QStringLiteral("ACME-7"));
    QCOMPARE(notes.value("note").toString(), QStringLiteral("<b>fan</b> noisy\nback panel loose"));
    const QString html = QString::fromUtf8(m.value(QStringLiteral("report.html")));
    QVERIFY2(
        html.contains(QStringLiteral("<dt>Scanned</dt><dd>%1</dd>").arg(scannedRow)), qPrintable(scannedRow));
    QVERIFY(html.contains(
        QLatin1String("<dt>Note</dt><dd>&lt;b&gt;fan&lt;/b&gt; noisy<br>back panel loose</dd>")));
    const std::optional<ReportSummary> s
        = ReportSummary::parse(m.value(QStringLiteral("report.json")), &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->notes, r.notes.normalized());
    QCOMPARE(s->scanTimeLocal.isValid(), !local.isEmpty());
    if (!local.isEmpty())
        QCOMPARE(s->scanTimeLocal.toString(Qt::ISODate), local);
    QCOMPARE(s->timeZoneName, zone);
}

QTEST_GUILESS_MAIN(TestReportWriter)
#include "tst_report_writer.moc"
