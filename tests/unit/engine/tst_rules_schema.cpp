// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped rules: every file loads, every guide link resolves to a section of the guides in
// both languages, and the data the issue asks for is there.
#include "engine/rule_loader.h"
#include "engine_test_support.h"

#include <QRegularExpression>

using namespace urs;

class TestRulesSchema : public QObject {
    Q_OBJECT
private slots:
    void everyRuleFileLoads()
    {
        std::unique_ptr<RuleBook> book;
        try {
            book = RuleLoader::load(test::rulesDir());
        } catch (const ScanError &e) {
            QFAIL(qPrintable(e.text()));
        }
        QVERIFY(book->rules.size() >= 30);
        QCOMPARE(RuleEngine(test::rulesDir()).targetIds(),
            (QStringList {
                QStringLiteral("win10-22h2"), QStringLiteral("win11-24h2"), QStringLiteral("win11-25h2")}));
        QVERIFY(!book->version.isEmpty());
        // Approved lists for the three vendors, each with a source and a date.
        for (const char *vendor : {"GenuineIntel", "AuthenticAMD", "Qualcomm"}) {
            const CpuList *list = book->data.cpuListFor(QLatin1String(vendor));
            QVERIFY2(list, vendor);
            QVERIFY(list->source.startsWith(QLatin1String("https://")));
            QVERIFY(!list->asOf.isEmpty());
        }
        QVERIFY(book->data.gate.vendors.contains(QStringLiteral("GenuineIntel")));
        for (const char *id : {"security-products", "vpn-clients", "disk-encryption"})
            QVERIFY2(book->data.programLists.contains(QLatin1String(id)), id);
    }

    // Every rule is a finding with a title in both languages and at least two outcomes, every
    // blocker says what kind it is.
    void rulesAreComplete()
    {
        const auto book = RuleLoader::load(test::rulesDir());
        for (const Rule &r : book->rules) {
            QVERIFY2(!r.title.en.isEmpty() && !r.title.ja.isEmpty(), qPrintable(r.id));
            QVERIFY2(r.outcomes.size() >= 2, qPrintable(r.id));
            for (const Outcome &o : r.outcomes) {
                if (o.status == FindingStatus::Blocker)
                    QVERIFY2(o.kind != BlockerKind::Info, qPrintable(r.id));
                if (o.status != FindingStatus::Pass && o.status != FindingStatus::Unknown
                    && o.status != FindingStatus::Advisory && r.kind != BlockerKind::Hardware
                    && r.kind != BlockerKind::Path)
                    QVERIFY2(!o.remedy.isEmpty() || !o.guides.isEmpty(),
                        qPrintable(r.id + QStringLiteral(": no remedy")));
            }
        }
    }

    void guideLinksResolve()
    {
        const auto book = RuleLoader::load(test::rulesDir());
        QStringList used;
        for (const Rule &r : book->rules) {
            used << r.unknownGuides;
            for (const Outcome &o : r.outcomes)
                used << o.guides;
        }
        for (const Target &t : book->targets)
            used << t.guides;
        QVERIFY(used.size() > 20);
        // Every section of guides.yaml (and so every link, which the loader checks against
        // guides.yaml) must be an anchor in the English and the Japanese guide.
        static const QRegularExpression anchor(QStringLiteral("<a id=\"([a-z0-9-]+)\"></a>"));
        for (const QString &key : book->guideSections.keys()) {
            const GuideSection s = book->guideSections.value(key);
            for (const char *lang : {"en", "ja"}) {
                const QString path = test::sourceDir()
                    + QStringLiteral("/media/guides/%1/%2.md").arg(QLatin1String(lang), s.guide);
                QFile f(path);
                QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
                QStringList anchors;
                const QString text = QString::fromUtf8(f.readAll());
                for (auto it = anchor.globalMatch(text); it.hasNext();)
                    anchors << it.next().captured(1);
                QVERIFY2(anchors.contains(s.section),
                    qPrintable(QStringLiteral("%1 lacks section %2").arg(path, s.section)));
            }
        }
        for (const QString &ref : used)
            QVERIFY2(book->guideSections.contains(ref), qPrintable(ref));
    }
};

QTEST_GUILESS_MAIN(TestRulesSchema)
#include "tst_rules_schema.moc"
