// SPDX-License-Identifier: GPL-3.0-or-later
// The plan the engine computes (rules/plan.yaml, PlanBuilder) on whole machines (synthetic fact
// fixtures in tests/data/facts), judged as of 2026-11-25: Windows 10 and the Home/Pro 24H2 are
// out of security updates by then, 25H2 is supported.
#include "engine/assessment_json.h"
#include "engine/assessment_text.h"
#include "engine_test_support.h"

#include <QJsonArray>

using namespace urs;

namespace {

int kindRank(const QString &kind)
{
    return int(QStringList {"fix", "confirm", "recommended", "install"}.indexOf(kind));
}

} // namespace

class TestPlan : public QObject {
    Q_OBJECT
private slots:
    void plan_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QJsonObject>("set");
        QTest::addColumn<QStringList>("targets");
        QTest::addColumn<QString>("best");
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("headline"); // a part of the English headline
        QTest::addColumn<QString>("detail"); // a part of the English detail ("" to skip)
        QTest::addColumn<QStringList>("fixes"); // the findings of the "fix" steps, in order
        QTest::addColumn<QString>("confirms"); // a finding that must be a "confirm" step ("" none)

        // The bundled sample: Windows 10 in place after finishing the pending restart; Windows 11
        // needs what the 2014 laptop lacks, said as needs, not as rule titles.
        QTest::newRow("sample") << "sample-81-laptop-2014" << QJsonObject {} << QStringList {} << "win10-22h2"
                                << "in-place"
                                << "in place after 1 fix"
                                << "Windows 11 24H2 and Windows 11 25H2 would need a newer processor"
                                << QStringList {"pending-reboot"} << "";
        // A 2019 desktop: Windows 10 in place has no security updates any more, Windows 11 25H2 by a
        // clean install has; the supported one wins, and the two hops are offered to keep apps.
        QTest::newRow("supported clean install beats ended in place")
            << "desktop-2019" << QJsonObject {} << QStringList {} << "win11-25h2"
            << "clean-install"
            << "a clean install of Windows 11 25H2"
            << "upgrade in place to Windows 10 22H2 first" << QStringList {} << "";
        // Asked for Windows 10 only, the plan is about Windows 10.
        QTest::newRow("only the targets asked for")
            << "desktop-2019" << QJsonObject {} << QStringList {"win10-22h2"} << "win10-22h2"
            << "in-place"
            << "nothing needs fixing first"
            << "no longer gets security updates" << QStringList {} << "";
        // An unknown TPM is a check to make, worded as not confirmed, never as absent.
        QTest::newRow("tpm unknown") << "desktop-2019"
                                     << QJsonObject {{"hardware.tpm.present",
                                            QJsonObject {{"$unknown", "test"}}}}
                                     << QStringList {} << "win11-25h2"
                                     << "clean-install"
                                     << "after 1 check"
                                     << "" << QStringList {} << "tpm";
        // Encrypted: decrypt, then scan again; nothing about the unreadable Windows.
        QTest::newRow("bitlocker") << "desktop-2019" << QJsonObject {{"volume.bitlocker", true}}
                                   << QStringList {} << "win11-25h2"
                                   << "decrypt-first"
                                   << "First decrypt the Windows volume"
                                   << "" << QStringList {"disk-encryption"} << "";
        // Too little memory for any target: no best path, and what each would need.
        QTest::newRow("no path") << "desktop-2019" << QJsonObject {{"hardware.memory_bytes", 1073741824.0}}
                                 << QStringList {} << ""
                                 << "none"
                                 << "No Windows version"
                                 << "more memory" << QStringList {} << "";
    }

    void plan()
    {
        QFETCH(QString, fixture);
        QFETCH(QJsonObject, set);
        QFETCH(QStringList, targets);
        QFETCH(QString, best);
        QFETCH(QString, route);
        QFETCH(QString, headline);
        QFETCH(QString, detail);
        QFETCH(QStringList, fixes);
        QFETCH(QString, confirms);

        const Assessment a
            = test::engine().evaluate(test::loadFacts(fixture, set), targets, test::scanTime());
        const UpgradePlan &p = a.plan;
        const QString shown = planToText(p, QStringLiteral("en"));
        QVERIFY2(p.targetId == best, qPrintable(shown));
        QCOMPARE(p.route, route);
        QVERIFY2(p.headline.en.contains(headline), qPrintable(p.headline.en));
        QVERIFY2(detail.isEmpty() || p.detail.en.contains(detail), qPrintable(p.detail.en));
        QVERIFY(!p.headline.ja.isEmpty());

        QStringList fixSteps;
        int lastRank = 0;
        for (const PlanStep &s : p.steps) {
            // Fixes, then checks, then advice, then the installation: never out of that order.
            QVERIFY2(kindRank(s.kind) >= lastRank, qPrintable(shown));
            lastRank = kindRank(s.kind);
            QVERIFY2(!s.action.en.isEmpty() && !s.action.ja.isEmpty(), qPrintable(s.findingId));
            QVERIFY2(!s.placeLabel.en.isEmpty() && !s.kindLabel.ja.isEmpty(), qPrintable(s.findingId));
            if (s.kind == QLatin1String("fix"))
                fixSteps << s.findingId;
            if (s.kind != QLatin1String("install"))
                QVERIFY2(!s.findingId.isEmpty(), qPrintable(s.action.en));
        }
        QCOMPARE(fixSteps, fixes);
        if (!confirms.isEmpty()) {
            const auto step = std::find_if(
                p.steps.cbegin(), p.steps.cend(), [&](const PlanStep &s) { return s.findingId == confirms; });
            QVERIFY2(step != p.steps.cend(), qPrintable(shown));
            QCOMPARE(step->kind, QStringLiteral("confirm"));
            QVERIFY2(step->action.en.contains(QLatin1String("not confirmed")), qPrintable(step->action.en));
            QCOMPARE(step->place, QStringLiteral("firmware"));
        }
        const bool finishes = std::any_of(p.steps.cbegin(), p.steps.cend(),
            [](const PlanStep &s) { return s.kind == QLatin1String("install"); });
        QCOMPARE(finishes, route != QLatin1String("none"));
    }

    // In-place finishing steps link to the target's own media guide.
    void mediaGuideOfTheTarget()
    {
        const Assessment a = test::engine().evaluate(
            test::loadFacts(QStringLiteral("sample-81-laptop-2014")), {}, test::scanTime());
        QStringList guides;
        for (const PlanStep &s : a.plan.steps)
            if (s.kind == QLatin1String("install"))
                guides << s.guide.guide + QLatin1Char('#') + s.guide.section;
        QCOMPARE(guides.value(0), QStringLiteral("media-creation#win10"));
        QCOMPARE(guides.value(1), QStringLiteral("in-place-upgrade#run-setup"));
    }

    // Japanese dates in Japanese prose; the JSON keeps the plan whole (the fleet and app read it).
    void japaneseAndJson()
    {
        const Assessment a = test::engine().evaluate(
            test::loadFacts(QStringLiteral("sample-81-laptop-2014")), {}, test::scanTime());
        QVERIFY2(
            a.plan.detail.ja.contains(QStringLiteral("2026 年 10 月 13 日")), qPrintable(a.plan.detail.ja));
        QVERIFY2(a.plan.detail.en.contains(QStringLiteral("2026-10-13")), qPrintable(a.plan.detail.en));
        const Assessment back = assessmentFromJson(assessmentToJson(a));
        QCOMPARE(back.plan.targetId, a.plan.targetId);
        QCOMPARE(back.plan.headline.ja, a.plan.headline.ja);
        QCOMPARE(back.plan.steps.size(), a.plan.steps.size());
        for (qsizetype i = 0; i < a.plan.steps.size(); ++i) {
            QCOMPARE(back.plan.steps[i].action.en, a.plan.steps[i].action.en);
            QCOMPARE(back.plan.steps[i].guide.section, a.plan.steps[i].guide.section);
            QCOMPARE(back.plan.steps[i].kindLabel.ja, a.plan.steps[i].kindLabel.ja);
        }
        QCOMPARE(back.targets.first().supportEnd, a.targets.first().supportEnd);
    }
};

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
