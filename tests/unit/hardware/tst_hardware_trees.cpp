// SPDX-License-Identifier: GPL-3.0-or-later
// The probe over each SYNTHETIC captured tree in tests/data/hardware: every expected value is
// written here, from the machine descriptions in tests/data/hardware/README.md.
#include "facts/fact_catalog.h"
#include "hardware_test_util.h"

using namespace urs;
using namespace urs::test;

Q_DECLARE_METATYPE(QJsonValue)

namespace {

// Expected value; Undefined means "unknown", and then `note` must be part of the reason.
// For a known value `note`, when set, must be part of the provenance.
void known(const char *tree, const char *fact, const QJsonValue &value, const char *provenance = "")
{
    QTest::addRow("%s %s", tree, fact)
        << QString::fromLatin1(tree) << QString::fromLatin1(fact) << value << QString::fromUtf8(provenance);
}

void unknown(const char *tree, const char *fact, const char *reason)
{
    QTest::addRow("%s %s unknown", tree, fact)
        << QString::fromLatin1(tree) << QString::fromLatin1(fact) << QJsonValue(QJsonValue::Undefined)
        << QString::fromUtf8(reason);
}

} // namespace

class TestHardwareTrees : public QObject {
    Q_OBJECT

    QHash<QString, FactSet> m_facts;

    const FactSet &factsOf(const QString &tree)
    {
        if (!m_facts.contains(tree))
            m_facts.insert(tree, probe(treeDir(tree)));
        return m_facts[tree];
    }

private slots:
    void everyHardwareFactIsWritten_data()
    {
        QTest::addColumn<QString>("tree");
        for (const QString &t : treeNames())
            QTest::newRow(qPrintable(t)) << t;
    }
    void everyHardwareFactIsWritten()
    {
        QFETCH(QString, tree);
        const FactSet &facts = factsOf(tree);
        for (const FactSpec &spec : FactCatalog::all()) {
            const QString name = QString::fromLatin1(spec.name);
            if (!name.startsWith(QLatin1String("hardware.")))
                continue;
            const Fact *f = facts.find(name);
            QVERIFY2(f, qPrintable(name + " not written"));
            QVERIFY2(f->known || !f->unknownReason.isEmpty(), qPrintable(name + " unknown without a reason"));
            QVERIFY2(
                !f->unknownReason.contains(QLatin1String("internal error")), qPrintable(f->unknownReason));
        }
    }

