// SPDX-License-Identifier: GPL-3.0-or-later
// SMBIOS entry point, structure table and structure edge cases (DSP0134 3.6.0), and the probe
// over damaged tables. Tables are SYNTHETIC, built with the fixture builder or by hand.
#include "hardware/smbios_entry_point.h"
#include "hardware/smbios_probe.h"
#include "hardware/smbios_table.h"
#include "hardware_test_util.h"
#include "smbios_builder.h"

using namespace urs;
using namespace urs::test;
using urs::fixtures::SmbiosBuilder;
using urs::fixtures::SmbiosStructureBuilder;

namespace {

QByteArray oneBiosTable()
{
    SmbiosBuilder b;
    b.add(SmbiosStructureBuilder(0, 0x18, 0)
              .string(0x04, QStringLiteral("Vendor A"))
              .string(0x05, QStringLiteral("1.0")));
    return b.table();
}

// A tree holding only an SMBIOS table (and a meminfo) in a temporary directory.
void writeSmbios(const TempTree &tree, const QByteArray &table, const QByteArray &entryPoint)
{
    tree.write(QStringLiteral("sys/firmware/dmi/tables/DMI"), table);
    tree.write(QStringLiteral("sys/firmware/dmi/tables/smbios_entry_point"), entryPoint);
    tree.write(QStringLiteral("proc/meminfo"), "MemTotal:        1000000 kB\n");
}

} // namespace

