// SPDX-License-Identifier: GPL-3.0-or-later
// Never a half report: a writer killed with SIGKILL mid-write leaves no zip (and the next run
// removes its temporary file); a full disk, a file size limit, a read-only folder or a USB stick
// pulled out or failing mid-write give a clear ScanError(ReportWrite) naming the folder and
// leave nothing behind. Data is SYNTHETIC.
#include "common/scan_error.h"
#include "report/atomic_file_writer.h"
#include "report/report_writer.h"
#include "synthetic_report.h"

#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <csignal>
#include <dlfcn.h>
#include <fcntl.h>
#include <functional>
#include <poll.h>
#include <sched.h>
#include <sys/file.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace urs;
using namespace urs::test;

// --- a USB stick that fails mid-write, without a stick --------------------------------------
// What a pulled or failing stick does to a writer is make write(2) or fsync(2) fail with EIO.
// This test program defines write() and fsync() itself; calls from the product bind to them
// (symbol interposition) and they hand every call to the C library's, found with
// dlsym(RTLD_NEXT), except while a test has armed them: then a write to (or a flush of) a file
// whose name starts with the writer's temporary prefix fails with EIO. No product code knows.
namespace {

enum class IoFault { None, Write, Fsync };
std::atomic<IoFault> g_fault {IoFault::None};
std::atomic<int> g_faults {0}; // calls refused so far

// Runs body in a child process with a tmpfs of the given mount options on folder, in a private
// mount namespace so the mount vanishes with the child; returns the child's exit code (body's
// result), 77 when the tmpfs cannot be mounted here (not root, or no mount namespaces).
int inPrivateTmpfs(const QString &folder, const char *options, const std::function<int()> &body)
{
    const pid_t child = ::fork();
    if (child < 0)
        return -1;
    if (child == 0) {
        if (::unshare(CLONE_NEWNS) != 0 || ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0
            || ::mount("tmpfs", folder.toLocal8Bit().constData(), "tmpfs", 0, options) != 0)
            ::_exit(77);
        const int code = body();
        ::fflush(nullptr);
        ::_exit(code);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

bool isReportTemporary(int fd)
{
    char link[PATH_MAX];
    const ssize_t n
        = ::readlink(QByteArray("/proc/self/fd/" + QByteArray::number(fd)).constData(), link, sizeof link);
    return n > 0
        && QFileInfo(QString::fromLocal8Bit(link, n))
               .fileName()
               .startsWith(AtomicFileWriter::temporaryPrefix());
}

bool refuse(IoFault call, int fd)
{
    if (g_fault.load() != call || !isReportTemporary(fd))
        return false;
    ++g_faults;
    errno = EIO;
    return true;
}

} // namespace

extern "C" ssize_t write(int fd, const void *buf, size_t count)
{
    using Write = ssize_t (*)(int, const void *, size_t);
    static const auto realWrite = reinterpret_cast<Write>(::dlsym(RTLD_NEXT, "write"));
    return refuse(IoFault::Write, fd) ? -1 : realWrite(fd, buf, count);
}

extern "C" int fsync(int fd)
{
    using Fsync = int (*)(int);
    static const auto realFsync = reinterpret_cast<Fsync>(::dlsym(RTLD_NEXT, "fsync"));
    return refuse(IoFault::Fsync, fd) ? -1 : realFsync(fd);
}

namespace {

// A SYNTHETIC record with incompressible evidence, so the zip is several chunks long.
ScanRecord bigRecord(int mebibytes)
{
    QByteArray noise(mebibytes * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator gen(42);
    gen.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
    ScanRecord r = syntheticResult();
    r.evidence = {{{}, QStringLiteral("synthetic-noise.bin"), noise, noise.size(), false}};
    return r;
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace

class TestReportAtomic : public QObject {
    Q_OBJECT
private slots:
    void killedWriterLeavesNoZip();
    void fileSizeLimit();
    void fullOrReadOnlyFilesystem();
    void stickPulledMidWrite_data();
    void stickPulledMidWrite();
    void missingFolder_data();
    void missingFolder();
    void liveTemporaryKept();
    void cliOutChecksFirst();
};

void TestReportAtomic::killedWriterLeavesNoZip()
{
    QTemporaryDir dir;
    const ScanRecord result = bigRecord(4);
    ReportWriter writer(ReportOptions {});
    int pipeFd[2];
    QVERIFY(::pipe(pipeFd) == 0);
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        ::close(pipeFd[0]);
        // After the first chunk is on disk: tell the parent, then wait to be killed.
        writer.setWriteHook([&](qint64 written, qint64) {
            if (written >= AtomicFileWriter::kChunkBytes) {
                (void)!::write(pipeFd[1], "k", 1);
                for (;;)
                    ::pause();
            }
        });
        try {
            writer.write(result, dir.path());
        } catch (...) {
        }
        ::_exit(3); // only reached when the hook never ran
    }
    ::close(pipeFd[1]);
    pollfd pfd {pipeFd[0], POLLIN, 0};
    const int ready = ::poll(&pfd, 1, 60000);
    char c = 0;
    const bool signalled = ready == 1 && ::read(pipeFd[0], &c, 1) == 1;
    ::close(pipeFd[0]);
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    QVERIFY2(signalled, "the writer never reached its hook");
    QVERIFY(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);

    // Killed mid-write: a temporary file with part of the bytes, and no zip at all.
    QStringList left = entries(dir.path());
    QCOMPARE(left.size(), 1);
    QVERIFY2(left.first().startsWith(AtomicFileWriter::temporaryPrefix()), qPrintable(left.first()));
    QVERIFY(QFileInfo(dir.filePath(left.first())).size() >= AtomicFileWriter::kChunkBytes);
    QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.zip")}, QDir::Files).isEmpty());

    // The next run cleans it up and writes a whole report.
    const QString path = ReportWriter(ReportOptions {}).write(result, dir.path());
    QCOMPARE(entries(dir.path()), QStringList {QFileInfo(path).fileName()});
}

void TestReportAtomic::fileSizeLimit()
{
    QTemporaryDir dir;
    rlimit old {};
    QVERIFY(::getrlimit(RLIMIT_FSIZE, &old) == 0);
    rlimit small = old;
    small.rlim_cur = 256 * 1024;
    QVERIFY(::setrlimit(RLIMIT_FSIZE, &small) == 0);
    bool threw = false;
    try {
        ReportWriter(ReportOptions {}).write(bigRecord(1), dir.path());
    } catch (const ScanError &e) {
        threw = true;
        ::setrlimit(RLIMIT_FSIZE, &old);
        QCOMPARE(e.kind(), ScanErrorKind::ReportWrite);
        QCOMPARE(e.exitCode(), 6);
        QCOMPARE(e.input(), dir.path());
        QVERIFY2(e.whatToDo().contains(QLatin1String("full")), qPrintable(e.text()));
    }
    ::setrlimit(RLIMIT_FSIZE, &old);
    QVERIFY(threw);
    QCOMPARE(entries(dir.path()), QStringList());
}

// A small tmpfs in a private mount namespace (needs root; skipped otherwise): full, then
// read-only. Runs in a child so the mounts vanish with it.
void TestReportAtomic::fullOrReadOnlyFilesystem()
{
    QTemporaryDir dir;
    const ScanRecord result = bigRecord(1);
    const ReportWriter writer(ReportOptions {});
    const int status = inPrivateTmpfs(dir.path(), "size=256k", [&] {
        int code = 0;
        try {
            writer.write(result, dir.path());
            code = 1;
        } catch (const ScanError &e) {
            qInfo("%s", qPrintable(e.text()));
            if (e.kind() != ScanErrorKind::ReportWrite || !e.text().contains(QLatin1String("No space left"))
                || e.input() != dir.path() || !e.text().startsWith(dir.path()))
                code = 2;
        }
        if (code == 0 && !entries(dir.path()).isEmpty())
            code = 3;
        if (code == 0) {
            ::mount(
                nullptr, dir.path().toLocal8Bit().constData(), nullptr, MS_REMOUNT | MS_RDONLY, "size=256k");
            try {
                ReportWriter(ReportOptions {}).write(result, dir.path());
                code = 4;
            } catch (const ScanError &e) {
                qInfo("%s", qPrintable(e.text()));
                if (e.kind() != ScanErrorKind::ReportWrite
                    || !e.whatToDo().contains(QLatin1String("read-only")) || e.input() != dir.path())
                    code = 5;
            }
        }
        return code;
    });
    if (status == 77)
        QSKIP("cannot mount a tmpfs here (not root, or no mount namespaces)");
    QCOMPARE(status, 0);
}

// The stick goes away while the report is written, after its first chunk is on it: pulled out
// and unmounted (a tmpfs in a private mount namespace, detached as udisks does, so the folder
// under it is what the path now shows; needs root, skipped otherwise), or failing with an I/O
// error on the next write or on the flush (see write() and fsync() above). Each time: a
// ScanError(ReportWrite) naming the folder and saying what happened, and no report, whole or
// half, left in the folder.
void TestReportAtomic::stickPulledMidWrite_data()
{
    QTest::addColumn<int>("fault"); // IoFault; None: the stick is unmounted
    QTest::addColumn<QString>("says");
    QTest::addColumn<QString>("advice");
    QTest::newRow("stick unmounted mid-write") << int(IoFault::None) << "the report folder went away while"
                                               << "save the report again";
    QTest::newRow("I/O error on the next write") << int(IoFault::Write) << "failed: Input/output error"
                                                 << "I/O error";
    QTest::newRow("I/O error on the flush") << int(IoFault::Fsync) << "to disk failed: Input/output error"
                                            << "I/O error";
}

void TestReportAtomic::stickPulledMidWrite()
{
    QFETCH(int, fault);
    QFETCH(QString, says);
    QFETCH(QString, advice);
    QTemporaryDir dir;
    const ScanRecord result = bigRecord(1);
    if (IoFault(fault) != IoFault::None) {
        ReportWriter writer(ReportOptions {});
        g_faults = 0;
        writer.setWriteHook([&](qint64 written, qint64) {
            if (written >= AtomicFileWriter::kChunkBytes)
                g_fault = IoFault(fault);
        });
        auto disarm = qScopeGuard([] { g_fault = IoFault::None; });
        try {
            writer.write(result, dir.path());
            QFAIL("the report was written through an I/O error");
        } catch (const ScanError &e) {
            qInfo("%s", qPrintable(e.text()));
            QCOMPARE(e.kind(), ScanErrorKind::ReportWrite);
            QCOMPARE(e.input(), dir.path());
            QVERIFY2(e.message().contains(says), qPrintable(e.text()));
            QVERIFY2(e.whatToDo().contains(advice), qPrintable(e.text()));
        }
        QVERIFY(g_faults.load() > 0);
        QCOMPARE(entries(dir.path()), QStringList());
        return;
    }
    const QByteArray mountPoint = dir.path().toLocal8Bit();
    const int status = inPrivateTmpfs(dir.path(), "size=16m", [&] {
        int code = 0;
        ReportWriter writer(ReportOptions {});
        writer.setWriteHook([&](qint64 written, qint64) {
            if (written >= AtomicFileWriter::kChunkBytes && written < 2 * AtomicFileWriter::kChunkBytes
                && ::umount2(mountPoint.constData(), MNT_DETACH) != 0)
                code = 6;
        });
        try {
            writer.write(result, dir.path());
            code = 1;
        } catch (const ScanError &e) {
            qInfo("%s", qPrintable(e.text()));
            if (e.kind() != ScanErrorKind::ReportWrite || e.input() != dir.path()
                || !e.message().contains(says) || !e.whatToDo().contains(advice))
                code = 2;
        }
        // What the path shows now (the folder the stick was mounted on) holds nothing either.
        if (code == 0 && !entries(dir.path()).isEmpty())
            code = 3;
        return code;
    });
    if (status == 77)
        QSKIP("cannot mount a tmpfs here (not root, or no mount namespaces)");
    QCOMPARE(status, 0);
    QCOMPARE(entries(dir.path()), QStringList());
}

void TestReportAtomic::missingFolder_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QString>("advice");
    QTest::newRow("missing") << "no/such/folder"
                             << "does not exist";
    QTest::newRow("a file") << "file.txt"
                            << "does not exist";
}

void TestReportAtomic::missingFolder()
{
    QFETCH(QString, relative);
    QFETCH(QString, advice);
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("file.txt")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const QString target = dir.filePath(relative);
    try {
        ReportWriter(ReportOptions {}).write(syntheticResult(), target);
        QFAIL("no error for a missing folder");
    } catch (const ScanError &e) {
        QCOMPARE(e.kind(), ScanErrorKind::ReportWrite);
        QCOMPARE(e.input(), target);
        QVERIFY2(e.whatToDo().contains(advice), qPrintable(e.text()));
    }
}

// A temporary file whose writer still holds its lock is not stale; one nobody holds is.
void TestReportAtomic::liveTemporaryKept()
{
    QTemporaryDir dir;
    const QString live = dir.filePath(AtomicFileWriter::temporaryPrefix() + QStringLiteral("1-live.part"));
    const QString stale
        = dir.filePath(AtomicFileWriter::temporaryPrefix() + QStringLiteral("999999999-stale.part"));
    QFile(stale).open(QIODevice::WriteOnly);
    const int fd = ::open(live.toLocal8Bit().constData(), O_CREAT | O_WRONLY, 0644);
    QVERIFY(fd >= 0 && ::flock(fd, LOCK_EX) == 0);
    QCOMPARE(AtomicFileWriter::removeStaleTemporaries(dir.path()), 1);
    QVERIFY(QFile::exists(live));
    QVERIFY(!QFile::exists(stale));
    ::close(fd);
}

// The CLI checks --out before it scans, so a bad folder costs the user no scan time. (A missing
// folder is made: a file where a folder should be is what cannot be.)
void TestReportAtomic::cliOutChecksFirst()
{
    const QString cli = qEnvironmentVariable("URS_CLI");
    if (cli.isEmpty() || !QFileInfo(cli).isExecutable())
        QSKIP("URS_CLI is not set to a built upgrade-scan");
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("file.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString out = dir.filePath(QStringLiteral("file.txt/reports"));
    QProcess p;
    p.start(cli,
        {QStringLiteral("report"), QStringLiteral("--source"), QStringLiteral("/nonexistent.img"),
            QStringLiteral("--out"), out});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 6);
    const QString text = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(text.contains(out) && text.contains(QLatin1String("--out")), qPrintable(text));
    p.start(cli,
        {QStringLiteral("report"), QStringLiteral("--source"), QStringLiteral("x"), QStringLiteral("--out"),
            QStringLiteral("/tmp"), QStringLiteral("--lang"), QStringLiteral("fr")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
}

QTEST_GUILESS_MAIN(TestReportAtomic)
#include "tst_report_atomic.moc"
