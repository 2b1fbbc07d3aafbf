// SPDX-License-Identifier: GPL-3.0-or-later
// /proc/cpuinfo parsing (x86 and arm64 layouts), core counting and the frequency sources.
// Inputs are SYNTHETIC snippets in the kernel's layout.
#include "hardware/cpu_frequency.h"
#include "hardware/cpuinfo_parser.h"
#include "hardware/hardware_root.h"
#include "hardware_test_util.h"

using namespace urs;
using namespace urs::test;

namespace {

QByteArray x86Block(int processor, int physicalId, int coreId, const char *mhz)
{
    return QStringLiteral(
        "processor\t: %1\nvendor_id\t: GenuineIntel\ncpu family\t: 6\nmodel\t\t: 142\n"
        "model name\t: Intel(R) Core(TM) i7-8550U CPU @ 1.80GHz\nstepping\t: 10\n"
        "cpu MHz\t\t: %4\nphysical id\t: %2\nsiblings\t: 8\ncore id\t\t: %3\ncpu cores\t: 4\n"
        "flags\t\t: fpu pae sse2 lm nx popcnt\n\n")
        .arg(processor)
        .arg(physicalId)
        .arg(coreId)
        .arg(QLatin1String(mhz))
        .toLatin1();
}

// The layout of arch/arm64/kernel/cpuinfo.c (a Cortex-A72: implementer 0x41, part 0xd08).
const char *kArm64
    = "processor\t: 0\nBogoMIPS\t: 108.00\nFeatures\t: fp asimd evtstrm aes pmull sha1 sha2 crc32 cpuid\n"
      "CPU implementer\t: 0x41\nCPU architecture: 8\nCPU variant\t: 0x0\nCPU part\t: 0xd08\n"
      "CPU revision\t: 3\n\n"
      "processor\t: 1\nBogoMIPS\t: 108.00\nFeatures\t: fp asimd evtstrm aes pmull sha1 sha2 crc32 cpuid\n"
      "CPU implementer\t: 0x41\nCPU architecture: 8\nCPU variant\t: 0x0\nCPU part\t: 0xd08\n"
      "CPU revision\t: 3\n\n";

} // namespace

class TestCpuinfoParser : public QObject {
    Q_OBJECT
private slots:
    void x86()
    {
        // Eight threads on four cores (siblings share a core id), the last one boosting.
        QByteArray text;
        for (int n = 0; n < 8; ++n)
            text += x86Block(n, 0, n % 4, n == 7 ? "3990.512" : n < 4 ? "1800.000" : "400.100");
        const CpuInfo info = CpuinfoParser::parse(text);
        QCOMPARE(info.format, CpuInfo::Format::X86);
        QCOMPARE(info.processors, 8);
        QCOMPARE(info.cores.value_or(-1), 4);
        QCOMPARE(info.vendorId.value_or(QString()), QStringLiteral("GenuineIntel"));
        QCOMPARE(info.family.value_or(-1), 6);
        QCOMPARE(info.model.value_or(-1), 142);
        QCOMPARE(info.stepping.value_or(-1), 10);
        QCOMPARE(
            info.modelName.value_or(QString()), QStringLiteral("Intel(R) Core(TM) i7-8550U CPU @ 1.80GHz"));
        QCOMPARE(
            info.flags.value_or(QStringList()), QStringList({"fpu", "pae", "sse2", "lm", "nx", "popcnt"}));
        QCOMPARE(info.highestCurrentMhz.value_or(0), 3990.512);
    }

    void twoPackagesCountBothCoreSets()
    {
        // Two sockets with core ids 0 and 1 each: 4 cores, not 2.
        QByteArray text = x86Block(0, 0, 0, "1") + x86Block(1, 0, 1, "1") + x86Block(2, 1, 0, "1")
            + x86Block(3, 1, 1, "1");
        QCOMPARE(CpuinfoParser::parse(text).cores.value_or(-1), 4);
    }

    void coresFromCpuCoresWhenNoCoreIds()
    {
        QByteArray text;
        for (int i = 0; i < 4; ++i)
            text += QStringLiteral(
                "processor\t: %1\nvendor_id\t: AuthenticAMD\nphysical id\t: %2\ncpu cores\t: 2\n\n")
                        .arg(i)
                        .arg(i / 2)
                        .toLatin1();
        const CpuInfo info = CpuinfoParser::parse(text);
        QCOMPARE(info.cores.value_or(-1), 4); // 2 per package x 2 packages
        QVERIFY(info.coresSource.contains(QLatin1String("cpu cores")));
    }

