// SPDX-License-Identifier: GPL-3.0-or-later
// The facts each SYNTHETIC SOFTWARE/SYSTEM hive variant must give (tests/data/hives/*.reg),
// and the REAL NT 4.0 and partial hives as wrong-role inputs, all through WindowsInspector.
#include "broken_hive.h"
#include "common/scan_error.h"
#include "facts/fact_set.h"
#include "fake_volume.h"
#include "hive_test_data.h"
#include "json_lookup.h"
#include "source/directory_volume.h"
#include "windows/hive.h"
#include "windows/windows_inspector.h"
#include "windows_layout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>

using namespace urs;
using namespace urs::test;

namespace {

const QString kMasterSid = QStringLiteral("S-1-5-21-3582372413-1543381298-3208911512-1001");

} // namespace

class TestSyntheticHives : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_data;
    QString real(const QString &name) { return expandRealHive(name, m_data.path()); }

    // Facts of a fake Windows volume with the given SOFTWARE and SYSTEM hive files; prepare
    // sets up the rest of the volume.
    FactSet scan(const QString &software, const QString &system, const QMap<QString, QString> &users = {},
        const std::function<void(FakeVolume &)> &prepare = {})
    {
        QTemporaryDir root;
        FakeVolume volume(root.path());
        layOut(volume, {software, system, users});
        if (prepare)
            prepare(volume);
        FactSet facts;
        WindowsInspector(volume, QStringLiteral("Windows")).collect(facts);
        return facts;
    }
    FactSet scanSynthetic(const char *software)
    {
        return scan(syntheticHive(QString::fromLatin1(software)), real(QStringLiteral("win81-x64-SYSTEM")));
    }
    static QJsonValue v(const FactSet &facts, const char *name)
    {
        return facts.value(QString::fromLatin1(name)).value_or(QJsonValue(QJsonValue::Undefined));
    }
    static QString reason(const FactSet &facts, const char *name)
    {
        const Fact *f = facts.find(QString::fromLatin1(name));
        return f && !f->known ? f->unknownReason : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        QVERIFY2(QFile::exists(syntheticHive(QStringLiteral("software-81-pro-x64"))),
            "run the hives fixture first (ctest -R fixture_hives)");
    }

    void withoutKb2919355()
    {
        const FactSet f = scanSynthetic("software-81-pro-x64-no-kb2919355");
        QCOMPARE(v(f, "windows.updates.kb2919355_installed").toBool(true), false);
        QCOMPARE(v(f, "windows.updates.installed_kbs").toArray(), QJsonArray {"KB2919442"});
        QCOMPARE(v(f, "windows.product_name").toString(), QStringLiteral("Windows 8.1 Pro"));
    }

    void iis85()
    {
        const FactSet f = scanSynthetic("software-81-iis85");
        QCOMPARE(v(f, "windows.features.iis.installed").toBool(), true);
        QCOMPARE(v(f, "windows.features.iis.version").toString(), QStringLiteral("8.5"));
        QCOMPARE(f.find(QStringLiteral("windows.features.iis.version"))->provenance.where,
            QStringLiteral("SOFTWARE\\Microsoft\\InetStp\\MajorVersion"));
        QCOMPARE(v(f, "windows.features.added").toArray(),
            (QJsonArray {"IIS-ManagementConsole", "IIS-WebServer", "IIS-WebServerRole", "NetFx3",
                "SMB1Protocol", "WAS-WindowsActivationService"}));
    }

    void wsus()
    {
        const FactSet f = scanSynthetic("software-81-wsus");
        QCOMPARE(
            v(f, "windows.policies.wsus_server").toString(), QStringLiteral("http://wsus.corp.example:8530"));
        QCOMPARE(v(f, "windows.policies.wsus_status_server").toString(),
            QStringLiteral("http://wsus.corp.example:8530"));
        QCOMPARE(v(f, "windows.policies.use_wu_server").toBool(), true);
        QCOMPARE(v(f, "windows.policies.no_auto_update").toBool(true), false);
        QCOMPARE(v(f, "windows.policies.disable_os_upgrade").toBool(), true);
        QCOMPARE(v(f, "windows.policies.target_release_version").toString(), QStringLiteral("1511"));
        QCOMPARE(v(f, "windows.policies.disable_gwx").toBool(), true);
        QCOMPARE(v(f, "windows.proxy.winhttp_server").toString(), QStringLiteral("proxy.corp.example:8080"));
        QCOMPARE(v(f, "windows.proxy.winhttp_direct").toBool(true), false);
        QCOMPARE(v(f, "windows.pending_reboot.reasons").toArray(),
            (QJsonArray {"PendingFileRenameOperations", "CBS RebootPending", "WU RebootRequired"}));
    }

    // Japanese text goes UTF-8 (.reg) -> UTF-16LE (hive) -> QString exactly.
    void japaneseNamesAreExact()
    {
        const FactSet f = scanSynthetic("software-81-japanese");
        const QJsonArray programs = v(f, "windows.programs").toArray();
        const QJsonObject buster
            = findBy(programs, QStringLiteral("name"), QStringLiteral("ウイルスバスター クラウド"));
        QCOMPARE(
            buster.value(QStringLiteral("publisher")).toString(), QStringLiteral("トレンドマイクロ株式会社"));
        QCOMPARE(buster.value(QStringLiteral("scope")).toString(), QStringLiteral("machine"));
        const QJsonObject ichitaro
            = findBy(programs, QStringLiteral("name"), QStringLiteral("一太郎2014 徹"));
        QCOMPARE(ichitaro.value(QStringLiteral("publisher")).toString(),
            QStringLiteral("株式会社ジャストシステム"));
        QCOMPARE(ichitaro.value(QStringLiteral("scope")).toString(), QStringLiteral("machine_32bit"));
        QVERIFY(findBy(programs, QStringLiteral("name"), QStringLiteral("Avast Free Antivirus")).isEmpty());

        // And the hive really holds UTF-16LE with a terminating NUL, as Windows writes REG_SZ.
        const Hive hive = Hive::openFile(
            syntheticHive(QStringLiteral("software-81-japanese")), QStringLiteral("SOFTWARE"));
        const auto raw = hive.key(QStringLiteral("Microsoft\\Windows\\CurrentVersion\\Uninstall\\"
                                                 "{ABCDA31D-6C9D-4A4A-8EB9-3F6A1E46F3A1}"))
                             ->raw(QStringLiteral("Publisher"));
        const QString expected = QStringLiteral("トレンドマイクロ株式会社");
        QCOMPARE(raw->second,
            QByteArray(reinterpret_cast<const char *>(expected.utf16()), expected.size() * 2)
                + QByteArray(2, '\0'));
    }

    void brokenProfileHasBakTwin()
    {
        const FactSet f = scanSynthetic("software-81-broken-profile");
        QCOMPARE(v(f, "windows.profiles.bak_twins").toArray(), QJsonArray {kMasterSid});
        QCOMPARE(v(f, "windows.profiles.temporary").toArray(),
            (QJsonArray {kMasterSid, kMasterSid + QStringLiteral(".bak")}));
        const QJsonObject bak = findBy(v(f, "windows.profiles.entries").toArray(), QStringLiteral("sid"),
            kMasterSid + QStringLiteral(".bak"));
        QCOMPARE(bak.value(QStringLiteral("is_bak")).toBool(), true);
        QCOMPARE(bak.value(QStringLiteral("path")).toString(), QStringLiteral("C:\\Users\\master"));
        QCOMPARE(bak.value(QStringLiteral("state")).toInt(), 0x8000);
        // The temporary profile folder has no hive: recorded as not read, with the reason.
        const QJsonObject temp
            = findBy(v(f, "windows.users").toArray(), QStringLiteral("name"), QStringLiteral("TEMP"));
        QCOMPARE(temp.value(QStringLiteral("hive_read")).toBool(true), false);
        QVERIFY(temp.value(QStringLiteral("problem"))
                    .toString()
                    .contains(QStringLiteral("C:\\Users\\TEMP\\NTUSER.DAT")));
    }

    void x86()
    {
        const FactSet f
            = scan(syntheticHive(QStringLiteral("software-81-x86")), real(QStringLiteral("win7-x86-SYSTEM")));
        QCOMPARE(v(f, "windows.architecture").toString(), QStringLiteral("x86"));
        QCOMPARE(v(f, "windows.product_name").toString(), QStringLiteral("Windows 8.1"));
        QCOMPARE(v(f, "windows.edition_id").toString(), QStringLiteral("Core"));
        QCOMPARE(v(f, "windows.ubr").toInt(), 19085);
        QCOMPARE(v(f, "windows.computer_name").toString(), QStringLiteral("WKS-WIN732BITA"));
        QVERIFY(
            reason(f, "windows.fast_startup.hiberboot_enabled").contains(QStringLiteral("HiberbootEnabled")));
        QCOMPARE(v(f, "windows.updates.kb2919355_installed").toBool(), true);
        for (const QJsonValue &p : v(f, "windows.programs").toArray())
            QCOMPARE(p.toObject().value(QStringLiteral("scope")).toString(), QStringLiteral("machine"));
        QCOMPARE(v(f, "windows.startup.run_entries").toArray().size(), 1);
    }

    // A trimmed SYNTHETIC SYSTEM: no Select, bypass keys, a REG_SZ where a DWORD belongs.
    void labConfigSystem()
    {
        const FactSet f = scan(syntheticHive(QStringLiteral("software-81-pro-x64")),
            syntheticHive(QStringLiteral("system-81-labconfig")));
        QCOMPARE(v(f, "windows.control_set").toInt(), 1);
        const Fact *cs = f.find(QStringLiteral("windows.control_set"));
        QCOMPARE(cs->provenance.kind, ProvenanceKind::Derived);
        QVERIFY2(cs->provenance.where.contains(QStringLiteral("fell back to ControlSet001")),
            qPrintable(cs->provenance.where));
        QCOMPARE(v(f, "windows.computer_name").toString(), QStringLiteral("LABPC"));
        QCOMPARE(v(f, "windows.bypass.labconfig").toArray(),
            (QJsonArray {"BypassSecureBootCheck", "BypassTPMCheck"}));
        QCOMPARE(v(f, "windows.bypass.mosetup_allow_unsupported").toBool(), true);
        QCOMPARE(v(f, "windows.services.wuauserv.start").toInt(), 4);
        QVERIFY2(reason(f, "windows.services.bits.start")
                     .contains(QStringLiteral("is REG_SZ, expected REG_DWORD")),
            qPrintable(reason(f, "windows.services.bits.start")));
        QCOMPARE(reason(f, "windows.services.trustedinstaller.start"),
            QStringLiteral("service key absent: SYSTEM\\ControlSet001\\Services\\TrustedInstaller"));
        const QJsonArray third = v(f, "windows.services.third_party").toArray();
        QCOMPARE(third.size(), 1);
        QCOMPARE(third[0].toObject().value(QStringLiteral("display_name")).toString(),
            QStringLiteral("Avast Antivirus"));
        QVERIFY(reason(f, "windows.last_shutdown").contains(QStringLiteral("Control\\Windows")));
    }

    // Windows NT 4.0: readable, and the facts say what it is.
    void nt4IsReadableAndSaysWhatItIs()
    {
        const FactSet f = scan(real(QStringLiteral("nt4-SOFTWARE")), real(QStringLiteral("nt4-SYSTEM")));
        QCOMPARE(v(f, "windows.current_version").toString(), QStringLiteral("4.0"));
        QCOMPARE(v(f, "windows.build").toInt(), 1381);
        const QString why = reason(f, "windows.product_name");
        QVERIFY2(why.contains(QStringLiteral("ProductName"))
                && why.contains(QStringLiteral("CurrentVersion is 4.0")),
            qPrintable(why));
        QCOMPARE(v(f, "windows.computer_name").toString(), QStringLiteral("SERVER"));
        QVERIFY(
            reason(f, "windows.services.wuauserv.start").startsWith(QStringLiteral("service key absent")));
        QVERIFY(
            reason(f, "windows.updates.installed_kbs").contains(QStringLiteral("Component Based Servicing")));
        QCOMPARE(v(f, "windows.install_date").toString(), QStringLiteral("2023-02-08T04:47:30Z"));
    }

    // A SOFTWARE hive without Microsoft\Windows NT\CurrentVersion (here a SYSTEM hive in its
    // place): every identity fact unknown, naming the key.
    void softwareWithoutCurrentVersionGivesUnknownNamingTheKey()
    {
        const FactSet f
            = scan(real(QStringLiteral("win7-x86-SYSTEM")), real(QStringLiteral("win81-x64-SYSTEM")));
        for (const char *name :
            {"windows.product_name", "windows.edition_id", "windows.build", "windows.install_date"}) {
            const QString why = reason(f, name);
            QVERIFY2(
                why.startsWith(QStringLiteral("key SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion absent")),
                qPrintable(why));
            QVERIFY(why.contains(QStringLiteral("does not describe a Windows NT installation")));
        }
        QCOMPARE(v(f, "windows.computer_name").toString(), QStringLiteral("SENSEI"));
    }

    // The partial hive: a CurrentVersion key without values (a per-user Software hive).
    void partialSoftwareGivesUnknownNamingTheKey()
    {
        const FactSet f
            = scan(real(QStringLiteral("partial-software")), real(QStringLiteral("win81-x64-SYSTEM")));
        const QString why = reason(f, "windows.product_name");
        QVERIFY2(why.contains(QStringLiteral(
                     "value ProductName absent from key SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion")),
            qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("does not look like a Windows SOFTWARE hive")), qPrintable(why));
        QVERIFY(reason(f, "windows.current_version").contains(QStringLiteral("CurrentVersion")));
        QCOMPARE(v(f, "windows.programs").toArray().size(), 5);
        QCOMPARE(v(f, "windows.computer_name").toString(), QStringLiteral("SENSEI"));
    }

    // SYNTHETIC damage (broken_hive.h): one key's subkey or value list cannot be read. The facts
    // built from that list are unknown with hivex's reason naming the key, never an empty list
    // or false.
    void brokenKeyListMakesFactsUnknown_data()
    {
        QTest::addColumn<QString>("hive"); // "software" (software-81-pro-x64) or a SYSTEM hive
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("subkeys"); // which list is broken: subkeys, or else values
        QTest::addColumn<QStringList>("facts");
        const QString cbs = QStringLiteral("Microsoft\\Windows\\CurrentVersion\\Component Based Servicing");
        QTest::newRow("CBS packages")
            << "software" << cbs + QStringLiteral("\\Packages") << true
            << QStringList {"windows.updates.packages", "windows.updates.installed_kbs",
                   "windows.updates.kb2919355_installed"};
        // The lookup of Packages walks the broken list of its parent: unreadable, not absent.
        QTest::newRow("CBS subkeys") << "software" << cbs << true
                                     << QStringList {"windows.updates.installed_kbs",
                                            "windows.features.enabled_optional"};
        QTest::newRow("optional features")
            << "software" << cbs + QStringLiteral("\\Notifications\\OptionalFeatures") << true
            << QStringList {"windows.features.enabled_optional", "windows.features.added",
                   "windows.features.hyperv.installed", "windows.features.iis.installed"};
        QTest::newRow("uninstall") << "software"
                                   << "Microsoft\\Windows\\CurrentVersion\\Uninstall" << true
                                   << QStringList {"windows.programs"};
        QTest::newRow("run values") << "software"
                                    << "Microsoft\\Windows\\CurrentVersion\\Run" << false
                                    << QStringList {"windows.startup.run_entries"};
        QTest::newRow("profile list")
            << "software"
            << "Microsoft\\Windows NT\\CurrentVersion\\ProfileList" << true
            << QStringList {"windows.profiles.entries", "windows.profiles.bak_twins"};
        QTest::newRow("services") << "win81-x64-SYSTEM"
                                  << "ControlSet001\\Services" << true
                                  << QStringList {
                                         "windows.services.third_party", "windows.services.wuauserv.start"};
        QTest::newRow("labconfig values")
            << "system-81-labconfig"
            << "Setup\\LabConfig" << false << QStringList {"windows.bypass.labconfig"};
        QTest::newRow("SYSTEM root") << "win81-x64-SYSTEM"
                                     << "" << true
                                     << QStringList {"windows.control_set", "windows.computer_name",
                                            "windows.services.third_party"};
    }
    void brokenKeyListMakesFactsUnknown()
    {
        QFETCH(QString, hive);
        QFETCH(QString, key);
        QFETCH(bool, subkeys);
        QFETCH(QStringList, facts);
        const bool software = hive == QLatin1String("software");
        const QString original = software               ? syntheticHive(QStringLiteral("software-81-pro-x64"))
            : hive.startsWith(QLatin1String("system-")) ? syntheticHive(hive)
                                                        : real(hive);
        const QString broken
            = m_data.path() + QStringLiteral("/broken-") + QString::fromLatin1(QTest::currentDataTag());
        const qint64 record
            = breakKeyList(original, key, subkeys ? KeyList::Subkeys : KeyList::Values, broken);
        const QString system = real(QStringLiteral("win81-x64-SYSTEM"));
        const FactSet f = software ? scan(broken, system)
                                   : scan(syntheticHive(QStringLiteral("software-81-pro-x64")), broken);
        const QString where = (software ? QStringLiteral("SOFTWARE") : QStringLiteral("SYSTEM"))
            + (key.isEmpty() ? QString() : QLatin1Char('\\') + key);
        const QString expected
            = QStringLiteral("cannot list the %1 of %2 (key record at hive offset 0x%3): hivex: ")
                  .arg(subkeys ? QStringLiteral("subkeys") : QStringLiteral("values"), where)
                  .arg(record, 0, 16);
        for (const QString &name : facts) {
            const Fact *fact = f.find(name);
            QVERIFY2(fact, qPrintable(name));
            QVERIFY2(!fact->known,
                qPrintable(name + QStringLiteral(" = ")
                    + QString::fromUtf8(
                        QJsonDocument(QJsonArray {fact->value}).toJson(QJsonDocument::Compact))));
            QVERIFY2(fact->unknownReason.contains(expected),
                qPrintable(name + QStringLiteral(": ") + fact->unknownReason));
        }
    }

    // What the volume cannot tell about its size is unknown with the volume's reason, never 0.
    void volumeSizeUnreadableIsUnknown_data()
    {
        QTest::addColumn<qint64>("total"); // -1: cannot be read
        QTest::addColumn<qint64>("free");
        QTest::addColumn<qint64>("cluster");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("totalReason"); // "" when known
        QTest::addColumn<QString>("freeReason");
        const QString bitmap = QStringLiteral("the free space of fake: NTFS $Bitmap holds 8 bytes");
        QTest::newRow("free space unreadable")
            << (128LL << 30) << -1LL << 4096LL << bitmap << QString() << bitmap;
        QTest::newRow("nothing readable")
            << -1LL << -1LL << -1LL << QStringLiteral("fake: no boot sector")
            << QStringLiteral("fake: no boot sector") << QStringLiteral("fake: no boot sector");
        QTest::newRow("size 0 is no size")
            << 0LL << 0LL << 4096LL << QString() << QStringLiteral("reports a size of 0") << QString();
        QTest::newRow("no reason given")
            << -1LL << -1LL << -1LL << QString() << QStringLiteral("cannot be read")
            << QStringLiteral("cannot be read");
    }
    void volumeSizeUnreadableIsUnknown()
    {
        QFETCH(qint64, total);
        QFETCH(qint64, free);
        QFETCH(qint64, cluster);
        QFETCH(QString, problem);
        QFETCH(QString, totalReason);
        QFETCH(QString, freeReason);
        auto part = [](qint64 v) { return v < 0 ? std::optional<qint64>() : std::optional<qint64>(v); };
        const FactSet f = scan(syntheticHive(QStringLiteral("software-81-pro-x64")),
            real(QStringLiteral("win81-x64-SYSTEM")), {}, [&](FakeVolume &volume) {
                volume.fakeSpace = VolumeSpace {part(total), part(free), part(cluster), problem};
            });
        auto check = [&](const char *name, qint64 value, const QString &why) {
            const Fact *fact = f.find(QString::fromLatin1(name));
            QVERIFY2(fact, name);
            if (why.isEmpty()) {
                QVERIFY2(fact->known, qPrintable(fact->unknownReason));
                QCOMPARE(fact->value.toInteger(), value);
            } else {
                QVERIFY2(!fact->known, name);
                QVERIFY2(fact->unknownReason.contains(why), qPrintable(fact->unknownReason));
            }
        };
        check("volume.total_bytes", total, totalReason);
        check("volume.free_bytes", free, freeReason);
    }

    void corruptSystemStopsTheScan()
    {
        try {
            scan(syntheticHive(QStringLiteral("software-81-pro-x64")),
                real(QStringLiteral("corrupted-SYSTEM")));
            QFAIL("no error");
        } catch (const ScanError &e) {
            QCOMPARE(e.kind(), ScanErrorKind::HiveUnreadable);
            QVERIFY2(
                e.text().contains(QStringLiteral("Windows/System32/config/SYSTEM")), qPrintable(e.text()));
        }
    }

    // The same installation through the real folder-backed volume (scanner/source), with the
    // folder names in another case, as a copy on a Linux file system may have them.
    void onDirectoryVolume()
    {
        QTemporaryDir root;
        QDir().mkpath(root.path() + QStringLiteral("/WINDOWS/system32/CONFIG"));
        QVERIFY(QFile::copy(syntheticHive(QStringLiteral("software-81-wsus")),
            root.path() + QStringLiteral("/WINDOWS/system32/CONFIG/software")));
        QVERIFY(QFile::copy(real(QStringLiteral("win81-x64-SYSTEM")),
            root.path() + QStringLiteral("/WINDOWS/system32/CONFIG/system")));
        QDir().mkpath(root.path() + QStringLiteral("/users/MASTER"));
        QVERIFY(QFile::copy(syntheticHive(QStringLiteral("ntuser-proxy")),
            root.path() + QStringLiteral("/users/MASTER/ntuser.dat")));
        const DirectoryVolume volume(root.path());
        FactSet f;
        WindowsInspector(volume, QStringLiteral("WINDOWS")).collect(f);
        QCOMPARE(v(f, "windows.computer_name").toString(), QStringLiteral("SENSEI"));
        QCOMPARE(
            v(f, "windows.policies.wsus_server").toString(), QStringLiteral("http://wsus.corp.example:8530"));
        QCOMPARE(v(f, "volume.filesystem").toString(), QStringLiteral("directory"));
        const QJsonObject master = findBy(
            v(f, "windows.proxy.user_proxies").toArray(), QStringLiteral("user"), QStringLiteral("master"));
        QCOMPARE(master.value(QStringLiteral("enabled")).toBool(), true);
        QVERIFY(!f.find(QStringLiteral("volume.bitlocker"))->known);
    }
};

QTEST_GUILESS_MAIN(TestSyntheticHives)
#include "tst_synthetic_hives.moc"
