// SPDX-License-Identifier: GPL-3.0-or-later
// One voice in Japanese (docs/glossary.md): every Japanese text of the rule files, the
// Japanese report of real scans (the sample and the fixture images, on each captured hardware
// tree) and the command line's Japanese verdicts hold no English but names, codes, paths,
// commands and values read from the machine; the core's own texts (why a fact is unknown,
// where it was read, progress, errors) all have their Japanese; dates in Japanese text read
// 2026 年 10 月 13 日.
#include "common/core_text.h"
#include "common/date_text.h"
#include "common/scan_error.h"
#include "engine/assessment_text.h"
#include "fixture_paths.h"
#include "japanese_text.h"
#include "report/report_html.h"
#include "report/report_writer.h"
#include "session/scan_session.h"

#include <QDirIterator>
#include <QtTest>
#include <yaml-cpp/yaml.h>

using namespace urs;

namespace {

QString sourceDir()
{
    return qEnvironmentVariable("URS_SOURCE_DIR");
}

SessionOptions options(const QString &hardware)
{
    SessionOptions o;
    o.hardwareRoot = sourceDir() + QStringLiteral("/tests/data/hardware/") + hardware;
    o.rulesDir = sourceDir() + QStringLiteral("/rules");
    o.scanTime = QDateTime(QDate(2026, 10, 13), QTime(10, 0), Qt::UTC);
    return o;
}

// Every Japanese text of a rule file (a map's "ja"), with where it stands.
void collectJapanese(const YAML::Node &node, const QString &file, QStringList *out)
{
    if (node.IsMap()) {
        for (const auto &kv : node) {
            if (kv.first.Scalar() == "ja" && kv.second.IsScalar())
                out->append(QStringLiteral("%1:%2: %3")
                                .arg(file)
                                .arg(kv.second.Mark().line + 1)
                                .arg(QString::fromStdString(kv.second.Scalar())));
            else
                collectJapanese(kv.second, file, out);
        }
    } else if (node.IsSequence()) {
        for (const YAML::Node &item : node)
            collectJapanese(item, file, out);
    }
}

// Every line the checker objects to, one per line, for the failure message.
QString listed(const QStringList &english)
{
    QStringList shown = english;
    shown.removeDuplicates();
    return QStringLiteral("English in the Japanese text:\n  ") + shown.join(QStringLiteral("\n  "));
}

} // namespace

class TestReportJapanese : public QObject {
    Q_OBJECT
private slots:
    void catalogueIsComplete();
    void coreTexts_data();
    void coreTexts();
    void dates();
    void ruleTexts();
    void reportOfAScan_data();
    void reportOfAScan();
    void failures_data();
    void failures();
};

// Every coreText() of the core has its Japanese in scanner/i18n/scanner_ja.ts (the app's test
// runs lupdate to check that the file holds every one).
void TestReportJapanese::catalogueIsComplete()
{
    QVERIFY2(CoreText::templateCount(QStringLiteral("ja")) > 300, "scanner_ja.ts is not embedded");
    const QStringList missing = CoreText::untranslated(QStringLiteral("ja"));
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

void TestReportJapanese::coreTexts_data()
{
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("japanese");
    QTest::newRow("progress") << "Reading the hardware"
                              << "ハードウェアを読み取っています";
    QTest::newRow("progress with a path") << "Opening /dev/sda"
                                          << "/dev/sda を開いています";
    // The kind of a provenance first, then its place; a nested reason, part by part.
    QTest::newRow("provenance") << "hive SYSTEM\\ControlSet001\\Services\\wuauserv\\Start"
                                << "レジストリ SYSTEM\\ControlSet001\\Services\\wuauserv\\Start";
    QTest::newRow("derived provenance")
        << "derived NTFS file system readable on /img partition 2 (NTFS, \"Windows\")"
        << "算出: /img のパーティション 2 (NTFS, \"Windows\") の NTFS ファイル システムを読み取れたこと";
    QTest::newRow("nested reason")
        << "IIS is not installed (key SOFTWARE\\Microsoft\\InetStp absent (SOFTWARE has no subkey Microsoft))"
        << "IIS はインストールされていません（キー SOFTWARE\\Microsoft\\InetStp がありません（SOFTWARE に"
           "サブキー Microsoft がありません））";
    QTest::newRow("system error message")
        << "cannot read /sys/x: No such file or directory"
        << "/sys/x を読み取れません: ファイルまたはディレクトリがありません";
    // A ScanError as one line (ScanError::text()): the device, the message, what to do.
    QTest::newRow("error with what to do")
        << "/dev/sdc: cannot be opened: Permission denied. Run the scanner as root to read a disk"
        << "/dev/sdc: 開けません: アクセスが拒否されました。ディスクを読み取るには、スキャナーを root "
           "で実行してください";
    QTest::newRow("a value stays") << "Intel(R) Core(TM) i5-4300U CPU @ 1.90GHz"
                                   << "Intel(R) Core(TM) i5-4300U CPU @ 1.90GHz";
}

void TestReportJapanese::coreTexts()
{
    QFETCH(QString, english);
    QFETCH(QString, japanese);
    QCOMPARE(CoreText::in(english, QStringLiteral("ja")), japanese);
    QCOMPARE(CoreText::in(english, QStringLiteral("en")), english);
}

void TestReportJapanese::dates()
{
    const QDate day(2026, 10, 13);
    QCOMPARE(japaneseDate(day), QStringLiteral("2026 年 10 月 13 日"));
    QCOMPARE(dateText(day, QStringLiteral("ja")), QStringLiteral("2026 年 10 月 13 日"));
    QCOMPARE(dateText(day, QStringLiteral("en")), QStringLiteral("2026-10-13"));
    QCOMPARE(dateTimeText(QDateTime(day, QTime(9, 5), Qt::UTC), QStringLiteral("ja")),
        QStringLiteral("2026 年 10 月 13 日 09:05"));
    QCOMPARE(japaneseDate(QDate()), QString());
}

// Every Japanese text the rule files give, whether a scan shows it or not; {holes} are filled
// with values at run time and are left out here.
void TestReportJapanese::ruleTexts()
{
    QStringList texts;
    QDirIterator it(sourceDir() + QStringLiteral("/rules"), {QStringLiteral("*.yaml")}, QDir::Files,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        collectJapanese(YAML::LoadFile(path.toStdString()), QDir(sourceDir()).relativeFilePath(path), &texts);
    }
    QVERIFY(texts.size() > 300);
    QStringList english;
    for (const QString &t : texts) {
        QString text = t.mid(t.indexOf(QStringLiteral(": ")) + 2);
        text.replace(QRegularExpression(QStringLiteral("\\{[^{}]*\\}")), QStringLiteral(" "));
        for (const QString &e : test::englishIn(text))
            english << t.left(t.indexOf(QStringLiteral(": "))) + QStringLiteral(": ") + e;
    }
    QVERIFY2(english.isEmpty(), qPrintable(listed(english)));
}

void TestReportJapanese::reportOfAScan_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("hardware");
    QTest::newRow("sample") << test::sample() << "laptop-2014";
    for (const char *hardware : {"desktop-2019", "desktop-uefi-tpm2", "no-popcnt", "vm", "x86-32bit-era"})
        QTest::newRow(qPrintable(QStringLiteral("sample on %1").arg(QLatin1String(hardware))))
            << test::sample() << hardware;
    for (const char *image : {"gpt-basic", "mbr-basic", "dirty", "hibernated", "two-windows", "bitlocker"})
        QTest::newRow(image) << test::image(QLatin1String(image)) << "laptop-2014";
}

