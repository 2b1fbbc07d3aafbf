// SPDX-License-Identifier: GPL-3.0-or-later
#include "facts/fact_catalog.h"
#include "facts/fact_set.h"

#include <QJsonArray>
#include <QSet>
#include <QtTest>

using namespace urs;

class TestFactSet : public QObject {
    Q_OBJECT
private slots:
    void catalogueNamesAreUniqueAndNeverPrefixes()
    {
        QSet<QString> names;
        for (const FactSpec &spec : FactCatalog::all()) {
            const QString n = QString::fromLatin1(spec.name);
            QVERIFY2(!names.contains(n), qPrintable(n));
            names.insert(n);
        }
        // A leaf that is also a prefix of another name would collide in the JSON tree.
        for (const QString &a : names)
            for (const QString &b : names)
                QVERIFY2(!b.startsWith(a + QLatin1Char('.')), qPrintable(a + " / " + b));
    }

    void typeChecks_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("bool ok") << "volume.bitlocker" << QJsonValue(true) << true;
        QTest::newRow("bool given string") << "volume.bitlocker" << QJsonValue("yes") << false;
        QTest::newRow("integer ok") << "windows.build" << QJsonValue(9600) << true;
        QTest::newRow("integer given fraction") << "windows.build" << QJsonValue(9600.5) << false;
        QTest::newRow("string list ok")
            << "windows.updates.installed_kbs" << QJsonValue(QJsonArray {"KB1"}) << true;
        QTest::newRow("string list given objects")
            << "windows.updates.installed_kbs" << QJsonValue(QJsonArray {QJsonObject {}}) << false;
        QTest::newRow("not in catalogue") << "windows.no_such_fact" << QJsonValue(1) << false;
    }
    void typeChecks()
    {
        QFETCH(QString, name);
        QFETCH(QJsonValue, value);
        QFETCH(bool, accepted);
        FactSet set;
        bool threw = false;
        try {
            set.set(name, value, {ProvenanceKind::Derived, {}});
        } catch (const std::logic_error &) {
            threw = true;
        }
        QCOMPARE(!threw, accepted);
    }

    void unknownIsNullWithReasonAndRoundTrips()
    {
        FactSet set;
        set.set(QStringLiteral("windows.build"), 9600,
            {ProvenanceKind::Hive,
                QStringLiteral("SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\CurrentBuildNumber")});
        set.setUnknown(QStringLiteral("windows.ubr"), QStringLiteral("value UBR absent"),
            {ProvenanceKind::Hive, QStringLiteral("SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion")});
        const QJsonObject json = set.toJson();
        const QJsonObject windows = json.value("windows").toObject();
        QCOMPARE(windows.value("build").toInt(), 9600);
        QVERIFY(windows.value("ubr").isNull());
        QCOMPARE(windows.value("ubr_unknown").toString(), QStringLiteral("value UBR absent"));
        QVERIFY(json.value("provenance")
                    .toObject()
                    .value("/windows/build")
                    .toString()
                    .startsWith("hive SOFTWARE"));

        const FactSet back = FactSet::fromJson(json);
        QCOMPARE(back.value("windows.build")->toInt(), 9600);
        QVERIFY(!back.value("windows.ubr").has_value());
        QCOMPARE(back.find("windows.ubr")->unknownReason, QStringLiteral("value UBR absent"));
        QCOMPARE(back.find("windows.build")->provenance.kind, ProvenanceKind::Hive);
    }
};

QTEST_GUILESS_MAIN(TestFactSet)
#include "tst_fact_set.moc"
