// SPDX-License-Identifier: GPL-3.0-or-later
// Never write to the scanned disk (issue 14). A whole scan as both faces run it (ScanSession:
// describe the source, preview the installation, scan with the rules, write the report) over
// every kind of source Source::open takes (SourceKind: an image file, a block device, a folder),
// and the source is afterwards what it was before: the same SHA-256 (sparse-aware, so even a
// zero written into a hole shows), the same modification and change times (a write that put the
// bytes back still moves ctime, which no one can set), for a folder the same entries, and for a
// block device the same write and discard counters in the kernel's statistics. While the scan
// runs, every descriptor this process holds on the source must be read-only.
//
// The disks are the SYNTHETIC fixture images and the bundled sample (real file systems, stand-in
// Windows trees); a writable loop device works on a sparse copy, so a scanner that wrote would
// spoil only the copy. Rows that need loop devices or FUSE are skipped where those are missing.
#include "common/scan_error.h"
#include "file_hash.h"
#include "fixture_paths.h"
#include "image_fixtures.h"
#include "session/scan_session.h"
#include "source/source.h"
#include "source/source_location.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <fcntl.h>
#include <functional>
#include <sys/stat.h>
#include <unistd.h>

using namespace urs;
using namespace urs::test;

namespace {

// How the disk is presented to the scanner.
enum class Setup {
    ImageFile, // --source disk.img
    ReadOnlyLoop, // --source /dev/loopN, attached --read-only
    WritableLoop, // --source /dev/loopN over a sparse copy, attached read-write
    FolderTree, // --source DIR: a copy of a Windows volume's files in an ordinary folder
    MountedFolder, // --source DIR: the Windows partition mounted read-only with ntfs-3g
};

struct Command {
    int exitCode = -1;
    QString out;
};

Command run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    Command c;
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return c;
    }
    c.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    c.out = QString::fromLocal8Bit(p.readAllStandardOutput() + p.readAllStandardError()).trimmed();
    return c;
}

QString hardwareRoot()
{
    return qEnvironmentVariable("URS_SOURCE_DIR") + QStringLiteral("/tests/data/hardware/laptop-2014");
}

// "type size mtime ctime [sha256]" of one entry, times in nanoseconds: everything a write, a
// truncation, a chmod or a rename over it would change.
QString stateOf(const QString &path)
{
    struct stat st { };
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return QStringLiteral("missing");
    const auto ns = [](const timespec &t) { return qint64(t.tv_sec) * 1000000000 + t.tv_nsec; };
    QString s = QStringLiteral("%1 %2 m%3 c%4")
                    .arg(S_ISDIR(st.st_mode)      ? "dir"
                            : S_ISREG(st.st_mode) ? "file"
                                                  : "other")
                    .arg(S_ISDIR(st.st_mode) ? 0 : qint64(st.st_size))
                    .arg(ns(st.st_mtim))
                    .arg(ns(st.st_ctim));
    if (S_ISREG(st.st_mode))
        s += QLatin1Char(' ') + QString::fromLatin1(sparseSha256Of(path));
    return s;
}

// The write and discard counters of a block device (Documentation/block/stat.rst: write I/Os,
// sectors written, discard I/Os, sectors discarded).
QString deviceWrites(const QString &device)
{
    QFile f(QStringLiteral("/sys/class/block/%1/stat").arg(QFileInfo(device).fileName()));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("no statistics");
    const QList<QByteArray> fields = f.readAll().simplified().split(' ');
    return QStringLiteral("writes %1, sectors written %2, discards %3, sectors discarded %4")
        .arg(QString::fromLatin1(fields.value(4)), QString::fromLatin1(fields.value(6)),
            QString::fromLatin1(fields.value(11)), QString::fromLatin1(fields.value(13)));
}

// The state of each watched path (every entry under a folder, so a file created, removed or
// renamed shows too) and of each device's counters.
QMap<QString, QString> snapshot(const QStringList &watched, const QStringList &devices)
{
    QMap<QString, QString> out;
    for (const QString &path : watched) {
        out.insert(path, stateOf(path));
        if (!QFileInfo(path).isDir() || QFileInfo(path).isSymLink())
            continue;
        QDirIterator it(path, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString entry = it.next();
            out.insert(entry, stateOf(entry));
        }
    }
    for (const QString &device : devices)
        out.insert(device + QStringLiteral(" (kernel counters)"), deviceWrites(device));
    return out;
}

