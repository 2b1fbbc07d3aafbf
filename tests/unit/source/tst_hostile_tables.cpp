// SPDX-License-Identifier: GPL-3.0-or-later
// Partition tables no tool would write, built here byte by byte (SYNTHETIC; no fixture needed):
// the inputs tests/fuzz/fuzz_disk found, reduced to what makes them hostile, and the damaged
// tables of docs/robustness.md (GPT CRCs, MBR entries past the end, an extended chain that loops). Each must
// end in a ScanError that names the image and says what is wrong, never in undefined behaviour (the
// build-asan run checks with UBSan).
#include "common/scan_error.h"
#include "source/source.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

using namespace urs;

namespace {

constexpr int kSector = 512;
constexpr int kSectors = 128; // 64 KiB: protective MBR, header, 32 sectors of entries, data

quint32 crc32(const char *data, qsizetype size)
{
    quint32 crc = 0xffffffffu;
    for (qsizetype i = 0; i < size; ++i) {
        crc ^= quint8(data[i]);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

struct Extent {
    quint64 firstLba;
    quint64 lastLba;
};

// A GPT disk (UEFI spec 2.10 section 5.3) with one basic data partition per extent, both CRCs
// right: only the partitions' places may be wrong.
QByteArray gptDisk(const QList<Extent> &extents)
{
    QByteArray disk(kSectors * kSector, '\0');
    auto *d = reinterpret_cast<uchar *>(disk.data());
    // Protective MBR: one entry of type 0xEE over the disk.
    d[446 + 4] = 0xee;
    qToLittleEndian<quint32>(1, d + 446 + 8);
    qToLittleEndian<quint32>(kSectors - 1, d + 446 + 12);
    d[510] = 0x55;
    d[511] = 0xaa;
    // Entries from LBA 2: basic data type EBD0A0A2-B9E5-4433-87C0-68B6B72699C7, any unique id.
    const uchar basicData[16]
        = {0xa2, 0xa0, 0xd0, 0xeb, 0xe5, 0xb9, 0x33, 0x44, 0x87, 0xc0, 0x68, 0xb6, 0xb7, 0x26, 0x99, 0xc7};
    for (int i = 0; i < extents.size(); ++i) {
        uchar *entry = d + 2 * kSector + 128 * i;
        memcpy(entry, basicData, 16);
        memset(entry + 16, 0x5a + i, 16);
        qToLittleEndian<quint64>(extents[i].firstLba, entry + 32);
        qToLittleEndian<quint64>(extents[i].lastLba, entry + 40);
        const QString name = QStringLiteral("Part %1").arg(i + 1);
        for (int c = 0; c < name.size(); ++c)
            qToLittleEndian<quint16>(name.at(c).unicode(), entry + 56 + 2 * c);
    }
    // Header at LBA 1.
    uchar *h = d + kSector;
    memcpy(h, "EFI PART", 8);
    qToLittleEndian<quint32>(0x00010000, h + 8);
    qToLittleEndian<quint32>(92, h + 12);
    qToLittleEndian<quint64>(1, h + 24);
    qToLittleEndian<quint64>(kSectors - 1, h + 32);
    qToLittleEndian<quint64>(34, h + 40);
    qToLittleEndian<quint64>(kSectors - 34, h + 48);
    memset(h + 56, 0x11, 16);
    qToLittleEndian<quint64>(2, h + 72);
    qToLittleEndian<quint32>(128, h + 80);
    qToLittleEndian<quint32>(128, h + 84);
    qToLittleEndian<quint32>(crc32(disk.constData() + 2 * kSector, 128 * 128), h + 88);
    qToLittleEndian<quint32>(crc32(disk.constData() + kSector, 92), h + 16);
    return disk;
}

// Recomputes the CRC32 of the GPT header at LBA 1 after a test changed it, so the change is
// the only thing wrong with the table.
void resealGptHeader(QByteArray &disk)
{
    auto *h = reinterpret_cast<uchar *>(disk.data()) + kSector;
    qToLittleEndian<quint32>(0, h + 16);
    qToLittleEndian<quint32>(crc32(disk.constData() + kSector, 92), h + 16);
}

// An MBR disk of `sectors` sectors: entries {type, first LBA, sector count} in the primary
// table (partition entries of 16 bytes from byte 446: type at +4, first LBA at +8, count at
// +12), each extended boot record (EBR) given as {its LBA, {entries}} with LBAs relative to the
// start of the extended partition for links, to the EBR for logical partitions.
struct MbrEntry {
    quint8 type;
    quint32 firstLba;
    quint32 sectors;
};
QByteArray mbrDisk(
    int sectors, const QList<MbrEntry> &primary, const QList<QPair<int, QList<MbrEntry>>> &ebrs = {})
{
    QByteArray disk(sectors * kSector, '\0');
    auto table = [&](int lba, const QList<MbrEntry> &entries) {
        uchar *s = reinterpret_cast<uchar *>(disk.data()) + lba * kSector;
        for (int i = 0; i < entries.size(); ++i) {
            uchar *e = s + 446 + 16 * i;
            e[4] = entries[i].type;
            qToLittleEndian<quint32>(entries[i].firstLba, e + 8);
            qToLittleEndian<quint32>(entries[i].sectors, e + 12);
        }
        s[510] = 0x55;
        s[511] = 0xaa;
    };
    table(0, primary);
    for (const auto &ebr : ebrs)
        table(ebr.first, ebr.second);
    return disk;
}

QString writeDisk(const QTemporaryDir &dir, const QString &name, const QByteArray &disk)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(disk) != disk.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestHostileTables : public QObject {
    Q_OBJECT
private slots:
    // Regression (tests/fuzz/fuzz_disk): a GPT entry whose LBAs times the sector size do not
    // fit in 64 bits. The byte offset overflowed (undefined behaviour); now it saturates and the
    // entry is refused as ending past the end of the image. libtsk itself checks that the first
    // two entries start inside the image (tsk/vs/gpt.c), so the hostile one is the third.
    void entryPastAnyDiskIsRefused_data()
    {
        QTest::addColumn<quint64>("firstLba");
        QTest::addColumn<quint64>("lastLba");
        // The start LBA fuzz_disk found.
        QTest::newRow("start overflows")
            << quint64(4308043554250312634ULL) << quint64(4308043554250312641ULL);
        // Start and length fit, their sum does not.
        QTest::newRow("end overflows") << quint64(0x3fffffffffffffULL) << quint64(0x7ffffffffffffeULL);
        QTest::newRow("largest LBA") << quint64(0xfffffffffffffff0ULL) << quint64(0xfffffffffffffffeULL);
    }
    void entryPastAnyDiskIsRefused()
    {
        QFETCH(quint64, firstLba);
        QFETCH(quint64, lastLba);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("hostile-gpt.img"));
        QFile f(path);
        const QByteArray disk = gptDisk({{40, 47}, {48, 55}, {firstLba, lastLba}});
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(disk) == disk.size());
        f.close();
        try {
            Source::open(path);
            QFAIL("a partition past any disk was accepted");
        } catch (const ScanError &e) {
            QCOMPARE(e.kind(), ScanErrorKind::SourceUnreadable);
            QVERIFY2(e.text().startsWith(path), qPrintable(e.text()));
            QVERIFY2(
                e.message().contains(QStringLiteral("partition 3 ends at byte 9223372036854775807 but the "
                                                    "image holds only 65536 bytes")),
                qPrintable(e.text()));
        }
    }

    // A GPT whose CRC32s do not match (UEFI 2.10 section 5.3.2) is damaged: firmware and Windows
    // would not use it, so neither does the scanner. libtsk checks no CRC; the table's entries
    // are sound here, only what the CRCs protect was changed.
    void damagedGptIsRefused_data()
    {
        QTest::addColumn<int>("damage"); // 0 header CRC, 1 entries CRC, 2 header size
        QTest::addColumn<QString>("says");
        QTest::newRow("GPT header CRC wrong")
            << 0 << "the GPT partition table is damaged: the CRC32 of its header is 0x";
        QTest::newRow("GPT entry array CRC wrong")
            << 1 << "the GPT partition table is damaged: the CRC32 of its partition entries is 0x";
        QTest::newRow("GPT header size past its sector")
            << 2 << "the GPT partition table is damaged: its header gives its own size as 4096 bytes";
    }
    void damagedGptIsRefused()
    {
        QFETCH(int, damage);
        QFETCH(QString, says);
        QByteArray disk = gptDisk({{40, 87}});
        auto *h = reinterpret_cast<uchar *>(disk.data()) + kSector;
        if (damage == 0) {
            h[56] ^= 0x01; // one bit of the disk GUID, which only the header CRC covers
        } else if (damage == 1) {
            disk[2 * kSector + 56] = 'X'; // the first letter of the partition's name
        } else {
            qToLittleEndian<quint32>(4096, h + 12);
            resealGptHeader(disk);
        }
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = writeDisk(dir, QStringLiteral("damaged-gpt.img"), disk);
        try {
            Source::open(path);
            QFAIL("a damaged GPT was read as sound");
        } catch (const ScanError &e) {
            qInfo("%s", qPrintable(e.text()));
            QCOMPARE(e.kind(), ScanErrorKind::SourceUnreadable);
            QVERIFY2(e.text().startsWith(path), qPrintable(e.text()));
            QVERIFY2(e.message().startsWith(says), qPrintable(e.text()));
            QVERIFY2(e.whatToDo().contains(QStringLiteral("backup copy")), qPrintable(e.text()));
        }
    }

    // An MBR entry that starts inside the image but ends past it: refused as truncated, naming
    // the entry and both sizes (libtsk checks only where the first two entries start).
    void mbrEntryPastTheEndIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // 1 MiB image; partition 1 from sector 1024 (512 KiB) for 4096 sectors (2 MiB).
        const QString path
            = writeDisk(dir, QStringLiteral("mbr-past-end.img"), mbrDisk(2048, {{0x07, 1024, 4096}}));
        try {
            Source::open(path);
            QFAIL("a partition past the end of the image was accepted");
        } catch (const ScanError &e) {
            qInfo("%s", qPrintable(e.text()));
            QCOMPARE(e.kind(), ScanErrorKind::SourceUnreadable);
            QVERIFY2(e.text().startsWith(path), qPrintable(e.text()));
            QVERIFY2(e.message().contains(
                         QStringLiteral("partition 1 ends at byte 2621440 but the image holds only "
                                        "1048576 bytes: it is truncated")),
                qPrintable(e.text()));
        }
    }

