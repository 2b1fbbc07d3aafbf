// SPDX-License-Identifier: GPL-3.0-or-later
// Every rule on its outcomes, data-driven from tests/data/facts/rule-cases.json (synthetic):
// a base fact fixture with a few facts replaced, and the status the rule must give. A rule
// without cases for each status it can give makes coverage() fail.
#include "engine/rule_loader.h"
#include "engine_test_support.h"

#include <QJsonArray>

using namespace urs;

class TestRuleOutcomes : public QObject {
    Q_OBJECT
private:
    static QJsonArray cases()
    {
        return test::readJson(test::sourceDir() + QStringLiteral("/tests/data/facts/rule-cases.json"))
            .value(QStringLiteral("cases"))
            .toArray();
    }

private slots:
    void outcome_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("base");
        QTest::addColumn<QJsonObject>("replace");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("kind"); // empty: not checked
        int i = 0;
        for (const QJsonValue &v : cases()) {
            const QJsonObject c = v.toObject();
            const QString name = QStringLiteral("%1 %2 %3 #%4")
                                     .arg(c.value(QStringLiteral("rule")).toString(),
                                         c.value(QStringLiteral("status")).toString(),
                                         c.value(QStringLiteral("target")).toString())
                                     .arg(++i);
            QTest::newRow(qPrintable(name))
                << c.value(QStringLiteral("rule")).toString() << c.value(QStringLiteral("target")).toString()
                << c.value(QStringLiteral("base")).toString() << c.value(QStringLiteral("set")).toObject()
                << c.value(QStringLiteral("status")).toString() << c.value(QStringLiteral("kind")).toString();
        }
    }
    void outcome()
    {
        QFETCH(QString, rule);
        QFETCH(QString, target);
        QFETCH(QString, base);
        QFETCH(QJsonObject, replace);
        QFETCH(QString, status);
        QFETCH(QString, kind);
        const Assessment a = test::engine().evaluate(test::loadFacts(base, replace), {}, test::scanTime());
        const Finding *f = test::findFinding(a, rule, target);
        if (status == QLatin1String("none")) {
            QVERIFY2(!f, qPrintable(rule + QStringLiteral(" should not apply")));
            return;
        }
        QVERIFY2(f, qPrintable(QStringLiteral("no finding %1 for %2").arg(rule, target)));
        QCOMPARE(statusName(f->status), status);
        // Every finding explains itself and shows its evidence, unknown facts with a reason.
        QVERIFY(!f->meaning.en.isEmpty() && !f->meaning.ja.isEmpty());
        QVERIFY(!f->meaning.en.contains(QLatin1Char('{')));
        QVERIFY(!f->evidence.isEmpty());
        for (const Evidence &e : f->evidence) {
            QVERIFY(FactCatalog::find(e.fact));
            if (e.value.isNull())
                QVERIFY2(!e.unknownReason.isEmpty(), qPrintable(e.fact));
            else
                QVERIFY2(!e.provenance.isEmpty(), qPrintable(e.fact));
        }
        if (f->status == FindingStatus::Blocker)
            QVERIFY(f->kind == QLatin1String("fixable") || f->kind == QLatin1String("hardware")
                || f->kind == QLatin1String("path") || f->kind == QLatin1String("encrypted"));
        if (!kind.isEmpty())
            QCOMPARE(f->kind, kind);
        // Every blocker and warning says what to do.
        if (f->status == FindingStatus::Blocker || f->status == FindingStatus::Warning)
            QVERIFY2(!f->remedy.isEmpty(),
                qPrintable(rule + QStringLiteral(": a ") + statusName(f->status)
                    + QStringLiteral(" without a remedy")));
    }

    // Each rule has cases for every status its outcomes can give, and for "unknown".
    void coverage()
    {
        QHash<QString, QSet<QString>> covered;
        for (const QJsonValue &v : cases())
            covered[v.toObject().value(QStringLiteral("rule")).toString()]
                << v.toObject().value(QStringLiteral("status")).toString();
        const auto book = RuleLoader::load(test::rulesDir());
        for (const Rule &r : book->rules) {
            QSet<QString> wanted;
            for (const Outcome &o : r.outcomes)
                wanted << statusName(o.status);
            QVERIFY2(covered.contains(r.id), qPrintable(QStringLiteral("no cases for rule %1").arg(r.id)));
            for (const QString &s : wanted)
                QVERIFY2(covered.value(r.id).contains(s),
                    qPrintable(QStringLiteral("rule %1 lacks a %2 case").arg(r.id, s)));
            QVERIFY2(covered.value(r.id).size() >= 2 || wanted.size() == 1,
                qPrintable(QStringLiteral("rule %1 needs two outcomes tested").arg(r.id)));
        }
    }

    // Unknown facts never pass: with nothing collected every rule is unknown.
    void nothingKnownIsUnknown()
    {
        const Assessment a = test::engine().evaluate(FactSet(), {}, test::scanTime());
        QVERIFY(a.findings.size() >= 30);
        for (const Finding &f : a.findings) {
            QVERIFY2(f.status == FindingStatus::Unknown,
                qPrintable(f.id + QStringLiteral(" is ") + statusName(f.status)));
            for (const Evidence &e : f.evidence)
                QCOMPARE(e.unknownReason, QStringLiteral("not collected"));
        }
        for (const TargetVerdict &v : a.targets) {
            QVERIFY(v.verdict != Verdict::Ready);
            QVERIFY(!v.toConfirm.isEmpty());
        }
    }

    // Evidence carries the value and where it was read.
    void evidenceHasProvenance()
    {
        const Assessment a
            = test::engine().evaluate(test::loadFacts(QStringLiteral("desktop-2019")), {}, test::scanTime());
        const Finding *f = test::findFinding(a, QStringLiteral("fast-startup"));
        QVERIFY(f);
        QCOMPARE(f->evidence.first().fact, QStringLiteral("windows.fast_startup.hiberboot_enabled"));
        QCOMPARE(f->evidence.first().value, QJsonValue(false));
        QVERIFY(f->evidence.first().provenance.startsWith(QLatin1String("hive SYSTEM")));
    }

    // Remedy steps are numbered in order, carry commands, and conditional steps only appear
    // when they apply (hiberfil.sys present).
    void remedyStepsAndCommands()
    {
        const Assessment a = test::engine().evaluate(
            test::loadFacts(QStringLiteral("desktop-2019"),
                {{QStringLiteral("volume.free_bytes"), 10'000'000'000LL},
                    {QStringLiteral("volume.reclaimable.hiberfil_bytes"), 6'400'000'000LL}}),
            {QStringLiteral("win10-22h2")}, test::scanTime());
        const Finding *f = test::findFinding(a, QStringLiteral("free-space"), QStringLiteral("win10-22h2"));
        QVERIFY(f);
        QCOMPARE(f->status, FindingStatus::Blocker);
        QCOMPARE(f->remedy.first().command, QStringLiteral("powercfg /h off"));
        QVERIFY(f->remedy.first().text.en.contains(QStringLiteral("6.4 GB")));
        QVERIFY(f->meaning.en.contains(QStringLiteral("10.0 GB free")));
        QVERIFY(!f->guides.isEmpty());
        QCOMPARE(f->guides.first().section, QStringLiteral("free-space"));
        const Assessment none
            = test::engine().evaluate(test::loadFacts(QStringLiteral("desktop-2019"),
                                          {{QStringLiteral("volume.free_bytes"), 10'000'000'000LL}}),
                {QStringLiteral("win10-22h2")}, test::scanTime());
        const Finding *g
            = test::findFinding(none, QStringLiteral("free-space"), QStringLiteral("win10-22h2"));
        QVERIFY(g->remedy.first().command != QStringLiteral("powercfg /h off"));
    }
};

QTEST_GUILESS_MAIN(TestRuleOutcomes)
#include "tst_rule_outcomes.moc"