    void missingFields()
    {
        const CpuInfo info
            = CpuinfoParser::parse("processor\t: 0\nvendor_id\t: GenuineIntel\nmodel\t\t: abc\n\n");
        QCOMPARE(info.format, CpuInfo::Format::X86);
        QCOMPARE(info.processors, 1);
        QVERIFY(!info.family);
        QVERIFY(!info.model); // not a number: empty, not 0
        QVERIFY(!info.flags);
        QVERIFY(!info.modelName);
        QVERIFY(!info.cores);
        QVERIFY(!info.highestCurrentMhz);

        // The probe turns each into an unknown fact that names /proc/cpuinfo.
        TempTree tree;
        tree.write(
            QStringLiteral("proc/cpuinfo"), "processor\t: 0\nvendor_id\t: GenuineIntel\nmodel\t\t: abc\n\n");
        const FactSet facts = probe(tree.path());
        QCOMPARE(
            facts.value(QStringLiteral("hardware.cpu.vendor"))->toString(), QStringLiteral("GenuineIntel"));
        QCOMPARE(facts.value(QStringLiteral("hardware.cpu.threads"))->toInt(), 1);
        for (const char *name :
            {"hardware.cpu.family", "hardware.cpu.model", "hardware.cpu.flags", "hardware.cpu.architecture",
                "hardware.cpu.model_name", "hardware.cpu.cores", "hardware.cpu.max_mhz"}) {
            const Fact *f = facts.find(QLatin1String(name));
            QVERIFY2(f && !f->known, name);
            QVERIFY2(f->unknownReason.contains(QLatin1String("/proc/cpuinfo")), qPrintable(f->unknownReason));
        }
    }

    void emptyAndGarbage()
    {
        QCOMPARE(CpuinfoParser::parse(QByteArray()).format, CpuInfo::Format::Unknown);
        const CpuInfo garbage = CpuinfoParser::parse("no colon here\n:\n\x01\x02\n");
        QCOMPARE(garbage.format, CpuInfo::Format::Unknown);
        QCOMPARE(garbage.processors, 0);
    }

    void arm64()
    {
        const CpuInfo info = CpuinfoParser::parse(kArm64);
        QCOMPARE(info.format, CpuInfo::Format::Arm64);
        QCOMPARE(info.processors, 2);
        QCOMPARE(info.vendorId.value_or(QString()), QStringLiteral("ARM"));
        QCOMPARE(info.armPart.value_or(-1), 0xd08);
        QCOMPARE(info.armArchitecture.value_or(-1), 8);
        QVERIFY(info.flags->contains(QStringLiteral("asimd")));
        QVERIFY(!info.family);
        QVERIFY(!info.cores); // arm64 prints no topology

        TempTree tree;
        tree.write(QStringLiteral("proc/cpuinfo"), kArm64);
        for (int cpu : {0, 1}) {
            tree.write(
                QStringLiteral("sys/devices/system/cpu/cpu%1/topology/physical_package_id").arg(cpu), "0\n");
            tree.write(QStringLiteral("sys/devices/system/cpu/cpu%1/topology/core_id").arg(cpu),
                QByteArray::number(cpu) + '\n');
        }
        const FactSet facts = probe(tree.path());
        QCOMPARE(
            facts.value(QStringLiteral("hardware.cpu.architecture"))->toString(), QStringLiteral("arm64"));
        QCOMPARE(facts.value(QStringLiteral("hardware.cpu.vendor"))->toString(), QStringLiteral("ARM"));
        QCOMPARE(facts.value(QStringLiteral("hardware.cpu.cores"))->toInt(), 2);
        QVERIFY(facts.find(QStringLiteral("hardware.cpu.cores"))
                    ->provenance.text()
                    .contains(QLatin1String("topology")));
        const Fact *family = facts.find(QStringLiteral("hardware.cpu.family"));
        QVERIFY(!family->known);
        QVERIFY2(family->unknownReason.contains(QLatin1String("CPU part 0xd08")),
            qPrintable(family->unknownReason));
    }

