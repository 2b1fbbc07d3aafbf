// SPDX-License-Identifier: GPL-3.0-or-later
// Device readers: pci.ids lookups, IPv4 addresses from procfs, block device filtering, the TPM
// fallbacks and the UEFI variables. Inputs are SYNTHETIC.
#include "hardware/block_disk_probe.h"
#include "hardware/firmware_probe.h"
#include "hardware/hardware_root.h"
#include "hardware/ipv4_address_map.h"
#include "hardware/pci_ids.h"
#include "hardware_test_util.h"

using namespace urs;
using namespace urs::test;

namespace {

const char *kFibTrie = R"(Main:
  +-- 0.0.0.0/0 3 0 5
     |-- 0.0.0.0
        /0 universe UNICAST
     +-- 10.0.0.0/8 2 0 2
        |-- 10.1.2.3
           /32 host LOCAL
     +-- 127.0.0.0/8 2 0 2
        +-- 127.0.0.0/31 1 0 0
           |-- 127.0.0.1
              /32 host LOCAL
     +-- 169.254.0.0/16 2 0 2
        |-- 169.254.7.9
           /32 host LOCAL
     +-- 192.168.1.0/24 2 0 2
        |-- 192.168.1.0
           /24 link UNICAST
        |-- 192.168.1.23
           /32 host LOCAL
        |-- 192.168.1.255
           /32 link BROADCAST
Local:
     +-- 192.168.1.0/24 2 0 2
        |-- 192.168.1.23
           /32 host LOCAL
)";

// 10.0.0.0/8 on eth1, but 10.1.0.0/16 on eth2: the longer prefix wins.
const char *kRoute = "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n"
                     "eth0\t00000000\t0101A8C0\t0003\t0\t0\t100\t00000000\t0\t0\t0\n"
                     "eth0\t0001A8C0\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0\n"
                     "eth1\t0000000A\t00000000\t0001\t0\t0\t100\t000000FF\t0\t0\t0\n"
                     "eth2\t0000010A\t00000000\t0001\t0\t0\t100\t0000FFFF\t0\t0\t0\n"
                     "wlan0\t0000FEA9\t00000000\t0001\t0\t0\t100\t0000FFFF\t0\t0\t0\n";

} // namespace

class TestHardwareDevices : public QObject {
    Q_OBJECT
private slots:
    void pciIdsLookup()
    {
        const PciIds db(hardwareDataDir() + QStringLiteral("/pci.ids"));
        QHash<quint32, PciIds::Names> names;
        QString error;
        QVERIFY(db.lookup(
            {{0x8086, 0x0a16}, {0x8086, 0xffff}, {0x1234, 0x1111}, {0x17aa, 0x2214}}, &names, &error));
        const PciIds::Names haswell = names.value(PciIds::key(0x8086, 0x0a16));
        QCOMPARE(haswell.vendor.value_or(QString()), QStringLiteral("Intel Corporation"));
        QCOMPARE(
            haswell.device.value_or(QString()), QStringLiteral("Haswell-ULT Integrated Graphics Controller"));
        // A known vendor with an unknown device keeps the vendor name only.
        QCOMPARE(names.value(PciIds::key(0x8086, 0xffff)).vendor.value_or(QString()),
            QStringLiteral("Intel Corporation"));
        QVERIFY(!names.value(PciIds::key(0x8086, 0xffff)).device);
        QVERIFY(!names.value(PciIds::key(0x1234, 0x1111)).vendor);
        // "17aa 2214" appears only as a subsystem line under 0a16: never a vendor or device.
        QVERIFY(!names.value(PciIds::key(0x17aa, 0x2214)).vendor);
        QVERIFY(!names.value(PciIds::key(0x17aa, 0x2214)).device);
    }

