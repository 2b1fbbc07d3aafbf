// SPDX-License-Identifier: GPL-3.0-or-later
// Every read stands alone: a missing file makes its fact unknown with the path in the reason,
// other facts stay known, and the probe never throws. Runs over an empty root and over copies
// of the SYNTHETIC desktop-2019 tree with files taken away.
#include "facts/fact_catalog.h"
#include "hardware/hardware_probe.h"
#include "hardware_test_util.h"

#include <stdexcept>

using namespace urs;
using namespace urs::test;

class TestHardwareMissing : public QObject {
    Q_OBJECT

    // Where each fact is read; an empty root must name it in the unknown reason.
    static QHash<QString, QString> pathOfEachFact()
    {
        const QString dmi = QStringLiteral("/sys/firmware/dmi/tables/DMI");
        QHash<QString, QString> p;
        for (const char *f : {"vendor", "family", "model", "stepping", "model_name", "flags", "architecture",
                 "cores", "threads"})
            p.insert(QStringLiteral("hardware.cpu.") + QLatin1String(f), QStringLiteral("/proc/cpuinfo"));
        p.insert(QStringLiteral("hardware.cpu.max_mhz"),
            QStringLiteral("/sys/devices/system/cpu/cpu*/cpufreq/cpuinfo_max_freq"));
        p.insert(QStringLiteral("hardware.cpu.processor_flags"),
            QStringLiteral("/sys/devices/system/cpu/cpu0/microcode/processor_flags"));
        p.insert(QStringLiteral("hardware.memory_bytes"), QStringLiteral("/proc/meminfo"));
        p.insert(QStringLiteral("hardware.memory.os_visible_bytes"), QStringLiteral("/proc/meminfo"));
        p.insert(QStringLiteral("hardware.memory.modules"), dmi);
        p.insert(QStringLiteral("hardware.firmware.type"), QStringLiteral("/sys/firmware"));
        p.insert(QStringLiteral("hardware.firmware.secure_boot"), QStringLiteral("/sys/firmware"));
        p.insert(QStringLiteral("hardware.firmware.setup_mode"), QStringLiteral("/sys/firmware"));
        p.insert(
            QStringLiteral("hardware.firmware.rtc_time"), QStringLiteral("/sys/class/rtc/rtc0/since_epoch"));
        p.insert(QStringLiteral("hardware.tpm.present"), QStringLiteral("/sys/class"));
        p.insert(QStringLiteral("hardware.tpm.version"), QStringLiteral("/sys/firmware/acpi/tables"));
        p.insert(QStringLiteral("hardware.smbios.version"),
            QStringLiteral("/sys/firmware/dmi/tables/smbios_entry_point"));
        for (const char *f : {"bios.vendor", "bios.version", "bios.release_date", "bios.usb_legacy_supported",
                 "bios.uefi_supported", "bios.is_virtual_machine", "system.manufacturer", "system.product",
                 "system.serial", "system.uuid", "baseboard.manufacturer", "baseboard.product"})
            p.insert(QStringLiteral("hardware.smbios.") + QLatin1String(f), dmi);
        p.insert(QStringLiteral("hardware.acpi.msdm_present"), QStringLiteral("/sys/firmware/acpi/tables"));
        p.insert(QStringLiteral("hardware.acpi.msdm_key_last5"), QStringLiteral("/sys/firmware/acpi/tables"));
        p.insert(QStringLiteral("hardware.disks"), QStringLiteral("/sys/block"));
        p.insert(QStringLiteral("hardware.gpus"), QStringLiteral("/sys/bus/pci/devices"));
        p.insert(QStringLiteral("hardware.displays"), QStringLiteral("/sys/class/drm"));
        p.insert(QStringLiteral("hardware.network.interfaces"), QStringLiteral("/sys/class/net"));
        p.insert(QStringLiteral("hardware.network.connected"), QStringLiteral("/sys/class/net"));
        return p;
    }

private slots:
    void emptyRoot_data()
    {
        QTest::addColumn<QString>("fact");
        QTest::addColumn<QString>("path");
        const QHash<QString, QString> paths = pathOfEachFact();
        for (const FactSpec &spec : FactCatalog::all()) {
            const QString name = QString::fromLatin1(spec.name);
            if (name.startsWith(QLatin1String("hardware.")))
                QTest::newRow(spec.name) << name << paths.value(name); // no entry -> "" -> fails below
        }
    }
    void emptyRoot()
    {
        QFETCH(QString, fact);
        QFETCH(QString, path);
        QVERIFY2(!path.isEmpty(), qPrintable(fact + ": add it to pathOfEachFact()"));
        TempTree empty;
        const FactSet facts = probe(empty.path());
        const Fact *f = facts.find(fact);
        QVERIFY2(f, qPrintable(fact));
        QVERIFY2(!f->known, qPrintable(fact + " = " + jsonText(f->value)));
        QVERIFY2(f->unknownReason.contains(path), qPrintable(fact + ": " + f->unknownReason));
    }

