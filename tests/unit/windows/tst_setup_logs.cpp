// SPDX-License-Identifier: GPL-3.0-or-later
// Why the last upgrade failed, read offline: the SYNTHETIC logs of tests/data/setup-logs laid out
// on a fake volume beside the REAL Windows 8.1 SYSTEM hive, read with the real rule data
// (rules/setup-logs.yaml, rules/error-codes.yaml) and judged by the real rules. Plus the streaming
// reader on its own: encodings, long lines, broken bytes and a log over 100 MB in bounded memory.
#include "../engine/engine_test_support.h"
#include "engine/rule_engine.h"
#include "facts/fact_set.h"
#include "hive_test_data.h"
#include "windows/setup_logs/compat_report.h"
#include "windows/setup_logs/log_line_reader.h"
#include "windows/setup_logs/log_scanner.h"
#include "windows/windows_inspector.h"
#include "windows_layout.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace urs;
using namespace urs::test;

namespace {

QString dataDir()
{
    return sourceDir() + QStringLiteral("/tests/data/setup-logs");
}

void setMtime(const QString &file, const QDateTime &t)
{
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(t, QFileDevice::FileModificationTime));
}

// Lines a reader gives for bytes held in memory.
struct ReadLines {
    QStringList texts;
    QList<bool> cut;
    LogLineReader::Encoding encoding = LogLineReader::Encoding::Utf8OrAnsi;
};
ReadLines readAll(const QByteArray &bytes)
{
    LogLineReader reader([&](qint64 offset, qint64 max) { return bytes.mid(offset, max); }, bytes.size());
    ReadLines out;
    LogLineReader::Line line;
    while (reader.next(line)) {
        out.texts << LogLineReader::lineText(line.bytes);
        out.cut << line.cut;
        if (line.number != out.texts.size())
            qFatal("line numbers out of step");
    }
    out.encoding = reader.encoding();
    return out;
}

QByteArray utf16le(const QString &s, bool bom)
{
    QByteArray out = bom ? QByteArray("\xFF\xFE", 2) : QByteArray();
    for (QChar c : s) {
        out.append(char(c.unicode() & 0xFF));
        out.append(char(c.unicode() >> 8));
    }
    return out;
}

} // namespace

class TestSetupLogs : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();

    void readerLines_data();
    void readerLines();
    void readerKeepsMemoryFlat();
    void literalFoundWherever_data();
    void literalFoundWherever();
    void compatReportCutShort();

    void machines_data();
    void machines();
    void newestAttemptWins_data();
    void newestAttemptWins();
    void updateErrorsCounted();
    void unreadableLogIsSaid();
    void withoutPatternsFactsAreUnknown();
    void explainMatchesFinding();

private:
    FactSet inspect(const FakeVolume &volume, bool withPatterns = true);
    void layOutCase(const FakeVolume &volume, const QString &name);
    QTemporaryDir m_hives;
};

void TestSetupLogs::initTestCase()
{
    QVERIFY(m_hives.isValid());
    expandRealHive(QStringLiteral("win81-x64-SYSTEM"), m_hives.path());
}

void TestSetupLogs::layOutCase(const FakeVolume &volume, const QString &name)
{
    layOut(volume,
        {syntheticHive(QStringLiteral("software-81-pro-x64")),
            m_hives.path() + QStringLiteral("/win81-x64-SYSTEM"), {}});
    QDirIterator it(dataDir() + QLatin1Char('/') + name, QDir::Files);
    while (it.hasNext()) {
        const QString host = it.next();
        volume.addCopy(it.fileName().replace(QStringLiteral("__"), QStringLiteral("/")), host);
    }
}

FactSet TestSetupLogs::inspect(const FakeVolume &volume, bool withPatterns)
{
    FactSet facts;
    WindowsInspector(volume, QStringLiteral("Windows"), withPatterns ? &engine().logPatterns() : nullptr)
        .collect(facts);
    return facts;
}

// --- the streaming reader --------------------------------------------------------------------

