// SPDX-License-Identifier: GPL-3.0-or-later
// rules/fact-labels.yaml: every fact a rule refers to has a name in both languages, a value the
// table lists reads as words in the evidence and in a rule text's {hole}, a list of objects reads
// item by item, and a broken entry is refused with file and line.
#include "engine/assessment_json.h"
#include "engine/rule_loader.h"
#include "engine_test_support.h"

using namespace urs;

class TestFactLabels : public QObject {
    Q_OBJECT
private slots:
    void everyRuleFactHasAName()
    {
        const std::unique_ptr<RuleBook> book = RuleLoader::load(test::rulesDir());
        const FactLabels &labels = book->data.factLabels;
        QStringList missing;
        for (const Rule &rule : book->rules)
            for (const QString &fact : rule.facts)
                if (!labels.contains(fact) && !missing.contains(fact))
                    missing << fact;
        QVERIFY2(missing.isEmpty(),
            qPrintable(
                QStringLiteral("facts without a name in rules/fact-labels.yaml: ") + missing.join(", ")));
        for (auto it = labels.entries().constBegin(); it != labels.entries().constEnd(); ++it) {
            QVERIFY2(!it->name.en.isEmpty() && !it->name.ja.isEmpty(), qPrintable(it.key()));
            QVERIFY2(!it->name.en.contains(it.key()), qPrintable(it.key()));
        }
    }

    void valueWords()
    {
        const FactLabels &labels
            = test::engine().evaluate(test::loadFacts("laptop-2014"), {}, test::scanTime()).factLabels;
        const QString firmware = QStringLiteral("hardware.firmware.type");
        QCOMPARE(labels.valueWords(firmware, QStringLiteral("bios"), QStringLiteral("en")),
            QStringLiteral("Legacy BIOS mode (CSM)"));
        QCOMPARE(labels.valueWords(firmware, QStringLiteral("bios"), QStringLiteral("ja")),
            QStringLiteral("レガシー BIOS モード（CSM）"));
        // A value the table does not list keeps its own text; a fact it does not list its name.
        QCOMPARE(labels.valueWords(firmware, QStringLiteral("coreboot"), QStringLiteral("en")), std::nullopt);
        QCOMPARE(labels.name(QStringLiteral("hardware.cpu.nope"), QStringLiteral("en")),
            QStringLiteral("hardware.cpu.nope"));
        QCOMPARE(
            labels.valueWords(QStringLiteral("windows.services.wuauserv.start"), 4, QStringLiteral("ja")),
            QStringLiteral("無効"));
    }

    void itemWords()
    {
        const std::unique_ptr<RuleBook> book = RuleLoader::load(test::rulesDir());
        const FactLabels &labels = book->data.factLabels;
        const QString partitions = QStringLiteral("source.partitions");
        const QJsonObject windows {{"index", 3}, {"description", "Basic data partition"},
            {"label", "Windows"}, {"size_bytes", 499669528576.0}, {"role", "windows"}};
        QCOMPARE(labels.itemWords(partitions, windows, QStringLiteral("en")),
            QStringLiteral("3: Basic data partition “Windows” (465 GB)"));
        // A "[...]" part whose field is empty is left out.
        QJsonObject esp = windows;
        esp.insert("label", "");
        esp.insert("size_bytes", 104857600);
        QCOMPARE(labels.itemWords(partitions, esp, QStringLiteral("ja")),
            QStringLiteral("3: Basic data partition（100 MB）"));
        QCOMPARE(
            labels.itemWords(QStringLiteral("windows.build"), windows, QStringLiteral("en")), std::nullopt);
    }

    // A fact in a {hole} of a rule text shows its value's words; the evidence keeps the raw
    // value, and the assessment carries the words for the faces, through JSON too.
    void holesAndEvidence()
    {
        const FactSet facts = test::loadFacts("laptop-2014",
            {{"hardware.firmware.type", "bios"}, {"windows.boot.mode", "legacy"},
                {"windows.services.wuauserv.start", 3}});
        const Assessment a = test::engine().evaluate(facts, {}, test::scanTime());
        const Finding *secureBoot
            = test::findFinding(a, QStringLiteral("secure-boot"), QStringLiteral("win11-25h2"));
        QVERIFY(secureBoot);
        QVERIFY2(secureBoot->meaning.en.contains(QStringLiteral("boots with Legacy BIOS mode (CSM)")),
            qPrintable(secureBoot->meaning.en));
        QVERIFY2(secureBoot->meaning.ja.contains(QStringLiteral("レガシー BIOS モード（CSM）")),
            qPrintable(secureBoot->meaning.ja));
        const Finding *wu = test::findFinding(a, QStringLiteral("service-wuauserv"));
        QVERIFY(wu);
        QVERIFY2(
            wu->meaning.en.contains(QStringLiteral("(startup type: Manual)")), qPrintable(wu->meaning.en));
        QCOMPARE(wu->evidence.first().value, QJsonValue(3));

        QVERIFY(a.factLabels.contains(QStringLiteral("hardware.firmware.type")));
        QVERIFY(!a.factLabels.contains(QStringLiteral("hardware.smbios.system.uuid"))); // in no evidence
        const QJsonObject json = assessmentToJson(a);
        QCOMPARE(json.value("fact_labels")["hardware.firmware.type"]["values"]["bios"]["en"].toString(),
            QStringLiteral("Legacy BIOS mode (CSM)"));
        const Assessment back = assessmentFromJson(json);
        QCOMPARE(back.factLabels.valueWords(
                     QStringLiteral("hardware.firmware.type"), QStringLiteral("bios"), QStringLiteral("ja")),
            QStringLiteral("レガシー BIOS モード（CSM）"));
    }

    void brokenEntry_data()
    {
        QTest::addColumn<QString>("find");
        QTest::addColumn<QString>("replace");
        QTest::addColumn<QString>("lineAt");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown fact") << "  volume.bitlocker:\n"
                                      << "  volume.bitlockr:\n"
                                      << "volume.bitlockr:"
                                      << "unknown fact 'volume.bitlockr'";
        QTest::newRow("no Japanese") << "name: {en: BitLocker encryption, ja: BitLocker による暗号化}"
                                     << "name: {en: BitLocker encryption}"
                                     << "name: {en: BitLocker encryption}"
                                     << "lacks the ja translation";
        QTest::newRow("values of a yes/no fact")
            << "name: {en: BitLocker encryption, ja: BitLocker による暗号化}\n"
            << "name: {en: BitLocker encryption, ja: BitLocker による暗号化}\n    values: {on: {en: On, ja: "
               "有効}}\n"
            << "values: {on:"
            << "volume.bitlocker is not a text or a whole number: it takes no values";
        QTest::newRow("value of a number fact") << "      2: {en: Automatic, ja: 自動}"
                                                << "      auto: {en: Automatic, ja: 自動}"
                                                << "auto: {en"
                                                << "is a whole number, not 'auto'";
        QTest::newRow("item part not closed") << "item: {en: \"{name}\", ja: \"{name}\"}"
                                              << "item: {en: \"{name}[ {version}\", ja: \"{name}\"}"
                                              << "item: {en: \"{name}[ {version}\""
                                              << "a '[' in '{name}[ {version}' is not closed";
    }
    void brokenEntry()
    {
        QFETCH(QString, find);
        QFETCH(QString, replace);
        QFETCH(QString, lineAt);
        QFETCH(QString, message);
        test::expectBrokenRules(QStringLiteral("fact-labels.yaml"), find, replace, lineAt, message);
    }
};

QTEST_GUILESS_MAIN(TestFactLabels)
#include "tst_fact_labels.moc"