QStringList differences(const QMap<QString, QString> &before, const QMap<QString, QString> &after)
{
    QStringList out;
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    for (const QString &k : keys) {
        if (before.value(k, QStringLiteral("absent")) != after.value(k, QStringLiteral("absent")))
            out << QStringLiteral("%1: %2 -> %3")
                       .arg(k, before.value(k, QStringLiteral("absent")),
                           after.value(k, QStringLiteral("absent")));
    }
    return out;
}

// This process's descriptors on the source (the path or anything under it), and those among
// them not opened O_RDONLY.
struct Descriptors {
    int seen = 0;
    QStringList writable;
};

void checkDescriptors(const QStringList &targets, Descriptors &d)
{
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System)) {
        char buf[4096];
        const ssize_t n = ::readlink(QFile::encodeName(fds.filePath(fd)).constData(), buf, sizeof buf - 1);
        if (n <= 0)
            continue;
        const QString target = QFile::decodeName(QByteArray(buf, int(n)));
        const bool onSource = std::any_of(targets.begin(), targets.end(),
            [&](const QString &t) { return target == t || target.startsWith(t + QLatin1Char('/')); });
        if (!onSource)
            continue;
        ++d.seen;
        QFile info(QStringLiteral("/proc/self/fdinfo/") + fd);
        if (!info.open(QIODevice::ReadOnly))
            continue; // closed meanwhile
        for (const QByteArray &line : info.readAll().split('\n')) {
            if (!line.startsWith("flags:"))
                continue;
            bool ok = false;
            const int flags = line.mid(6).trimmed().toInt(&ok, 8);
            if (!ok || (flags & O_ACCMODE) != O_RDONLY)
                d.writable << QStringLiteral("fd %1 on %2, flags %3")
                                  .arg(fd, target, QString::fromLatin1(line.mid(6).trimmed()));
        }
    }
}

// Copies a Windows volume's files into root: a folder tree as a copy of the volume on a Linux
// file system holds it. NTFS metadata files ($MFT, $LogFile, ...) are not files of the volume's
// tree; files over 16 MiB (pagefile.sys, hiberfil.sys, an update download) become sparse stand-ins
// of the same size and first 4 KiB (hiberfil.sys keeps its signature), so the copy stays small.
void copyVolume(const WindowsVolume &volume, const QString &dir, const QString &root)
{
    for (const VolumeEntry &e : volume.list(dir)) {
        if (dir.isEmpty() && e.name.startsWith(QLatin1Char('$'))
            && !e.name.startsWith(QLatin1String("$WINDOWS.")))
            continue;
        const QString path = dir.isEmpty() ? e.name : dir + QLatin1Char('/') + e.name;
        const QString host = root + QLatin1Char('/') + path;
        if (e.isDirectory) {
            QVERIFY(QDir().mkpath(host));
            copyVolume(volume, path, root);
            continue;
        }
        QFile out(host);
        QVERIFY2(out.open(QIODevice::WriteOnly), qPrintable(host));
        if (e.sizeBytes <= (16 << 20)) {
            volume.copyTo(path, out.handle());
        } else {
            QVERIFY(out.write(volume.read(path, 0, 4096)) > 0);
            QVERIFY(out.resize(e.sizeBytes));
        }
    }
}

// Undoes what a row set up (mounts, loop devices), last first, however the row ends.
struct Teardown {
    QList<std::function<void()>> steps;
    ~Teardown()
    {
        for (auto it = steps.crbegin(); it != steps.crend(); ++it)
            (*it)();
    }
};

// Attaches a loop device over image (from offset, size bytes; 0: to the end); empty on failure.
QString attachLoop(
    Teardown &teardown, const QString &image, bool readOnly, qint64 offset = 0, qint64 size = 0)
{
    QStringList args {QStringLiteral("--find"), QStringLiteral("--show")};
    if (readOnly)
        args << QStringLiteral("--read-only");
    if (offset > 0)
        args << QStringLiteral("--offset") << QString::number(offset);
    if (size > 0)
        args << QStringLiteral("--sizelimit") << QString::number(size);
    const Command c = run(QStringLiteral("losetup"), args << image);
    if (c.exitCode != 0 || !c.out.startsWith(QLatin1String("/dev/")))
        return {};
    const QString device = c.out;
    teardown.steps << [device] { run(QStringLiteral("losetup"), {QStringLiteral("--detach"), device}); };
    return device;
}

} // namespace