void TestSetupLogs::readerLines_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<int>("encoding");
    const int utf8 = int(LogLineReader::Encoding::Utf8OrAnsi);
    const int le = int(LogLineReader::Encoding::Utf16LE);
    const QString abc = QStringLiteral("a 0xC1900101\r\nb\r\nc");
    QTest::newRow("crlf, no final end") << QByteArray("a\r\nb\r\nc") << QStringList {"a", "b", "c"} << utf8;
    QTest::newRow("lf, final end") << QByteArray("a\nb\n") << QStringList {"a", "b"} << utf8;
    QTest::newRow("empty") << QByteArray() << QStringList {} << utf8;
    QTest::newRow("blank lines") << QByteArray("\n\n") << QStringList {"", ""} << utf8;
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBFx\n") << QStringList {"x"} << utf8;
    QTest::newRow("utf-8 japanese") << QByteArray("\xE3\x83\xAD\xE3\x82\xB0\n")
                                    << QStringList {QStringLiteral("ログ")} << utf8;
    QTest::newRow("invalid utf-8 reads as latin-1")
        << QByteArray("caf\xE9 \xFF\n") << QStringList {QStringLiteral("caf\u00E9 \u00FF")} << utf8;
    QTest::newRow("nul bytes shown as replacement")
        << QByteArray("a\0b\n", 4) << QStringList {QStringLiteral("a\uFFFDb")} << utf8;
    QTest::newRow("utf-16le with bom") << utf16le(abc, true) << QStringList {"a 0xC1900101", "b", "c"} << le;
    QTest::newRow("utf-16le without bom")
        << utf16le(QStringLiteral("2016-01-01 10:00:00, Info x\r\ny"), false)
        << QStringList {"2016-01-01 10:00:00, Info x", "y"} << le;
    QTest::newRow("utf-16be with bom") << QByteArray("\xFE\xFF\0a\0\n\0b", 8) << QStringList {"a", "b"}
                                       << int(LogLineReader::Encoding::Utf16BE);
    QTest::newRow("utf-16le lone surrogate") << QByteArray("\xFF\xFE"
                                                           "a\0\x00\xD8"
                                                           "\n\0b\0",
        10) << QStringList {QStringLiteral("a?"), "b"}
                                             << le; // Qt's UTF-8 encoder
    // Hostile encodings (docs/robustness.md). A UTF-16 log cut inside a character (BOM, "a", LF,
    // "b", then one byte of "c"): the half character at the end is dropped. A line in the
    // Japanese ANSI code page (932), which is not UTF-8: read as Latin-1, so the ASCII in it (the
    // codes and paths the patterns look for) stays exact.
    QTest::newRow("utf-16le cut inside a character")
        << QByteArray::fromHex("fffe61000a00620063") << QStringList {"a", "b"} << le;
    QTest::newRow("shift_jis line keeps its ascii")
        << QByteArray("\x83\x8D\x83\x4F 0xC1900101\n")
        << QStringList {QString::fromLatin1("\x83\x8D\x83\x4F 0xC1900101")} << utf8;
}

void TestSetupLogs::readerLines()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, lines);
    QFETCH(int, encoding);
    const ReadLines read = readAll(bytes);
    QCOMPARE(read.texts, lines);
    QCOMPARE(int(read.encoding), encoding);
}

