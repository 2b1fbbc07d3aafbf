// SPDX-License-Identifier: GPL-3.0-or-later
// The small building blocks of the report: CSV, file names, escaping, identity, manifest,
// labels, QR codes. Test data is SYNTHETIC.
#include "facts/fact_set.h"
#include "report/csv_table.h"
#include "report/html_escape.h"
#include "report/json_top_level.h"
#include "report/machine_identity.h"
#include "report/qr_svg.h"
#include "report/report_file_name.h"
#include "report/report_manifest.h"
#include "report/report_strings.h"
#include "report/report_text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace urs;

class TestReportFormat : public QObject {
    Q_OBJECT
private slots:
    void csvQuoting_data();
    void csvQuoting();
    void csvFileShape();
    void sanitizeComponent_data();
    void sanitizeComponent();
    void composeIsSafeAndLimited();
    void suffix();
    void htmlEscape();
    void placeholders_data();
    void placeholders();
    void identityFromFacts();
    void manifestRoundTrip();
    void manifestRejects();
    void everyLabelInBothLanguages();
    void qrCode();
    void jsonTopLevel();
    void longValuesAreCut();
    void jsonTopLevelRejects_data();
    void jsonTopLevelRejects();
};

void TestReportFormat::csvQuoting_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "abc"
                           << "abc";
    QTest::newRow("comma") << "a,b"
                           << "\"a,b\"";
    QTest::newRow("quote") << "say \"hi\""
                           << "\"say \"\"hi\"\"\"";
    QTest::newRow("newline") << "a\nb"
                             << "\"a\r\nb\"";
    QTest::newRow("crlf kept") << "a\r\nb"
                               << "\"a\r\nb\"";
    QTest::newRow("formula") << "=HYPERLINK(\"x\")"
                             << "\"'=HYPERLINK(\"\"x\"\")\"";
    QTest::newRow("plus") << "+1-2"
                          << "'+1-2";
    QTest::newRow("at") << "@SUM(A1)"
                        << "'@SUM(A1)";
    QTest::newRow("negative number") << "-5"
                                     << "-5";
    QTest::newRow("dash text") << "-cmd"
                               << "'-cmd";
    QTest::newRow("japanese") << "阻害要因"
                              << "阻害要因";
}

void TestReportFormat::csvQuoting()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QCOMPARE(CsvTable::quote(cell), expected);
}

void TestReportFormat::csvFileShape()
{
    CsvTable t({QStringLiteral("a"), QStringLiteral("b")});
    t.addRow({QStringLiteral("1"), QStringLiteral("x,y")});
    t.addRow({QStringLiteral("状態"), QString()});
    const QByteArray bytes = t.toBytes();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.mid(3), QStringLiteral("a,b\r\n1,\"x,y\"\r\n状態,\r\n").toUtf8());
    QCOMPARE(t.rowCount(), 2);
}

void TestReportFormat::sanitizeComponent_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain") << "LENOVO"
                           << "LENOVO";
    QTest::newRow("spaces") << "Hewlett  Packard"
                            << "Hewlett-Packard";
    QTest::newRow("forbidden") << "a<b>c:d\"e/f\\g|h?i*j"
                               << "a_b_c_d_e_f_g_h_i_j";
    QTest::newRow("control") << QStringLiteral("ab\x01\x1f"
                                               "c")
                             << "ab_c";
    QTest::newRow("trailing dot and space") << "Inc. . "
                                            << "Inc";
    QTest::newRow("leading dot") << ".hidden"
                                 << "hidden";
    QTest::newRow("japanese kept") << "経理部のPC"
                                   << "経理部のPC";
    QTest::newRow("only junk") << " ... "
                               << "";
    QTest::newRow("long cut") << QString(60, QLatin1Char('x')) << QString(40, QLatin1Char('x'));
}

void TestReportFormat::sanitizeComponent()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(ReportFileName::sanitizeComponent(in), out);
}

void TestReportFormat::composeIsSafeAndLimited()
{
    const QDateTime t(QDate(2026, 11, 25), QTime(12, 0, 5), Qt::UTC);
    QCOMPARE(ReportFileName::compose(
                 {QStringLiteral("ACME"), QString(), QStringLiteral("PC 1")}, t, QStringLiteral(".zip")),
        QStringLiteral("ACME_PC-1_20261125T120005Z.zip"));
    QCOMPARE(ReportFileName::compose({}, t, QStringLiteral(".zip")),
        QStringLiteral("report_20261125T120005Z.zip"));
    // A surrogate pair (U+1F600) at the cut must not be split.
    QString emoji;
    for (int i = 0; i < 30; ++i)
        emoji += QString::fromUcs4(U"\U0001F600");
    const QString name
        = ReportFileName::compose({emoji, emoji, emoji, emoji, emoji}, t, QStringLiteral(".zip"));
    QVERIFY2(ReportFileName::isSafe(name), qPrintable(name));
    QVERIFY(name.size() <= ReportFileName::kMaxStemChars + 4);
    for (int i = 0; i < name.size(); ++i)
        if (name.at(i).isHighSurrogate())
            QVERIFY(i + 1 < name.size() && name.at(i + 1).isLowSurrogate());
    QVERIFY(name.endsWith(QLatin1String("_20261125T120005Z.zip")));
}

