// SPDX-License-Identifier: GPL-3.0-or-later
// TskDiskSource and TskNtfsVolume over the disk images built by build-images.sh (synthetic
// Windows trees on real GPT/MBR tables and real NTFS/FAT file systems). Expected layouts are
// those the builder wrote; free space and dirty flags come from ntfs-3g and ntfsinfo.
#include "common/scan_error.h"
#include "image_fixtures.h"
#include "source/source.h"
#include "source/source_json.h"

#include <QTemporaryFile>
#include <QtTest>

using namespace urs;
using namespace urs::test;

namespace {
// The names the JSON gives a column of enums (filesystem, role).
template <typename Enum> QStringList column(const QList<PartitionInfo> &parts, Enum PartitionInfo::*field)
{
    QStringList out;
    for (const PartitionInfo &p : parts)
        out << jsonName(p.*field);
    return out;
}
} // namespace

class TestTskSource : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { URS_REQUIRE_IMAGES(); }

    void layout_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("style");
        QTest::addColumn<QList<int>>("indexes");
        QTest::addColumn<QStringList>("filesystems");
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<QStringList>("installations"); // "partition:folder"
        QTest::addColumn<QList<int>>("bitlocker");
        auto L = [](const char *s) {
            return QString::fromLatin1(s).split(QLatin1Char(','), Qt::SkipEmptyParts);
        };
        QTest::newRow("gpt-basic") << "gpt-basic"
                                   << "gpt" << QList<int> {1, 2, 3, 4} << L("fat,unknown,ntfs,ntfs")
                                   << L("esp,other,windows,recovery") << L("3:Windows") << QList<int> {};
        QTest::newRow("mbr-basic") << "mbr-basic"
                                   << "mbr" << QList<int> {1, 2, 3} << L("ntfs,ntfs,ntfs")
                                   << L("data,windows,recovery") << L("2:Windows") << QList<int> {};
        QTest::newRow("two-windows") << "two-windows"
                                     << "gpt" << QList<int> {1, 2, 3, 4} << L("fat,ntfs,ntfs,ntfs")
                                     << L("esp,windows,windows,recovery") << L("2:Windows,3:WINDOWS")
                                     << QList<int> {};
        QTest::newRow("bitlocker (synthetic)")
            << "bitlocker"
            << "gpt" << QList<int> {1, 2} << L("fat,bitlocker") << L("esp,data") << L("") << QList<int> {2};
        QTest::newRow("hibernated") << "hibernated"
                                    << "gpt" << QList<int> {1, 2} << L("fat,ntfs") << L("esp,windows")
                                    << L("2:Windows") << QList<int> {};
        QTest::newRow("bare ntfs (dirty)")
            << "dirty"
            << "none" << QList<int> {0} << L("ntfs") << L("windows") << L("0:Windows") << QList<int> {};
        QTest::newRow("no-windows") << "no-windows"
                                    << "gpt" << QList<int> {1, 2} << L("ntfs,fat") << L("data,data") << L("")
                                    << QList<int> {};
        QTest::newRow("large40g") << "large40g"
                                  << "gpt" << QList<int> {1, 2} << L("fat,ntfs") << L("esp,windows")
                                  << L("2:Windows") << QList<int> {};
    }
    void layout()
    {
        QFETCH(QString, image);
        QFETCH(QString, style);
        QFETCH(QList<int>, indexes);
        QFETCH(QStringList, filesystems);
        QFETCH(QStringList, roles);
        QFETCH(QStringList, installations);
        QFETCH(QList<int>, bitlocker);
        const auto src = Source::open(imagePath(image));
        QCOMPARE(src->kind(), SourceKind::Image);
        QCOMPARE(jsonName(src->partitionStyle()), style);
        QCOMPARE(src->diskSizeBytes().value_or(-1), QFileInfo(imagePath(image)).size());
        const QList<PartitionInfo> parts = src->partitions();
        QList<int> gotIndexes;
        QList<int> gotBitlocker;
        for (const PartitionInfo &p : parts) {
            gotIndexes << p.index;
            if (p.bitlocker)
                gotBitlocker << p.index;
            QCOMPARE(p.hasWindows, p.role == PartitionRole::Windows);
        }
        QCOMPARE(gotIndexes, indexes);
        QCOMPARE(column(parts, &PartitionInfo::filesystem), filesystems);
        QCOMPARE(column(parts, &PartitionInfo::role), roles);
        QCOMPARE(gotBitlocker, bitlocker);
        QStringList gotInst;
        int n = 0;
        for (const WindowsInstallation &i : src->installations()) {
            QCOMPARE(i.index, ++n); // numbered 1..N across the disk
            gotInst << QStringLiteral("%1:%2").arg(i.partitionIndex).arg(i.windowsPath);
            QVERIFY2(i.volumeName.contains(imagePath(image)), qPrintable(i.volumeName));
        }
        QCOMPARE(gotInst, installations);
    }

    void tableDetails()
    {
        const auto gpt = Source::open(imagePath(QStringLiteral("gpt-basic")));
        const QList<PartitionInfo> p = gpt->partitions();
        QCOMPARE(p.size(), 4);
        QCOMPARE(p[0].description, QStringLiteral("EFI system partition"));
        QCOMPARE(p[0].typeId, QStringLiteral("C12A7328-F81F-11D2-BA4B-00A0C93EC93B"));
        QCOMPARE(p[1].typeId, QStringLiteral("E3C9E316-0B5C-4DB8-817D-F92DF00215AE"));
        QCOMPARE(p[2].startBytes, 117LL << 20);
        QCOMPARE(p[2].sizeBytes, 110LL << 20);
        QCOMPARE(p[2].label, QStringLiteral("Windows"));
        // p4 is a plain "Basic data partition": recovery is recognised by Recovery\WindowsRE.
        QCOMPARE(p[3].typeId, QStringLiteral("EBD0A0A2-B9E5-4433-87C0-68B6B72699C7"));
        QCOMPARE(p[3].label, QStringLiteral("Recovery"));

        const auto mbr = Source::open(imagePath(QStringLiteral("mbr-basic")));
        const QList<PartitionInfo> m = mbr->partitions();
        QCOMPARE(m.size(), 3);
        QCOMPARE(m[0].typeId, QStringLiteral("0x07"));
        QCOMPARE(m[0].label, QStringLiteral("System Reserved"));
        QCOMPARE(m[2].typeId, QStringLiteral("0x27"));
        QCOMPARE(m[1].startBytes, 33LL << 20);
    }

    void bitlockerIsDescribedNotFatal()
    {
        const auto src = Source::open(imagePath(QStringLiteral("bitlocker")));
        QVERIFY(src->installations().isEmpty());
        const PartitionInfo p = src->partitions().at(1);
        QVERIFY(p.bitlocker);
        QVERIFY(!p.note.isEmpty());
        try {
            volumeOf(*src, 2);
            QFAIL("opening a BitLocker volume must throw");
        } catch (const ScanError &e) {
            QCOMPARE(e.kind(), ScanErrorKind::SourceUnreadable);
            QVERIFY2(e.text().contains(QLatin1String("BitLocker")), qPrintable(e.text()));
        }
    }

    void caseInsensitiveLookup_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("storedName"); // empty: must not exist
        QTest::newRow("exact") << "Windows/System32/config/SOFTWARE"
                               << "SOFTWARE";
        QTest::newRow("odd case, backslashes") << "wINDOWS\\system32\\CONFIG\\software"
                                               << "SOFTWARE";
        QTest::newRow("leading and doubled separators") << "\\Windows\\\\System32/./config/SYSTEM"
                                                        << "SYSTEM";
        QTest::newRow("dollar folder stays visible") << "$windows.~bt\\SOURCES\\Panther\\SETUPACT.LOG"
                                                     << "setupact.log";
        QTest::newRow("folder") << "users\\tester"
                                << "Tester";
        QTest::newRow("missing") << "Windows/System32/config/SAM"
                                 << "";
        QTest::newRow("through a file") << "pagefile.sys/x"
                                        << "";
        QTest::newRow("climbing out") << "Windows/../Windows"
                                      << "";
    }
    void caseInsensitiveLookup()
    {
        QFETCH(QString, path);
        QFETCH(QString, storedName);
        const auto src = Source::open(imagePath(QStringLiteral("gpt-basic")));
        const auto vol = src->openVolume(src->installations().at(0));
        const auto e = vol->stat(path);
        QCOMPARE(e.has_value(), !storedName.isEmpty());
        if (e)
            QCOMPARE(e->name, storedName);
    }

    void listShowsFilesNotMetafiles()
    {
        const auto src = Source::open(imagePath(QStringLiteral("gpt-basic")));
        const auto vol = src->openVolume(src->installations().at(0));
        QCOMPARE(vol->filesystem(), FileSystem::Ntfs);
        QCOMPARE(vol->label(), QStringLiteral("Windows"));
        QStringList names;
        for (const VolumeEntry &e : vol->list(QString()))
            names << e.name;
        for (const char *want : {"Windows", "Users", "Program Files", "$WINDOWS.~BT", "pagefile.sys",
                 "hiberfil.sys", "swapfile.sys", "Windows.old", "Recovery"})
            QVERIFY2(names.contains(QLatin1String(want)), qPrintable(names.join(',') + " lacks " + want));
        for (const char *never :
            {".", "..", "$MFT", "$Bitmap", "$Volume", "$Extend", "$OrphanFiles", "$Secure"})
            QVERIFY2(!names.contains(QLatin1String(never)), qPrintable(names.join(',') + " has " + never));
        QStringList users;
        for (const VolumeEntry &e : vol->list(QStringLiteral("USERS"))) {
            users << e.name;
            QVERIFY(e.isDirectory);
        }
        users.sort();
        QCOMPARE(users, (QStringList {QStringLiteral("Public"), QStringLiteral("Tester")}));
        const auto page = vol->stat(QStringLiteral("PAGEFILE.SYS"));
        QVERIFY(page && !page->isDirectory);
        QCOMPARE(page->sizeBytes, 6LL << 20);
        QVERIFY(page->modifiedUtc.isValid());
        QVERIFY(page->modifiedUtc.date().year() >= 2024);
        QVERIFY(vol->list(QStringLiteral("pagefile.sys")).isEmpty());
    }

    void readAndCopy()
    {
        const QString reference = imageDir() + QStringLiteral("/win81-SYSTEM");
        QFile ref(reference);
        QVERIFY(ref.open(QIODevice::ReadOnly));
        const QByteArray refBytes = ref.readAll();
        const auto src = Source::open(imagePath(QStringLiteral("gpt-basic")));
        const auto vol = src->openVolume(src->installations().at(0));
        const QString hive = QStringLiteral("windows/system32/config/system");
        QCOMPARE(vol->stat(hive)->sizeBytes, qint64(refBytes.size()));
        QCOMPARE(vol->read(hive, 0, 4), QByteArray("regf"));
        QCOMPARE(vol->read(hive, 3'000'000, 70'000), refBytes.mid(3'000'000, 70'000));
        QCOMPARE(vol->read(hive, refBytes.size() - 10, 1000), refBytes.right(10)); // clipped at the end
        QVERIFY(vol->read(hive, refBytes.size(), 10).isEmpty());

        // 7.5 MB: copied in several chunks.
        QTemporaryFile out;
        QVERIFY(out.open());
        vol->copyTo(hive, out.handle());
        QCOMPARE(sha256Of(out.fileName()), sha256Of(reference));

        QVERIFY_THROWS_EXCEPTION(ScanError, vol->read(QStringLiteral("Windows/System32/config/SAM"), 0, 1));
        QVERIFY_THROWS_EXCEPTION(ScanError, vol->read(QStringLiteral("Windows"), 0, 1));
        QVERIFY_THROWS_EXCEPTION(ScanError, vol->copyTo(QStringLiteral("nope"), out.handle()));
    }

    void treeSizes()
    {
        const auto src = Source::open(imagePath(QStringLiteral("gpt-basic")));
        const auto vol = src->openVolume(src->installations().at(0));
        const qint64 hive
            = QFileInfo(qEnvironmentVariable("URS_REAL_HIVES_DIR") + "/minimal-empty.hive").size();
        QVERIFY(hive > 0);
        QCOMPARE(vol->treeSize(QStringLiteral("users")).value_or(-1), hive); // Tester\NTUSER.DAT only
        QCOMPARE(
            vol->treeSize(QStringLiteral("Windows\\SoftwareDistribution\\Download")).value_or(-1), 300000);
        QCOMPARE(vol->treeSize(QStringLiteral("no such folder")).value_or(-1), 0);
        QVERIFY(!vol->treeSize(QString(), 5).has_value()); // stops after 5 entries
    }

    void hibernationSignature_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QByteArray>("head");
        QTest::newRow("hibernated") << "hibernated" << QByteArray("hibr");
        QTest::newRow("not hibernated") << "gpt-basic" << QByteArray(4, '\0');
    }
    void hibernationSignature()
    {
        QFETCH(QString, image);
        QFETCH(QByteArray, head);
        const auto src = Source::open(imagePath(image));
        const auto vol = src->openVolume(src->installations().at(0));
        QCOMPARE(vol->read(QStringLiteral("HIBERFIL.SYS"), 0, 4), head);
    }

    void secondInstallationHasUppercaseFolder()
    {
        const auto src = Source::open(imagePath(QStringLiteral("two-windows")));
        const WindowsInstallation second = src->installations().at(1);
        QCOMPARE(second.windowsPath, QStringLiteral("WINDOWS"));
        const auto vol = src->openVolume(second);
        QCOMPARE(vol->label(), QStringLiteral("Second"));
        QVERIFY(vol->exists(QStringLiteral("Windows/System32/config/SYSTEM")));
        QVERIFY(vol->displayName().contains(QLatin1String("partition 3")));
    }

    // The boot partitions, where the BCD store lives: the MBR's active flag, and any partition's
    // file system opened read-only through Source::openPartition (the ESP's FAT included).
    void bootPartitions()
    {
        const auto mbr = Source::open(imagePath(QStringLiteral("mbr-basic")));
        const QList<PartitionInfo> m = mbr->partitions();
        QCOMPARE(m.size(), 3);
        QVERIFY(m[0].active); // sfdisk "bootable": System Reserved
        QVERIFY(!m[1].active && !m[2].active);
        const auto reserved = mbr->openPartition(1);
        QCOMPARE(reserved->filesystem(), FileSystem::Ntfs);
        QCOMPARE(reserved->read(QStringLiteral("boot/bcd"), 0, 4), QByteArray("regf"));

        const auto gpt = Source::open(imagePath(QStringLiteral("gpt-basic")));
        for (const PartitionInfo &p : gpt->partitions())
            QVERIFY(!p.active); // a GPT has no active flag
        const auto esp = gpt->openPartition(1);
        QCOMPARE(esp->filesystem(), FileSystem::Fat);
        QVERIFY2(
            esp->displayName().contains(QLatin1String("partition 1 (FAT")), qPrintable(esp->displayName()));
        QCOMPARE(esp->read(QStringLiteral("EFI/Microsoft/Boot/bootmgfw.efi"), 0, 100),
            QByteArray("synthetic boot manager\n"));
        const auto bcd = esp->stat(QStringLiteral("efi\\microsoft\\boot\\BCD"));
        QVERIFY(bcd && !bcd->isDirectory);
        QCOMPARE(esp->read(QStringLiteral("EFI/Microsoft/Boot/BCD"), 0, 4), QByteArray("regf"));

        try {
            gpt->openPartition(9);
            QFAIL("partition 9 opened");
        } catch (const ScanError &e) {
            QCOMPARE(e.kind(), ScanErrorKind::SourceUnreadable);
            QVERIFY(e.text().contains(QLatin1String("no partition 9")));
        }
    }
};

QTEST_GUILESS_MAIN(TestTskSource)
#include "tst_tsk_source.moc"