class TestSmbiosParser : public QObject {
    Q_OBJECT
private slots:
    void entryPoint_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("error");
        const QByteArray table = oneBiosTable();
        const QByteArray ep32 = SmbiosBuilder::entryPoint32(2, 7, table, 2, 0x30);
        const QByteArray ep64 = SmbiosBuilder::entryPoint64(3, 2, 0, table);
        QTest::newRow("32-bit 2.7") << ep32 << true << "2.7"
                                    << "";
        QTest::newRow("64-bit 3.2") << ep64 << true << "3.2"
                                    << "";
        QByteArray badSum = ep32;
        badSum[0x06] = char(3);
        QTest::newRow("32-bit bad checksum") << badSum << false << ""
                                             << "checksum";
        QByteArray badSum64 = ep64;
        badSum64[0x08] = char(4);
        QTest::newRow("64-bit bad checksum") << badSum64 << false << ""
                                             << "checksum";
        QByteArray noDmi = ep32;
        noDmi[0x10] = 'X';
        QTest::newRow("32-bit without _DMI_") << noDmi << false << ""
                                              << "_DMI_";
        QTest::newRow("no anchor") << QByteArray("NOTANENTRYPOINT_______________") << false << ""
                                   << "anchor";
        QTest::newRow("empty") << QByteArray() << false << ""
                               << "empty";
        QTest::newRow("short 32-bit") << ep32.left(0x10) << false << ""
                                      << "bytes";
        QTest::newRow("short 64-bit") << ep64.left(0x10) << false << ""
                                      << "bytes";
        // Legacy DMI 2.0 entry point: BCD revision 0x20 at 0Eh.
        QByteArray legacy("_DMI_\0\x40\x00\x00\x00\x0F\x00\x01\x00\x20", 15);
        quint8 sum = 0;
        for (char c : legacy)
            sum = quint8(sum + quint8(c));
        legacy[5] = char(quint8(0x100 - sum));
        QTest::newRow("legacy _DMI_ 2.0") << legacy << true << "2.0"
                                          << "";
    }
    void entryPoint()
    {
        QFETCH(QByteArray, data);
        QFETCH(bool, valid);
        QFETCH(QString, version);
        QFETCH(QString, error);
        const SmbiosEntryPoint ep = SmbiosEntryPoint::parse(data);
        QCOMPARE(ep.valid(), valid);
        QCOMPARE(ep.version(), version);
        QVERIFY2(ep.error().contains(error), qPrintable(ep.error()));
    }

    void entryPointVersionOrder()
    {
        const SmbiosEntryPoint ep
            = SmbiosEntryPoint::parse(SmbiosBuilder::entryPoint32(2, 6, oneBiosTable(), 2, 0x30));
        QVERIFY(ep.atLeast(2, 6));
        QVERIFY(ep.atLeast(2, 5));
        QVERIFY(!ep.atLeast(2, 7));
        QVERIFY(!ep.atLeast(3, 0));
        QVERIFY(!SmbiosEntryPoint().atLeast(2, 0));
    }

    void tableWalk()
    {
        SmbiosBuilder b;
        b.add(SmbiosStructureBuilder(0, 0x18, 0).string(0x04, QStringLiteral("V")));
        b.add(SmbiosStructureBuilder(126, 0x10, 5)); // inactive: skipped
        b.add(SmbiosStructureBuilder(17, 0x28, 0x1100).word(0x0C, 1024));
        b.add(SmbiosStructureBuilder(17, 0x28, 0x1101).word(0x0C, 0));
        const QByteArray data = b.table() + QByteArray("garbage after the end of table");
        const SmbiosTable t = SmbiosTable::parse(data);
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        QCOMPARE(t.structures().size(), 4); // 0, 17, 17, 127
        QCOMPARE(t.all(17).size(), 2);
        QCOMPARE(t.first(17)->handle(), 0x1100);
        QVERIFY(!t.first(126));
        QCOMPARE(t.first(127)->type(), 127);
    }

    void truncatedFormattedArea()
    {
        SmbiosBuilder b;
        b.add(SmbiosStructureBuilder(0, 0x18, 0).string(0x04, QStringLiteral("Vendor")));
        b.add(SmbiosStructureBuilder(1, 0x1B, 1).string(0x04, QStringLiteral("Maker")));
        const QByteArray full = b.table();
        const qsizetype type1 = full.indexOf(QByteArray("\x01\x1B", 2));
        QVERIFY(type1 > 0);
        const SmbiosTable t = SmbiosTable::parse(full.left(type1 + 10));
        QCOMPARE(t.structures().size(), 1); // the BIOS structure before the damage stays
        QCOMPARE(t.first(0)->string(0x04).value_or(QString()), QStringLiteral("Vendor"));
        QVERIFY2(t.error().contains(QLatin1String("truncated")), qPrintable(t.error()));
        QVERIFY2(t.error().contains(QLatin1String("type 1")), qPrintable(t.error()));
    }

    void truncatedStringSet()
    {
        const QByteArray full = oneBiosTable();
        const qsizetype cut = full.indexOf("Vendor A") + 4;
        const SmbiosTable t = SmbiosTable::parse(full.left(cut));
        QCOMPARE(t.structures().size(), 0);
        QVERIFY2(t.error().contains(QLatin1String("double NUL")), qPrintable(t.error()));
    }

    void lengthBelowHeader()
    {
        QByteArray data("\x00\x02\x00\x00\x00\x00", 6);
        const SmbiosTable t = SmbiosTable::parse(data);
        QCOMPARE(t.structures().size(), 0);
        QVERIFY2(t.error().contains(QLatin1String("length 2")), qPrintable(t.error()));
        QVERIFY(SmbiosTable::parse(QByteArray()).structures().isEmpty());
    }

    void strings()
    {
        SmbiosStructureBuilder sb(1, 0x1B, 1);
        sb.string(0x04, QStringLiteral("  Padded Maker  "))
            .string(0x05, QString())
            .string(0x06, QStringLiteral("   "));
        sb.byte(0x07, 9); // names a string that does not exist
        const SmbiosTable t = SmbiosTable::parse(sb.build());
        const SmbiosStructure *s = t.first(1);
        QVERIFY(s);
        QString why;
        QCOMPARE(s->string(0x04, &why).value_or(QString()), QStringLiteral("Padded Maker"));
        QVERIFY(!s->string(0x05, &why));
        QVERIFY2(why.contains(QLatin1String("string index 0")), qPrintable(why));
        QVERIFY(!s->string(0x06, &why));
        QVERIFY2(why.contains(QLatin1String("blank")), qPrintable(why));
        QVERIFY(!s->string(0x07, &why));
        QVERIFY2(why.contains(QLatin1String("names string 9")), qPrintable(why));
        QVERIFY(!s->string(0x40, &why));
        QVERIFY2(why.contains(QLatin1String("no string field at offset 0x40")), qPrintable(why));
        QVERIFY(!s->word(0x1A));
        QVERIFY(s->byte(0x1A));
    }

    void latin1Strings()
    {
        const SmbiosTable t = SmbiosTable::parse(
            QByteArray("\x02\x0F\x02\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", 15) + "M\xFCller AG"
            + '\0' + '\0');
        QCOMPARE(t.first(2)->string(0x04).value_or(QString()), QStringLiteral("M\u00FCller AG"));
    }

    void uuidByteOrder_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<bool>("littleEndian");
        QTest::addColumn<QString>("expected");
        // DSP0134 7.2.1: 00112233-4455-6677-8899-AABBCCDDEEFF is stored as
        // 33 22 11 00 55 44 77 66 88 99 AA BB CC DD EE FF since 2.6.
        const QByteArray stored = QByteArray::fromHex("33221100554477668899AABBCCDDEEFF");
        QTest::newRow("2.6+") << stored << true << "00112233-4455-6677-8899-AABBCCDDEEFF";
        QTest::newRow("before 2.6") << stored << false << "33221100-5544-7766-8899-AABBCCDDEEFF";
        QTest::newRow("all FF") << QByteArray(16, '\xFF') << true << "";
        QTest::newRow("all 00") << QByteArray(16, '\0') << true << "";
        QTest::newRow("short") << QByteArray(8, '\x11') << true << "";
    }
    void uuidByteOrder()
    {
        QFETCH(QByteArray, raw);
        QFETCH(bool, littleEndian);
        QFETCH(QString, expected);
        QString why;
        const std::optional<QString> uuid = SmbiosProbe::formatUuid(raw, littleEndian, &why);
        QCOMPARE(uuid.value_or(QString()), expected);
        if (expected.isEmpty())
            QVERIFY(!why.isEmpty());
        // The builder writes the same order (so the committed trees follow the specification).
        if (!expected.isEmpty())
            QCOMPARE(
                SmbiosBuilder::uuidBytes(QStringLiteral("00112233-4455-6677-8899-AABBCCDDEEFF"), littleEndian)
                    .toHex(),
                littleEndian ? raw.toHex() : QByteArray("00112233445566778899aabbccddeeff"));
    }

    void memoryDeviceSizes()
    {
        // Type 17 size field (7.18.5): MB; bit 15 = KB; 7FFFh = Extended Size in MB; 0 = empty.
        SmbiosBuilder b;
        b.add(SmbiosStructureBuilder(17, 0x28, 0x1100)
                  .word(0x0C, 0x7FFF)
                  .dword(0x1C, 65536)
                  .string(0x10, "A")
                  .word(0x15, 3200));
        b.add(SmbiosStructureBuilder(17, 0x5C, 0x1101)
                  .word(0x0C, 0x8000 | 512)
                  .string(0x10, "B")
                  .word(0x15, 0xFFFF)
                  .dword(0x54, 6400));
        b.add(SmbiosStructureBuilder(17, 0x28, 0x1102).word(0x0C, 0).string(0x10, "EMPTY"));
        b.add(SmbiosStructureBuilder(17, 0x1B, 0x1103).word(0x0C, 2048).string(0x10, "C"));
        const QByteArray table = b.table();
        TempTree tree;
        writeSmbios(tree, table, SmbiosBuilder::entryPoint64(3, 3, 0, table));
        const FactSet facts = probe(tree.path());
        QCOMPARE(jsonText(*facts.value(QStringLiteral("hardware.memory.modules"))),
            jsonText(json(R"([{"locator":"A","size_bytes":68719476736,"speed_mts":3200},
                                   {"locator":"B","size_bytes":524288,"speed_mts":6400},
                                   {"locator":"C","size_bytes":2147483648,"speed_mts":null}])")));
        QCOMPARE(facts.value(QStringLiteral("hardware.memory_bytes"))->toDouble(),
            68719476736.0 + 524288 + 2147483648.0);
        QVERIFY(facts.find(QStringLiteral("hardware.memory_bytes"))
                    ->provenance.text()
                    .contains(QLatin1String("3 module")));
    }

    void unknownModuleSizeFallsBackToMemTotal()
    {
        SmbiosBuilder b;
        b.add(SmbiosStructureBuilder(17, 0x28, 0x1100).word(0x0C, 0xFFFF).string(0x10, "A"));
        // 7FFFh but the structure is too short to hold the Extended Size (SMBIOS 2.3 layout).
        b.add(SmbiosStructureBuilder(17, 0x1B, 0x1101).word(0x0C, 0x7FFF).string(0x10, "B"));
        const QByteArray table = b.table();
        TempTree tree;
        writeSmbios(tree, table, SmbiosBuilder::entryPoint32(2, 3, table, 3, 0x30));
        const FactSet facts = probe(tree.path());
        QCOMPARE(jsonText(*facts.value(QStringLiteral("hardware.memory.modules"))),
            jsonText(json(R"([{"locator":"A","size_bytes":null,"speed_mts":null},
                                   {"locator":"B","size_bytes":null,"speed_mts":null}])")));
        QCOMPARE(facts.value(QStringLiteral("hardware.memory_bytes"))->toDouble(), 1000000.0 * 1024);
        QVERIFY(facts.find(QStringLiteral("hardware.memory_bytes"))
                    ->provenance.text()
                    .contains(QLatin1String("MemTotal")));
    }

    void probeWithBadEntryPointStillReadsTheTable()
    {
        SmbiosBuilder b;
        b.add(SmbiosStructureBuilder(0, 0x18, 0).string(0x04, QStringLiteral("Vendor A")));
        b.add(SmbiosStructureBuilder(1, 0x1B, 1)
                  .bytes(0x08, QByteArray::fromHex("33221100554477668899AABBCCDDEEFF")));
        TempTree tree;
        writeSmbios(tree, b.table(), QByteArray("garbage entry point"));
        const FactSet facts = probe(tree.path());
        const Fact *version = facts.find(QStringLiteral("hardware.smbios.version"));
        QVERIFY(!version->known);
        QVERIFY2(
            version->unknownReason.contains(QLatin1String("/sys/firmware/dmi/tables/smbios_entry_point")),
            qPrintable(version->unknownReason));
        QCOMPARE(facts.value(QStringLiteral("hardware.smbios.bios.vendor"))->toString(),
            QStringLiteral("Vendor A"));
        const Fact *uuid = facts.find(QStringLiteral("hardware.smbios.system.uuid"));
        QCOMPARE(uuid->value.toString(), QStringLiteral("00112233-4455-6677-8899-AABBCCDDEEFF"));
        QVERIFY2(
            uuid->provenance.text().contains(QLatin1String("assumed")), qPrintable(uuid->provenance.text()));
        // String index 0 on the serial: unknown, not an empty string.
        const Fact *serial = facts.find(QStringLiteral("hardware.smbios.system.serial"));
        QVERIFY(!serial->known);
        QVERIFY2(serial->unknownReason.contains(QLatin1String("string index 0")),
            qPrintable(serial->unknownReason));
    }

    void probeOverTruncatedTable()
    {
        const QString dmi
            = treeDir(QStringLiteral("laptop-2014")) + QStringLiteral("/sys/firmware/dmi/tables/DMI");
        QFile f(dmi);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray full = f.readAll();
        TempTree tree(treeDir(QStringLiteral("laptop-2014")));
        // Cut inside the type 1 structure: type 0 stays readable, the rest is unknown with why.
        const qsizetype type1 = full.indexOf(QByteArray("\x01\x1B\x01\x00", 4));
        QVERIFY(type1 > 0);
        tree.write(QStringLiteral("sys/firmware/dmi/tables/DMI"), full.left(type1 + 12));
        const FactSet facts = probe(tree.path());
        QCOMPARE(facts.value(QStringLiteral("hardware.smbios.bios.vendor"))->toString(),
            QStringLiteral("Insyde Corp."));
        const Fact *maker = facts.find(QStringLiteral("hardware.smbios.system.manufacturer"));
        QVERIFY(!maker->known);
        QVERIFY2(
            maker->unknownReason.contains(QLatin1String("stopped early")), qPrintable(maker->unknownReason));
        QVERIFY2(maker->unknownReason.contains(QLatin1String("truncated")), qPrintable(maker->unknownReason));
        // Without type 17 the memory size comes from MemTotal, and says so.
        QVERIFY(facts.find(QStringLiteral("hardware.memory_bytes"))
                    ->provenance.text()
                    .contains(QLatin1String("MemTotal")));
    }

    void characteristicsExtensionBits_data()
    {
        QTest::addColumn<int>("ext1");
        QTest::addColumn<int>("ext2");
        QTest::addColumn<bool>("usbLegacy");
        QTest::addColumn<bool>("uefi");
        QTest::addColumn<bool>("vm");
        // Byte 1 (12h): bit 0 ACPI, bit 1 USB legacy. Byte 2 (13h): bit 3 UEFI, bit 4 VM.
        QTest::newRow("ACPI only") << 0x01 << 0x00 << false << false << false;
        QTest::newRow("USB legacy only") << 0x02 << 0x00 << true << false << false;
        QTest::newRow("UEFI only") << 0x00 << 0x08 << false << true << false;
        QTest::newRow("VM only") << 0x00 << 0x10 << false << false << true;
        QTest::newRow("boot spec + content") << 0xFD << 0x05 << false << false << false;
    }
    void characteristicsExtensionBits()
    {
        QFETCH(int, ext1);
        QFETCH(int, ext2);
        QFETCH(bool, usbLegacy);
        QFETCH(bool, uefi);
        QFETCH(bool, vm);
        SmbiosBuilder b;
        b.add(SmbiosStructureBuilder(0, 0x18, 0)
                  .qword(0x0A, 0x08)
                  .byte(0x12, quint8(ext1))
                  .byte(0x13, quint8(ext2)));
        const QByteArray table = b.table();
        TempTree tree;
        writeSmbios(tree, table, SmbiosBuilder::entryPoint32(2, 8, table, 2, 0x20));
        const FactSet facts = probe(tree.path());
        QCOMPARE(
            facts.value(QStringLiteral("hardware.smbios.bios.usb_legacy_supported")).value_or(QJsonValue()),
            QJsonValue(usbLegacy));
        QCOMPARE(facts.value(QStringLiteral("hardware.smbios.bios.uefi_supported")).value_or(QJsonValue()),
            QJsonValue(uefi));
        QCOMPARE(
            facts.value(QStringLiteral("hardware.smbios.bios.is_virtual_machine")).value_or(QJsonValue()),
            QJsonValue(vm));
    }

    void shortBiosStructure()
    {
        // A type 0 structure of 12h bytes (SMBIOS 2.0): no extension bytes at all.
        SmbiosBuilder b;
        b.add(SmbiosStructureBuilder(0, 0x12, 0).string(0x04, QStringLiteral("Old BIOS")));
        const QByteArray table = b.table();
        TempTree tree;
        writeSmbios(tree, table, SmbiosBuilder::entryPoint32(2, 0, table, 2, 0x20));
        const FactSet facts = probe(tree.path());
        for (const char *name : {"hardware.smbios.bios.usb_legacy_supported",
                 "hardware.smbios.bios.uefi_supported", "hardware.smbios.bios.is_virtual_machine"}) {
            const Fact *f = facts.find(QLatin1String(name));
            QVERIFY2(!f->known, name);
            QVERIFY2(f->unknownReason.contains(QLatin1String("18 bytes long")), qPrintable(f->unknownReason));
        }
    }
};

QTEST_GUILESS_MAIN(TestSmbiosParser)
#include "tst_smbios_parser.moc"