void TestReportJapanese::reportOfAScan()
{
    QFETCH(QString, source);
    QFETCH(QString, hardware);
    QVERIFY2(QFileInfo::exists(source), qPrintable(source + QStringLiteral(" missing")));
    ScanSession session(options(hardware));
    ScanRequest request;
    request.sourcePath = source;
    const ScanRecord record = session.scan(request);
    QVERIFY(record.assessment);

    // The paths, labels and names the machine gave are its own, in any language.
    QStringList values = test::machineValues(record.facts.toJson());
    values << source;
    ReportOptions options;
    options.lang = QStringLiteral("ja");
    const QString html = QString::fromUtf8(ReportHtml::render(record, options, record.evidence));
    const QStringList inHtml = test::englishIn(test::visibleText(html), values);
    QVERIFY2(inHtml.isEmpty(), qPrintable(listed(inHtml)));
    // The report's own labels are Japanese too (the English ones must not be its fallback).
    QVERIFY(html.contains(QStringLiteral("アップグレード準備状況レポート")));
    QVERIFY(html.contains(QStringLiteral("2026 年 10 月 13 日")));

    // `upgrade-scan check --lang ja`: for the technician, it names the rules, targets and guide
    // sections by id and prints each command on a line of its own ("    > powercfg /h off").
    for (const Finding &f : record.assessment->findings) {
        values << f.id;
        for (const GuideLink &g : f.guides)
            values << g.guide << g.section;
    }
    for (const TargetVerdict &t : record.assessment->targets)
        values << t.targetId;
    QString text = assessmentToText(*record.assessment, QStringLiteral("ja"));
    text.remove(QRegularExpression(QStringLiteral("^\\s*> .*$"), QRegularExpression::MultilineOption));
    const QStringList inText = test::englishIn(text, values);
    QVERIFY2(inText.isEmpty(), qPrintable(listed(inText)));
}

// What ends a scan reaches the app's screen as ScanError::text("ja").
void TestReportJapanese::failures_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("empty image") << test::image(QStringLiteral("empty"));
    QTest::newRow("garbage") << test::image(QStringLiteral("garbage"));
    QTest::newRow("truncated") << test::image(QStringLiteral("truncated"));
    QTest::newRow("no Windows") << test::image(QStringLiteral("no-windows"));
    QTest::newRow("missing") << QStringLiteral("/nonexistent/disk.img");
    QTest::newRow("folder without Windows") << sourceDir() + QStringLiteral("/docs");
}

void TestReportJapanese::failures()
{
    QFETCH(QString, source);
    ScanSession session(options(QStringLiteral("laptop-2014")));
    ScanRequest request;
    request.sourcePath = source;
    try {
        session.scan(request);
        QFAIL("the scan did not fail");
    } catch (const ScanError &e) {
        const QString ja = e.text(QStringLiteral("ja"));
        QVERIFY2(ja != e.text(), qPrintable(ja));
        const QStringList english = test::englishIn(ja, {source});
        QVERIFY2(english.isEmpty(), qPrintable(e.text() + QLatin1Char('\n') + listed(english)));
    }
}

QTEST_GUILESS_MAIN(TestReportJapanese)
#include "tst_report_japanese.moc"
