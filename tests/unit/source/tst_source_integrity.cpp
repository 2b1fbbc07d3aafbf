// SPDX-License-Identifier: GPL-3.0-or-later
// What the source layer promises beyond layout: free space and the dirty flag agree with ntfs-3g
// and ntfsinfo, every bad input gives a ScanError that names it, images are never written, and a
// 40 GB disk opens without being read through.
#include "common/scan_error.h"
#include "damaged_ntfs.h"
#include "image_fixtures.h"
#include "source/source.h"

#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QtTest>

using namespace urs;
using namespace urs::test;

class TestSourceIntegrity : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { URS_REQUIRE_IMAGES(); }

    void spaceAndDirtyMatchNtfsTools_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<int>("partition");
        for (const char *image :
            {"gpt-basic", "mbr-basic", "two-windows", "hibernated", "dirty", "no-windows", "large40g"}) {
            const auto expect = readExpect(QString::fromLatin1(image));
            QVERIFY2(!expect.isEmpty(), image);
            for (const QString &key : expect.keys()) {
                if (!key.endsWith(QLatin1String(".free_clusters")))
                    continue;
                const int part = key.mid(1, key.indexOf(QLatin1Char('.')) - 1).toInt();
                QTest::addRow("%s p%d", image, part) << QString::fromLatin1(image) << part;
            }
        }
    }
    void spaceAndDirtyMatchNtfsTools()
    {
        QFETCH(QString, image);
        QFETCH(int, partition);
        const auto expect = readExpect(image);
        const QString p = QStringLiteral("p%1.").arg(partition);
        const auto src = Source::open(imagePath(image));
        const auto vol = volumeOf(*src, partition);
        const VolumeSpace space = vol->space();
        QVERIFY2(space.problem.isEmpty(), qPrintable(space.problem));
        const qint64 cluster = expect.value(p + "cluster_bytes");
        QCOMPARE(space.clusterBytes.value_or(-1), cluster);
        QCOMPARE(space.totalBytes.value_or(-1), expect.value(p + "total_clusters") * cluster);
        QCOMPARE(space.freeBytes.value_or(-1), expect.value(p + "free_clusters") * cluster);
        QCOMPARE(vol->dirty().value_or(!expect.value(p + "dirty")), expect.value(p + "dirty") == 1);
    }

    // SYNTHETIC damage (damaged_ntfs.h) to a copy of the bare NTFS image: what its metadata
    // cannot tell is unknown (or an error) naming the volume and the metafile or MFT record,
    // never a size of 0; the rest of the volume still reads.
    void damagedMetadataIsUnknownNotZero_data()
    {
        QTest::addColumn<bool>("shortBitmap"); // else: one file's MFT record is unreadable
        QTest::newRow("$Bitmap shorter than the volume") << true;
        QTest::newRow("a file's MFT record unreadable") << false;
    }
    void damagedMetadataIsUnknownNotZero()
    {
        QFETCH(bool, shortBitmap);
        QTemporaryDir dir;
        const QString copy = dir.path() + QStringLiteral("/damaged.img");
        QVERIFY(QFile::copy(imagePath(QStringLiteral("dirty")), copy));
        const auto expect = readExpect(QStringLiteral("dirty"));
        const qint64 cluster = expect.value(QStringLiteral("p0.cluster_bytes"));
        const QString download = QStringLiteral("Windows/SoftwareDistribution/Download");
        const QString cab = download + QStringLiteral("/abc123/update.cab");
        qint64 cabRecord = 0;
        {
            DamagedNtfs ntfs(copy, 0);
            cabRecord = ntfs.recordOf(QStringLiteral("update.cab"));
            if (shortBitmap)
                ntfs.setDataSize(6, 8); // $Bitmap: 8 bytes for 24575 clusters
            else
                ntfs.breakRecord(cabRecord);
        }
        const auto src = Source::open(copy);
        const auto vol = src->openVolume(src->installations().at(0));
        const VolumeSpace space = vol->space();
        QCOMPARE(space.totalBytes.value_or(-1), expect.value(QStringLiteral("p0.total_clusters")) * cluster);
        QCOMPARE(space.clusterBytes.value_or(-1), cluster);
        QVERIFY(vol->stat(QStringLiteral("Windows/System32/config/SYSTEM")).has_value());
        if (shortBitmap) {
            QVERIFY(!space.freeBytes.has_value());
            QVERIFY2(space.problem.contains(vol->displayName())
                    && space.problem.contains(QStringLiteral("$Bitmap")),
                qPrintable(space.problem));
            QCOMPARE(vol->stat(cab)->sizeBytes, 300000);
            return;
        }
        QVERIFY2(space.freeBytes.has_value(), qPrintable(space.problem));
        const QString record = QStringLiteral("update.cab (MFT record %1)").arg(cabRecord);
        auto unreadable = [&](const std::function<void()> &read) {
            try {
                read();
                QFAIL("read a file whose MFT record is damaged");
            } catch (const ScanError &e) {
                QCOMPARE(e.kind(), ScanErrorKind::SourceUnreadable);
                QCOMPARE(e.input(), vol->displayName());
                QVERIFY2(e.message().contains(record), qPrintable(e.text()));
            }
        };
        unreadable([&] { vol->stat(cab); });
        unreadable([&] { vol->list(download + QStringLiteral("/abc123")); });
        unreadable([&] { vol->treeSize(download); }); // not a sum with 0 for the file
    }

    void badInputs_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        const int unreadable = int(ScanErrorKind::SourceUnreadable);
        QTest::newRow("missing") << imageDir() + "/no-such-disk.img" << unreadable << "does not exist";
        QTest::newRow("empty") << imagePath("empty") << unreadable << "empty";
        QTest::newRow("garbage") << imagePath("garbage") << unreadable << "no partition table";
        QTest::newRow("truncated") << imagePath("truncated") << unreadable << "truncated";
        QTest::newRow("character device") << "/dev/null" << unreadable << "neither";
        QTest::newRow("folder without Windows")
            << imageDir() << int(ScanErrorKind::NoWindows) << "no Windows";
    }
    void badInputs()
    {
        QFETCH(QString, path);
        QFETCH(int, kind);
        QFETCH(QString, says);
        try {
            Source::open(path);
            QFAIL("Source::open must throw");
        } catch (const ScanError &e) {
            QCOMPARE(int(e.kind()), kind);
            QVERIFY2(e.text().contains(path), qPrintable(e.text()));
            QVERIFY2(e.message().contains(says), qPrintable(e.message()));
            QVERIFY2(!e.whatToDo().isEmpty(), qPrintable(e.text()));
        }
    }

    // Opening, describing and reading every file of an image leaves it byte for byte the same.
    void readOnlyProof_data()
    {
        QTest::addColumn<QString>("image");
        QTest::newRow("gpt-basic") << "gpt-basic";
        QTest::newRow("bare dirty ntfs") << "dirty";
    }
    void readOnlyProof()
    {
        QFETCH(QString, image);
        const QString path = imagePath(image);
        const QByteArray before = sparseSha256Of(path);
        QVERIFY(!before.isEmpty());
        struct stat stBefore { };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &stBefore), 0);
        int files = 0;
        {
            const auto src = Source::open(path);
            for (const PartitionInfo &part : src->partitions()) {
                if (part.filesystem != FileSystem::Ntfs)
                    continue;
                const auto vol = volumeOf(*src, part.index);
                QVERIFY(vol->space().freeBytes.has_value());
                QVERIFY(vol->dirty().has_value());
                QTemporaryFile sink;
                QVERIFY(sink.open());
                QStringList pending {QString()};
                while (!pending.isEmpty()) {
                    const QString dir = pending.takeLast();
                    for (const VolumeEntry &e : vol->list(dir)) {
                        const QString child = dir.isEmpty() ? e.name : dir + QLatin1Char('/') + e.name;
                        if (e.isDirectory) {
                            pending << child;
                        } else {
                            vol->copyTo(child, sink.handle());
                            ++files;
                        }
                    }
                }
            }
        }
        QVERIFY(files >= 6); // the synthetic Windows tree holds six files
        QCOMPARE(sparseSha256Of(path), before);
        // Even a write that restored the bytes would move the change time, which no one can set.
        struct stat stAfter { };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &stAfter), 0);
        QCOMPARE(stAfter.st_mtim.tv_sec, stBefore.st_mtim.tv_sec);
        QCOMPARE(stAfter.st_mtim.tv_nsec, stBefore.st_mtim.tv_nsec);
        QCOMPARE(stAfter.st_ctim.tv_sec, stBefore.st_ctim.tv_sec);
        QCOMPARE(stAfter.st_ctim.tv_nsec, stBefore.st_ctim.tv_nsec);
    }

    // The sparse digest sees every kind of write: a changed data byte, and even a zero byte
    // written into a hole, which a plain SHA-256 of the bytes cannot tell from the hole.
    void sparseDigestSeesEveryWrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("synthetic.img"));
        auto writeAt = [&](qint64 offset, const QByteArray &bytes) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            if (f.size() < (16 << 20))
                QVERIFY(f.resize(16 << 20)); // sparse
            QVERIFY(f.seek(offset));
            QCOMPARE(f.write(bytes), qint64(bytes.size()));
        };
        writeAt(1 << 20, "synthetic data");
        const QByteArray original = sparseSha256Of(path);
        QVERIFY(!original.isEmpty());
        QCOMPARE(sparseSha256Of(path), original); // stable

        writeAt((1 << 20) + 3, "T");
        const QByteArray changedByte = sparseSha256Of(path);
        QVERIFY(changedByte != original);

        const QByteArray full = sha256Of(path);
        writeAt(12 << 20, QByteArray(1, '\0')); // into the hole: allocates a block of zeros
        QVERIFY(sparseSha256Of(path) != changedByte);
        QCOMPARE(sha256Of(path), full);
    }

    // The same disk as a block device (a read-only loop device over the image): kind
    // "block_device", the same size and layout. Skipped where loop devices cannot be set up.
    void blockDeviceReadsLikeItsImage()
    {
        const QString image = imagePath(QStringLiteral("gpt-basic"));
        QProcess setup;
        setup.start(QStringLiteral("losetup"), {"--find", "--show", "--read-only", image});
        if (!setup.waitForFinished(10000) || setup.exitCode() != 0)
            QSKIP("no loop device available (needs root and /dev/loop*)");
        const QString device = QString::fromLocal8Bit(setup.readAllStandardOutput()).trimmed();
        auto detach = qScopeGuard([&] {
            QProcess::execute(QStringLiteral("losetup"), {"--detach", device});
        });
        const auto dev = Source::open(device);
        const auto img = Source::open(image);
        QCOMPARE(dev->kind(), SourceKind::BlockDevice);
        QCOMPARE(dev->diskSizeBytes(), img->diskSizeBytes());
        QCOMPARE(dev->partitionStyle(), PartitionStyle::Gpt);
        QCOMPARE(dev->partitions().size(), img->partitions().size());
        QCOMPARE(dev->installations().size(), 1);
        const auto vol = dev->openVolume(dev->installations().first());
        QCOMPARE(vol->read(QStringLiteral("Windows/System32/config/SYSTEM"), 0, 4), QByteArray("regf"));
    }

    // A 40 GB disk: opening it, reading free space from $Bitmap and a hive stays fast and reads
    // a few megabytes, not the disk.
    void largeImageReadsLittle()
    {
        const qint64 readBefore = bytesReadByProcess();
        QVERIFY(readBefore >= 0);
        QElapsedTimer timer;
        timer.start();
        const auto src = Source::open(imagePath(QStringLiteral("large40g")));
        QCOMPARE(src->diskSizeBytes().value_or(0), 40LL << 30);
        const auto vol = src->openVolume(src->installations().at(0));
        const VolumeSpace space = vol->space();
        QVERIFY2(space.freeBytes && space.totalBytes.value_or(0) > (39LL << 30), qPrintable(space.problem));
        QCOMPARE(vol->read(QStringLiteral("Windows/System32/config/SOFTWARE"), 0, 4), QByteArray("regf"));
        const qint64 read = bytesReadByProcess() - readBefore;
        qInfo("40 GB image: %lld ms, %lld KiB read", qint64(timer.elapsed()), read / 1024);
        QVERIFY2(read < (32LL << 20), qPrintable(QStringLiteral("%1 bytes read").arg(read)));
        QVERIFY2(timer.elapsed() < 10000, "opening a 40 GB image must not scan it");
    }
};

QTEST_GUILESS_MAIN(TestSourceIntegrity)
#include "tst_source_integrity.moc"