    void rootThatDoesNotExist()
    {
        const FactSet facts = probe(QStringLiteral("/nonexistent/hardware/root"));
        int hardware = 0;
        for (const Fact &f : facts.all()) {
            ++hardware;
            QVERIFY2(!f.known, qPrintable(f.name));
        }
        QVERIFY(hardware > 30);
    }

    void missingFile_data()
    {
        QTest::addColumn<QStringList>("remove");
        QTest::addColumn<QString>("fact");
        QTest::addColumn<bool>("known");
        QTest::addColumn<QString>("expect"); // part of the reason, or of the value's JSON when known
        QTest::addColumn<QString>("stillKnown");
        const QString efivar
            = QStringLiteral("sys/firmware/efi/efivars/%1-8be4df61-93ca-11d2-aa0d-00e098032b8c");
        QTest::newRow("cpuinfo") << QStringList {"proc/cpuinfo"} << "hardware.cpu.vendor" << false
                                 << "cannot read /proc/cpuinfo"
                                 << "hardware.cpu.max_mhz";
        QTest::newRow("cpuinfo: threads from online")
            << QStringList {"proc/cpuinfo"} << "hardware.cpu.threads" << true << "6"
            << "hardware.memory_bytes";
        QTest::newRow("meminfo") << QStringList {"proc/meminfo"} << "hardware.memory.os_visible_bytes"
                                 << false << "cannot read /proc/meminfo"
                                 << "hardware.memory_bytes";
        QTest::newRow("DMI") << QStringList {"sys/firmware/dmi/tables/DMI"} << "hardware.smbios.bios.vendor"
                             << false << "cannot read /sys/firmware/dmi/tables/DMI"
                             << "hardware.smbios.version";
        QTest::newRow("DMI: memory from MemTotal")
            << QStringList {"sys/firmware/dmi/tables/DMI"} << "hardware.memory_bytes" << true << "8182136832"
            << "hardware.cpu.vendor";
        QTest::newRow("entry point") << QStringList {"sys/firmware/dmi/tables/smbios_entry_point"}
                                     << "hardware.smbios.version" << false
                                     << "cannot read /sys/firmware/dmi/tables/smbios_entry_point"
                                     << "hardware.smbios.system.uuid";
        QTest::newRow("SecureBoot") << QStringList {efivar.arg("SecureBoot")}
                                    << "hardware.firmware.secure_boot" << false
                                    << "/sys/firmware/efi/efivars/SecureBoot-8be4df61"
                                    << "hardware.firmware.setup_mode";
        QTest::newRow("efivarfs not mounted")
            << QStringList {efivar.arg("SecureBoot"), efivar.arg("SetupMode")}
            << "hardware.firmware.secure_boot" << false << "efivarfs is not mounted"
            << "hardware.firmware.type";
        QTest::newRow("rtc") << QStringList {"sys/class/rtc"} << "hardware.firmware.rtc_time" << false
                             << "/sys/class/rtc/rtc0/since_epoch"
                             << "hardware.tpm.present";
        QTest::newRow("tpm_version_major: ACPI TPM2 answers")
            << QStringList {"sys/class/tpm/tpm0/tpm_version_major"} << "hardware.tpm.version" << true << "2.0"
            << "hardware.tpm.present";
        QTest::newRow("tpm_version_major and TPM2")
            << QStringList {"sys/class/tpm/tpm0/tpm_version_major", "sys/firmware/acpi/tables/TPM2"}
            << "hardware.tpm.version" << false << "/sys/class/tpm/tpm0/tpm_version_major"
            << "hardware.tpm.present";
        QTest::newRow("microcode processor_flags")
            << QStringList {"sys/devices/system/cpu/cpu0/microcode/processor_flags"}
            << "hardware.cpu.processor_flags" << false
            << "cannot read /sys/devices/system/cpu/cpu0/microcode/processor_flags"
            << "hardware.cpu.model";
        QTest::newRow("cpufreq: cpu MHz")
            << QStringList {"sys/devices/system/cpu"} << "hardware.cpu.max_mhz" << true << "3900"
            << "hardware.cpu.cores";
        QTest::newRow("rotational")
            << QStringList {"sys/block/sda/queue/rotational"} << "hardware.disks" << true
            << R"("name":"sda","removable":false,"rotational":null,"size_bytes":256060514304,"ssd":null)"
            << "hardware.gpus";
        QTest::newRow("disk model") << QStringList {"sys/block/sda/device"} << "hardware.disks" << true
                                    << R"("model":null,"name":"sda")"
                                    << "hardware.gpus";
        QTest::newRow("edid") << QStringList {"sys/class/drm/card0-DP-1/edid"} << "hardware.displays" << true
                              << "[]"
                              << "hardware.gpus";
        QTest::newRow("fib_trie") << QStringList {"proc/net/fib_trie"} << "hardware.network.interfaces"
                                  << true << R"("apipa":null,"carrier":true,"ipv4":null)"
                                  << "hardware.displays";
        QTest::newRow("pci devices") << QStringList {"sys/bus/pci/devices"} << "hardware.gpus" << false
                                     << "/sys/bus/pci/devices is missing"
                                     << "hardware.displays";
        QTest::newRow("gpu vendor file")
            << QStringList {"sys/bus/pci/devices/0000:00:02.0/vendor"} << "hardware.gpus" << true
            << R"("device_id":"3e92","device_name":null,"pci_slot":"0000:00:02.0","vendor_id":null,"vendor_name":null)"
            << "hardware.displays";
    }
    void missingFile()
    {
        QFETCH(QStringList, remove);
        QFETCH(QString, fact);
        QFETCH(bool, known);
        QFETCH(QString, expect);
        QFETCH(QString, stillKnown);
        TempTree tree(treeDir(QStringLiteral("desktop-2019")));
        for (const QString &rel : remove)
            QVERIFY2(tree.remove(rel), qPrintable(rel));
        FactSet facts;
        try {
            facts = probe(tree.path());
        } catch (...) {
            QFAIL("the probe threw");
        }
        const Fact *f = facts.find(fact);
        QVERIFY2(f, qPrintable(fact));
        QCOMPARE(f->known, known);
        if (known)
            QVERIFY2(jsonText(f->value).contains(expect), qPrintable(jsonText(f->value)));
        else
            QVERIFY2(f->unknownReason.contains(expect), qPrintable(f->unknownReason));
        QVERIFY2(facts.find(stillKnown) && facts.find(stillKnown)->known, qPrintable(stillKnown));
    }

