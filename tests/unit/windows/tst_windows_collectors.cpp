// SPDX-License-Identifier: GPL-3.0-or-later
// WindowsInspector end to end on a fake volume holding the REAL Windows 8.1 SYSTEM hive
// (values from PROVENANCE.md), the SYNTHETIC software-81-pro-x64 SOFTWARE hive, a SYNTHETIC
// and a REAL NTUSER.DAT, and a few files (hiberfil.sys, pagefile.sys, setup logs).
#include "facts/fact_catalog.h"
#include "facts/fact_set.h"
#include "fake_volume.h"
#include "hive_test_data.h"
#include "json_lookup.h"
#include "windows/windows_inspector.h"
#include "windows_layout.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace urs;
using namespace urs::test;

namespace {

void setMtime(const QString &file, const QDateTime &t)
{
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(t, QFileDevice::FileModificationTime));
}

} // namespace

class TestWindowsCollectors : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_data;
    QTemporaryDir m_root;
    std::unique_ptr<FakeVolume> m_volume;
    FactSet m_facts;
    QList<std::pair<double, QString>> m_progress;

    QJsonValue value(const char *name) const
    {
        const auto v = m_facts.value(QString::fromLatin1(name));
        if (!v)
            qWarning("%s unknown: %s", name,
                qPrintable(m_facts.find(QString::fromLatin1(name))
                        ? m_facts.find(QString::fromLatin1(name))->unknownReason
                        : QStringLiteral("never set")));
        return v.value_or(QJsonValue(QJsonValue::Undefined));
    }
    const Fact &fact(const char *name) const { return *m_facts.find(QString::fromLatin1(name)); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_data.isValid() && m_root.isValid());
        QVERIFY2(QFile::exists(syntheticHive(QStringLiteral("software-81-pro-x64"))),
            "run the hives fixture first (ctest -R fixture_hives)");
        m_volume = std::make_unique<FakeVolume>(m_root.path());
        const FakeVolume &v = *m_volume;
        layOut(v,
            {syntheticHive(QStringLiteral("software-81-pro-x64")),
                expandRealHive(QStringLiteral("win81-x64-SYSTEM"), m_data.path()),
                {{QStringLiteral("master"), syntheticHive(QStringLiteral("ntuser-proxy"))},
                    {QStringLiteral("bperry"),
                        expandRealHive(QStringLiteral("win81-NTUSER.DAT"), m_data.path())}}});
        v.addSparse(QStringLiteral("hiberfil.sys"), 3LL << 30, "HIBR");
        v.addSparse(QStringLiteral("pagefile.sys"), 2LL << 30);
        v.addFile(QStringLiteral("Windows/SoftwareDistribution/Download/a1b2/windows8.1-kb123.cab"),
            QByteArray(3000, 'x'));
        v.addFile(QStringLiteral("Windows/SoftwareDistribution/Download/c3d4.psf"), QByteArray(500, 'y'));
        v.addFile(QStringLiteral("$WINDOWS.~BT/Sources/Panther/setupact.log"), QByteArray(1234, 'l'));
        v.addFile(QStringLiteral("$WINDOWS.~BT/Sources/Panther/CompatData_2016_01_05_10_00_00_1.xml"),
            "<CompatReport/>");
        v.addFile(QStringLiteral("$WINDOWS.~BT/Sources/Panther/other.txt"), "not a log");
        v.addFile(QStringLiteral("Windows/Panther/setupact.log"), QByteArray(10, 'p'));
        v.addFile(QStringLiteral("Windows/WindowsUpdate.log"), QByteArray(77, 'w'));
        setMtime(m_root.path() + QStringLiteral("/$WINDOWS.~BT/Sources/Panther/setupact.log"),
            QDateTime(QDate(2016, 1, 5), QTime(10, 0, 0), Qt::UTC));
        for (const char *f : {"/$WINDOWS.~BT/Sources/Panther/CompatData_2016_01_05_10_00_00_1.xml",
                 "/Windows/Panther/setupact.log", "/Windows/WindowsUpdate.log"})
            setMtime(
                m_root.path() + QLatin1String(f), QDateTime(QDate(2014, 5, 10), QTime(9, 30, 0), Qt::UTC));
        m_volume->fakeSpace = VolumeSpace {
            .totalBytes = 128LL << 30, .freeBytes = 9LL << 30, .clusterBytes = 4096, .problem = {}};
        m_volume->fakeDirty = false;
        m_volume->fakeLabel = QStringLiteral("OS");

        WindowsInspector(*m_volume, QStringLiteral("Windows"))
            .collect(m_facts, [this](double f, const QString &t) {
                m_progress.append({f, t});
            });
    }

    // Every windows.* and volume.* fact of the catalogue is there, known or with a reason; but
    // windows.boot.*, which BootInspector reads from the disk's boot partitions (tst_boot_store).
    void everyCatalogueFactIsCollected()
    {
        for (const FactSpec &spec : FactCatalog::all()) {
            const QString name = QString::fromLatin1(spec.name);
            if (!name.startsWith(QLatin1String("windows.")) && !name.startsWith(QLatin1String("volume.")))
                continue;
            if (name.startsWith(QLatin1String("windows.boot."))) {
                QVERIFY2(!m_facts.contains(name),
                    qPrintable(name + QStringLiteral(" set by the volume's collectors")));
                continue;
            }
            const Fact *f = m_facts.find(name);
            QVERIFY2(f, qPrintable(name + QStringLiteral(" not collected")));
            QVERIFY2(f->known || !f->unknownReason.isEmpty(),
                qPrintable(name + QStringLiteral(" unknown without reason")));
            QVERIFY2(f->unknownReason != QLatin1String("not collected"), qPrintable(name));
        }
    }

    void progressIsReportedPerCollector()
    {
        QVERIFY(m_progress.size() >= 16);
        QCOMPARE(m_progress.first().first, 0.0);
        QCOMPARE(m_progress.last().first, 1.0);
        for (int i = 1; i < m_progress.size(); ++i)
            QVERIFY(m_progress[i].first >= m_progress[i - 1].first);
        QVERIFY(!m_progress[3].second.isEmpty());
    }

    // PROVENANCE.md values of the real win81 SYSTEM hive, through the collectors.
    void systemHiveFacts()
    {
        QCOMPARE(value("windows.computer_name").toString(), QStringLiteral("SENSEI"));
        QCOMPARE(fact("windows.computer_name").provenance.where,
            QStringLiteral("SYSTEM\\ControlSet001\\Control\\ComputerName\\ComputerName\\ComputerName"));
        QCOMPARE(value("windows.control_set").toInt(), 1);
        QCOMPARE(value("windows.fast_startup.hiberboot_enabled").toBool(), true);
        QCOMPARE(value("windows.fast_startup.hibernate_enabled").toBool(), true);
        QCOMPARE(value("windows.services.wuauserv.start").toInt(), 3);
        QCOMPARE(value("windows.services.bits.start").toInt(), 2);
        QCOMPARE(value("windows.services.trustedinstaller.start").toInt(), 3);
        QCOMPARE(value("windows.services.cryptsvc.start").toInt(), 2);
        QCOMPARE(value("windows.services.appreadiness.start").toInt(), 3);
        QCOMPARE(value("windows.architecture").toString(), QStringLiteral("x64"));
        QCOMPARE(value("windows.last_shutdown").toString(), QStringLiteral("2015-12-12T03:30:15Z"));
        QCOMPARE(value("windows.time_zone").toString(), QStringLiteral("Pacific Standard Time"));
        // Read with hivex's own tools: hivexget SYSTEM 'ControlSet001\Control\Nls\Language'
        // InstallLanguage = 0409; MUI\UILanguages has one subkey, en-US, with LCID 0x409.
        QCOMPARE(value("windows.language.install").toString(), QStringLiteral("en-US"));
        QCOMPARE(fact("windows.language.install").provenance.where,
            QStringLiteral("SYSTEM\\ControlSet001\\Control\\Nls\\Language\\InstallLanguage"));
        QCOMPARE(value("windows.language.ui_languages").toArray(), QJsonArray {QStringLiteral("en-US")});
    }

    void pendingReboot()
    {
        const QJsonArray reasons = value("windows.pending_reboot.reasons").toArray();
        QVERIFY(reasons.contains(QStringLiteral("PendingFileRenameOperations")));
        QVERIFY(!reasons.contains(QStringLiteral("CBS RebootPending")));
        QVERIFY(fact("windows.pending_reboot.reasons")
                    .provenance.where.contains(QStringLiteral("PendingFileRenameOperations")));
        const QJsonArray files = value("windows.pending_reboot.file_renames").toArray();
        QVERIFY(files.contains(
            QStringLiteral("C:\\Users\\master\\AppData\\Local\\Temp\\nsp9C0.tmp\\nsProcess.dll")));
        QVERIFY(files.contains(QStringLiteral("C:\\Users\\master\\AppData\\Local\\Temp\\nsp9C0.tmp\\")));
        for (const QJsonValue &f : files)
            QVERIFY(!f.toString().isEmpty());
    }

    void noIis()
    {
        QCOMPARE(value("windows.features.iis.installed").toBool(), false);
        QVERIFY(!fact("windows.features.iis.version").known);
        QVERIFY(fact("windows.features.iis.version")
                    .unknownReason.contains(QStringLiteral("SOFTWARE\\Microsoft\\InetStp")));
        QCOMPARE(value("windows.features.hyperv.installed").toBool(), false);
    }

    // The synthetic SOFTWARE hive through the collectors.
    void identity()
    {
        QCOMPARE(value("windows.path").toString(), QStringLiteral("Windows"));
        QCOMPARE(value("windows.product_name").toString(), QStringLiteral("Windows 8.1 Pro"));
        QCOMPARE(value("windows.edition_id").toString(), QStringLiteral("Professional"));
        QCOMPARE(value("windows.current_version").toString(), QStringLiteral("6.3"));
        QCOMPARE(value("windows.build").toInt(), 9600);
        QCOMPARE(value("windows.installation_type").toString(), QStringLiteral("Client"));
        QCOMPARE(value("windows.install_date").toString(), QStringLiteral("2014-05-10T09:21:04Z"));
        QCOMPARE(value("windows.build_lab_ex").toString(),
            QStringLiteral("9600.17031.amd64fre.winblue_gdr.140221-1952"));
        QCOMPARE(value("windows.product_id").toString(), QStringLiteral("00261-50000-00000-AA000"));
        QVERIFY(!fact("windows.ubr").known);
        QVERIFY(fact("windows.ubr").unknownReason.contains(QStringLiteral("UBR")));
    }

    void servicing()
    {
        QCOMPARE(value("windows.updates.installed_kbs").toArray(),
            (QJsonArray {"KB2919355", "KB2919442", "KB2932046", "KB2937592", "KB3000850"}));
        QCOMPARE(value("windows.updates.kb2919355_installed").toBool(), true);
        const QJsonArray packages = value("windows.updates.packages").toArray();
        QCOMPARE(packages.size(), 9);
        const QJsonObject pending = findBy(packages, QStringLiteral("identity"),
            QStringLiteral("Package_for_KB3138615~31bf3856ad364e35~amd64~~6.3.1.2"));
        QCOMPARE(pending.value(QStringLiteral("state")).toInt(), 0x60);
        QCOMPARE(pending.value(QStringLiteral("state_name")).toString(), QStringLiteral("install pending"));
        QCOMPARE(pending.value(QStringLiteral("kb")).toString(), QStringLiteral("KB3138615"));
        const QJsonObject edition = findBy(packages, QStringLiteral("identity"),
            QStringLiteral("Microsoft-Windows-Professional-Package~31bf3856ad364e35~amd64~~6.3.9600.16384"));
        QVERIFY(edition.value(QStringLiteral("kb")).isNull());
        QCOMPARE(edition.value(QStringLiteral("state_name")).toString(), QStringLiteral("permanent"));
        QCOMPARE(value("windows.servicing.unserviceable").toBool(), false);
        QCOMPARE(
            value("windows.updates.last_success_install").toString(), QStringLiteral("2015-12-10T07:12:44Z"));
    }

    void features()
    {
        QCOMPARE(value("windows.features.enabled_optional").toArray(),
            (QJsonArray {"Internet-Explorer-Optional-amd64", "MediaPlayback", "NetFx3", "NetFx4-AdvSrvs",
                "SMB1Protocol", "WorkFolders-Client"}));
        QCOMPARE(value("windows.features.added").toArray(), (QJsonArray {"NetFx3", "SMB1Protocol"}));
    }

    void programs()
    {
        const QJsonArray programs = value("windows.programs").toArray();
        const QJsonObject avast
            = findBy(programs, QStringLiteral("name"), QStringLiteral("Avast Free Antivirus"));
        QCOMPARE(avast.value(QStringLiteral("publisher")).toString(), QStringLiteral("AVAST Software"));
        QCOMPARE(avast.value(QStringLiteral("version")).toString(), QStringLiteral("11.1.2245"));
        QCOMPARE(avast.value(QStringLiteral("install_date")).toString(), QStringLiteral("2015-10-20"));
        QCOMPARE(avast.value(QStringLiteral("scope")).toString(), QStringLiteral("machine"));
        const QJsonObject reader
            = findBy(programs, QStringLiteral("name"), QStringLiteral("Adobe Reader XI (11.0.13)"));
        QCOMPARE(reader.value(QStringLiteral("scope")).toString(), QStringLiteral("machine_32bit"));
        const QJsonObject spotify = findBy(programs, QStringLiteral("name"), QStringLiteral("Spotify"));
        QCOMPARE(spotify.value(QStringLiteral("scope")).toString(), QStringLiteral("user"));
        QCOMPARE(spotify.value(QStringLiteral("user")).toString(), QStringLiteral("master"));
        // Keys without DisplayName are not programs (AddressBook, Connection Manager).
        for (const QJsonValue &p : programs)
            QVERIFY(!p.toObject()
                         .value(QStringLiteral("key"))
                         .toString()
                         .endsWith(QStringLiteral("AddressBook")));
        int machine = 0;
        for (const QJsonValue &p : programs)
            machine
                += p.toObject().value(QStringLiteral("scope")).toString() == QLatin1String("machine") ? 1 : 0;
        QCOMPARE(machine, 3);
    }

    void startupAndServices()
    {
        const QJsonArray run = value("windows.startup.run_entries").toArray();
        QCOMPARE(findBy(run, QStringLiteral("name"), QStringLiteral("AvastUI.exe"))
                     .value(QStringLiteral("scope"))
                     .toString(),
            QStringLiteral("machine"));
        QCOMPARE(findBy(run, QStringLiteral("name"), QStringLiteral("Adobe ARM"))
                     .value(QStringLiteral("scope"))
                     .toString(),
            QStringLiteral("machine_32bit"));
        const QJsonObject spotify = findBy(run, QStringLiteral("name"), QStringLiteral("Spotify"));
        QCOMPARE(spotify.value(QStringLiteral("user")).toString(), QStringLiteral("master"));
        QVERIFY(spotify.value(QStringLiteral("command")).toString().contains(QStringLiteral("Spotify.exe")));

        // SENSEI runs in VirtualBox: its Guest Additions service is the one non-Windows
        // auto-start service; Windows Defender (in Program Files) is Microsoft's.
        const QJsonArray thirdParty = value("windows.services.third_party").toArray();
        QStringList names;
        for (const QJsonValue &s : thirdParty)
            names.append(s.toObject().value(QStringLiteral("name")).toString());
        QCOMPARE(names, QStringList {QStringLiteral("VBoxService")});
        QCOMPARE(thirdParty[0].toObject().value(QStringLiteral("start")).toInt(), 2);
    }

    void proxyAndProfiles()
    {
        QCOMPARE(value("windows.proxy.winhttp_direct").toBool(), true);
        QCOMPARE(value("windows.proxy.winhttp_server").toString(), QString());
        const QJsonArray users = value("windows.proxy.user_proxies").toArray();
        const QJsonObject master = findBy(users, QStringLiteral("user"), QStringLiteral("master"));
        QCOMPARE(master.value(QStringLiteral("enabled")).toBool(), true);
        QCOMPARE(
            master.value(QStringLiteral("server")).toString(), QStringLiteral("proxy.corp.example:8080"));
        QCOMPARE(master.value(QStringLiteral("auto_config_url")).toString(),
            QStringLiteral("http://wpad.corp.example/proxy.pac"));
        QVERIFY(findBy(users, QStringLiteral("user"), QStringLiteral("bperry"))
                    .value(QStringLiteral("enabled"))
                    .isBool());

        QCOMPARE(value("windows.profiles.entries").toArray().size(), 5);
        QCOMPARE(value("windows.profiles.bak_twins").toArray(), QJsonArray());
        QCOMPARE(value("windows.profiles.temporary").toArray(), QJsonArray());
        const QJsonArray read = value("windows.users").toArray();
        QCOMPARE(read.size(), 2);
        for (const QJsonValue &u : read)
            QVERIFY(u.toObject().value(QStringLiteral("hive_read")).toBool());
        QCOMPARE(read[0].toObject().value(QStringLiteral("profile_path")).toString(),
            QStringLiteral("C:\\Users\\master"));
    }

    void policiesAndBypass()
    {
        QCOMPARE(value("windows.policies.wsus_server").toString(), QString());
        QCOMPARE(value("windows.policies.use_wu_server").toBool(), false);
        QCOMPARE(value("windows.policies.disable_os_upgrade").toBool(), false);
        QCOMPARE(value("windows.policies.target_release_version").toString(), QString());
        QCOMPARE(value("windows.bypass.labconfig").toArray(), QJsonArray());
        QCOMPARE(value("windows.bypass.mosetup_allow_unsupported").toBool(), false);
        QCOMPARE(value("windows.appraiser.red_reasons").toArray(), QJsonArray());
    }

    void volumeAndFiles()
    {
        QCOMPARE(value("volume.filesystem").toString(), QStringLiteral("ntfs"));
        QCOMPARE(value("volume.label").toString(), QStringLiteral("OS"));
        QCOMPARE(value("volume.total_bytes").toInteger(), 128LL << 30);
        QCOMPARE(value("volume.free_bytes").toInteger(), 9LL << 30);
        QCOMPARE(value("volume.cluster_bytes").toInteger(), 4096);
        QCOMPARE(value("volume.dirty").toBool(), false);
        QCOMPARE(value("windows.fast_startup.hiberfil_present").toBool(), true);
        QCOMPARE(value("windows.fast_startup.hiberfil_bytes").toInteger(), 3LL << 30);
        QCOMPARE(value("windows.fast_startup.volume_hibernated").toBool(), true);
        QCOMPARE(fact("windows.fast_startup.volume_hibernated").provenance.where,
            QStringLiteral("C:\\hiberfil.sys"));
        QCOMPARE(value("volume.reclaimable.hiberfil_bytes").toInteger(), 3LL << 30);
        QCOMPARE(value("volume.reclaimable.pagefile_bytes").toInteger(), 2LL << 30);
        QCOMPARE(value("volume.reclaimable.swapfile_bytes").toInteger(), 0);
        QCOMPARE(value("volume.reclaimable.windows_old_bytes").toInteger(), 0);
        QCOMPARE(value("volume.reclaimable.update_download_bytes").toInteger(), 3500);
        QCOMPARE(value("volume.reclaimable.windows_bt_bytes").toInteger(), 1234 + 15 + 9);
        QCOMPARE(value("volume.reclaimable.total_bytes").toInteger(),
            (3LL << 30) + (2LL << 30) + 3500 + 1234 + 15 + 9);
    }

    void earlierAttemptsAndActivity()
    {
        const QJsonArray folders = value("windows.earlier_attempts.folders").toArray();
        QVERIFY(folders.contains(QStringLiteral("C:\\$WINDOWS.~BT")));
        QVERIFY(folders.contains(QStringLiteral("C:\\$WINDOWS.~BT\\Sources\\Panther")));
        QVERIFY(folders.contains(QStringLiteral("C:\\Windows\\Panther")));
        QVERIFY(!folders.contains(QStringLiteral("C:\\$WINDOWS.~BT\\Sources\\Rollback")));
        const QJsonArray logs = value("windows.earlier_attempts.logs").toArray();
        QCOMPARE(logs.size(), 4); // 2 setupact.log, CompatData, WindowsUpdate.log; not other.txt
        const QJsonObject act = findBy(
            logs, QStringLiteral("path"), QStringLiteral("C:\\$WINDOWS.~BT\\Sources\\Panther\\setupact.log"));
        QCOMPARE(act.value(QStringLiteral("size_bytes")).toInteger(), 1234);
        QCOMPARE(act.value(QStringLiteral("modified")).toString(), QStringLiteral("2016-01-05T10:00:00Z"));
        // The newest time is that log (after the 2015-12-12 shutdown and the hive timestamps).
        QCOMPARE(value("windows.newest_activity").toString(), QStringLiteral("2016-01-05T10:00:00Z"));
        QCOMPARE(fact("windows.newest_activity").provenance.where,
            QStringLiteral("C:\\$WINDOWS.~BT\\Sources\\Panther\\setupact.log"));
    }
};

QTEST_GUILESS_MAIN(TestWindowsCollectors)
#include "tst_windows_collectors.moc"