    void pciIdsStopsAtClasses()
    {
        TempTree tree;
        // "C 03" lines are classes; a vendor line after them must not be read.
        tree.write(QStringLiteral("pci.ids"),
            "8086  Intel Corporation\n\t0a16  GPU\nC 03  Display controller\n"
            "\t00  VGA compatible controller\n1002  Late vendor\n");
        QHash<quint32, PciIds::Names> names;
        QString error;
        QVERIFY(PciIds(tree.file(QStringLiteral("pci.ids")))
                    .lookup({{0x1002, 0x0001}, {0x8086, 0x0a16}}, &names, &error));
        QVERIFY(!names.value(PciIds::key(0x1002, 0x0001)).vendor);
        QCOMPARE(names.value(PciIds::key(0x8086, 0x0a16)).device.value_or(QString()), QStringLiteral("GPU"));
        QVERIFY(!PciIds(tree.file(QStringLiteral("missing.ids"))).lookup({{1, 1}}, &names, &error));
        QVERIFY2(error.contains(QLatin1String("missing.ids")), qPrintable(error));
    }

    void realPciIdsWhenInstalled()
    {
        if (!QFile::exists(QStringLiteral("/usr/share/misc/pci.ids")))
            QSKIP("Debian's pci.ids is not installed here");
        QHash<quint32, PciIds::Names> names;
        QString error;
        QVERIFY(PciIds(QStringLiteral("/usr/share/misc/pci.ids")).lookup({{0x8086, 0x3e92}}, &names, &error));
        QVERIFY(names.value(PciIds::key(0x8086, 0x3e92))
                    .device.value_or(QString())
                    .contains(QLatin1String("UHD Graphics 630")));
    }

    void localAddresses()
    {
        QCOMPARE(Ipv4AddressMap::localAddresses(kFibTrie),
            QStringList({"10.1.2.3", "169.254.7.9", "192.168.1.23"})); // loopback out, no duplicates
        const QHash<QString, QStringList> map = Ipv4AddressMap::build(kFibTrie, kRoute);
        QCOMPARE(map.value(QStringLiteral("eth0")), QStringList {"192.168.1.23"});
        QCOMPARE(map.value(QStringLiteral("eth2")), QStringList {"10.1.2.3"});
        QVERIFY(!map.contains(QStringLiteral("eth1")));
        QCOMPARE(map.value(QStringLiteral("wlan0")), QStringList {"169.254.7.9"});
        QVERIFY(Ipv4AddressMap::isApipa(QStringLiteral("169.254.7.9")));
        QVERIFY(!Ipv4AddressMap::isApipa(QStringLiteral("169.25.7.9")));
        QVERIFY(Ipv4AddressMap::build(QByteArray(), kRoute).isEmpty());
        QVERIFY(Ipv4AddressMap::build(kFibTrie, QByteArray()).isEmpty());
    }