void TestSetupLogs::literalFoundWherever_data()
{
    // The scan looks for each literal's rarest two bytes sixteen positions at a time and then
    // for the whole literal around them: a literal must be found at a line's start and end,
    // across the 16-byte steps and in the short rest of a line, and must not be found when only
    // its rare bytes are there ("0x" without the "-" before it, as in every other number).
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("hits");
    const QByteArray pad16("2016-03-02 21:04"); // sixteen bytes, a date's digits and dashes
    QTest::newRow("whole line") << QByteArray("-0x") << 1;
    QTest::newRow("line start") << QByteArray("-0x80070070 then text") << 1;
    QTest::newRow("line end") << QByteArray("text then -0x") << 1;
    QTest::newRow("after 16 bytes") << pad16 + "-0x1" << 1;
    QTest::newRow("across the 16-byte step") << QByteArray(15, 'a') + "-0x" + pad16 + pad16 << 1;
    QTest::newRow("at the end of a long line") << pad16 + pad16 + pad16 + "-0x" << 1;
    QTest::newRow("rare bytes at the line start") << QByteArray("0x80070070") << 0;
    QTest::newRow("rare bytes without the dash") << pad16 + " 0x80070070 " + pad16 << 0;
    QTest::newRow("dashes of dates only") << pad16 + pad16 << 0;
    QTest::newRow("cut before its last byte") << pad16 + "-0" << 0;
}

void TestSetupLogs::literalFoundWherever()
{
    QFETCH(QByteArray, line);
    QFETCH(int, hits);
    LogPattern p;
    p.id = QStringLiteral("synthetic-dash-hex");
    p.role = LogPatternRole::Cause;
    p.files = {QStringLiteral("*.log")};
    p.literal = "-0x";
    p.expression = QRegularExpression(QStringLiteral("-0x"));
    const LogPatterns patterns {p};
    const QByteArray log = line + "\r\n" + line; // the same line twice, the second without an end
    LogLineReader reader([&](qint64 offset, qint64 max) { return log.mid(offset, max); }, log.size());
    const LogFileScan scan
        = LogScanner(patterns).scan(QStringLiteral("x.log"), QStringLiteral("x.log"), reader);
    QCOMPARE(scan.lines, 2);
    QCOMPARE(scan.causes.size(), 2 * hits);
}

void TestSetupLogs::readerKeepsMemoryFlat()
{
    // A log over 100 MB with a 10 MB line in the middle and lines crossing every chunk
    // boundary: every line is counted, the long one is cut and the line after it is whole, and
    // the reader never holds more than a chunk and a line.
    const QByteArray line(
        "2016-03-02 21:04:11, Info                  SP     ExecuteProgress: SYNTHETIC filler line\r\n");
    const qint64 target = 105LL * 1024 * 1024;
    qint64 lines = 0;
    qint64 peakHeld = 0;
    const QByteArray longLine = QByteArray(10 * 1024 * 1024, 'L') + "\r\n";
    const QByteArray last(
        "2016-03-02 22:10:02, Error MOUPG CSetupHost::Execute(412): Result = 0xC1900101\r\n");
    // The file is made on the fly, so the test itself holds only a chunk too.
    const qint64 fillerLines = (target - longLine.size() - last.size()) / line.size();
    const qint64 longAt = fillerLines / 2;
    auto byteAt = [&](qint64 offset, qint64 max) {
        QByteArray out;
        out.reserve(max);
        while (out.size() < max) {
            qint64 pos = offset + out.size();
            const qint64 before = longAt * line.size();
            QByteArrayView source;
            qint64 inner = 0;
            if (pos < before) {
                source = line;
                inner = pos % line.size();
            } else if (pos < before + longLine.size()) {
                source = longLine;
                inner = pos - before;
            } else if (pos < before + longLine.size() + (fillerLines - longAt) * line.size()) {
                source = line;
                inner = (pos - before - longLine.size()) % line.size();
            } else {
                source = last;
                inner = pos - before - longLine.size() - (fillerLines - longAt) * line.size();
                if (inner >= last.size())
                    break;
            }
            const qint64 take = std::min<qint64>(source.size() - inner, max - out.size());
            out.append(source.data() + inner, take);
        }
        return out;
    };
    const qint64 size = fillerLines * line.size() + longLine.size() + last.size();
    QVERIFY(size > 100LL * 1024 * 1024);
    LogLineReader reader(
        [&](qint64 offset, qint64 max) {
            QByteArray chunk = byteAt(offset, max);
            peakHeld = std::max<qint64>(peakHeld, chunk.size());
            return chunk;
        },
        size);
    LogScanner scanner(engine().logPatterns());
    const LogFileScan scan
        = scanner.scan(QStringLiteral("setupact.log"), QStringLiteral("C:\\big\\setupact.log"), reader);
    lines = scan.lines;
    QCOMPARE(lines, fillerLines + 2);
    QCOMPARE(scan.cutLines, 1);
    QCOMPARE(scan.results.size(), 1);
    QCOMPARE(scan.results.first().line, fillerLines + 2);
    QCOMPARE(scan.results.first().parts.value(QStringLiteral("result")), QStringLiteral("0xC1900101"));
    QVERIFY(peakHeld <= LogLineReader::kChunkBytes);
    QVERIFY2(reader.peakBufferBytes() <= LogLineReader::kChunkBytes + LogLineReader::kMaxLineBytes,
        qPrintable(QString::number(reader.peakBufferBytes())));
}

