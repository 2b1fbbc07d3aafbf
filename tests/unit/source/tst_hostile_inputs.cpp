// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile disks that need a real file system or a real device (the partition tables built byte
// by byte are in tst_hostile_tables): an NTFS whose $MFT is torn, a 0-byte block device, and a
// disk that fails with an I/O error in the middle of a file. Each ends in a ScanError naming the
// input and saying what is wrong, never in a crash, a hang or a made-up answer. Copies of the
// SYNTHETIC "images" fixture are damaged here; docs/robustness.md quotes the messages printed.
#include "common/scan_error.h"
#include "damaged_ntfs.h"
#include "image_fixtures.h"
#include "source/source.h"
#include "windows/hive.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <cerrno>
#include <dlfcn.h>
#include <unistd.h>

using namespace urs;
using namespace urs::test;

// --- an unreadable sector, without a failing disk ----------------------------------------------
// libtsk reads an image or a device with lseek(2) and read(2) (tsk/img/raw.c). This test program
// defines read() itself; the dynamic linker binds libtsk's calls to it (symbol interposition) and
// it hands every call to the C library's read(), found with dlsym(RTLD_NEXT), except one: while a
// test has armed it, a read of the armed file that touches the bad byte range fails with EIO, as
// a read across a bad sector does. (A device-mapper "error" target would do the same from the
// kernel, but needs dm-mod, which containers and CI runners often lack.) No product code knows.
namespace {

struct BadSectors {
    std::atomic<bool> armed {false};
    QByteArray file; // canonical path of the image or device
    qint64 from = 0; // byte range [from, to) that cannot be read
    qint64 to = 0;
    std::atomic<int> failed {0}; // reads refused so far
};
BadSectors g_bad;

bool isArmedFile(int fd)
{
    char link[PATH_MAX];
    const ssize_t n
        = ::readlink(QByteArray("/proc/self/fd/" + QByteArray::number(fd)).constData(), link, sizeof link);
    return n > 0 && QByteArray(link, n) == g_bad.file;
}

} // namespace

extern "C" ssize_t read(int fd, void *buf, size_t count)
{
    using Read = ssize_t (*)(int, void *, size_t);
    static const auto realRead = reinterpret_cast<Read>(::dlsym(RTLD_NEXT, "read"));
    if (g_bad.armed.load()) {
        const off_t at = ::lseek(fd, 0, SEEK_CUR);
        if (at >= 0 && at < g_bad.to && at + qint64(count) > g_bad.from && isArmedFile(fd)) {
            ++g_bad.failed;
            errno = EIO;
            return -1;
        }
    }
    return realRead(fd, buf, count);
}

namespace {

// A sparse copy of a fixture image (cp keeps the holes: a copy of 256 MB writes a few).
QString sparseCopy(const QString &image, const QString &to)
{
    QProcess cp;
    cp.start(QStringLiteral("cp"), {QStringLiteral("--sparse=always"), imagePath(image), to});
    if (!cp.waitForFinished(60000) || cp.exitCode() != 0)
        qFatal("cannot copy %s", qPrintable(image));
    return to;
}

// Attaches a read-only loop device over file; empty when loop devices cannot be set up here.
QString attachLoop(const QString &file)
{
    QProcess setup;
    setup.start(QStringLiteral("losetup"), {"--find", "--show", "--read-only", file});
    if (!setup.waitForFinished(10000) || setup.exitCode() != 0)
        return {};
    return QString::fromLocal8Bit(setup.readAllStandardOutput()).trimmed();
}

// Where the bytes of needle begin in file, looking at 4096-byte steps from `from`; -1 if nowhere.
qint64 findBlock(const QString &file, const QByteArray &needle, qint64 from, qint64 to)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly) || !f.seek(from))
        return -1;
    for (qint64 at = from; at < to; at += 4096) {
        if (f.read(needle.size()) == needle)
            return at;
        f.seek(at + 4096);
    }
    return -1;
}

} // namespace