    // An extended partition whose chain of EBRs loops: the disk opens at once with the logical
    // partitions before the loop (libtsk stops the chain at a link to a table it has read and
    // keeps what it found), never walking round the loop.
    void mbrExtendedLoopEnds()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Primary: data at sector 64, extended from 256. EBR at 256: logical partition 8 sectors
        // after it (264), link to the EBR at extended start + 128 (384). EBR at 384: logical at
        // 392, link to 384 again: the loop.
        const QByteArray disk = mbrDisk(2048, {{0x07, 64, 64}, {0x05, 256, 1024}},
            {{256, {{0x07, 8, 64}, {0x05, 128, 512}}}, {384, {{0x07, 8, 64}, {0x05, 128, 512}}}});
        const QString path = writeDisk(dir, QStringLiteral("mbr-loop.img"), disk);
        QElapsedTimer timer;
        timer.start();
        const auto source = Source::open(path);
        QCOMPARE(source->partitionStyle(), PartitionStyle::Mbr);
        QStringList got;
        for (const PartitionInfo &p : source->partitions())
            got << QStringLiteral("%1@%2").arg(p.index).arg(p.startBytes / kSector);
        qInfo("partitions (number@sector): %s", qPrintable(got.join(QLatin1Char(' '))));
        QCOMPARE(got, (QStringList {"1@64", "5@264", "6@392"}));
        QVERIFY(timer.elapsed() < 5000);
    }

    // The same disk with its partition inside the image opens: the table built here is sound.
    void soundTableOpens()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("sound-gpt.img"));
        QFile f(path);
        const QByteArray disk = gptDisk({{40, 87}});
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(disk) == disk.size());
        f.close();
        const auto source = Source::open(path);
        QCOMPARE(source->partitionStyle(), PartitionStyle::Gpt);
        QCOMPARE(source->partitions().size(), 1);
        QCOMPARE(source->partitions().first().startBytes, qint64(40 * kSector));
        QCOMPARE(source->partitions().first().sizeBytes, qint64(48 * kSector));
        QCOMPARE(source->partitions().first().typeId, QStringLiteral("EBD0A0A2-B9E5-4433-87C0-68B6B72699C7"));
    }
};

QTEST_GUILESS_MAIN(TestHostileTables)
#include "tst_hostile_tables.moc"
