// SPDX-License-Identifier: GPL-3.0-or-later
// The loader on broken rule files: a copy of rules/ in a QTemporaryDir gets one mistake, and
// the error must name the file, the line and what is wrong. Nothing is ever half-loaded.
#include "common/scan_error.h"
#include "engine/rule_loader.h"
#include "engine_test_support.h"

#include <QTemporaryDir>

using namespace urs;

class TestRuleLoader : public QObject {
    Q_OBJECT
private slots:
    void brokenFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("find");
        QTest::addColumn<QString>("replace");
        QTest::addColumn<QString>("lineAt"); // the error's line is where this text stands (after the edit)
        QTest::addColumn<QString>("message");

        const QString up = QStringLiteral("checks/updates-power.yaml");
        QTest::newRow("unknown key") << up << "        when: windows.servicing.unserviceable"
                                     << "        wehn: windows.servicing.unserviceable"
                                     << "wehn:"
                                     << "unknown key 'wehn' in an outcome of rule servicing-stack";
        QTest::newRow("wrong type") << "checks/clock-licence.yaml"
                                    << "    title: {en: Firmware clock, ja: ファームウェアの時計}"
                                    << "    title: Firmware clock"
                                    << "title: Firmware clock"
                                    << "title of rule clock must give the text in both languages";
        QTest::newRow("unknown fact") << up << "when: windows.servicing.unserviceable"
                                      << "when: windows.servicing.unservicable"
                                      << "unservicable"
                                      << "unknown fact 'windows.servicing.unservicable'";
        QTest::newRow("bad expression") << up << "when: count(windows.pending_reboot.reasons) > 0"
                                        << "when: count(windows.pending_reboot.reasons) >"
                                        << "reasons) >"
                                        << "expected a value but the expression ends";
        QTest::newRow("type mismatch") << "checks/requirements-cpu.yaml"
                                       << "when: hardware.cpu.max_mhz < target.min_cpu_mhz"
                                       << "when: hardware.cpu.max_mhz < \"fast\""
                                       << "< \"fast\""
                                       << "'<' compares a number with a text";
        QTest::newRow("duplicate id")
            << "checks/services.yaml"
            << "  - id: service-bits"
            << "  - id: service-wuauserv"
            << "  - id: service-wuauserv\n    check: \"5\"\n    title: {en: \"Service Background"
            << "duplicate rule id 'service-wuauserv'";
        QTest::newRow("missing translation") << up << "          ja: 高速スタートアップは無効です。\n"
                                             << ""
                                             << "en: Fast startup is off."
                                             << "meaning of rule fast-startup lacks the ja translation";
        QTest::newRow("unknown guide") << up << "guides: [in-place-upgrade#fast-startup]"
                                       << "guides: [in-place-upgrade#fast-start]"
                                       << "#fast-start]"
                                       << "links to 'in-place-upgrade#fast-start', which is no section";
        // The plan: every rule has its step, names known rules and places.
        QTest::newRow("plan step for no rule") << "plan.yaml"
                                               << "    - rule: display\n"
                                               << "    - rule: screen\n"
                                               << "rule: screen"
                                               << "names the rule 'screen', which no rule file defines";
        QTest::newRow("plan place unknown") << "plan.yaml"
                                            << "      place: licence\n"
                                            << "      place: licensing\n"
                                            << "place: licensing"
                                            << "names the place 'licensing'";
        QTest::newRow("plan step twice") << "plan.yaml"
                                         << "    - rule: display\n"
                                         << "    - rule: gpu\n"
                                         << "    - rule: gpu\n      place: hardware\n      do: {en: \"Use an"
                                         << "the rule 'gpu' has two plan steps";
        QTest::newRow("rule without plan step")
            << "plan.yaml"
            << "    - rule: display\n      place: hardware\n      do: {en: \"Use an external monitor of 9 "
               "inches and 720p "
               "or more\", ja: \"9 インチ以上、720p 以上の外部モニターを使います\"}\n      need: {en: \"a "
               "larger display\", "
               "ja: \"より大きなディスプレイ\"}\n"
            << ""
            << "    - rule: clock\n" // the steps' list starts there
            << "rule 'display' (rules/checks/requirements-platform.yaml";
        QTest::newRow("yaml syntax") << "programs-vpn.yaml"
                                     << "  entries:\n"
                                     << "  entries: [\n"
                                     << "- {name: Cisco AnyConnect"
                                     << "not valid YAML";
        QTest::newRow("unknown target") << "checks/requirements-cpu.yaml"
                                        << "targets: [win11-24h2, win11-25h2]"
                                        << "targets: [win11-24h2, win12]"
                                        << "win12]"
                                        << "names target 'win12'";
        QTest::newRow("unknown function") << up << "when: not windows.updates.kb2919355_installed"
                                          << "when: not kb_installed(windows.updates.kb2919355_installed)"
                                          << "kb_installed("
                                          << "unknown function 'kb_installed'";
        QTest::newRow("unknown status") << "checks/clock-licence.yaml"
                                        << "status: advisory\n        when: hardware.acpi"
                                        << "status: advice\n        when: hardware.acpi"
                                        << "status: advice"
                                        << "unknown status 'advice'";
        QTest::newRow("blocker without kind")
            << "checks/firmware-features-software.yaml"
            << "- status: warning\n        when: windows.features.iis.installed"
            << "- status: blocker\n        when: windows.features.iis.installed"
            << "status: blocker\n        when: windows.features.iis"
            << "a blocker of rule features-iis needs kind fixable, hardware, path or encrypted";
        QTest::newRow("unknown program list") << "checks/network-profiles.yaml"
                                              << "\"vpn-clients\")"
                                              << "\"vpn\")"
                                              << "\"vpn\")"
                                              << "no program list 'vpn'";
        QTest::newRow("param not on every target") << "checks/clock-licence.yaml"
                                                   << "< 2013 or"
                                                   << "< target.min_threads or"
                                                   << "target.min_threads"
                                                   << "target parameter 'min_threads' is not defined";
        QTest::newRow("bad template")
            << up << "en: Fast startup is off."
            << "en: Fast startup is off {windows.fast_startup.nope}."
            << "en: Fast startup is off {"
            << "bad text in meaning of rule fast-startup (en): unknown fact 'windows.fast_startup.nope'";
        QTest::newRow("unknown unit") << "checks/clock-licence.yaml"
                                      << "< 2013 or"
                                      << "< 2013years or"
                                      << "2013years"
                                      << "unknown unit 'years'";
        QTest::newRow("bad gate result") << "cpu-family-gate.yaml"
                                         << "result: needs-platform-id"
                                         << "result: maybe"
                                         << "result: maybe"
                                         << "result must be one of pass, fail, needs-platform-id";
        QTest::newRow("section twice") << "gpus.yaml"
                                       << "gpu_families:\n"
                                       << "editions: []\ngpu_families:\n"
                                       << "editions: []"
                                       << "section 'editions' is already given in rules/editions.yaml:9";
        // Regression (tests/fuzz/fuzz_rules): the same section twice in one file, which yaml-cpp
        // keeps as two keys; naming the first read past the list of files read so far.
        QTest::newRow("section twice in one file")
            << "editions.yaml"
            << "editions:\n"
            << "editions: []\neditions:\n"
            << "editions:\n"
            << "section 'editions' is already given in rules/editions.yaml:9";
        QTest::newRow("missing key") << up << "  - id: kb2919355\n    check: \"7\"\n"
                                     << "  - id: kb2919355\n"
                                     << "- id: kb2919355"
                                     << "rule kb2919355 lacks the required key 'check'";
        QTest::newRow("bad date") << "targets.yaml"
                                  << "release: 2022-10-18"
                                  << "release: 2022-13-40"
                                  << "2022-13-40"
                                  << "must be a date YYYY-MM-DD, not '2022-13-40'";
        // win10-22h2 via win11-24h2 while win11-24h2 goes via win10-22h2: no hop to take first.
        QTest::newRow("two-hop loop")
            << "targets.yaml"
            << "    default_candidate: false\n"
            << "    default_candidate: false\n    two_hop: {via: win11-24h2, when: 'windows.architecture == "
               "\"x64\"'}\n"
            << "two_hop: {via: win11-24h2"
            << "two_hop of target win10-22h2 loops: win10-22h2 via win11-24h2 via win10-22h2";
        QTest::newRow("two-hop via itself") << "targets.yaml"
                                            << "two_hop: {via: win10-22h2"
                                            << "two_hop: {via: win11-24h2"
                                            << "via: win11-24h2"
                                            << "two_hop of target win11-24h2 goes via 'win11-24h2', which "
                                               "is no other target";
        // Microsoft's processor lists: the file, its date line, its EOF, and what the YAML says of it.
        QTest::newRow("CPU list cut short") << "cpu-lists/windows11-qualcomm.txt"
                                            << "X1P-66-100\nEOF"
                                            << "X1P-66-100"
                                            << "X1P-66-100"
                                            << "the last line must be EOF";
        QTest::newRow("CPU list without its date") << "cpu-lists/windows11-amd.txt"
                                                   << "2025.10.6\n"
                                                   << "October 2025\n"
                                                   << "October 2025"
                                                   << "the first line must be the date the list was copied";
        QTest::newRow("CPU list name twice") << "cpu-lists/windows11-amd.txt"
                                             << "Ryzen Z1 Extreme\nEOF"
                                             << "Ryzen Z1 Extreme\nRyzen Z1\nEOF"
                                             << "Ryzen Z1\nEOF"
                                             << "'Ryzen Z1' is listed twice";
        QTest::newRow("CPU list file missing") << "cpu-qualcomm.yaml"
                                               << "file: cpu-lists/windows11-qualcomm.txt"
                                               << "file: cpu-lists/qualcomm.txt"
                                               << "file: cpu-lists/qualcomm.txt"
                                               << "cannot read the CPU list file 'cpu-lists/qualcomm.txt'";
        QTest::newRow("CPU list correction of no entry")
            << "cpu-intel.yaml"
            << "{entry: \"Xeon(R) Gold G6605\""
            << "{entry: \"Xeon(R) Gold G6606\""
            << "G6606"
            << "names 'Xeon(R) Gold G6606', which is no line of cpu-lists/windows11-intel.txt";
        QTest::newRow("platform id rule without platform_id")
            << "cpu-family-gate.yaml"
            << "        platform_id: 16\n"
            << ""
            << "result: needs-platform-id"
            << "a needs-platform-id rule says which platform id passes";
        QTest::newRow("missing when")
            << up << "      - status: blocker\n        when: windows.servicing.unserviceable\n"
            << "      - status: blocker\n"
            << "status: blocker\n        meaning:\n          en: Component"
            << "only the last outcome of rule servicing-stack may leave out 'when'";
    }
    void brokenFile()
    {
        QFETCH(QString, file);
        QFETCH(QString, find);
        QFETCH(QString, replace);
        QFETCH(QString, lineAt);
        QFETCH(QString, message);
        test::expectBrokenRules(file, find, replace, lineAt, message);
    }

    // Every text a rule file gives, of every kind, needs its Japanese: a missing or blank ja
    // would put the English on the Japanese screens and in the Japanese report.
    void japaneseRequired_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("find");
        QTest::addColumn<QString>("replace");
        QTest::addColumn<QString>("lineAt");
        QTest::addColumn<QString>("message");

        const QString up = QStringLiteral("checks/updates-power.yaml");
        QTest::newRow("title")
            << up << "title: {en: Fast startup and hibernation, ja: 高速スタートアップと休止状態}"
            << "title: {en: Fast startup and hibernation}"
            << "title: {en: Fast startup and hibernation}"
            << "title of rule fast-startup lacks the ja translation";
        QTest::newRow("remedy step")
            << up << "            ja: その後、更新が出なくなるまで Windows Update を実行します。\n"
            << ""
            << "- en: Then run Windows Update until"
            << "a remedy step of rule kb2919355 lacks the ja translation";
        QTest::newRow("blank unknown text")
            << up << "      ja: インストール済みの更新を読み取れず、KB2919355 を確認できませんでした。"
            << "      ja: \"   \""
            << "en: The installed updates could not be read"
            << "unknown of rule kb2919355 lacks the ja translation";
        QTest::newRow("empty meaning")
            << up << "          ja: KB2919355（Windows 8.1 Update）はインストール済みです。"
            << "          ja:"
            << "en: KB2919355 (\"Windows 8.1 Update\") is installed."
            << "meaning of rule kb2919355 lacks the ja translation";
        QTest::newRow("target name") << "targets.yaml"
                                     << "name: {en: Windows 10 22H2, ja: Windows 10 22H2}"
                                     << "name: {en: Windows 10 22H2}"
                                     << "name: {en: Windows 10 22H2}"
                                     << "name of target win10-22h2 lacks the ja translation";
        QTest::newRow("verdict text") << "targets.yaml"
                                      << "    ja: \"確認できなかった項目（要確認）: {confirm}。\"\n"
                                      << ""
                                      << "en: \"Could not be checked, confirm: {confirm}.\""
                                      << "verdict text confirm lacks the ja translation";
        QTest::newRow("guide section title")
            << "guides.yaml"
            << "title: {en: Windows 10 22H2 media, ja: Windows 10 22H2 のメディア}"
            << "title: {en: Windows 10 22H2 media, ja: \"\"}"
            << "title: {en: Windows 10 22H2 media"
            << "title of section win10 lacks the ja translation";
    }
    void japaneseRequired()
    {
        QFETCH(QString, file);
        QFETCH(QString, find);
        QFETCH(QString, replace);
        QFETCH(QString, lineAt);
        QFETCH(QString, message);
        test::expectBrokenRules(file, find, replace, lineAt, message);
    }

    void folderProblems()
    {
        QTemporaryDir tmp;
        for (const QString &dir : {tmp.path() + QStringLiteral("/missing"), tmp.path()}) {
            try {
                RuleEngine engine(dir);
                QFAIL("no error");
            } catch (const ScanError &e) {
                QCOMPARE(e.kind(), ScanErrorKind::RulesInvalid);
                QCOMPARE(e.input(), dir);
            }
        }
        // A folder without the targets section is refused as a whole.
        test::copyTree(test::rulesDir(), tmp.path() + QStringLiteral("/r"));
        QVERIFY(QFile::remove(tmp.path() + QStringLiteral("/r/targets.yaml")));
        try {
            RuleEngine engine(tmp.path() + QStringLiteral("/r"));
            QFAIL("no error");
        } catch (const ScanError &e) {
            QVERIFY(e.message().contains(QStringLiteral("'version'"))
                || e.message().contains(QStringLiteral("'targets'")));
        }
    }

    // --rules DIR on an edited copy changes the outcome without rebuilding.
    void editedCopyIsUsed()
    {
        QTemporaryDir tmp;
        const QString rules = tmp.path() + QStringLiteral("/rules");
        test::copyTree(test::rulesDir(), rules);
        QFile f(rules + QStringLiteral("/targets.yaml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(f.readAll());
        f.close();
        text.replace(QStringLiteral("      min_ram: 4GiB\n"), QStringLiteral("      min_ram: 16GiB\n"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text.toUtf8());
        f.close();
        const FactSet facts = test::loadFacts(QStringLiteral("desktop-2019"));
        const Assessment before
            = test::engine().evaluate(facts, {QStringLiteral("win11-25h2")}, test::scanTime());
        const Assessment after
            = RuleEngine(rules).evaluate(facts, {QStringLiteral("win11-25h2")}, test::scanTime());
        QCOMPARE(test::findFinding(before, QStringLiteral("ram"))->status, FindingStatus::Pass);
        QCOMPARE(test::findFinding(after, QStringLiteral("ram"))->status, FindingStatus::Blocker);
    }
};

QTEST_GUILESS_MAIN(TestRuleLoader)
#include "tst_rule_loader.moc"
