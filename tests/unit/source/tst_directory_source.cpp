// SPDX-License-Identifier: GPL-3.0-or-later
// DirectorySource and DirectoryVolume on folder trees built here (synthetic, odd letter case as a
// copy of a Windows volume on a Linux file system keeps it), and the volume path helper.
#include "common/scan_error.h"
#include "facts/fact_set.h"
#include "source/directory_volume.h"
#include "source/source.h"
#include "source/volume_path.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QtTest>
#include <sys/statvfs.h>

using namespace urs;

namespace {
void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(data), qint64(data.size()));
}

// A synthetic volume: WINDOWS/system32/Config/{software,SYSTEM}, Users/Tester/NTUSER.DAT.
void buildVolume(const QString &root, const QString &windows = QStringLiteral("WINDOWS"))
{
    writeFile(root + "/" + windows + "/system32/Config/software", "regf-synthetic-software");
    writeFile(root + "/" + windows + "/system32/Config/SYSTEM", "regf-synthetic-system");
    writeFile(root + "/Users/Tester/NTUSER.DAT", QByteArray(5000, 'n'));
    writeFile(root + "/pagefile.sys", QByteArray(3 << 20, 'p'));
    QDir().mkpath(root + "/$WINDOWS.~BT/Sources");
}
} // namespace

