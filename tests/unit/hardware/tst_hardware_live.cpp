// SPDX-License-Identifier: GPL-3.0-or-later
// The probe on the machine running the tests (root "/"). CPU facts must be known wherever
// /proc/cpuinfo exists. The SMBIOS table is readable only by root on real hardware and is
// absent in most containers and CI runners: the test records which case it met and checks the
// right outcome for it.
#include "facts/fact_catalog.h"
#include "hardware/smbios_table.h"
#include "hardware_test_util.h"

using namespace urs;
using namespace urs::test;

class TestHardwareLive : public QObject {
    Q_OBJECT
    FactSet m_facts;

private slots:
    void initTestCase()
    {
        qputenv("URS_PCI_IDS", "/usr/share/misc/pci.ids");
        HardwareProbe(QStringLiteral("/")).collect(m_facts);
    }

    void everyFactWrittenWithAReason()
    {
        for (const FactSpec &spec : FactCatalog::all()) {
            const QString name = QString::fromLatin1(spec.name);
            if (!name.startsWith(QLatin1String("hardware.")))
                continue;
            const Fact *f = m_facts.find(name);
            QVERIFY2(f, qPrintable(name));
            QVERIFY2(f->known || !f->unknownReason.isEmpty(), qPrintable(name));
            qInfo().noquote() << name << "="
                              << (f->known ? jsonText(f->value)
                                           : QStringLiteral("unknown (") + f->unknownReason + ')');
        }
    }

    void cpuIsKnown()
    {
        if (!QFile::exists(QStringLiteral("/proc/cpuinfo")))
            QSKIP("no /proc/cpuinfo on this system");
        for (const char *name : {"hardware.cpu.threads", "hardware.cpu.flags", "hardware.cpu.architecture"}) {
            const Fact *f = m_facts.find(QLatin1String(name));
            QVERIFY2(f->known, qPrintable(QLatin1String(name) + ": " + f->unknownReason));
        }
        QVERIFY(m_facts.value(QStringLiteral("hardware.cpu.threads"))->toInt() >= 1);
        const QString arch = m_facts.value(QStringLiteral("hardware.cpu.architecture"))->toString();
#if defined(Q_PROCESSOR_X86_64)
        QCOMPARE(arch, QStringLiteral("x86_64"));
        for (const char *name : {"hardware.cpu.vendor", "hardware.cpu.family", "hardware.cpu.model"})
            QVERIFY2(m_facts.find(QLatin1String(name))->known, name);
#elif defined(Q_PROCESSOR_ARM_64)
        QCOMPARE(arch, QStringLiteral("arm64"));
#endif
    }

    void smbiosDependsOnAccess()
    {
        const QString dmi = QStringLiteral("/sys/firmware/dmi/tables/DMI");
        QFile table(dmi);
        if (table.open(QIODevice::ReadOnly)) {
            qInfo("SMBIOS table readable here: checking it parses");
            const SmbiosTable parsed = SmbiosTable::parse(table.readAll());
            QVERIFY(!parsed.structures().isEmpty());
            if (parsed.first(0) && parsed.first(0)->string(0x04)) {
                const auto vendor = m_facts.value(QStringLiteral("hardware.smbios.bios.vendor"));
                QVERIFY(vendor);
                QVERIFY(!vendor->toString().isEmpty());
            }
            return;
        }
        qInfo("SMBIOS table not readable here (%s): checking the facts say so",
            qPrintable(table.errorString()));
        for (const char *name :
            {"hardware.smbios.bios.vendor", "hardware.smbios.system.uuid", "hardware.memory.modules"}) {
            const Fact *f = m_facts.find(QLatin1String(name));
            QVERIFY2(!f->known, name);
            QVERIFY2(f->unknownReason.contains(dmi), qPrintable(f->unknownReason));
        }
        // Memory then comes from MemTotal, and says so.
        if (QFile::exists(QStringLiteral("/proc/meminfo")))
            QVERIFY(m_facts.find(QStringLiteral("hardware.memory_bytes"))
                        ->provenance.text()
                        .contains(QLatin1String("MemTotal")));
    }
};

QTEST_GUILESS_MAIN(TestHardwareLive)
#include "tst_hardware_live.moc"
