// SPDX-License-Identifier: GPL-3.0-or-later
// The machine's time zone from the REAL SYSTEM hives of tests/data/hives/real, read with the
// time-zone collector and turned into local times by MachineTimeZone (the report's "Scanned"
// row). Values read with hivex's own tools (hivexregedit --export ... TimeZoneInformation):
//   win81-x64-SYSTEM: Pacific Standard Time, Bias 480, ActiveTimeBias 480, DaylightBias -60,
//     DaylightStart 0,3,2,2,0,0,0,0 (second Sunday of March, 2:00), StandardStart 0,11,1,2,...
//     (first Sunday of November, 2:00); no RealTimeIsUniversal.
//   win7-x86-SYSTEM: Eastern Standard Time, Bias 300, ActiveTimeBias 240 (it last ran in summer),
//     the same US rule; TimeZoneKeyName holds garbage after its terminating NUL.
#include "fake_volume.h"
#include "hive_test_data.h"
#include "report/machine_time_zone.h"
#include "windows/collectors/collectors.h"
#include "windows/hive_set.h"
#include "windows_layout.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace urs;
using namespace urs::test;

class TestTimeZone : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_data;
    QMap<QString, FactSet> m_facts; // real hive name -> the collector's facts

    const FactSet &facts(const QString &hive)
    {
        if (!m_facts.contains(hive)) {
            QTemporaryDir root;
            FakeVolume volume(root.path());
            layOut(volume,
                {syntheticHive(QStringLiteral("software-81-pro-x64")), expandRealHive(hive, m_data.path()),
                    {}});
            const HiveSet hives(volume, QStringLiteral("Windows"));
            FactSet f;
            checkTimeZone(WindowsContext {volume, hives, QStringLiteral("Windows")}, f);
            m_facts.insert(hive, f);
        }
        return m_facts[hive];
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        QVERIFY2(QFile::exists(syntheticHive(QStringLiteral("software-81-pro-x64"))),
            "run the hives fixture first (ctest -R fixture_hives)");
    }

    void factsOfTheRealHives_data()
    {
        QTest::addColumn<QString>("hive");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("bias");
        QTest::addColumn<int>("activeBias");
        QTest::newRow("8.1 x64, Pacific") << "win81-x64-SYSTEM"
                                          << "Pacific Standard Time" << 480 << 480;
        QTest::newRow("7 x86, Eastern") << "win7-x86-SYSTEM"
                                        << "Eastern Standard Time" << 300 << 240;
    }

    void factsOfTheRealHives()
    {
        QFETCH(QString, hive);
        QFETCH(QString, name);
        QFETCH(int, bias);
        QFETCH(int, activeBias);
        const FactSet &f = facts(hive);
        QCOMPARE(f.value(QStringLiteral("windows.time_zone"))->toString(), name);
        QCOMPARE(f.value(QStringLiteral("windows.time_zone_bias_minutes"))->toInt(), bias);
        QCOMPARE(f.value(QStringLiteral("windows.time_zone_active_bias_minutes"))->toInt(), activeBias);
        QCOMPARE(f.find(QStringLiteral("windows.time_zone_bias_minutes"))->provenance.where,
            QStringLiteral("SYSTEM\\ControlSet001\\Control\\TimeZoneInformation\\Bias"));
        // No RealTimeIsUniversal: Windows keeps the firmware clock in local time.
        QCOMPARE(f.value(QStringLiteral("windows.rtc_in_utc"))->toBool(), false);
        const QJsonObject rule = f.value(QStringLiteral("windows.time_zone_daylight"))->toObject();
        QCOMPARE(rule.value("observed").toBool(), true);
        QCOMPARE(rule.value("standard_bias_minutes").toInt(), 0);
        QCOMPARE(rule.value("daylight_bias_minutes").toInt(), -60);
        const QJsonObject starts = rule.value("daylight_start").toObject();
        QCOMPARE(starts.value("month").toInt(), 3);
        QCOMPARE(starts.value("day").toInt(), 2);
        QCOMPARE(starts.value("day_of_week").toInt(), 0);
        QCOMPARE(starts.value("hour").toInt(), 2);
        const QJsonObject ends = rule.value("standard_start").toObject();
        QCOMPARE(ends.value("month").toInt(), 11);
        QCOMPARE(ends.value("day").toInt(), 1);
        QCOMPARE(ends.value("day_of_week").toInt(), 0);
        QCOMPARE(ends.value("hour").toInt(), 2);
    }

    // Instants around the US transitions of 2026 (March 8 and November 1) and of 2015, the year
    // the 8.1 machine last shut down (2015-12-12 03:30:15 UTC: 19:30 the evening before).
    void localTimes_data()
    {
        QTest::addColumn<QString>("hive");
        QTest::addColumn<QString>("utc");
        QTest::addColumn<QString>("local");
        QTest::addColumn<bool>("daylight");
        const QString pacific = QStringLiteral("win81-x64-SYSTEM");
        const QString eastern = QStringLiteral("win7-x86-SYSTEM");
        QTest::newRow("Pacific, the test suite's scan time") << pacific << "2026-11-25T12:00:00Z"
                                                             << "2026-11-25T04:00:00-08:00" << false;
        QTest::newRow("Pacific, last shutdown of the real machine") << pacific << "2015-12-12T03:30:15Z"
                                                                    << "2015-12-11T19:30:15-08:00" << false;
        QTest::newRow("Pacific, a minute before summer time") << pacific << "2026-03-08T09:59:00Z"
                                                              << "2026-03-08T01:59:00-08:00" << false;
        QTest::newRow("Pacific, summer time begins") << pacific << "2026-03-08T10:00:00Z"
                                                     << "2026-03-08T03:00:00-07:00" << true;
        QTest::newRow("Pacific, midsummer") << pacific << "2026-07-01T19:00:00Z"
                                            << "2026-07-01T12:00:00-07:00" << true;
        QTest::newRow("Pacific, the last summer minute") << pacific << "2026-11-01T08:59:00Z"
                                                         << "2026-11-01T01:59:00-07:00" << true;
        QTest::newRow("Pacific, back to winter time") << pacific << "2026-11-01T09:00:00Z"
                                                      << "2026-11-01T01:00:00-08:00" << false;
        QTest::newRow("Eastern, winter") << eastern << "2026-01-15T17:00:00Z"
                                         << "2026-01-15T12:00:00-05:00" << false;
        QTest::newRow("Eastern, summer time begins") << eastern << "2026-03-08T07:00:00Z"
                                                     << "2026-03-08T03:00:00-04:00" << true;
        QTest::newRow("Eastern, New Year's Eve") << eastern << "2027-01-01T04:59:59Z"
                                                 << "2026-12-31T23:59:59-05:00" << false;
    }

    void localTimes()
    {
        QFETCH(QString, hive);
        QFETCH(QString, utc);
        QFETCH(QString, local);
        QFETCH(bool, daylight);
        const std::optional<MachineTimeZone> zone = MachineTimeZone::fromFacts(facts(hive));
        QVERIFY(zone);
        const QDateTime t = QDateTime::fromString(utc, Qt::ISODate);
        QCOMPARE(zone->toLocal(t).toString(Qt::ISODate), local);
        QCOMPARE(zone->daylightAt(t), daylight);
        QCOMPARE(zone->toLocal(t).toUTC(), t.toUTC()); // the same instant, on another clock
    }
};

QTEST_GUILESS_MAIN(TestTimeZone)
#include "tst_time_zone.moc"