void TestSetupLogs::compatReportCutShort()
{
    QFile f(dataDir()
        + QStringLiteral(
            "/compat-blocks/$WINDOWS.~BT__Sources__Panther__CompatData_2021_04_01_10_00_00_1.xml"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray whole = f.readAll();
    const CompatReport full = CompatReport::parse(whole, QStringLiteral("CompatData.xml"));
    QVERIFY(full.problem.isEmpty());
    QCOMPARE(full.blocks.size(), 3);
    // Cut inside the Programs: the device and driver before the cut are kept, the cut is named.
    const CompatReport cut
        = CompatReport::parse(whole.left(whole.indexOf("<Programs>") + 20), QStringLiteral("CompatData.xml"));
    QCOMPARE(cut.blocks.size(), 2);
    QVERIFY2(cut.problem.contains(QStringLiteral("CompatData.xml"))
            && cut.problem.contains(QStringLiteral("line")),
        qPrintable(cut.problem));
    const CompatReport junk
        = CompatReport::parse(QByteArray("\x01\x02not xml at all", 16), QStringLiteral("x.xml"));
    QVERIFY(junk.blocks.isEmpty());
    QVERIFY(!junk.problem.isEmpty());
}

// --- machines: one failure pattern each ------------------------------------------------------

void TestSetupLogs::machines_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("driver");
    QTest::addColumn<QString>("quotedFile"); // the file the first quoted line comes from
    QTest::addColumn<QString>("status"); // of the last-attempt finding
    QTest::addColumn<QString>("pattern"); // error_pattern of the code
    QTest::newRow("driver rollback") << "driver-rollback"
                                     << "0xC1900101 - 0x20017"
                                     << "fbrkvid64.sys"
                                     << "C:\\$WINDOWS.~BT\\Sources\\Panther\\setupact.log"
                                     << "warning"
                                     << "driver-rollback";
    QTest::newRow("not eligible") << "not-eligible"
                                  << "0xC1900200"
                                  << ""
                                  << "C:\\$WINDOWS.~BT\\Sources\\Panther\\setupact.log"
                                  << "warning"
                                  << "not-eligible";
    QTest::newRow("disk space") << "disk-space"
                                << "0x80070070"
                                << ""
                                << "C:\\$WINDOWS.~BT\\Sources\\Panther\\setuperr.log"
                                << "warning"
                                << "disk-space";
    QTest::newRow("cleanup pending") << "cleanup-pending"
                                     << "0xC1900107"
                                     << ""
                                     << "C:\\$WINDOWS.~BT\\Sources\\Panther\\setupact.log"
                                     << "warning"
                                     << "cleanup-pending";
    QTest::newRow("corrupt media") << "corrupt-media"
                                   << "0x8007025D"
                                   << ""
                                   << "C:\\$WINDOWS.~BT\\Sources\\Panther\\setuperr.log"
                                   << "warning"
                                   << "corrupt-media";
    QTest::newRow("system reserved full") << "system-reserved"
                                          << "0x800F0922"
                                          << ""
                                          << "C:\\$WINDOWS.~BT\\Sources\\Panther\\setuperr.log"
                                          << "warning"
                                          << "system-reserved";
    QTest::newRow("broken profile") << "profile"
                                    << "0x8007001F - 0x3000D"
                                    << ""
                                    << "C:\\$WINDOWS.~BT\\Sources\\Rollback\\setupact.log"
                                    << "warning"
                                    << "profile";
    QTest::newRow("compat block") << "compat-blocks"
                                  << "0xC1900208"
                                  << ""
                                  << "C:\\$WINDOWS.~BT\\Sources\\Panther\\setupact.log"
                                  << "warning"
                                  << "compat-block";
    // The Media Creation Tool's own log in Windows\Logs\MoSetup: a download cut off.
    QTest::newRow("media creation tool lost the network") << "mosetup-network"
                                                          << "0xC1900130"
                                                          << ""
                                                          << "C:\\Windows\\Logs\\MoSetup\\BlueBox.log"
                                                          << "warning"
                                                          << "network";
    QTest::newRow("setupdiag ran") << "setupdiag"
                                   << "0x80070070 - 0x50011"
                                   << ""
                                   << "C:\\Windows\\Logs\\SetupDiag\\SetupDiagResults.xml"
                                   << "warning"
                                   << "disk-space";
    QTest::newRow("no result line") << "no-result"
                                    << ""
                                    << ""
                                    << ""
                                    << "advisory"
                                    << "";
}

void TestSetupLogs::machines()
{
    QFETCH(QString, name);
    QFETCH(QString, code);
    QFETCH(QString, driver);
    QFETCH(QString, quotedFile);
    QFETCH(QString, status);
    QFETCH(QString, pattern);
    QTemporaryDir dir;
    const FakeVolume volume(dir.path());
    layOutCase(volume, name);
    const FactSet facts = inspect(volume);

    QCOMPARE(facts.value(QStringLiteral("windows.last_attempt.found"))->toBool(), true);
    QCOMPARE(facts.value(QStringLiteral("windows.last_attempt.code"))->toString(), code);
    QCOMPARE(facts.value(QStringLiteral("windows.last_attempt.driver"))->toString(), driver);
    const QJsonArray evidence = facts.value(QStringLiteral("windows.last_attempt.evidence"))->toArray();
    if (quotedFile.isEmpty()) {
        QVERIFY(evidence.isEmpty());
    } else {
        QVERIFY(!evidence.isEmpty());
        const QJsonObject first = evidence.first().toObject();
        QCOMPARE(first.value(QStringLiteral("file")).toString(), quotedFile);
        QVERIFY(first.value(QStringLiteral("line")).toInteger() > 0);
        // The quoted text is the line at that number in the fixture.
        const QString fixture = quotedFile.mid(3).replace(QLatin1Char('\\'), QStringLiteral("__"));
        QFile f(dataDir() + QLatin1Char('/') + name + QLatin1Char('/') + fixture);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QList<QByteArray> lines = f.readAll().split('\n');
        const qint64 n = first.value(QStringLiteral("line")).toInteger();
        const QString quoted = first.value(QStringLiteral("text")).toString();
        const QString atLine = QString::fromUtf8(lines.at(n - 1));
        QVERIFY2(quoted.contains(code.left(10)) && atLine.contains(code.left(10)), qPrintable(quoted));
    }
    QVERIFY(facts.value(QStringLiteral("windows.setup_logs.unreadable"))->toArray().isEmpty());

    const Assessment a = engine().evaluate(facts, {}, QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC));
    const auto finding = std::find_if(a.findings.begin(), a.findings.end(),
        [](const Finding &f) { return f.id == QLatin1String("last-attempt"); });
    QVERIFY(finding != a.findings.end());
    QCOMPARE(statusName(finding->status), status);
    if (!code.isEmpty()) {
        const ExplainedCode explained
            = engine().errorCodes().explain(*SetupCode::parse(code), QStringLiteral("en"));
        QCOMPARE(explained.pattern, pattern);
        QVERIFY2(finding->meaning.en.contains(explained.sentence()), qPrintable(finding->meaning.en));
        const ExplainedCode ja = engine().errorCodes().explain(*SetupCode::parse(code), QStringLiteral("ja"));
        QVERIFY2(finding->meaning.ja.contains(ja.sentence()), qPrintable(finding->meaning.ja));
    }
    if (!driver.isEmpty())
        QVERIFY(finding->meaning.en.contains(driver));
    // The quoted lines reach the finding's evidence with file and line.
    const bool quotesEvidence = std::any_of(finding->evidence.begin(), finding->evidence.end(),
        [](const Evidence &e) { return e.fact == QLatin1String("windows.last_attempt.evidence"); });
    QVERIFY(quotesEvidence || quotedFile.isEmpty());
}

