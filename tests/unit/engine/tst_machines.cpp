// SPDX-License-Identifier: GPL-3.0-or-later
// Whole machines (synthetic fact fixtures in tests/data/facts): the verdict per target and the
// findings that decided it, judged as of 2026-11-25T12:00:00Z.
#include "engine/assessment_json.h"
#include "engine/assessment_text.h"
#include "engine_test_support.h"

#include <QJsonArray>

using namespace urs;

static const QString W10 = QStringLiteral("win10-22h2");
static const QString W24 = QStringLiteral("win11-24h2");
static const QString W25 = QStringLiteral("win11-25h2");

class TestMachines : public QObject {
    Q_OBJECT
private slots:
    // At least 25 SYNTHETIC machine profiles (tests/data/facts/machine-profiles.json): processor
    // brand string and family/model/stepping, flags, firmware, TPM, memory, disk, edition and
    // source version, each with the verdict per target and why.
    void profiles_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QJsonObject>("replace");
        QTest::addColumn<QJsonObject>("verdicts");
        QTest::addColumn<QString>("why");
        const QJsonArray profiles
            = test::readJson(test::sourceDir() + QStringLiteral("/tests/data/facts/machine-profiles.json"))
                  .value(QStringLiteral("profiles"))
                  .toArray();
        QVERIFY(profiles.size() >= 25);
        for (const QJsonValue &v : profiles) {
            const QJsonObject p = v.toObject();
            QTest::newRow(qPrintable(p.value(QStringLiteral("name")).toString()))
                << p.value(QStringLiteral("base")).toString() << p.value(QStringLiteral("set")).toObject()
                << p.value(QStringLiteral("verdicts")).toObject()
                << p.value(QStringLiteral("why")).toString();
        }
    }
    void profiles()
    {
        QFETCH(QString, base);
        QFETCH(QJsonObject, replace);
        QFETCH(QJsonObject, verdicts);
        QFETCH(QString, why);
        const Assessment a = test::engine().evaluate(test::loadFacts(base, replace), {}, test::scanTime());
        for (auto it = verdicts.begin(); it != verdicts.end(); ++it) {
            const TargetVerdict *v = test::verdictFor(a, it.key());
            QVERIFY2(v, qPrintable(it.key()));
            QVERIFY2(verdictName(v->verdict) == it.value().toString(),
                qPrintable(QStringLiteral("%1: %2, expected %3 (%4); reasons: %5")
                               .arg(it.key(), verdictName(v->verdict), it.value().toString(), why,
                                   v->reasons.join(QStringLiteral(", ")))));
        }
    }

    void verdicts_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QStringList>("reasons");
        QTest::addColumn<bool>("twoHop");

        // The bundled sample: the real 8.1 SYSTEM hive has a pending file rename, which must be
        // finished first; fast startup (on, the 8.1 default) is a warning, not a blocker.
        QTest::newRow("sample win10") << "sample-81-laptop-2014" << W10 << "ready-after-fixes"
                                      << QStringList {"pending-reboot"} << false;
        // On the 2014 laptop Windows 11 fails on hardware: Haswell fails the family gate, the
        // firmware is BIOS only, the Windows volume of the captured sample is 40 GiB, and its
        // Haswell HD Graphics (8086:0a16) has no Direct3D 12 driver. Not being on Microsoft's
        // list is a warning, and the missing TPM is Haswell's PTT switched off (fixable), so
        // neither is a hardware reason.
        QTest::newRow("sample win11-25h2")
            << "sample-81-laptop-2014" << W25 << "not-supported"
            << QStringList {"cpu-family-gate", "disk-size", "uefi", "gpu"} << false;
        // The 2014 laptop with a clean 8.1: nothing blocks Windows 10 in place.
        QTest::newRow("laptop-2014 win10") << "laptop-2014" << W10 << "ready" << QStringList {} << false;
        QTest::newRow("laptop-2014 win11-24h2") << "laptop-2014" << W24 << "not-supported"
                                                << QStringList {"cpu-family-gate", "uefi", "gpu"} << false;
        // The 2019 desktop qualifies for Windows 11, but 8.1 -> 11 is no in-place path: clean
        // install, or two hops through Windows 10 22H2 (ready in place) which keep the apps.
        QTest::newRow("desktop-2019 win10") << "desktop-2019" << W10 << "ready" << QStringList {} << false;
        QTest::newRow("desktop-2019 win11-24h2")
            << "desktop-2019" << W24 << "clean-install-only" << QStringList {"path-source-version"} << true;
        QTest::newRow("desktop-2019 win11-25h2")
            << "desktop-2019" << W25 << "clean-install-only" << QStringList {"path-source-version"} << true;
        // 32-bit 8.1 on qualifying hardware: Windows 10 stays 32-bit in place; Windows 11 needs a
        // clean install (architecture and version), and no two-hop keeps apps (10 x86 -> 11 is
        // again a clean install).
        QTest::newRow("x86 win10") << "x86-81-desktop-2018" << W10 << "ready" << QStringList {} << false;
        QTest::newRow("x86 win11-25h2") << "x86-81-desktop-2018" << W25 << "clean-install-only"
                                        << QStringList {"path-source-version", "path-architecture"} << false;
        // Core 2 Duo E8400: runs 64-bit Windows 10 (no PrefetchW flag is no failure), but has no
        // SSE4.2/POPCNT, which Windows 11 24H2 and later need regardless of any bypass.
        QTest::newRow("e8400 win10") << "core2-e8400" << W10 << "ready" << QStringList {} << false;
        QTest::newRow("e8400 win11-24h2")
            << "core2-e8400" << W24 << "not-supported"
            << QStringList {"cpu-family-gate", "cpu-sse42-popcnt", "uefi", "tpm", "gpu"} << false;
    }
    void verdicts()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, target);
        QFETCH(QString, verdict);
        QFETCH(QStringList, reasons);
        QFETCH(bool, twoHop);
        const Assessment a = test::engine().evaluate(test::loadFacts(fixture), {target}, test::scanTime());
        QCOMPARE(a.targets.size(), 1);
        const TargetVerdict &v = a.targets.first();
        QCOMPARE(verdictName(v.verdict), verdict);
        QCOMPARE(v.reasons, reasons);
        QCOMPARE(!v.alternative.en.isEmpty(), twoHop);
        QVERIFY(v.toConfirm.isEmpty() || verdict != QLatin1String("ready"));
        QVERIFY(!v.summary.en.isEmpty() && !v.summary.ja.isEmpty());
        // The summary names each deciding finding by its title, never by its rule id (developer
        // text stays in the JSON's reasons).
        for (const QString &id : reasons) {
            const auto f = std::find_if(
                a.findings.cbegin(), a.findings.cend(), [&](const Finding &x) { return x.id == id; });
            QVERIFY2(f != a.findings.cend(), qPrintable(id));
            QVERIFY2(v.summary.en.contains(f->title.en) && v.summary.ja.contains(f->title.ja),
                qPrintable(v.summary.en));
            QVERIFY2(!v.summary.en.contains(QStringLiteral("(%1)").arg(id)), qPrintable(v.summary.en));
        }
        // Only findings of the requested target (or of every target) are reported.
        for (const Finding &f : a.findings)
            QVERIFY(f.target.isEmpty() || f.target == target);
    }

    void sampleFindingsExplainThemselves()
    {
        const Assessment a = test::engine().evaluate(
            test::loadFacts(QStringLiteral("sample-81-laptop-2014")), {W10}, test::scanTime());
        const Finding *fast = test::findFinding(a, QStringLiteral("fast-startup"));
        QVERIFY(fast);
        QCOMPARE(fast->status, FindingStatus::Warning); // the 8.1 default; setup copes with it
        QVERIFY(fast->meaning.en.contains(QStringLiteral("HiberbootEnabled = yes")));
        QCOMPARE(fast->remedy.first().command, QStringLiteral("powercfg /h off"));
        const Finding *pending = test::findFinding(a, QStringLiteral("pending-reboot"));
        QVERIFY(pending->meaning.en.contains(QStringLiteral("PendingFileRenameOperations")));
        // The clock is well ahead of the 2015 shutdown: no dead battery.
        QCOMPARE(test::findFinding(a, QStringLiteral("clock"))->status, FindingStatus::Pass);
        // 30.1 GB free: above the minimum, below the checklist's 35 GB.
        QCOMPARE(test::findFinding(a, QStringLiteral("free-space"), W10)->status, FindingStatus::Warning);
        QCOMPARE(test::findFinding(a, QStringLiteral("bios-legacy-usb"))->status, FindingStatus::Advisory);
        QVERIFY(test::findFinding(a, QStringLiteral("bios-age"))
                    ->meaning.en.contains(QStringLiteral("Insyde Corp.")));
    }

    void lifecycleDependsOnTheScanDate()
    {
        const FactSet facts = test::loadFacts(QStringLiteral("desktop-2019"));
        // Before 2026-10-13 a Home/Pro Windows 10 is covered by consumer ESU; after, it is out.
        const Assessment during = test::engine().evaluate(
            facts, {W10}, QDateTime::fromString(QStringLiteral("2026-06-01T00:00:00Z"), Qt::ISODate));
        const Assessment after = test::engine().evaluate(facts, {W10}, test::scanTime());
        QCOMPARE(during.targets.first().lifecycleState, QStringLiteral("esu"));
        QCOMPARE(after.targets.first().lifecycleState, QStringLiteral("ended"));
        QVERIFY(during.targets.first().lifecycle.en.contains(QStringLiteral("Extended Security Updates")));
        QVERIFY(
            after.targets.first().lifecycle.en.contains(QStringLiteral("out of support since 2026-10-13")));
        QVERIFY(during.targets.first().lifecycle.en != after.targets.first().lifecycle.en);
        // An Enterprise edition has commercial ESU for longer.
        const Assessment business = test::engine().evaluate(
            test::loadFacts(QStringLiteral("desktop-2019"),
                {{QStringLiteral("windows.edition_id"), QStringLiteral("Enterprise")}}),
            {W10}, test::scanTime());
        QCOMPARE(business.targets.first().lifecycleState, QStringLiteral("esu"));
        // Before its end a target is supported.
        const Assessment early = test::engine().evaluate(
            facts, {W10}, QDateTime::fromString(QStringLiteral("2025-01-01T00:00:00Z"), Qt::ISODate));
        QCOMPARE(early.targets.first().lifecycleState, QStringLiteral("supported"));
    }

    void defaultTargetIsNewestSupportedWindows11()
    {
        const FactSet facts = test::loadFacts(QStringLiteral("desktop-2019"));
        QCOMPARE(test::engine().evaluate(facts, {}, test::scanTime()).defaultTarget, W25);
        // 25H2 released 2025-09-30 is the newest either way; after 25H2's consumer end (2027-10-12)
        // no target is supported and the newest is still chosen.
        QCOMPARE(test::engine()
                     .evaluate(facts, {},
                         QDateTime::fromString(QStringLiteral("2028-01-01T00:00:00Z"), Qt::ISODate))
                     .defaultTarget,
            W25);
    }

    void unknownTargetIsAUsageError()
    {
        try {
            test::engine().evaluate(FactSet(), {QStringLiteral("win12")}, test::scanTime());
            QFAIL("no error");
        } catch (const ScanError &e) {
            QCOMPARE(e.kind(), ScanErrorKind::Usage);
            QVERIFY(e.text().contains(QStringLiteral("win10-22h2, win11-24h2, win11-25h2")));
        }
    }

    // The text of `check`: verdicts first, then findings with blockers first, evidence with
    // provenance, numbered steps with commands; the same in Japanese.
    void textForm()
    {
        const Assessment a = test::engine().evaluate(
            test::loadFacts(QStringLiteral("sample-81-laptop-2014")), {}, test::scanTime());
        const QString en = assessmentToText(a, QStringLiteral("en"));
        QVERIFY(en.contains(QStringLiteral("Windows 10 22H2: READY AFTER FIXES")));
        QVERIFY(en.contains(QStringLiteral("Windows 11 25H2 (default target): NOT SUPPORTED")));
        const qsizetype firstBlocker = en.indexOf(QStringLiteral("[BLOCKER]"));
        const qsizetype firstWarning = en.indexOf(QStringLiteral("[WARNING]"));
        QVERIFY(firstBlocker > 0 && firstWarning > firstBlocker);
        QVERIFY(en.indexOf(QStringLiteral("[BLOCKER]"), firstWarning) < 0);
        QVERIFY(en.contains(QStringLiteral("windows.fast_startup.hiberboot_enabled = true  [hive SYSTEM")));
        QVERIFY(en.contains(QStringLiteral("    1. ")));
        QVERIFY(en.contains(QStringLiteral("       > powercfg /h off")));
        QVERIFY(en.contains(QStringLiteral("guides/en/in-place-upgrade.md#fast-startup")));
        // A finding the same for both Windows 11 targets is shown once, naming both.
        QCOMPARE(en.count(QStringLiteral("(tpm; ")), 1);
        QVERIFY(en.contains(QStringLiteral("(tpm; win11-24h2, win11-25h2)")));
        const QString ja = assessmentToText(a, QStringLiteral("ja"));
        QVERIFY(ja.contains(QStringLiteral("対処後にアップグレード可能")));
        QVERIFY(ja.contains(QStringLiteral("高速スタートアップ")));
        QVERIFY(ja.contains(QStringLiteral("guides/ja/in-place-upgrade.md#fast-startup")));
    }

    void jsonRoundTrip()
    {
        const Assessment a = test::engine().evaluate(
            test::loadFacts(QStringLiteral("sample-81-laptop-2014")), {}, test::scanTime());
        const QJsonObject json = assessmentToJson(a);
        QCOMPARE(json.value("targets").toObject().value(W10).toObject().value("verdict").toString(),
            QStringLiteral("ready-after-fixes"));
        QCOMPARE(json.value("targets")
                     .toObject()
                     .value(W10)
                     .toObject()
                     .value("reasons")
                     .toArray()
                     .first()
                     .toString(),
            QStringLiteral("pending-reboot"));
        const QJsonObject first = json.value("findings").toArray().first().toObject();
        for (const char *key : {"id", "target", "status", "title", "evidence", "remedy", "meaning", "guides"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        const Assessment back = assessmentFromJson(json);
        QCOMPARE(assessmentToJson(back), json);
        QCOMPARE(back.targets.size(), 3);
        QCOMPARE(back.findings.size(), a.findings.size());
    }
};

QTEST_GUILESS_MAIN(TestMachines)
#include "tst_machines.moc"
