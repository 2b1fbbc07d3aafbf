// SPDX-License-Identifier: GPL-3.0-or-later
// The GPU generation table (rules/gpus.yaml, generated from pci.ids by tools/make-gpu-table.py)
// at its edges: the vendors' id blocks mix generations (NVIDIA 0x1000-0x2FFF holds Fermi and
// GT218 next to Kepler; AMD 0x94xx-0x9Fxx holds TeraScale next to GCN APUs), so one row per
// boundary asserts the generation and the DirectX 12 / WDDM 2 answer. Then the gpu rule on those
// answers, and the loader refusing a table that puts an id in two generations.
#include "common/scan_error.h"
#include "engine/rule_loader.h"
#include "engine_test_support.h"

#include <QJsonArray>

using namespace urs;

namespace {

QJsonArray oneGpu(const QString &vendor, const QString &device)
{
    return QJsonArray {
        QJsonObject {{QStringLiteral("vendor_id"), vendor}, {QStringLiteral("device_id"), device}}};
}

} // namespace

class TestGpuTable : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<RuleBook> m_book;

private slots:
    void initTestCase()
    {
        try {
            m_book = RuleLoader::load(test::rulesDir());
        } catch (const ScanError &e) {
            QFAIL(qPrintable(e.text()));
        }
    }

    void generations_data()
    {
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<QString>("device");
        QTest::addColumn<QString>("generation"); // how the family's name starts; "" = not in the table
        QTest::addColumn<int>("dx12"); // 1 qualifies, 0 does not, -1 unknown

        // NVIDIA: Fermi ends and Kepler starts at 0x0FC0, but Fermi and GT218 ids follow inside
        // the 0x1000-0x2FFF block that Kepler and later fill.
        QTest::newRow("NVIDIA last Fermi id before Kepler (GF108 GT 730)") << "10de"
                                                                           << "0f06"
                                                                           << "NVIDIA Fermi" << 0;
        QTest::newRow("NVIDIA first Kepler id (GK107 GT 640)") << "10de"
                                                               << "0fc0"
                                                               << "NVIDIA Kepler" << 1;
        QTest::newRow("NVIDIA Kepler GK110 at 0x1001") << "10de"
                                                       << "1001"
                                                       << "NVIDIA Kepler" << 1;
        QTest::newRow("NVIDIA Fermi GF119 inside the Kepler block") << "10de"
                                                                    << "1040"
                                                                    << "NVIDIA Fermi" << 0;
        QTest::newRow("NVIDIA Fermi GF110 GTX 580 inside the block") << "10de"
                                                                     << "1080"
                                                                     << "NVIDIA Fermi" << 0;
        QTest::newRow("NVIDIA GT218 inside the block (9300 GS)") << "10de"
                                                                 << "10c0"
                                                                 << "NVIDIA Tesla" << 0;
        QTest::newRow("NVIDIA GT218 inside the block (NVS 300)") << "10de"
                                                                 << "10d8"
                                                                 << "NVIDIA Tesla" << 0;
        QTest::newRow("NVIDIA Fermi GF117M between Kepler ids") << "10de"
                                                                << "1140"
                                                                << "NVIDIA Fermi" << 0;
        QTest::newRow("NVIDIA Kepler GK104 after GF117M") << "10de"
                                                          << "1180"
                                                          << "NVIDIA Kepler" << 1;
        QTest::newRow("NVIDIA last Fermi id (GF116M)") << "10de"
                                                       << "1251"
                                                       << "NVIDIA Fermi" << 0;
        QTest::newRow("NVIDIA Kepler GK208 after the last Fermi id") << "10de"
                                                                     << "1280"
                                                                     << "NVIDIA Kepler" << 1;
        QTest::newRow("NVIDIA first Maxwell id (GM108M)") << "10de"
                                                          << "1340"
                                                          << "NVIDIA Maxwell" << 1;
        // AMD: TeraScale and GCN APUs share 0x94xx-0x9Fxx; Cape Verde (GCN) and Thames
        // (TeraScale 2) are neighbours in 0x68xx.
        QTest::newRow("AMD TeraScale 1 RV770") << "1002"
                                               << "9440"
                                               << "AMD TeraScale 1" << 0;
        QTest::newRow("AMD TeraScale 2 Sumo (Llano)") << "1002"
                                                      << "9640"
                                                      << "AMD TeraScale 2" << 0;
        QTest::newRow("AMD TeraScale 2 Wrestler, last before Kabini") << "1002"
                                                                      << "980a"
                                                                      << "AMD TeraScale 2" << 0;
        QTest::newRow("AMD GCN Kabini, first after Wrestler") << "1002"
                                                              << "9830"
                                                              << "AMD GCN 2" << 1;
        QTest::newRow("AMD GCN Temash") << "1002"
                                        << "983d"
                                        << "AMD GCN 2" << 1;
        QTest::newRow("AMD GCN Mullins (first)") << "1002"
                                                 << "9850"
                                                 << "AMD GCN 2" << 1;
        QTest::newRow("AMD GCN Mullins (last)") << "1002"
                                                << "985f"
                                                << "AMD GCN 2" << 1;
        QTest::newRow("AMD GCN Carrizo") << "1002"
                                         << "9874"
                                         << "AMD GCN 3" << 1;
        QTest::newRow("AMD GCN Stoney") << "1002"
                                        << "98e4"
                                        << "AMD GCN 3" << 1;
        QTest::newRow("AMD TeraScale 3 Trinity, first after Stoney") << "1002"
                                                                     << "9900"
                                                                     << "AMD TeraScale 3" << 0;
        QTest::newRow("AMD TeraScale 3 Richland") << "1002"
                                                  << "999d"
                                                  << "AMD TeraScale 3" << 0;
        QTest::newRow("AMD GCN Kaveri") << "1002"
                                        << "1304"
                                        << "AMD GCN 2" << 1;
        QTest::newRow("AMD GCN Cape Verde, last before Thames") << "1002"
                                                                << "683f"
                                                                << "AMD GCN 1" << 1;
        QTest::newRow("AMD TeraScale 2 Thames, first after Cape Verde") << "1002"
                                                                        << "6840"
                                                                        << "AMD TeraScale 2" << 0;
        // Intel: Haswell (Gen7.5) has no Direct3D 12 driver, Broadwell (Gen8) has.
        QTest::newRow("Intel Haswell-ULT HD 4400") << "8086"
                                                   << "0a16"
                                                   << "Intel Gen7.5" << 0;
        QTest::newRow("Intel Haswell HD 4600") << "8086"
                                               << "0412"
                                               << "Intel Gen7.5" << 0;
        QTest::newRow("Intel Crystal Well Iris Pro") << "8086"
                                                     << "0d26"
                                                     << "Intel Gen7.5" << 0;
        QTest::newRow("Intel Broadwell HD 5500") << "8086"
                                                 << "1616"
                                                 << "Intel Gen8" << 1;
        QTest::newRow("Intel Broadwell named only HD Graphics") << "8086"
                                                                << "1606"
                                                                << "Intel Gen8" << 1;
        QTest::newRow("Intel Ivy Bridge") << "8086"
                                          << "0166"
                                          << "Intel Gen7 " << 0;
        QTest::newRow("Intel Bay Trail") << "8086"
                                         << "0f31"
                                         << "Intel Gen7 " << 0;
        QTest::newRow("Intel Braswell / Cherry Trail") << "8086"
                                                       << "22b0"
                                                       << "Intel Gen8" << 1;
        QTest::newRow("Intel Skylake HD 520") << "8086"
                                              << "1916"
                                              << "Intel Gen9 " << 1;
        QTest::newRow("Intel 4 Series (GMA X4500)") << "8086"
                                                    << "2e32"
                                                    << "Intel GMA" << 0;
        // Not in the table: unknown, never pass and never blocker.
        QTest::newRow("unknown: NVIDIA id not in pci.ids") << "10de"
                                                           << "ffff"
                                                           << "" << -1;
        QTest::newRow("unknown: AMD id newer than the pci.ids copy") << "1002"
                                                                     << "7550"
                                                                     << "" << -1;
        QTest::newRow("unknown: compute-only A100, left out") << "10de"
                                                              << "20b1"
                                                              << "" << -1;
        QTest::newRow("unknown: virtio GPU") << "1af4"
                                             << "1050"
                                             << "" << -1;
    }
    void generations()
    {
        QFETCH(QString, vendor);
        QFETCH(QString, device);
        QFETCH(QString, generation);
        QFETCH(int, dx12);
        const GpuFamily *family
            = m_book->data.gpuFamily(vendor.toInt(nullptr, 16), device.toInt(nullptr, 16));
        if (generation.isEmpty()) {
            QVERIFY2(!family, qPrintable(family ? family->name : QString()));
        } else {
            QVERIFY(family);
            QVERIFY2(family->name.startsWith(generation), qPrintable(family->name));
            QVERIFY(!family->basis.isEmpty());
        }
        // What the gpu rule sees for a machine with this one adapter.
        QStringList described;
        const std::optional<bool> ok = m_book->data.gpuQualifies(oneGpu(vendor, device), &described);
        QCOMPARE(ok ? int(*ok) : -1, dx12);
        QCOMPARE(described.size(), 1);
        QVERIFY2(
            described.first().startsWith(vendor + QLatin1Char(':') + device), qPrintable(described.first()));
        QVERIFY2(described.first().contains(family ? family->name : QStringLiteral("not in the table")),
            qPrintable(described.first()));
    }

    // The gpu rule on a whole machine: one qualifying adapter is enough, an unknown one next to
    // a failing one leaves the answer open.
    void gpuRule_data()
    {
        QTest::addColumn<QJsonArray>("gpus");
        QTest::addColumn<QString>("status");
        const auto gpu = [](const char *vendor, const char *device) {
            return QJsonObject {{QStringLiteral("vendor_id"), QLatin1String(vendor)},
                {QStringLiteral("device_id"), QLatin1String(device)}};
        };
        QTest::newRow("GTX 580 (Fermi)") << QJsonArray {gpu("10de", "1080")} << "blocker";
        QTest::newRow("Haswell HD 4600 + GTX 580")
            << QJsonArray {gpu("8086", "0412"), gpu("10de", "1080")} << "blocker";
        QTest::newRow("Haswell HD 4600 + GTX 770 (Kepler)")
            << QJsonArray {gpu("8086", "0412"), gpu("10de", "1184")} << "pass";
        QTest::newRow("Kabini APU") << QJsonArray {gpu("1002", "9830")} << "pass";
        QTest::newRow("Trinity APU") << QJsonArray {gpu("1002", "9900")} << "blocker";
        QTest::newRow("Trinity APU + unknown card")
            << QJsonArray {gpu("1002", "9900"), gpu("1002", "7550")} << "unknown";
    }
    void gpuRule()
    {
        QFETCH(QJsonArray, gpus);
        QFETCH(QString, status);
        const QString target = QStringLiteral("win11-24h2");
        const Assessment a = test::engine().evaluate(
            test::loadFacts(QStringLiteral("desktop-2019"), {{QStringLiteral("hardware.gpus"), gpus}}),
            {target}, test::scanTime());
        const Finding *f = test::findFinding(a, QStringLiteral("gpu"), target);
        QVERIFY(f);
        QCOMPARE(statusName(f->status), status);
    }

    // The loader keeps the table honest: an id belongs to one generation, a range may not run
    // over another generation's ids, ids are four hex digits, and every family names its basis.
    void brokenTable_data()
    {
        QTest::addColumn<QString>("find");
        QTest::addColumn<QString>("replace");
        QTest::addColumn<QString>("lineAt"); // the error's line is where this text stands (after the edit)
        QTest::addColumn<QString>("message");
        const QString kepler = QStringLiteral("        - \"0fc0\"  # GK107 [GeForce GT 640 OEM]\n");
        QTest::newRow("Fermi id listed again as Kepler")
            << kepler << kepler + QStringLiteral("        - \"1080\"\n") << "- \"1080\"\n"
            << "device 10de:1080 of GPU family 'NVIDIA Kepler";
        QTest::newRow("old mixed range")
            << kepler << QStringLiteral("        - \"1000-2fff\"\n") << "1000-2fff"
            << "device range 10de:1000-2fff of GPU family 'NVIDIA Kepler";
        QTest::newRow("short id") << kepler << QStringLiteral("        - \"fc0\"\n") << "\"fc0\""
                                  << "device 'fc0' of GPU family 'NVIDIA Kepler";
        QTest::newRow("range backwards")
            << kepler << QStringLiteral("        - \"0fc1-0fc0\"\n") << "0fc1-0fc0"
            << "ends before it starts";
        const QString basis = QStringLiteral("      dx12_wddm2: true\n      basis: ");
        QTest::newRow("misspelt basis") << basis << "      dx12_wddm2: true\n      basiss: "
                                        << "basiss:"
                                        << "unknown key 'basiss' in a GPU family";
        QTest::newRow("no basis") << basis << "      dx12_wddm2: true\n      # basis: "
                                  << "    - name: \"NVIDIA Kepler"
                                  << "a GPU family lacks the required key 'basis'";
    }
    void brokenTable()
    {
        QFETCH(QString, find);
        QFETCH(QString, replace);
        QFETCH(QString, lineAt);
        QFETCH(QString, message);
        test::expectBrokenRules(QStringLiteral("gpus.yaml"), find, replace, lineAt, message);
    }
};

QTEST_GUILESS_MAIN(TestGpuTable)
#include "tst_gpu_table.moc"