// --- the newest attempt by date ----------------------------------------------------------------

void TestSetupLogs::newestAttemptWins_data()
{
    QTest::addColumn<bool>("bootTreeNewer");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("folder");
    QTest::newRow("$WINDOWS.~BT newer") << true << "0x80070070"
                                        << "C:\\$WINDOWS.~BT";
    QTest::newRow("Windows\\Panther newer") << false << "0xC1900200"
                                            << "C:\\Windows\\Panther";
}

void TestSetupLogs::newestAttemptWins()
{
    QFETCH(bool, bootTreeNewer);
    QFETCH(QString, code);
    QFETCH(QString, folder);
    QTemporaryDir dir;
    const FakeVolume volume(dir.path());
    layOutCase(volume, QStringLiteral("disk-space")); // $WINDOWS.~BT: 0x80070070
    volume.addCopy(QStringLiteral("Windows/Panther/setupact.log"),
        dataDir() + QStringLiteral("/not-eligible/$WINDOWS.~BT__Sources__Panther__setupact.log"));
    const QDateTime older(QDate(2015, 1, 1), QTime(9, 0), Qt::UTC);
    const QDateTime newer(QDate(2019, 1, 1), QTime(9, 0), Qt::UTC);
    setMtime(dir.path() + QStringLiteral("/$WINDOWS.~BT/Sources/Panther/setuperr.log"),
        bootTreeNewer ? newer : older);
    setMtime(dir.path() + QStringLiteral("/Windows/Panther/setupact.log"), bootTreeNewer ? older : newer);
    const FactSet facts = inspect(volume);
    QCOMPARE(facts.value(QStringLiteral("windows.last_attempt.code"))->toString(), code);
    QCOMPARE(facts.value(QStringLiteral("windows.last_attempt.folder"))->toString(), folder);
    const QJsonArray attempts = facts.value(QStringLiteral("windows.setup_attempts"))->toArray();
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts.first().toObject().value(QStringLiteral("folder")).toString(), folder);
    QCOMPARE(
        facts.value(QStringLiteral("windows.last_attempt.date"))->toString(), newer.toString(Qt::ISODate));
}