    void arm32KernelIsNotArm64()
    {
        QByteArray text(kArm64);
        text.replace("CPU architecture: 8", "CPU architecture: 7");
        TempTree tree;
        tree.write(QStringLiteral("proc/cpuinfo"), text);
        const FactSet facts = probe(tree.path());
        const Fact *arch = facts.find(QStringLiteral("hardware.cpu.architecture"));
        QVERIFY(!arch->known);
        QVERIFY2(arch->unknownReason.contains(QLatin1String("32-bit ARM")), qPrintable(arch->unknownReason));
    }

    void frequencyFromModelName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("mhz");
        QTest::newRow("GHz") << "Intel(R) Core(TM) i5-4200U CPU @ 1.60GHz" << qint64(1600);
        QTest::newRow("GHz spaced") << "Intel(R) Core(TM)2 Duo CPU     E8400  @ 3.00GHz" << qint64(3000);
        QTest::newRow("two decimals") << "Intel(R) Xeon(R) CPU E5-2680 v4 @ 2.40GHz" << qint64(2400);
        QTest::newRow("MHz") << "Pentium III @ 866MHz" << qint64(866);
        QTest::newRow("none (AMD)") << "AMD Ryzen 5 3600 6-Core Processor" << qint64(0);
        QTest::newRow("empty") << "" << qint64(0);
    }
    void frequencyFromModelName()
    {
        QFETCH(QString, name);
        QFETCH(qint64, mhz);
        QCOMPARE(CpuFrequency::fromModelName(name).value_or(0), mhz);
    }

    void frequencySources()
    {
        TempTree tree;
        const HardwareRoot root(tree.path());
        CpuInfo info;
        info.modelName = QStringLiteral("Intel(R) Core(TM) i5-4200U CPU @ 1.60GHz");
        // Only the model name: the base clock.
        CpuFrequency::Result r = CpuFrequency::find(root, info);
        QCOMPARE(r.mhz.value_or(0), 1600);
        QVERIFY(r.provenance.where.contains(QLatin1String("model name")));
        // cpu MHz wins over the model name.
        info.highestCurrentMhz = 2299.6;
        r = CpuFrequency::find(root, info);
        QCOMPARE(r.mhz.value_or(0), 2300);
        QVERIFY(r.provenance.where.contains(QLatin1String("cpu MHz")));
        // cpufreq wins over both; the highest CPU counts.
        tree.write(QStringLiteral("sys/devices/system/cpu/cpu0/cpufreq/cpuinfo_max_freq"), "2600000\n");
        tree.write(QStringLiteral("sys/devices/system/cpu/cpu1/cpufreq/cpuinfo_max_freq"), "2700000\n");
        tree.write(QStringLiteral("sys/devices/system/cpu/cpufreq/policy0/cpuinfo_max_freq"), "9999999\n");
        r = CpuFrequency::find(root, info);
        QCOMPARE(r.mhz.value_or(0), 2700);
        QVERIFY(r.provenance.where.contains(QLatin1String("cpuinfo_max_freq")));
        // Nothing at all: unknown, naming where it looked.
        r = CpuFrequency::find(HardwareRoot(tree.path() + QStringLiteral("/nothing")), CpuInfo());
        QVERIFY(!r.mhz);
        QVERIFY2(
            r.unknownReason.contains(QLatin1String("/sys/devices/system/cpu/cpu*/cpufreq/cpuinfo_max_freq")),
            qPrintable(r.unknownReason));
    }

    void threadsFromOnlineWhenCpuinfoIsMissing()
    {
        TempTree tree;
        tree.write(QStringLiteral("sys/devices/system/cpu/online"), "0-3,6\n");
        const FactSet facts = probe(tree.path());
        QCOMPARE(facts.value(QStringLiteral("hardware.cpu.threads"))->toInt(), 5);
        QVERIFY(facts.find(QStringLiteral("hardware.cpu.threads"))
                    ->provenance.text()
                    .contains(QLatin1String("online")));
        QVERIFY(!facts.find(QStringLiteral("hardware.cpu.vendor"))->known);
    }
};

QTEST_GUILESS_MAIN(TestCpuinfoParser)
#include "tst_cpuinfo_parser.moc"