void TestReportFormat::suffix()
{
    QCOMPARE(ReportFileName::withSuffix(QStringLiteral("a_b.zip"), 1), QStringLiteral("a_b.zip"));
    QCOMPARE(ReportFileName::withSuffix(QStringLiteral("a_b.zip"), 2), QStringLiteral("a_b-2.zip"));
    QCOMPARE(ReportFileName::withSuffix(QStringLiteral("noext"), 3), QStringLiteral("noext-3"));
}

void TestReportFormat::htmlEscape()
{
    QCOMPARE(urs::htmlEscape(QStringLiteral("<a href=\"x\">'&'</a>")),
        QStringLiteral("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"));
    QCOMPARE(urs::htmlEscape(QStringLiteral("a\x01"
                                            "b\nc")),
        QStringLiteral("a\uFFFDb\nc"));
}

void TestReportFormat::placeholders_data()
{
    QTest::addColumn<QString>("serial");
    QTest::addColumn<bool>("placeholder");
    QTest::newRow("oem") << "To Be Filled By O.E.M." << true;
    QTest::newRow("default") << "Default string" << true;
    QTest::newRow("zeros") << "00000000" << true;
    QTest::newRow("empty") << "  " << true;
    QTest::newRow("real") << "PF0ABCDE" << false;
}

void TestReportFormat::placeholders()
{
    QFETCH(QString, serial);
    QFETCH(bool, placeholder);
    QCOMPARE(MachineIdentity::isPlaceholderSerial(serial), placeholder);
}

void TestReportFormat::identityFromFacts()
{
    FactSet f;
    const Provenance p {ProvenanceKind::Smbios, QStringLiteral("SMBIOS type 1")};
    f.set(QStringLiteral("hardware.smbios.system.manufacturer"), QStringLiteral("SYNTHETIC Corp"), p);
    f.set(QStringLiteral("hardware.smbios.system.product"), QStringLiteral("Box 1"), p);
    f.set(QStringLiteral("hardware.smbios.system.serial"), QStringLiteral("To Be Filled By O.E.M."), p);
    f.set(QStringLiteral("hardware.smbios.system.uuid"),
        QStringLiteral("03000200-0400-0500-0006-000700080009"), p);
    f.set(QStringLiteral("windows.computer_name"), QStringLiteral("SYNTH-A"), p);
    MachineIdentity id = MachineIdentity::fromFacts(f);
    QVERIFY(id.serial.isEmpty());
    QVERIFY(id.uuid.isEmpty());
    QCOMPARE(id.key(), QStringLiteral("name:synthetic corp|box 1|synth-a"));
    QCOMPARE(id.reportFileName(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC)),
        QStringLiteral("SYNTHETIC-Corp_Box-1_SYNTH-A_20260102T030405Z.zip"));
    f.set(QStringLiteral("hardware.smbios.system.uuid"),
        QStringLiteral("5C3F1A2E-7D41-4B8E-9A0C-2F6E1D3B4A59"), p);
    id = MachineIdentity::fromFacts(f);
    QCOMPARE(id.key(), QStringLiteral("uuid:5c3f1a2e-7d41-4b8e-9a0c-2f6e1d3b4a59"));
    QVERIFY(id.reportFileName(QDateTime::currentDateTimeUtc()).contains(QLatin1String("5c3f1a2e")));
    // Unknown stays unknown through JSON: null, not "" or 0.
    const QJsonObject json = id.toJson();
    QVERIFY(json.value(QStringLiteral("serial")).isNull());
    QVERIFY(json.value(QStringLiteral("source_os")).toObject().value(QStringLiteral("build")).isNull());
    QCOMPARE(MachineIdentity::fromJson(json).key(), id.key());
}