void TestSetupLogs::updateErrorsCounted()
{
    QTemporaryDir dir;
    const FakeVolume volume(dir.path());
    layOutCase(volume, QStringLiteral("windows-update"));
    const FactSet facts = inspect(volume);
    QCOMPARE(facts.value(QStringLiteral("windows.last_attempt.found"))->toBool(), false);
    const QJsonArray errors = facts.value(QStringLiteral("windows.update_errors"))->toArray();
    QCOMPARE(errors.size(), 3);
    const QJsonObject top = errors.first().toObject();
    QCOMPARE(top.value(QStringLiteral("code")).toString(), QStringLiteral("0x8024402C"));
    QCOMPARE(top.value(QStringLiteral("count")).toInt(), 4); // FATAL and WARNING lines, one count each
    QCOMPARE(top.value(QStringLiteral("line")).toInteger(), 6); // the last one
    QCOMPARE(top.value(QStringLiteral("file")).toString(), QStringLiteral("C:\\Windows\\WindowsUpdate.log"));
    QStringList codes;
    for (const QJsonValue &e : errors)
        codes << e.toObject().value(QStringLiteral("code")).toString();
    QVERIFY(codes.contains(QStringLiteral("0x80070422")));
    QVERIFY(codes.contains(QStringLiteral("0x800F0922"))); // from CBS.log

    const Assessment a = engine().evaluate(facts, {}, QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC));
    const auto f = std::find_if(a.findings.begin(), a.findings.end(),
        [](const Finding &x) { return x.id == QLatin1String("update-errors"); });
    QVERIFY(f != a.findings.end());
    QCOMPARE(f->status, FindingStatus::Advisory);
    QVERIFY2(f->meaning.en.contains(QStringLiteral("WU_E_PT_WINHTTP_NAME_NOT_RESOLVED")),
        qPrintable(f->meaning.en));
    QVERIFY(std::none_of(a.findings.begin(), a.findings.end(),
        [](const Finding &x) { return x.id == QLatin1String("last-attempt"); }));
}