    void skippedBlockDevices_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("skipped");
        for (const char *n : {"loop0", "loop12", "ram0", "zram0", "sr0", "fd0", "nbd3"})
            QTest::newRow(n) << QString::fromLatin1(n) << true;
        for (const char *n : {"sda", "nvme0n1", "vda", "mmcblk0", "xvda", "hda"})
            QTest::newRow(n) << QString::fromLatin1(n) << false;
    }
    void skippedBlockDevices()
    {
        QFETCH(QString, name);
        QFETCH(bool, skipped);
        QCOMPARE(BlockDiskProbe::isSkipped(name), skipped);
    }

    void tpmFallbacks_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("present");
        QTest::addColumn<QString>("version");
        QTest::newRow("tpm0 major 1") << QStringList {"sys/class/tpm/tpm0/tpm_version_major=1"} << "true"
                                      << "1.2";
        QTest::newRow("tpm0 major 2 beats TCPA")
            << QStringList {"sys/class/tpm/tpm0/tpm_version_major=2", "sys/firmware/acpi/tables/TCPA=x"}
            << "true"
            << "2.0";
        QTest::newRow("tpm0 without version, TCPA")
            << QStringList {"sys/class/tpm/tpm0/dev=10:224", "sys/firmware/acpi/tables/TCPA=x"} << "true"
            << "1.2";
        QTest::newRow("only TPM2 table")
            << QStringList {"sys/class/net/x=1", "sys/firmware/acpi/tables/TPM2=x"} << "true"
            << "2.0";
        QTest::newRow("tpm0 without anything") << QStringList {"sys/class/tpm/tpm0/dev=10:224"} << "true"
                                               << "unknown:no TPM2 or TCPA table";
        QTest::newRow("nothing visible")
            << QStringList {"sys/class/net/x=1", "sys/firmware/acpi/tables/APIC=x"} << "false"
            << "unknown:fTPM/PTT";
        QTest::newRow("no sysfs") << QStringList {"proc/cpuinfo="} << "unknown"
                                  << "unknown:neither /sys/class";
        QTest::newRow("bad major") << QStringList {"sys/class/tpm/tpm0/tpm_version_major=3"} << "true"
                                   << "unknown:holds \"3\"";
    }
    void tpmFallbacks()
    {
        QFETCH(QStringList, files);
        QFETCH(QString, present);
        QFETCH(QString, version);
        TempTree tree;
        for (const QString &f : files)
            tree.write(f.section(QLatin1Char('='), 0, 0), f.section(QLatin1Char('='), 1).toLatin1());
        const FactSet facts = probe(tree.path());
        const Fact *p = facts.find(QStringLiteral("hardware.tpm.present"));
        const Fact *v = facts.find(QStringLiteral("hardware.tpm.version"));
        QCOMPARE(
            p->known ? QString::fromLatin1(p->value.toBool() ? "true" : "false") : QStringLiteral("unknown"),
            present);
        if (version.startsWith(QLatin1String("unknown:"))) {
            QVERIFY(!v->known);
            QVERIFY2(v->unknownReason.contains(version.mid(8)), qPrintable(v->unknownReason));
        } else {
            QCOMPARE(v->value.toString(), version);
        }
    }

    void efiVariables_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("on") << QByteArray("\x06\x00\x00\x00\x01", 5) << "true";
        QTest::newRow("off") << QByteArray("\x06\x00\x00\x00\x00", 5) << "false";
        QTest::newRow("odd value") << QByteArray("\x06\x00\x00\x00\x02", 5) << "unknown:holds 2";
        QTest::newRow("attributes only") << QByteArray("\x06\x00\x00\x00", 4) << "unknown:4 bytes";
    }
    void efiVariables()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        TempTree tree;
        tree.write(
            QStringLiteral("sys/firmware/efi/efivars/SecureBoot-") + FirmwareProbe::kGlobalGuid, content);
        const FactSet facts = probe(tree.path());
        const Fact *f = facts.find(QStringLiteral("hardware.firmware.secure_boot"));
        if (expected.startsWith(QLatin1String("unknown:"))) {
            QVERIFY(!f->known);
            QVERIFY2(f->unknownReason.contains(expected.mid(8)), qPrintable(f->unknownReason));
        } else {
            QVERIFY2(f->known, qPrintable(f->unknownReason));
            QCOMPARE(f->value.toBool(), expected == QLatin1String("true"));
        }
    }

    void legacySysfsEfivars()
    {
        // Without efivarfs, older kernels expose /sys/firmware/efi/vars/<name>-<guid>/data.
        TempTree tree;
        tree.write(QStringLiteral("sys/firmware/efi/vars/SecureBoot-%1/data").arg(FirmwareProbe::kGlobalGuid),
            QByteArray("\x01", 1));
        const FactSet facts = probe(tree.path());
        const Fact *f = facts.find(QStringLiteral("hardware.firmware.secure_boot"));
        QVERIFY2(f->known, qPrintable(f->unknownReason));
        QCOMPARE(f->value.toBool(), true);
        QVERIFY(f->provenance.where.contains(QLatin1String("/sys/firmware/efi/vars/")));
    }

    void hardwareRootReads()
    {
        TempTree tree;
        tree.write(QStringLiteral("big"), QByteArray(5000, 'x'));
        const HardwareRoot root(tree.path());
        QVERIFY(root.read(QStringLiteral("/big")).ok);
        const FileRead tooBig = root.read(QStringLiteral("/big"), 4096);
        QVERIFY(!tooBig.ok);
        QVERIFY2(tooBig.error.contains(QLatin1String("/big is larger than 4096")), qPrintable(tooBig.error));
        const FileRead missing = root.read(QStringLiteral("/proc/nothing"));
        QVERIFY(!missing.ok);
        QVERIFY2(
            missing.error.startsWith(QLatin1String("cannot read /proc/nothing")), qPrintable(missing.error));
        QVERIFY(!missing.error.contains(tree.path())); // reasons name the machine path, not the capture's
    }
};

QTEST_GUILESS_MAIN(TestHardwareDevices)
#include "tst_hardware_devices.moc"