class TestDirectorySource : public QObject {
    Q_OBJECT
private slots:
    void splitPaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("parts");
        QTest::addColumn<bool>("valid");
        QTest::newRow("backslashes") << "Windows\\System32\\config"
                                     << QStringList {"Windows", "System32", "config"} << true;
        QTest::newRow("mixed, doubled")
            << "/Windows//System32\\./config/" << QStringList {"Windows", "System32", "config"} << true;
        QTest::newRow("root") << "" << QStringList {} << true;
        QTest::newRow("dot-dot") << "Windows\\..\\..\\etc" << QStringList {} << false;
    }
    void splitPaths()
    {
        QFETCH(QString, path);
        QFETCH(QStringList, parts);
        QFETCH(bool, valid);
        const auto got = splitVolumePath(path);
        QCOMPARE(got.has_value(), valid);
        if (got)
            QCOMPARE(*got, parts);
    }

    void findsWindowsInOddCase()
    {
        QTemporaryDir dir;
        buildVolume(dir.path());
        const auto src = Source::open(dir.path());
        QCOMPARE(src->kind(), SourceKind::Directory);
        QCOMPARE(src->partitionStyle(), PartitionStyle::None);
        QVERIFY(!src->diskSizeBytes().has_value());
        QCOMPARE(src->installations().size(), 1);
        const WindowsInstallation inst = src->installations().first();
        QCOMPARE(inst.windowsPath, QStringLiteral("WINDOWS"));
        QCOMPARE(inst.partitionIndex, 0);

        const auto vol = src->openVolume(inst);
        QCOMPARE(vol->filesystem(), FileSystem::Directory);
        const auto e = vol->stat(QStringLiteral("Windows\\System32\\config\\SOFTWARE"));
        QVERIFY(e.has_value());
        QCOMPARE(e->name, QStringLiteral("software"));
        QVERIFY(!e->isDirectory);
        QCOMPARE(vol->read(QStringLiteral("windows/SYSTEM32/CONFIG/system"), 5, 9), QByteArray("synthetic"));
        QVERIFY(!vol->stat(QStringLiteral("Windows/System32/config/SAM")).has_value());
        QVERIFY(!vol->stat(QStringLiteral("Windows/../..")).has_value());
        QVERIFY_THROWS_EXCEPTION(ScanError, vol->read(QStringLiteral("nope"), 0, 1));

        QStringList names;
        for (const VolumeEntry &entry : vol->list(QStringLiteral("/")))
            names << entry.name;
        names.sort();
        QCOMPARE(names, (QStringList {"$WINDOWS.~BT", "Users", "WINDOWS", "pagefile.sys"}));
        QCOMPARE(vol->treeSize(QStringLiteral("users")).value_or(-1), 5000);
        QCOMPARE(vol->stat(QStringLiteral("PAGEFILE.SYS"))->sizeBytes, 3 << 20);
    }

    void copyToStreamsWholeFile()
    {
        QTemporaryDir dir;
        buildVolume(dir.path());
        DirectoryVolume vol(dir.path());
        QTemporaryFile out;
        QVERIFY(out.open());
        vol.copyTo(QStringLiteral("Pagefile.sys"), out.handle()); // 3 MiB: several chunks
        QFile copy(out.fileName());
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), QByteArray(3 << 20, 'p'));
    }

    void spaceFromStatvfs()
    {
        QTemporaryDir dir;
        DirectoryVolume vol(dir.path());
        struct statvfs s { };
        QCOMPARE(statvfs(QFile::encodeName(dir.path()).constData(), &s), 0);
        const VolumeSpace space = vol.space();
        QVERIFY2(space.problem.isEmpty(), qPrintable(space.problem));
        QCOMPARE(space.totalBytes.value_or(-1), qint64(s.f_blocks) * qint64(s.f_frsize));
        QVERIFY(space.freeBytes.value_or(-1) > 0 && space.freeBytes <= space.totalBytes);
        QVERIFY(!vol.dirty().has_value()); // only an NTFS read from raw bytes has the flag
    }

    void acceptsTheWindowsFolderItself()
    {
        QTemporaryDir dir;
        buildVolume(dir.path(), QStringLiteral("Windows"));
        const auto src = Source::open(dir.path() + QStringLiteral("/Windows"));
        QCOMPARE(src->installations().size(), 1);
        QCOMPARE(src->installations().first().windowsPath, QStringLiteral("Windows"));
        const auto vol = src->openVolume(src->installations().first());
        QVERIFY(vol->exists(QStringLiteral("Users/Tester/NTUSER.DAT")));
    }

    void twoWindowsFoldersWindowsFirst()
    {
        QTemporaryDir dir;
        buildVolume(dir.path(), QStringLiteral("AWin"));
        buildVolume(dir.path(), QStringLiteral("windows"));
        const auto src = Source::open(dir.path());
        QCOMPARE(src->installations().size(), 2);
        QCOMPARE(src->installations().at(0).windowsPath, QStringLiteral("windows"));
        QCOMPARE(src->installations().at(0).index, 1);
        QCOMPARE(src->installations().at(1).windowsPath, QStringLiteral("AWin"));
    }

    void noWindowsIsNoWindowsError_data()
    {
        QTest::addColumn<bool>("withSoftwareOnly");
        QTest::newRow("empty folder") << false;
        QTest::newRow("SOFTWARE without SYSTEM") << true;
    }
    void noWindowsIsNoWindowsError()
    {
        QFETCH(bool, withSoftwareOnly);
        QTemporaryDir dir;
        if (withSoftwareOnly)
            writeFile(dir.path() + "/Windows/System32/config/SOFTWARE", "regf");
        try {
            Source::open(dir.path());
            QFAIL("must throw");
        } catch (const ScanError &e) {
            QCOMPARE(e.kind(), ScanErrorKind::NoWindows);
            QVERIFY(e.text().contains(dir.path()));
            QVERIFY(!e.whatToDo().isEmpty());
        }
    }

    void describeMarksDiskFactsUnknown()
    {
        QTemporaryDir dir;
        buildVolume(dir.path());
        const auto src = Source::open(dir.path());
        FactSet facts;
        src->describe(facts);
        QCOMPARE(facts.value("source.kind")->toString(), QStringLiteral("directory"));
        QCOMPARE(facts.value("source.path")->toString(), dir.path());
        QCOMPARE(facts.value("source.windows_installations")->toArray().size(), 1);
        for (const char *unknown : {"source.disk_size_bytes", "source.partitions", "source.esp_present",
                 "source.recovery_partition_present"}) {
            const Fact *f = facts.find(QString::fromLatin1(unknown));
            QVERIFY2(f && !f->known && f->unknownReason.contains(dir.path()), unknown);
        }
    }
};

QTEST_GUILESS_MAIN(TestDirectorySource)
#include "tst_directory_source.moc"