    void pciIdsMissingKeepsIds()
    {
        qputenv("URS_PCI_IDS", "/nonexistent/pci.ids");
        FactSet facts;
        HardwareProbe(treeDir(QStringLiteral("laptop-2014"))).collect(facts);
        const Fact *gpus = facts.find(QStringLiteral("hardware.gpus"));
        QVERIFY(gpus->known);
        QCOMPARE(jsonText(gpus->value), jsonText(json(R"([{"pci_slot":"0000:00:02.0","vendor_id":"8086",
            "device_id":"0a16","vendor_name":null,"device_name":null}])")));
        QVERIFY2(gpus->provenance.text().contains(
                     QLatin1String("names unknown (cannot read /nonexistent/pci.ids")),
            qPrintable(gpus->provenance.text()));
    }

    // A part that throws (a bug: every read is guarded) loses only its own facts, marked
    // unknown naming the part; a part that ran keeps what it read (hardware_probe.cpp's safety
    // net, docs/errors.md).
    void throwingPartLosesOnlyItsFacts()
    {
        FactSet facts;
        HardwareProbe::runParts(
            {
                {"memory", [&] { facts.set(QStringLiteral("hardware.memory_bytes"), 8589934592.0, {}); }},
                {"cpu", [] { throw std::runtime_error("SYNTHETIC reader bug"); }},
            },
            facts);
        const Fact *memory = facts.find(QStringLiteral("hardware.memory_bytes"));
        QVERIFY(memory && memory->known);
        const Fact *cpu = facts.find(QStringLiteral("hardware.cpu.vendor"));
        QVERIFY(cpu && !cpu->known);
        QVERIFY2(
            cpu->unknownReason.contains(QLatin1String("internal error while reading the hardware (cpu)")),
            qPrintable(cpu->unknownReason));
    }
};

QTEST_GUILESS_MAIN(TestHardwareMissing)
#include "tst_hardware_missing.moc"
