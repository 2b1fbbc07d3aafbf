// SPDX-License-Identifier: GPL-3.0-or-later
// Partition tables no tool would write, built here byte by byte (SYNTHETIC; no fixture needed):
// the inputs tests/fuzz/fuzz_disk found, reduced to what makes them hostile. Each must end in a
// ScanError that names the image and says what is wrong, never in undefined behaviour (the
// build-asan run checks with UBSan).
#include "common/scan_error.h"
#include "source/source.h"

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
