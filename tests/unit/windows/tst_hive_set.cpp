// SPDX-License-Identifier: GPL-3.0-or-later
// HiveSet: finding and opening SOFTWARE, SYSTEM and the users' hives on a (fake) volume,
// and resolving the control set. Real SYSTEM and NTUSER.DAT hives, SYNTHETIC SOFTWARE hives.
#include "common/scan_error.h"
#include "fake_volume.h"
#include "hive_test_data.h"
#include "windows/hive_set.h"
#include "windows_layout.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace urs;
using namespace urs::test;

class TestHiveSet : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_data;
    QString real(const QString &name) { return expandRealHive(name, m_data.path()); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        QVERIFY2(QFile::exists(syntheticHive(QStringLiteral("software-81-pro-x64"))),
            "run the hives fixture first (ctest -R fixture_hives)");
    }

    void opensEverythingAndFindsUsersThroughProfileList()
    {
        QTemporaryDir root;
        FakeVolume volume(root.path());
        layOut(volume,
            {syntheticHive(QStringLiteral("software-81-pro-x64")), real(QStringLiteral("win81-x64-SYSTEM")),
                {{QStringLiteral("master"), syntheticHive(QStringLiteral("ntuser-proxy"))},
                    {QStringLiteral("bperry"), real(QStringLiteral("win81-NTUSER.DAT"))}}});
        const HiveSet hives(volume, QStringLiteral("Windows"));
        QCOMPARE(hives.controlSetNumber().value_or(-1), 1);
        QVERIFY(!hives.controlSetIsFallback());
        QCOMPARE(hives.controlSetNote(), QStringLiteral("SYSTEM\\Select\\Current = 1"));
        QCOMPARE(hives.paths().systemDrive(), QStringLiteral("C:"));
        QVERIFY(hives.ccs(QStringLiteral("Control\\Power")));
        QCOMPARE(hives.ccs(QStringLiteral("Control\\Power"))->path(),
            QStringLiteral("ControlSet001\\Control\\Power"));

        // ProfileList has two user SIDs (and three service accounts, which are no users).
        QCOMPARE(int(hives.users().size()), 2);
        const UserHive &master = hives.users()[0];
        QCOMPARE(master.name, QStringLiteral("master"));
        QCOMPARE(master.sid, QStringLiteral("S-1-5-21-3582372413-1543381298-3208911512-1001"));
        QCOMPARE(master.profilePath, QStringLiteral("C:\\Users\\master"));
        QCOMPARE(master.hivePath, QStringLiteral("Users/master/NTUSER.DAT"));
        QVERIFY(master.hive);
        QCOMPARE(master.hive->name(), QStringLiteral("Users\\master\\NTUSER.DAT"));
        QCOMPARE(
            master.hive
                ->dword(QStringLiteral("Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings"),
                    QStringLiteral("ProxyEnable"))
                .valueOr(0),
            1u);
        const UserHive &bperry = hives.users()[1];
        QCOMPARE(bperry.name, QStringLiteral("bperry"));
        QVERIFY(bperry.hive);
        QVERIFY(bperry.hive->key(QStringLiteral("Software\\Spotify")));
    }

    // A trimmed SYSTEM without Select: ControlSet001 is used, and the note says so.
    void missingSelectFallsBackToControlSet001()
    {
        QTemporaryDir root;
        FakeVolume volume(root.path());
        layOut(volume,
            {syntheticHive(QStringLiteral("software-81-pro-x64")),
                syntheticHive(QStringLiteral("system-81-labconfig")), {}});
        const HiveSet hives(volume, QStringLiteral("Windows"));
        QCOMPARE(hives.controlSetNumber().value_or(-1), 1);
        QVERIFY(hives.controlSetIsFallback());
        QVERIFY2(hives.controlSetNote().contains(QStringLiteral("SYSTEM\\Select absent")),
            qPrintable(hives.controlSetNote()));
        QVERIFY(hives.controlSetNote().contains(QStringLiteral("fell back to ControlSet001")));
    }

    // A SYSTEM with no control set at all (a SOFTWARE hive placed as SYSTEM): every CCS read
    // is unknown with the reason, nothing throws.
    void noControlSetMakesCcsReadsUnknown()
    {
        QTemporaryDir root;
        FakeVolume volume(root.path());
        layOut(volume,
            {syntheticHive(QStringLiteral("software-81-pro-x64")),
                syntheticHive(QStringLiteral("software-81-x86")), {}});
        const HiveSet hives(volume, QStringLiteral("Windows"));
        QVERIFY(!hives.controlSetNumber());
        const auto power = hives.ccs(QStringLiteral("Control\\Power"));
        QVERIFY(!power);
        QVERIFY2(power.reason().contains(QStringLiteral("no ControlSetNNN")), qPrintable(power.reason()));
    }

    // No ProfileList (a SOFTWARE fragment): users come from Users\*\NTUSER.DAT, without
    // Default and Public; a user hive that does not open is recorded, not fatal.
    void usersByListingWhenProfileListIsAbsent()
    {
        QTemporaryDir root;
        FakeVolume volume(root.path());
        layOut(volume,
            {real(QStringLiteral("partial-software")), real(QStringLiteral("win81-x64-SYSTEM")),
                {{QStringLiteral("bperry"), real(QStringLiteral("win81-NTUSER.DAT"))},
                    {QStringLiteral("Default"), real(QStringLiteral("win81-NTUSER.DAT"))}}});
        volume.addFile(
            QStringLiteral("Users/broken/NTUSER.DAT"), QByteArray("CREG") + QByteArray(8192, '\0'));
        volume.addFile(QStringLiteral("Users/Public/desktop.ini"), "x");
        volume.addDir(QStringLiteral("Users/nohive"));
        const HiveSet hives(volume, QStringLiteral("Windows"));
        QStringList names;
        for (const UserHive &u : hives.users())
            names.append(u.name);
        names.sort();
        QCOMPARE(names, (QStringList {QStringLiteral("bperry"), QStringLiteral("broken")}));
        for (const UserHive &u : hives.users()) {
            QVERIFY(u.sid.isEmpty());
            if (u.name == QLatin1String("broken")) {
                QVERIFY(!u.hive);
                QVERIFY2(u.problem.contains(QStringLiteral("CREG")), qPrintable(u.problem));
                QVERIFY(u.problem.contains(QStringLiteral("Users/broken/NTUSER.DAT")));
            } else {
                QVERIFY(u.hive);
                QCOMPARE(u.profilePath, QStringLiteral("C:\\Users\\bperry"));
            }
        }
    }

    // ProfileList names a profile whose NTUSER.DAT is missing: recorded with the reason.
    void missingUserHiveIsRecorded()
    {
        QTemporaryDir root;
        FakeVolume volume(root.path());
        layOut(volume,
            {syntheticHive(QStringLiteral("software-81-pro-x64")), real(QStringLiteral("win81-x64-SYSTEM")),
                {{QStringLiteral("master"), syntheticHive(QStringLiteral("ntuser-proxy"))}}});
        const HiveSet hives(volume, QStringLiteral("Windows"));
        QCOMPARE(int(hives.users().size()), 2);
        QVERIFY(!hives.users()[1].hive);
        QCOMPARE(hives.users()[1].problem, QStringLiteral("no NTUSER.DAT at C:\\Users\\bperry\\NTUSER.DAT"));
    }

    void requiredHiveProblemsThrow_data()
    {
        QTest::addColumn<QString>("softwareSource"); // "" = missing
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("SOFTWARE missing")
            << QString() << int(ScanErrorKind::NoWindows) << QStringLiteral("the SOFTWARE hive is missing");
        QTest::newRow("SOFTWARE is Win9x")
            << QStringLiteral("win9x-SYSTEM.DAT") << int(ScanErrorKind::HiveUnreadable)
            << QStringLiteral("magic 'CREG'");
        QTest::newRow("SOFTWARE corrupted")
            << QStringLiteral("corrupted-SYSTEM") << int(ScanErrorKind::HiveUnreadable)
            << QStringLiteral("damaged");
    }
    void requiredHiveProblemsThrow()
    {
        QFETCH(QString, softwareSource);
        QFETCH(int, kind);
        QFETCH(QString, expected);
        QTemporaryDir root;
        FakeVolume volume(root.path());
        volume.addCopy(
            QStringLiteral("Windows/System32/config/SYSTEM"), real(QStringLiteral("win81-x64-SYSTEM")));
        if (!softwareSource.isEmpty())
            volume.addCopy(QStringLiteral("Windows/System32/config/SOFTWARE"), real(softwareSource));
        try {
            HiveSet hives(volume, QStringLiteral("Windows"));
            QFAIL("no error");
        } catch (const ScanError &e) {
            QCOMPARE(int(e.kind()), kind);
            QVERIFY2(e.text().contains(expected), qPrintable(e.text()));
            QVERIFY2(e.input().contains(QStringLiteral("Windows/System32/config/SOFTWARE")),
                qPrintable(e.input()));
        }
    }
};

QTEST_GUILESS_MAIN(TestHiveSet)
#include "tst_hive_set.moc"