    void facts_data()
    {
        QTest::addColumn<QString>("tree");
        QTest::addColumn<QString>("fact");
        QTest::addColumn<QJsonValue>("expected");
        QTest::addColumn<QString>("note");

        // --- laptop-2014: legacy BIOS, no TPM, Haswell, MSDM -------------------------------
        const char *t = "laptop-2014";
        known(t, "hardware.cpu.vendor", "GenuineIntel", "/proc/cpuinfo");
        known(t, "hardware.cpu.family", 6);
        known(t, "hardware.cpu.model", 69);
        known(t, "hardware.cpu.stepping", 1);
        known(t, "hardware.cpu.model_name", "Intel(R) Core(TM) i5-4200U CPU @ 1.60GHz");
        known(t, "hardware.cpu.architecture", "x86_64", "lm");
        known(t, "hardware.cpu.cores", 2, "physical id, core id");
        known(t, "hardware.cpu.threads", 4);
        known(t, "hardware.cpu.max_mhz", 2600, "cpufreq/cpuinfo_max_freq");
        unknown(t, "hardware.cpu.processor_flags",
            "cannot read /sys/devices/system/cpu/cpu0/microcode/processor_flags");
        known(t, "hardware.memory_bytes", 4294967296.0, "SMBIOS type 17 (sum of 1 module(s))");
        known(t, "hardware.memory.os_visible_bytes", 3948416.0 * 1024, "/proc/meminfo");
        known(t, "hardware.memory.modules",
            json(R"([{"locator":"ChannelA-DIMM0","size_bytes":4294967296,"speed_mts":1600}])"));
        known(t, "hardware.firmware.type", "bios", "/sys/firmware/efi (not present)");
        unknown(t, "hardware.firmware.secure_boot",
            "booted in legacy BIOS mode; Secure Boot state is not visible");
        unknown(t, "hardware.firmware.setup_mode", "booted in legacy BIOS mode");
        known(t, "hardware.firmware.rtc_time", "2026-11-26T09:30:00Z", "/sys/class/rtc/rtc0/since_epoch");
        known(t, "hardware.tpm.present", false);
        unknown(t, "hardware.tpm.version",
            "no TPM visible; a firmware TPM (fTPM/PTT) may be switched off in firmware setup");
        known(t, "hardware.smbios.version", "2.7", "/sys/firmware/dmi/tables/smbios_entry_point");
        known(t, "hardware.smbios.bios.vendor", "Insyde Corp.", "SMBIOS type 0 offset 0x04");
        known(t, "hardware.smbios.bios.version", "GIET83WW (2.33 )");
        known(t, "hardware.smbios.bios.release_date", "06/12/2014");
        known(t, "hardware.smbios.bios.usb_legacy_supported", true, "SMBIOS type 0 offset 0x12 bit 1");
        known(t, "hardware.smbios.bios.uefi_supported", true, "SMBIOS type 0 offset 0x13 bit 3");
        known(t, "hardware.smbios.bios.is_virtual_machine", false, "SMBIOS type 0 offset 0x13 bit 4");
        known(t, "hardware.smbios.system.manufacturer", "LENOVO", "SMBIOS type 1 offset 0x04");
        known(t, "hardware.smbios.system.product", "20AL0081US");
        known(t, "hardware.smbios.system.serial", "PB0SYN14");
        known(t, "hardware.smbios.system.uuid", "5E2A1F40-3C77-11E4-8C21-0800200C9A66");
        known(t, "hardware.smbios.baseboard.manufacturer", "LENOVO", "SMBIOS type 2");
        known(t, "hardware.smbios.baseboard.product", "20AL0081US");
        known(t, "hardware.acpi.msdm_present", true, "/sys/firmware/acpi/tables/MSDM");
        known(t, "hardware.acpi.msdm_key_last5", "VWXYZ");
        known(t, "hardware.disks", json(R"([
            {"name":"sda","size_bytes":500107862016,"rotational":true,"ssd":false,"removable":false,"model":"ST500LM021-1KJ15"},
            {"name":"sdb","size_bytes":15376318464,"rotational":true,"ssd":false,"removable":true,"model":"Cruzer Blade"}])"));
        known(t, "hardware.gpus", json(R"([{"pci_slot":"0000:00:02.0","vendor_id":"8086","device_id":"0a16",
            "vendor_name":"Intel Corporation","device_name":"Haswell-ULT Integrated Graphics Controller"}])"),
            "pci.ids");
        known(t, "hardware.displays", json(R"([{"connector":"eDP-1","width_mm":277,"height_mm":156,
            "diagonal_inches":12.5,"width_px":1366,"height_px":768}])"));
        known(t, "hardware.network.interfaces", json(R"([
            {"name":"enp0s25","operstate":"up","carrier":true,"ipv4":["192.168.1.23"],"apipa":false},
            {"name":"wlp3s0","operstate":"down","carrier":null,"ipv4":[],"apipa":false}])"));
        known(t, "hardware.network.connected", true); // enp0s25 has a link and 192.168.1.23

        // --- desktop-2019: UEFI + Secure Boot, TPM 2.0, Coffee Lake, APIPA -------------------
        t = "desktop-2019";
        known(t, "hardware.cpu.model_name", "Intel(R) Core(TM) i5-9400 CPU @ 2.90GHz");
        known(t, "hardware.cpu.family", 6);
        known(t, "hardware.cpu.model", 158);
        known(t, "hardware.cpu.stepping", 10);
        known(t, "hardware.cpu.cores", 6);
        known(t, "hardware.cpu.threads", 6);
        known(t, "hardware.cpu.max_mhz", 4100, "cpufreq");
        known(t, "hardware.cpu.processor_flags", 2, "/sys/devices/system/cpu/cpu0/microcode/processor_flags");
        known(t, "hardware.memory_bytes", 8589934592.0, "sum of 2 module(s)");
        known(t, "hardware.firmware.type", "uefi", "/sys/firmware/efi");
        known(t, "hardware.firmware.secure_boot", true,
            "efivars/SecureBoot-8be4df61-93ca-11d2-aa0d-00e098032b8c");
        known(t, "hardware.firmware.setup_mode", false, "SetupMode-");
        known(t, "hardware.tpm.present", true, "/sys/class/tpm/tpm0");
        known(t, "hardware.tpm.version", "2.0", "tpm_version_major");
        known(t, "hardware.smbios.version", "3.2");
        known(t, "hardware.smbios.bios.vendor", "American Megatrends Inc.");
        known(t, "hardware.smbios.bios.release_date", "08/22/2019");
        known(t, "hardware.smbios.system.manufacturer", "Dell Inc.");
        known(t, "hardware.smbios.system.product", "OptiPlex 3070");
        known(t, "hardware.smbios.system.uuid", "4C4C4544-0053-5910-8039-B7C04F4E3332");
        known(t, "hardware.acpi.msdm_present", false);
        unknown(t, "hardware.acpi.msdm_key_last5", "no MSDM table in /sys/firmware/acpi/tables");
        known(t, "hardware.disks", json(R"([
            {"name":"sda","size_bytes":256060514304,"rotational":false,"ssd":true,"removable":false,"model":"SAMSUNG MZ7LN256"},
            {"name":"sdb","size_bytes":15376318464,"rotational":true,"ssd":false,"removable":true,"model":"Cruzer Blade"}])"));
        known(t, "hardware.gpus", json(R"([{"pci_slot":"0000:00:02.0","vendor_id":"8086","device_id":"3e92",
            "vendor_name":"Intel Corporation","device_name":"CoffeeLake-S GT2 [UHD Graphics 630]"}])"));
        known(t, "hardware.displays", json(R"([{"connector":"DP-1","width_mm":527,"height_mm":296,
            "diagonal_inches":23.8,"width_px":1920,"height_px":1080}])"));
        known(t, "hardware.network.interfaces", json(R"([
            {"name":"eno1","operstate":"up","carrier":true,"ipv4":["169.254.83.7"],"apipa":true}])"));
        known(t, "hardware.network.connected", false); // only a self-assigned 169.254.x.x address

        // --- desktop-uefi-tpm2: Ryzen 5 3600, NVMe, AMD GPU ----------------------------------
        t = "desktop-uefi-tpm2";
        known(t, "hardware.cpu.vendor", "AuthenticAMD");
        known(t, "hardware.cpu.family", 23);
        known(t, "hardware.cpu.model", 113);
        known(t, "hardware.cpu.cores", 6); // core ids 0,1,2,4,5,6: counted, not taken as a range
        known(t, "hardware.cpu.threads", 12);
        known(t, "hardware.cpu.max_mhz", 4208);
        known(t, "hardware.memory_bytes", 17179869184.0, "SMBIOS type 17");
        known(t, "hardware.memory.modules",
            json(R"([{"locator":"DIMM_A2","size_bytes":8589934592,"speed_mts":3200},
            {"locator":"DIMM_B2","size_bytes":8589934592,"speed_mts":3200}])"));
        known(t, "hardware.firmware.secure_boot", true);
        known(t, "hardware.tpm.version", "2.0");
        known(t, "hardware.smbios.version", "3.3");
        known(t, "hardware.smbios.system.manufacturer", "System manufacturer");
        known(t, "hardware.smbios.baseboard.manufacturer", "ASUSTeK COMPUTER INC.");
        known(t, "hardware.smbios.baseboard.product", "TUF GAMING B550-PLUS");
        known(t, "hardware.disks", json(R"([
            {"name":"nvme0n1","size_bytes":1000204886016,"rotational":false,"ssd":true,"removable":false,"model":"Samsung SSD 970 EVO Plus 1TB"},
            {"name":"sda","size_bytes":30752636928,"rotational":true,"ssd":false,"removable":true,"model":"Ultra Fit"}])"));
        known(t, "hardware.gpus", json(R"([{"pci_slot":"0000:0a:00.0","vendor_id":"1002","device_id":"731f",
            "vendor_name":"Advanced Micro Devices, Inc. [AMD/ATI]",
            "device_name":"Navi 10 [Radeon RX 5600 OEM/5600 XT / 5700/5700 XT]"}])"));
        known(t, "hardware.displays", json(R"([{"connector":"DP-1","width_mm":597,"height_mm":336,
            "diagonal_inches":27.0,"width_px":2560,"height_px":1440}])"));

        // --- vm: QEMU/KVM, OVMF without keys, virtio -----------------------------------------
        t = "vm";
        known(t, "hardware.cpu.model_name", "Intel Core Processor (Skylake, IBRS)");
        known(t, "hardware.cpu.cores", 2); // two sockets of one core each
        known(t, "hardware.cpu.threads", 2);
        known(t, "hardware.cpu.max_mhz", 2400, "cpu MHz");
        known(t, "hardware.memory_bytes", 4294967296.0, "SMBIOS type 17");
        known(t, "hardware.memory.modules",
            json(R"([{"locator":"DIMM 0","size_bytes":4294967296,"speed_mts":null}])"));
        known(t, "hardware.smbios.version", "2.8");
        known(t, "hardware.smbios.bios.vendor", "EFI Development Kit II / OVMF");
        known(t, "hardware.smbios.bios.is_virtual_machine", true);
        known(t, "hardware.smbios.bios.uefi_supported", true);
        known(t, "hardware.smbios.bios.usb_legacy_supported", false);
        known(t, "hardware.smbios.system.manufacturer", "QEMU");
        known(t, "hardware.smbios.system.product", "Standard PC (Q35 + ICH9, 2009)");
        unknown(t, "hardware.smbios.system.serial", "SMBIOS type 1 offset 0x07 has string index 0");
        unknown(t, "hardware.smbios.baseboard.manufacturer",
            "no SMBIOS type 2 structure in /sys/firmware/dmi/tables/DMI");
        unknown(t, "hardware.smbios.baseboard.product", "no SMBIOS type 2 structure");
        known(t, "hardware.firmware.type", "uefi");
        known(t, "hardware.firmware.secure_boot", false);
        known(t, "hardware.firmware.setup_mode", true);
        known(t, "hardware.tpm.present", false);
        known(t, "hardware.acpi.msdm_present", false);
        known(t, "hardware.disks", json(R"([
            {"name":"vda","size_bytes":68719476736,"rotational":true,"ssd":false,"removable":false,"model":null}])"));
        known(t, "hardware.gpus", json(R"([{"pci_slot":"0000:00:01.0","vendor_id":"1af4","device_id":"1050",
            "vendor_name":"Red Hat, Inc.","device_name":"Virtio 1.0 GPU"}])"));
        known(t, "hardware.displays", json("[]"));
        known(t, "hardware.network.interfaces", json(R"([
            {"name":"enp1s0","operstate":"up","carrier":true,"ipv4":["10.0.2.15"],"apipa":false}])"));

        // --- no-popcnt: Core 2 Duo, SMBIOS 2.5, TPM 1.2 from TCPA ----------------------------
        t = "no-popcnt";
        known(t, "hardware.cpu.family", 6);
        known(t, "hardware.cpu.model", 23);
        known(t, "hardware.cpu.stepping", 10);
        known(t, "hardware.cpu.architecture", "x86_64");
        known(t, "hardware.cpu.cores", 2);
        known(t, "hardware.cpu.threads", 2);
        known(t, "hardware.cpu.max_mhz", 3000, "cpufreq");
        known(t, "hardware.memory_bytes", 2147483648.0, "sum of 2 module(s)");
        known(t, "hardware.smbios.version", "2.5");
        // Before SMBIOS 2.6 all UUID bytes are in network order.
        known(t, "hardware.smbios.system.uuid", "44454C4C-3400-1052-8036-B4C04F4A5331");
        known(t, "hardware.smbios.bios.release_date", "07/21/2008");
        known(t, "hardware.smbios.bios.uefi_supported", false);
        known(t, "hardware.firmware.type", "bios");
        known(t, "hardware.tpm.present", true, "TCPA");
        known(t, "hardware.tpm.version", "1.2", "TCPA (ACPI table)");
        known(t, "hardware.disks", json(R"([
            {"name":"sda","size_bytes":250059350016,"rotational":true,"ssd":false,"removable":false,"model":"WDC WD2500AAKS-0"}])"));
        known(t, "hardware.displays", json(R"([{"connector":"VGA-1","width_mm":376,"height_mm":301,
            "diagonal_inches":19.0,"width_px":1280,"height_px":1024}])"));

        // --- x86-32bit-era: Atom N270, SMBIOS 2.3, RTC date/time files, no fib_trie ----------
        t = "x86-32bit-era";
        known(t, "hardware.cpu.architecture", "x86", "no lm");
        known(t, "hardware.cpu.model", 28);
        known(t, "hardware.cpu.cores", 1);
        known(t, "hardware.cpu.threads", 2);
        known(t, "hardware.cpu.max_mhz", 1600, "cpu MHz");
        known(t, "hardware.memory_bytes", 1073741824.0);
        known(t, "hardware.memory.os_visible_bytes", 1030372.0 * 1024);
        known(t, "hardware.smbios.version", "2.3");
        known(t, "hardware.smbios.bios.usb_legacy_supported", true);
        unknown(t, "hardware.smbios.bios.uefi_supported",
            "the characteristics extension byte at offset 0x13 is absent");
        unknown(t, "hardware.smbios.bios.is_virtual_machine", "structure is 19 bytes long");
        unknown(t, "hardware.smbios.system.uuid", "all 00");
        known(t, "hardware.firmware.rtc_time", "2026-11-25T10:30:00Z", "/sys/class/rtc/rtc0/date, /time");
        known(t, "hardware.tpm.present", false);
        known(t, "hardware.disks", json(R"([
            {"name":"sda","size_bytes":160041885696,"rotational":true,"ssd":false,"removable":false,"model":"WDC WD1600BEVT-2"}])"));
        known(t, "hardware.gpus", json(R"([{"pci_slot":"0000:00:02.0","vendor_id":"8086","device_id":"27ae",
            "vendor_name":"Intel Corporation","device_name":"Mobile 945GSE Express Integrated Graphics Controller"}])"));
        known(t, "hardware.displays", json(R"([{"connector":"LVDS-1","width_mm":222,"height_mm":125,
            "diagonal_inches":10.0,"width_px":1024,"height_px":600}])"));
        known(t, "hardware.network.interfaces", json(R"([
            {"name":"eth0","operstate":"down","carrier":null,"ipv4":null,"apipa":null},
            {"name":"wlan0","operstate":"up","carrier":true,"ipv4":null,"apipa":null}])"));
    }
    void facts()
    {
        QFETCH(QString, tree);
        QFETCH(QString, fact);
        QFETCH(QJsonValue, expected);
        QFETCH(QString, note);
        const Fact *f = factsOf(tree).find(fact);
        QVERIFY2(f, qPrintable(fact + " not written"));
        if (expected.isUndefined()) {
            QVERIFY2(!f->known, qPrintable(fact + " = " + jsonText(f->value)));
            QVERIFY2(f->unknownReason.contains(note), qPrintable(f->unknownReason));
            return;
        }
        QVERIFY2(f->known, qPrintable(fact + " unknown: " + f->unknownReason));
        QCOMPARE(jsonText(f->value), jsonText(expected));
        QVERIFY2(f->provenance.text().contains(note), qPrintable(f->provenance.text()));
    }

    void cpuFlags_data()
    {
        QTest::addColumn<QString>("tree");
        QTest::addColumn<QString>("flag");
        QTest::addColumn<bool>("present");
        // The Windows 10 x64 set (PAE, NX, SSE2, CX16, LAHF/SAHF) and the 24H2 gate (SSE4.2, POPCNT).
        for (const char *f : {"pae", "nx", "sse2", "cx16", "lahf_lm", "sse4_2", "popcnt", "lm"})
            QTest::addRow("laptop-2014 %s", f) << "laptop-2014" << QString::fromLatin1(f) << true;
        QTest::newRow("laptop-2014 no 3dnowprefetch") << "laptop-2014"
                                                      << "3dnowprefetch" << false;
        QTest::newRow("desktop-2019 3dnowprefetch") << "desktop-2019"
                                                    << "3dnowprefetch" << true;
        QTest::newRow("no-popcnt no popcnt") << "no-popcnt"
                                             << "popcnt" << false;
        QTest::newRow("no-popcnt no sse4_2") << "no-popcnt"
                                             << "sse4_2" << false;
        QTest::newRow("no-popcnt sse4_1") << "no-popcnt"
                                          << "sse4_1" << true;
        QTest::newRow("vm hypervisor") << "vm"
                                       << "hypervisor" << true;
        QTest::newRow("laptop-2014 no hypervisor") << "laptop-2014"
                                                   << "hypervisor" << false;
        QTest::newRow("x86-32bit-era no lm") << "x86-32bit-era"
                                             << "lm" << false;
        QTest::newRow("x86-32bit-era nx") << "x86-32bit-era"
                                          << "nx" << true;
        QTest::newRow("desktop-uefi-tpm2 popcnt") << "desktop-uefi-tpm2"
                                                  << "popcnt" << true;
    }
    void cpuFlags()
    {
        QFETCH(QString, tree);
        QFETCH(QString, flag);
        QFETCH(bool, present);
        const std::optional<QJsonValue> flags = factsOf(tree).value(QStringLiteral("hardware.cpu.flags"));
        QVERIFY(flags);
        QVERIFY(flags->toArray().size() > 20);
        QCOMPARE(flags->toArray().contains(flag), present);
    }
};

QTEST_GUILESS_MAIN(TestHardwareTrees)
#include "tst_hardware_trees.moc"
