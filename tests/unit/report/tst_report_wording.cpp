// SPDX-License-Identifier: GPL-3.0-or-later
// The customer's page speaks in words, in English and Japanese: report.html of real scans of the
// sample shows no fact names (hardware.firmware.type), no raw values the rule data has words
// for ("bios", "x86_64", "GenuineIntel"), no JSON objects and no "[]" (rules/fact-labels.yaml);
// report.json keeps the names and the raw values.
#include "facts/fact_catalog.h"
#include "fixture_paths.h"
#include "japanese_text.h"
#include "report/report_html.h"
#include "report/report_json.h"
#include "report/report_writer.h"
#include "session/scan_session.h"

#include <QtTest>

using namespace urs;

namespace {

// Every word of the page a reader sees, code and command lines included; web addresses (whose
// words are Microsoft's: ".../boot-to-uefi-mode-or-legacy-bios-mode") left out.
QString pageText(QString html)
{
    html.remove(QRegularExpression(QStringLiteral("</?code[^>]*>")));
    QString text = test::visibleText(html);
    text.remove(QRegularExpression(QStringLiteral("https?://\\S+")));
    return text;
}

// The places pattern matches in text, each with a little of what surrounds it.
QStringList matches(const QString &text, const QRegularExpression &pattern)
{
    QStringList out;
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out << QStringLiteral("'%1' in \"…%2…\"")
                   .arg(m.captured(0), text.mid(qMax(0, int(m.capturedStart()) - 50), 100).simplified());
    }
    return out;
}

} // namespace

class TestReportWording : public QObject {
    Q_OBJECT
private slots:
    void noFactNamesOrRawValues_data();
    void noFactNamesOrRawValues();
};

void TestReportWording::noFactNamesOrRawValues_data()
{
    QTest::addColumn<QString>("hardware");
    QTest::addColumn<QString>("lang");
    // laptop-2014 started the scanner in legacy BIOS mode; desktop-uefi-tpm2 through UEFI.
    for (const char *hardware : {"laptop-2014", "desktop-uefi-tpm2"})
        for (const char *lang : {"en", "ja"})
            QTest::newRow(
                qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(hardware), QLatin1String(lang))))
                << hardware << lang;
}

void TestReportWording::noFactNamesOrRawValues()
{
    QFETCH(QString, hardware);
    QFETCH(QString, lang);
    QVERIFY2(QFileInfo::exists(test::sample()), qPrintable(test::sample() + QStringLiteral(" missing")));
    SessionOptions o;
    o.hardwareRoot
        = qEnvironmentVariable("URS_SOURCE_DIR") + QStringLiteral("/tests/data/hardware/") + hardware;
    o.rulesDir = qEnvironmentVariable("URS_SOURCE_DIR") + QStringLiteral("/rules");
    o.scanTime = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
    ScanSession session(o);
    ScanRequest request;
    request.sourcePath = test::sample();
    const ScanRecord record = session.scan(request);
    QVERIFY(record.assessment);
    ReportOptions options;
    options.lang = lang;
    const QString html = QString::fromUtf8(ReportHtml::render(record, options, record.evidence));
    const QString text = pageText(html);
    QVERIFY(text.contains(lang == QLatin1String("ja") ? QStringLiteral("根拠") : QStringLiteral("Evidence")));

    // A dotted fact name: "hardware.firmware.type", or any name of the fact catalogue.
    QStringList found = matches(text,
        QRegularExpression(QStringLiteral("\\b(hardware|windows|volume|source|disk|firmware)\\.[a-z_]+\\.")));
    for (const FactSpec &spec : FactCatalog::all())
        found << matches(text,
            QRegularExpression(QStringLiteral("(?<![\\w.\\\\/-])%1(?![\\w.])")
                                   .arg(QRegularExpression::escape(QString::fromLatin1(spec.name)))));
    // Raw values that rules/fact-labels.yaml words ("bios" is "Legacy BIOS mode (CSM)"; "legacy"
    // stands in prose only as "legacy BIOS mode"), a JSON object, an empty JSON list.
    found << matches(text,
        QRegularExpression(QStringLiteral(
            "\\b(bios|uefi|x86_64|GenuineIntel|AuthenticAMD)\\b|\\blegacy\\b(?! (BIOS|USB))|\\{\"|\\[\\]")));
    found.removeDuplicates();
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));

    // The words are the page's; report.json keeps the fact names and the raw values.
    const QString words = lang == QLatin1String("ja")
        ? QStringLiteral("ファームウェアの起動モード")
        : QStringLiteral("Firmware mode (as this scanner started)");
    QVERIFY2(html.contains(words), qPrintable(words));
    const QByteArray json = ReportJson::serialize(ReportJson::build(record, lang, record.evidence));
    QVERIFY(json.contains("\"fact\":\"hardware.firmware.type\""));
    QVERIFY(json.contains(
        hardware == QLatin1String("laptop-2014") ? "\"value\":\"bios\"" : "\"value\":\"uefi\""));
}

QTEST_GUILESS_MAIN(TestReportWording)
#include "tst_report_wording.moc"