void TestSetupLogs::unreadableLogIsSaid()
{
    // A compatibility report cut short: the blocks before the cut still count, and the file is
    // named among the unreadable logs with the reason.
    QTemporaryDir dir;
    const FakeVolume volume(dir.path());
    layOutCase(volume, QStringLiteral("compat-blocks"));
    const QString xml
        = dir.path() + QStringLiteral("/$WINDOWS.~BT/Sources/Panther/CompatData_2021_04_01_10_00_00_1.xml");
    QFile f(xml);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const QByteArray whole = f.readAll();
    QVERIFY(f.resize(whole.indexOf("<Programs>") + 20));
    f.close();
    const FactSet facts = inspect(volume);
    const QJsonArray unreadable = facts.value(QStringLiteral("windows.setup_logs.unreadable"))->toArray();
    QCOMPARE(unreadable.size(), 1);
    QVERIFY(unreadable.first()
                .toObject()
                .value(QStringLiteral("file"))
                .toString()
                .endsWith(QStringLiteral("CompatData_2021_04_01_10_00_00_1.xml")));
    QVERIFY(!unreadable.first().toObject().value(QStringLiteral("reason")).toString().isEmpty());
    const QJsonArray blocks = facts.value(QStringLiteral("windows.last_attempt.blocks"))->toArray();
    QCOMPARE(blocks.size(), 2); // the driver package and the device, not the cut-off program
}

void TestSetupLogs::withoutPatternsFactsAreUnknown()
{
    QTemporaryDir dir;
    const FakeVolume volume(dir.path());
    layOutCase(volume, QStringLiteral("disk-space"));
    const FactSet facts = inspect(volume, false);
    const Fact *code = facts.find(QStringLiteral("windows.last_attempt.code"));
    QVERIFY(code && !code->known);
    QVERIFY(code->unknownReason.contains(QStringLiteral("log patterns")));
}

void TestSetupLogs::explainMatchesFinding()
{
    // The compat-block machine's finding and setup-compat-blocks: the hard block is named with
    // its program, the soft ones warned about.
    QTemporaryDir dir;
    const FakeVolume volume(dir.path());
    layOutCase(volume, QStringLiteral("compat-blocks"));
    const FactSet facts = inspect(volume);
    const Assessment a = engine().evaluate(facts, {}, QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC));
    const auto f = std::find_if(a.findings.begin(), a.findings.end(),
        [](const Finding &x) { return x.id == QLatin1String("setup-compat-blocks"); });
    QVERIFY(f != a.findings.end());
    QCOMPARE(f->status, FindingStatus::Warning);
    QVERIFY2(f->meaning.en.contains(QStringLiteral("Contoso Antivirus 2014")), qPrintable(f->meaning.en));
    QVERIFY(!f->meaning.en.contains(QStringLiteral("Fabrikam"))); // soft: not among the blocks
    QVERIFY(f->meaning.ja.contains(QStringLiteral("Contoso Antivirus 2014")));
}

QTEST_GUILESS_MAIN(TestSetupLogs)
#include "tst_setup_logs.moc"