void TestReportFormat::manifestRoundTrip()
{
    const QList<ReportMember> members {
        {QStringLiteral("a.txt"), QByteArray("abc")}, {QStringLiteral("b"), QByteArray()}};
    QMap<QString, ReportManifest::Entry> entries;
    QString error;
    QVERIFY2(ReportManifest::parse(ReportManifest::build(members), &entries, &error), qPrintable(error));
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.value(QStringLiteral("a.txt")).size, 3);
    // SHA-256("abc") from FIPS 180-2 appendix B.1.
    QCOMPARE(entries.value(QStringLiteral("a.txt")).sha256,
        QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void TestReportFormat::manifestRejects()
{
    QMap<QString, ReportManifest::Entry> entries;
    QString error;
    QVERIFY(!ReportManifest::parse("not json", &entries, &error));
    QVERIFY(!ReportManifest::parse(
        R"({"schema":"upgrade-scan/manifest","schema_version":99,"algorithm":"sha256","members":[]})",
        &entries, &error));
    QVERIFY(error.contains(QLatin1String("99")));
    QVERIFY(!ReportManifest::parse(
        R"({"schema":"upgrade-scan/manifest","schema_version":1,"algorithm":"md5","members":[]})", &entries,
        &error));
}

void TestReportFormat::everyLabelInBothLanguages()
{
    const ReportStrings en(QStringLiteral("en")), ja(QStringLiteral("ja"));
    for (const QString &key : ReportStrings::keys()) {
        const QByteArray k = key.toLatin1();
        QVERIFY2(!en.text(k.constData()).isEmpty() && !ja.text(k.constData()).isEmpty(), k.constData());
    }
    QCOMPARE(en.text("no-such-key"), QStringLiteral("no-such-key"));
    // Section headings and verdict names are really translated, not copied.
    QVERIFY(en.text("findings") != ja.text("findings"));
    for (Verdict v :
        {Verdict::Ready, Verdict::ReadyAfterFixes, Verdict::CleanInstallOnly, Verdict::NotSupported})
        QVERIFY(en.verdict(v) != ja.verdict(v));
    for (FindingStatus s : {FindingStatus::Pass, FindingStatus::Advisory, FindingStatus::Warning,
             FindingStatus::Blocker, FindingStatus::Unknown})
        QVERIFY(en.status(s) != ja.status(s) && !ja.status(s).isEmpty());
    QCOMPARE(en.bytes(20LL << 30), QStringLiteral("20.0 GB"));
    QCOMPARE(en.bytes(512LL << 20), QStringLiteral("512 MB"));
}

void TestReportFormat::qrCode()
{
    const QString a = QrSvg::encode(QStringLiteral("https://www.microsoft.com/software-download/windows10"));
    const QString b
        = QrSvg::encode(QStringLiteral("https://www.microsoft.com/windows/windows-11-specifications"));
    QVERIFY(a.startsWith(QLatin1String("<svg")) && a.contains(QLatin1String("<path")));
    QVERIFY(a != b);
    // Version 4 (33 modules) holds a URL this long at level M; with the quiet zone 41.
    QVERIFY2(a.contains(QLatin1String("viewBox=\"0 0 41 41\"")), qPrintable(a.left(200)));
    QVERIFY(QrSvg::encode(QString(8000, QLatin1Char('x'))).isEmpty());
}

void TestReportFormat::jsonTopLevel()
{
    JsonTopLevel j;
    QString error;
    const QByteArray doc
        = R"( { "a" : 1, "facts": {"x": ["}", "\"]", {"y": [1, 2]}]}, "k\u00e9y": "v", "n": null,
        "obj": {"deep": {"b": true}} } )";
    QVERIFY2(j.split(doc, &error), qPrintable(error));
    QCOMPARE(j.value(QStringLiteral("a")).toInt(), 1);
    QVERIFY(j.value(QStringLiteral("n")).isNull());
    QCOMPARE(j.value(QStringLiteral("kéy")).toString(), QStringLiteral("v"));
    QCOMPARE(j.value(QStringLiteral("obj"))
                 .toObject()
                 .value(QStringLiteral("deep"))
                 .toObject()
                 .value(QStringLiteral("b"))
                 .toBool(),
        true);
    QCOMPARE(
        j.value(QStringLiteral("facts")).toObject().value(QStringLiteral("x")).toArray().at(1).toString(),
        QStringLiteral("\"]"));
    QVERIFY(j.value(QStringLiteral("missing")).isUndefined());
}

void TestReportFormat::longValuesAreCut()
{
    QJsonArray programs;
    for (int i = 0; i < 150; ++i)
        programs.append(
            QJsonObject {{QStringLiteral("name"), QStringLiteral("Synthetic Program %1").arg(i)}});
    const ReportStrings en(QStringLiteral("en"));
    const QString text = ReportText::value(programs, en);
    QVERIFY(text.contains(QLatin1String("Synthetic Program 4\"")));
    QVERIFY(!text.contains(QLatin1String("Synthetic Program 5\"")));
    QVERIFY2(text.contains(QLatin1String("and 145 more (150 in all; see facts.json)")), qPrintable(text));
    QCOMPARE(ReportText::value(QString(1000, QLatin1Char('x')), en).size(), 400);
    QCOMPARE(ReportText::factValue(QStringLiteral("volume.free_bytes"), double(20LL << 30), en),
        QStringLiteral("20.0 GB (21474836480)"));
    QCOMPARE(ReportText::value(QJsonValue(), en), QStringLiteral("unknown"));
}

void TestReportFormat::jsonTopLevelRejects_data()
{
    QTest::addColumn<QByteArray>("doc");
    QTest::newRow("array") << QByteArray("[1]");
    QTest::newRow("unterminated string") << QByteArray(R"({"a": "x)");
    QTest::newRow("unbalanced") << QByteArray(R"({"a": {"b": [1, 2}})");
    QTest::newRow("no colon") << QByteArray(R"({"a" 1})");
    QTest::newRow("garbage after") << QByteArray(R"({"a": 1} x)");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("too deep") << QByteArray("{\"a\":") + QByteArray(600, '[') + QByteArray(600, ']') + "}";
}

void TestReportFormat::jsonTopLevelRejects()
{
    QFETCH(QByteArray, doc);
    JsonTopLevel j;
    QString error;
    QVERIFY(!j.split(doc, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestReportFormat)
#include "tst_report_format.moc"