class TestReadOnlySources : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        URS_REQUIRE_IMAGES();
        QVERIFY2(QFileInfo::exists(sample()), qPrintable(sample() + " missing (fixture 'sample')"));
    }

    void wholeScanLeavesTheSourceAsItWas_data()
    {
        QTest::addColumn<int>("setup");
        QTest::addColumn<QString>("disk"); // the sample or a fixture image
        QTest::addColumn<QString>("kind"); // source.kind the scan must report
        QTest::addColumn<bool>("bootStore"); // a BCD store the scan reads (an ESP or active partition)
        const QString image = QStringLiteral("image");
        const QString device = QStringLiteral("block_device");
        const QString folder = QStringLiteral("directory");
        // GPT from the fixtures, not the 500 GB sample: hashing the sample's 450 MB of data twice
        // takes seconds, and tst_scan_session's sourceUntouched already hashes it around a scan.
        QTest::newRow("image file, GPT") << int(Setup::ImageFile) << imagePath("gpt-basic") << image << true;
        QTest::newRow("image file, MBR") << int(Setup::ImageFile) << imagePath("mbr-basic") << image << true;
        QTest::newRow("image file, bare NTFS volume")
            << int(Setup::ImageFile) << imagePath("dirty") << image << false;
        QTest::newRow("read-only loop device")
            << int(Setup::ReadOnlyLoop) << imagePath("gpt-basic") << device << true;
        QTest::newRow("writable loop device")
            << int(Setup::WritableLoop) << imagePath("gpt-basic") << device << true;
        QTest::newRow("folder tree (the sample's files)")
            << int(Setup::FolderTree) << sample() << folder << false;
        QTest::newRow("folder: ntfs-3g read-only mount")
            << int(Setup::MountedFolder) << imagePath("gpt-basic") << folder << false;
    }

    void wholeScanLeavesTheSourceAsItWas()
    {
        QFETCH(int, setup);
        QFETCH(QString, disk);
        QFETCH(QString, kind);
        QFETCH(bool, bootStore);
        QTemporaryDir work;
        QVERIFY(work.isValid());
        Teardown teardown; // declared after work: unmounts and detaches before work is removed
        QString source; // what the scan is given
        QStringList watched {hardwareRoot()}; // the machine's captured tree is read too
        QStringList devices;

        switch (Setup(setup)) {
        case Setup::ImageFile:
            source = disk;
            watched << disk;
            break;
        case Setup::ReadOnlyLoop:
        case Setup::WritableLoop: {
            QString backing = disk;
            if (Setup(setup) == Setup::WritableLoop) {
                backing = work.filePath(QStringLiteral("copy.img"));
                const Command cp
                    = run(QStringLiteral("cp"), {QStringLiteral("--sparse=always"), disk, backing});
                QVERIFY2(cp.exitCode == 0, qPrintable(cp.out));
            }
            source = attachLoop(teardown, backing, Setup(setup) == Setup::ReadOnlyLoop);
            if (source.isEmpty())
                QSKIP("no loop device available (needs root and /dev/loop*)");
            watched << backing;
            devices << source;
            break;
        }
        case Setup::FolderTree: {
            source = work.filePath(QStringLiteral("volume"));
            QVERIFY(QDir().mkpath(source));
            {
                const auto src = Source::open(disk);
                QVERIFY(!src->installations().isEmpty());
                copyVolume(*src->openVolume(src->installations().first()), QString(), source);
                if (QTest::currentTestFailed())
                    return;
            }
            watched << source;
            break;
        }
        case Setup::MountedFolder: {
            std::optional<PartitionInfo> windows;
            for (const PartitionInfo &p : Source::open(disk)->partitions())
                if (p.hasWindows && !windows)
                    windows = p;
            QVERIFY(windows);
            const QString device = attachLoop(teardown, disk, true, windows->startBytes, windows->sizeBytes);
            if (device.isEmpty())
                QSKIP("no loop device available (needs root and /dev/loop*)");
            source = work.filePath(QStringLiteral("mnt"));
            QVERIFY(QDir().mkpath(source));
            const Command mount = run(
                QStringLiteral("ntfs-3g"), {QStringLiteral("-o"), QStringLiteral("ro"), device, source});
            if (mount.exitCode != 0)
                QSKIP(qPrintable(
                    QStringLiteral("ntfs-3g cannot mount here (needs root and FUSE): ") + mount.out));
            teardown.steps << [source] { run(QStringLiteral("umount"), {source}); };
            watched << disk;
            devices << device;
            break;
        }
        }

        const QMap<QString, QString> before = snapshot(watched, devices);
        QStringList targets {QFileInfo(source).canonicalFilePath()};
        for (const QString &w : watched)
            if (w != hardwareRoot())
                targets << QFileInfo(w).canonicalFilePath();
        targets << devices;
        Descriptors descriptors;
        QString written;
        {
            SessionOptions options;
            options.hardwareRoot = hardwareRoot();
            options.rulesDir = qEnvironmentVariable("URS_SOURCE_DIR") + QStringLiteral("/rules");
            options.scanTime = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
            ScanSession session(options);
            const DiscoveredDisk described = session.describeSource(source);
            QVERIFY2(described.error.isEmpty(), qPrintable(described.error));
            const InstallationPreview preview = session.preview(source, 0);
            QVERIFY2(preview.error.isEmpty(), qPrintable(preview.error));
            ScanRequest request;
            request.sourcePath = source;
            request.progress = [&](const ScanProgress &) { checkDescriptors(targets, descriptors); };
            ScanRecord record;
            try {
                record = session.scan(request);
            } catch (const ScanError &e) {
                QFAIL(qPrintable(e.text()));
            }
            QTemporaryDir reports; // the report goes elsewhere, as on the stick
            written = session.writeReport(record, QStringLiteral("en"), reports.path());
            QVERIFY(QFileInfo::exists(written));

            // The scan read what a real one reads, so the proof below is not about a scan that
            // stopped early: the hives, the setup logs, the boot store where the disk has one.
            QCOMPARE(
                record.facts.value(QStringLiteral("source.kind")).value_or(QJsonValue()).toString(), kind);
            QVERIFY(record.facts.value(QStringLiteral("windows.computer_name")).has_value());
            QVERIFY(!record.facts.value(QStringLiteral("windows.earlier_attempts.logs"))
                         .value_or(QJsonValue())
                         .toArray()
                         .isEmpty());
            QCOMPARE(record.facts.value(QStringLiteral("windows.boot.bcd_path")).has_value(), bootStore);
            QVERIFY(record.assessment && !record.assessment->targets.isEmpty());
        }

        QVERIFY2(descriptors.writable.isEmpty(), qPrintable(descriptors.writable.join(QLatin1Char('\n'))));
        // The image and the device stay open all through the scan; a folder's files are opened
        // one at a time, so the check may meet none of them open.
        if (Setup(setup) != Setup::FolderTree && Setup(setup) != Setup::MountedFolder)
            QVERIFY2(descriptors.seen > 0, "the descriptor check never saw the source open");
        const QStringList changed = differences(before, snapshot(watched, devices));
        QVERIFY2(changed.isEmpty(), qPrintable(changed.join(QLatin1Char('\n'))));
        QVERIFY(before.size() >= watched.size() + devices.size());
    }

    // Nor does the report go onto the scanned disk: ScanSession refuses a report folder inside a
    // folder source or on a mount of the scanned image or device (kernel or FUSE, as ntfs-3g),
    // before anything is made there, and says which mount it is.
    void reportNeverGoesOnTheScannedDisk_data()
    {
        QTest::addColumn<int>("setup"); // ImageFile, ReadOnlyLoop or FolderTree
        QTest::addColumn<QString>("where"); // "inside", "windows folder", "mounted", "elsewhere"
        QTest::addColumn<bool>("refused");
        QTest::newRow("folder: a folder inside it") << int(Setup::FolderTree) << "inside" << true;
        QTest::newRow("folder given as its Windows folder: a folder of the volume")
            << int(Setup::FolderTree) << "windows folder" << true;
        QTest::newRow("folder: a folder beside it") << int(Setup::FolderTree) << "elsewhere" << false;
        QTest::newRow("image file: its Windows partition mounted")
            << int(Setup::ImageFile) << "mounted" << true;
        QTest::newRow("image file: a folder elsewhere") << int(Setup::ImageFile) << "elsewhere" << false;
        QTest::newRow("block device: its Windows partition mounted")
            << int(Setup::ReadOnlyLoop) << "mounted" << true;
        QTest::newRow("block device: a folder elsewhere") << int(Setup::ReadOnlyLoop) << "elsewhere" << false;
    }
    void reportNeverGoesOnTheScannedDisk()
    {
        QFETCH(int, setup);
        QFETCH(QString, where);
        QFETCH(bool, refused);
        QTemporaryDir work;
        Teardown teardown;
        const QString image = imagePath(QStringLiteral("gpt-basic"));
        QString source = image;
        QString folder = work.filePath(QStringLiteral("elsewhere/reports"));
        if (Setup(setup) == Setup::FolderTree) {
            source = work.filePath(QStringLiteral("volume"));
            QVERIFY(QDir().mkpath(source + QStringLiteral("/Windows/System32/config")));
            if (where == QLatin1String("inside"))
                folder = source + QStringLiteral("/reports/new");
            if (where == QLatin1String("windows folder")) {
                folder = source + QStringLiteral("/reports");
                source += QStringLiteral("/Windows");
            }
        } else if (Setup(setup) == Setup::ReadOnlyLoop) {
            source = attachLoop(teardown, image, true);
            if (source.isEmpty())
                QSKIP("no loop device available (needs root and /dev/loop*)");
        }
        if (where == QLatin1String("mounted")) {
            // The Windows partition through a loop device of its own over the same image, as
            // mounting it by hand (or a partition scan) gives it.
            std::optional<PartitionInfo> windows;
            for (const PartitionInfo &p : Source::open(image)->partitions())
                if (p.hasWindows && !windows)
                    windows = p;
            QVERIFY(windows);
            const QString device = attachLoop(teardown, image, true, windows->startBytes, windows->sizeBytes);
            if (device.isEmpty())
                QSKIP("no loop device available (needs root and /dev/loop*)");
            const QString mnt = work.filePath(QStringLiteral("mnt"));
            QVERIFY(QDir().mkpath(mnt));
            const Command mount
                = run(QStringLiteral("ntfs-3g"), {QStringLiteral("-o"), QStringLiteral("ro"), device, mnt});
            if (mount.exitCode != 0)
                QSKIP(qPrintable(
                    QStringLiteral("ntfs-3g cannot mount here (needs root and FUSE): ") + mount.out));
            teardown.steps << [mnt] { run(QStringLiteral("umount"), {mnt}); };
            folder = mnt + QStringLiteral("/reports");
        }

        const QString why = folderOnSource(source, folder);
        QCOMPARE(!why.isEmpty(), refused);
        try {
            ScanSession::checkReportFolder(source, folder);
            QVERIFY2(!refused, "a report folder on the scanned disk was accepted");
        } catch (const ScanError &e) {
            QVERIFY2(refused, qPrintable(e.text()));
            QCOMPARE(e.kind(), ScanErrorKind::ReportWrite);
            QCOMPARE(e.input(), folder);
            QVERIFY2(e.message().contains(where == QLatin1String("mounted")
                             ? QStringLiteral("mounted from /dev/loop")
                             : QStringLiteral("inside the scanned folder")),
                qPrintable(e.text()));
            QVERIFY(!e.whatToDo().isEmpty());
            QVERIFY(!QFileInfo::exists(folder)); // nothing was made there
        }
        if (where == QLatin1String("inside")) {
            // The command line refuses before it makes --out, and before the scan.
            QProcess cli;
            cli.start(qEnvironmentVariable("URS_CLI"),
                {QStringLiteral("report"), QStringLiteral("--source"), source, QStringLiteral("--out"),
                    folder});
            QVERIFY(cli.waitForFinished(30000));
            const QString err = QString::fromUtf8(cli.readAllStandardError());
            QCOMPARE(cli.exitCode(), exitCodeFor(ScanErrorKind::ReportWrite));
            QVERIFY2(err.contains(QStringLiteral("inside the scanned folder")), qPrintable(err));
            QVERIFY(!QFileInfo::exists(folder));
        }
    }
};

QTEST_GUILESS_MAIN(TestReadOnlySources)
#include "tst_read_only_sources.moc"
