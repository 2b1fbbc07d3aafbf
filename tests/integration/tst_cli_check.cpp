// SPDX-License-Identifier: GPL-3.0-or-later
// `upgrade-scan check` end to end on the bundled sample: the real 8.1 SYSTEM hive has fast
// startup on and a pending file rename, so Windows 10 22H2 is ready after those two fixes, and
// the 2014 laptop's Haswell CPU, missing TPM and legacy boot rule out Windows 11.
#include "cli_runner.h"
#include "fixture_paths.h"

#include <QJsonArray>

using namespace urs::test;

namespace {
QStringList sampleArgs()
{
    return {"check", "--source", sample(), "--hardware-root", repoPath("tests/data/hardware/laptop-2014"),
        "--scan-time", "2026-11-25T12:00:00Z"};
}
} // namespace

class TestCliCheck : public QObject {
    Q_OBJECT
private slots:
    void verdictsOnTheSample_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QStringList>("reasons");
        // Fast startup is a warning (the 8.1 default), the pending rename a fixable blocker; the
        // missing TPM is Haswell's PTT switched off (fixable), the family gate a hardware one.
        QTest::newRow("Windows 10: restart first") << "win10-22h2"
                                                   << "ready-after-fixes" << QStringList {"pending-reboot"};
        QTest::newRow("Windows 11 24H2: the hardware does not qualify")
            << "win11-24h2"
            << "not-supported" << QStringList {"cpu-family-gate"};
        QTest::newRow("Windows 11 25H2: the hardware does not qualify")
            << "win11-25h2"
            << "not-supported" << QStringList {"cpu-family-gate"};
    }
    void verdictsOnTheSample()
    {
        QFETCH(QString, target);
        QFETCH(QString, verdict);
        QFETCH(QStringList, reasons);
        const CliRun r = runCli(sampleArgs() << "--target" << target << "--json");
        QCOMPARE(r.exitCode, 1); // not ready: readiness checkers exit 1
        const QJsonObject json = r.json();
        QCOMPARE(at(json, "/targets/" + target + "/verdict").toString(), verdict);
        const QJsonArray got = at(json, "/targets/" + target + "/reasons").toArray();
        for (const QString &reason : reasons)
            QVERIFY2(got.contains(QJsonValue(reason)), qPrintable(reason + " missing from reasons"));
        const QJsonArray findings = json.value("findings").toArray();
        QVERIFY(!findings.isEmpty());
        for (const QJsonValue &f : findings) {
            const QJsonObject o = f.toObject();
            QVERIFY(
                o.contains("id") && o.contains("status") && o.contains("evidence") && o.contains("remedy"));
        }
    }

    void textNamesTheFixes()
    {
        const CliRun r = runCli(sampleArgs() << "--target"
                                             << "win10-22h2");
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("READY AFTER FIXES"));
        QVERIFY(r.out.contains("powercfg /h off"));
    }

    // The sample's earlier attempt ended with 0xC1900101 - 0x20017: `explain` prints the text the
    // finding quotes (the app shows the same finding text), in both languages.
    void explainMatchesTheFinding_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << "en";
        QTest::newRow("ja") << "ja";
    }
    void explainMatchesTheFinding()
    {
        QFETCH(QString, lang);
        const CliRun check = runCli(sampleArgs() << "--target"
                                                 << "win10-22h2"
                                                 << "--json");
        QJsonObject finding;
        for (const QJsonValue &f : check.json().value("findings").toArray())
            if (f.toObject().value("id").toString() == QLatin1String("last-attempt"))
                finding = f.toObject();
        QVERIFY2(!finding.isEmpty(), "no last-attempt finding on the sample");
        const CliRun explain = runCli({"explain", "0xC1900101", "-", "0x20017", "--lang", lang});
        QCOMPARE(explain.exitCode, 0);
        const QString sentence = explain.out.section(QLatin1Char('\n'), 0, 0);
        QVERIFY(sentence.startsWith("0xC1900101 - 0x20017"));
        QVERIFY(sentence.contains(
            lang == QLatin1String("ja") ? QStringLiteral("セーフ OS") : QStringLiteral("safe OS")));
        const QString meaning = finding.value("meaning").toObject().value(lang).toString();
        QVERIFY2(meaning.contains(sentence), qPrintable(meaning + " / " + sentence));
        // The quoted log line with its file and line number is the finding's evidence.
        bool quoted = false;
        for (const QJsonValue &e : finding.value("evidence").toArray())
            if (e.toObject().value("fact").toString() == QLatin1String("windows.last_attempt.evidence"))
                quoted = e.toObject().value("value").toArray().first().toObject().value("line").toInt() > 0;
        QVERIFY(quoted);
    }

    void explainRefusesWhatIsNoCode_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("words") << QStringList {"explain", "rollback"};
        QTest::newRow("seven digits") << QStringList {"explain", "0xC190010"};
        QTest::newRow("nothing") << QStringList {"explain"};
    }
    void explainRefusesWhatIsNoCode()
    {
        QFETCH(QStringList, args);
        const CliRun r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("no error code"));
    }

    void unknownTargetIsAUsageError()
    {
        const CliRun r = runCli(sampleArgs() << "--target"
                                             << "win12");
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("win12"));
    }
};

QTEST_GUILESS_MAIN(TestCliCheck)
#include "tst_cli_check.moc"