class TestHostileInputs : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { URS_REQUIRE_IMAGES(); }

    // A torn MFT record 0 (the $MFT's own record, SYNTHETIC damage as damaged_ntfs.h does it):
    // libtsk cannot open the file system at all. The error says so, naming the image and the
    // NTFS it found, never just "no file system" or "no Windows".
    void tornMftIsNamed_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<qint64>("volumeOffset");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("bare NTFS, $MFT record torn")
            << "dirty" << 0LL << int(ScanErrorKind::SourceUnreadable)
            << "NTFS boot sector, but the file system cannot be read";
        QTest::newRow("GPT disk, Windows partition's $MFT record torn")
            << "gpt-basic" << (117LL << 20) << int(ScanErrorKind::NoWindows)
            << "partition 3: NTFS boot sector, but the file system cannot be read";
    }
    void tornMftIsNamed()
    {
        QFETCH(QString, image);
        QFETCH(qint64, volumeOffset);
        QFETCH(int, kind);
        QFETCH(QString, says);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = sparseCopy(image, dir.filePath(QStringLiteral("torn-mft.img")));
        DamagedNtfs(copy, volumeOffset).breakRecord(0);
        try {
            const auto source = Source::open(copy);
            // A partitioned disk opens (its table is sound); a scan finds no Windows on it and
            // must say why.
            QVERIFY2(source->installations().isEmpty(), "Windows found on a volume whose $MFT is torn");
            const QString cli = qEnvironmentVariable("URS_CLI");
            if (cli.isEmpty() || !QFileInfo(cli).isExecutable())
                QSKIP("URS_CLI is not set to a built upgrade-scan");
            QProcess p;
            p.start(cli,
                {QStringLiteral("facts"), QStringLiteral("--source"), copy, QStringLiteral("--hardware-root"),
                    qEnvironmentVariable("URS_SOURCE_DIR")
                        + QStringLiteral("/tests/data/hardware/laptop-2014")});
            QVERIFY(p.waitForFinished(60000));
            const QString err = QString::fromUtf8(p.readAllStandardError());
            qInfo("exit %d: %s", p.exitCode(), qPrintable(err.trimmed()));
            QCOMPARE(p.exitCode(), exitCodeFor(ScanErrorKind(kind)));
            QVERIFY2(err.contains(copy) && err.contains(says), qPrintable(err));
            // libtsk's reason spans lines; the message is one (failed-scans.log is one per line).
            QVERIFY2(!err.trimmed().contains(QLatin1Char('\n')), qPrintable(err));
        } catch (const ScanError &e) {
            qInfo("%s", qPrintable(e.text()));
            QCOMPARE(int(e.kind()), kind);
            QVERIFY2(e.text().startsWith(copy), qPrintable(e.text()));
            QVERIFY2(e.message().contains(says), qPrintable(e.text()));
            QVERIFY2(!e.text().contains(QLatin1Char('\n')), qPrintable(e.text()));
        }
    }

    // A Windows volume left hibernated (hiberfil.sys starts with "hibr": fast startup or a
    // hibernation the machine never resumed from): the scan reads it, and the volume-state
    // finding warns that what it read may be out of date, with the fact that says so.
    void hibernatedVolumeIsAWarning()
    {
        const QString cli = qEnvironmentVariable("URS_CLI");
        if (cli.isEmpty() || !QFileInfo(cli).isExecutable())
            QSKIP("URS_CLI is not set to a built upgrade-scan");
        QProcess p;
        p.start(cli,
            {QStringLiteral("check"), QStringLiteral("--source"), imagePath(QStringLiteral("hibernated")),
                QStringLiteral("--hardware-root"),
                qEnvironmentVariable("URS_SOURCE_DIR") + QStringLiteral("/tests/data/hardware/laptop-2014"),
                QStringLiteral("--target"), QStringLiteral("win10-22h2"), QStringLiteral("--json")});
        QVERIFY(p.waitForFinished(60000));
        const QJsonObject json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QJsonObject finding;
        for (const QJsonValue &f : json.value(QStringLiteral("findings")).toArray())
            if (f.toObject().value(QStringLiteral("id")).toString() == QLatin1String("volume-state"))
                finding = f.toObject();
        const QString meaning
            = finding.value(QStringLiteral("meaning")).toObject().value(QStringLiteral("en")).toString();
        qInfo("%s: %s", qPrintable(finding.value(QStringLiteral("status")).toString()), qPrintable(meaning));
        QCOMPARE(finding.value(QStringLiteral("status")).toString(), QStringLiteral("warning"));
        QVERIFY2(meaning.contains(QStringLiteral(
                     "Windows left this volume hibernated (hiberfil.sys holds a session: yes)")),
            qPrintable(meaning));
    }

    // A 0-byte block device (a loop device over an empty file; skipped where loop devices cannot
    // be set up): refused as holding no data, naming the device.
    void emptyBlockDevice()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString empty = dir.filePath(QStringLiteral("empty.img"));
        QVERIFY(QFile(empty).open(QIODevice::WriteOnly));
        const QString device = attachLoop(empty);
        if (device.isEmpty())
            QSKIP("no loop device available (needs root and /dev/loop*)");
        auto detach = qScopeGuard([&] {
            QProcess::execute(QStringLiteral("losetup"), {"--detach", device});
        });
        try {
            Source::open(device);
            QFAIL("a 0-byte device was opened");
        } catch (const ScanError &e) {
            qInfo("%s", qPrintable(e.text()));
            QCOMPARE(e.kind(), ScanErrorKind::SourceUnreadable);
            QVERIFY2(e.text().startsWith(device), qPrintable(e.text()));
            QVERIFY2(e.message().contains(QStringLiteral("size 0")), qPrintable(e.text()));
        }
    }

    // A disk that cannot read one block in the middle of the SYSTEM hive (an unreadable sector,
    // see read() above): opening the disk, listing it and the hive's first block still work;
    // reading the hive stops at the bad block with an error naming the volume, the file, the
    // offset and the system's reason, and advising ddrescue. Never a hive with a hole in it.
    void readErrorInTheMiddle()
    {
        const QString image = imagePath(QStringLiteral("gpt-basic"));
        QFile hive(imageDir() + QStringLiteral("/win81-SYSTEM")); // the SYSTEM the builder put there
        QVERIFY(hive.open(QIODevice::ReadOnly));
        const qint64 badAt = 1 << 20; // the hive's block at 1 MiB is the one that fails
        QVERIFY(hive.seek(badAt));
        const QByteArray block = hive.read(4096);
        QCOMPARE(block.left(4), QByteArray("hbin")); // a bin header: unique in the image
        // Windows (partition 3) spans 117 to 227 MiB.
        const qint64 onDisk = findBlock(image, block, 117LL << 20, 227LL << 20);
        QVERIFY2(onDisk > 0, "the hive's block was not found on the image");

        // The disk as a block device when loop devices can be set up, else the image itself.
        QString disk = attachLoop(image);
        auto detach = qScopeGuard([&] {
            if (disk.startsWith(QLatin1String("/dev/")))
                QProcess::execute(QStringLiteral("losetup"), {"--detach", disk});
        });
        if (disk.isEmpty())
            disk = image;
        g_bad.file = QFileInfo(disk).canonicalFilePath().toLocal8Bit();
        g_bad.from = onDisk;
        g_bad.to = onDisk + 4096;
        g_bad.failed = 0;
        g_bad.armed = true;
        auto disarm = qScopeGuard([] { g_bad.armed = false; });

        const auto source = Source::open(disk);
        QCOMPARE(source->installations().size(), 1);
        const auto volume = source->openVolume(source->installations().first());
        const QString path = QStringLiteral("Windows/System32/config/SYSTEM");
        QCOMPARE(volume->read(path, 0, 4), QByteArray("regf"));
        QCOMPARE(g_bad.failed.load(), 0);
        try {
            Hive::openOnVolume(*volume, path, QStringLiteral("SYSTEM"));
            QFAIL("a hive with an unreadable block was opened");
        } catch (const ScanError &e) {
            qInfo("%s", qPrintable(e.text()));
            QVERIFY(g_bad.failed.load() > 0);
            QCOMPARE(e.kind(), ScanErrorKind::SourceUnreadable);
            QCOMPARE(e.input(), volume->displayName());
            QVERIFY2(e.input().startsWith(disk), qPrintable(e.input()));
            QVERIFY2(
                e.message().startsWith(QStringLiteral("cannot read %1 at offset %2: ").arg(path).arg(badAt)),
                qPrintable(e.text()));
            QVERIFY2(e.message().contains(QStringLiteral("Input/output error")), qPrintable(e.text()));
            QVERIFY2(e.whatToDo().contains(QStringLiteral("ddrescue")), qPrintable(e.text()));
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileInputs)
#include "tst_hostile_inputs.moc"
