// SPDX-License-Identifier: GPL-3.0-or-later
// Never a half report: a writer killed with SIGKILL mid-write leaves no zip (and the next run
// removes its temporary file); a full disk, a file size limit or a read-only folder give a
// clear ScanError(ReportWrite) and leave nothing behind. Data is SYNTHETIC.
#include "common/scan_error.h"
#include "report/atomic_file_writer.h"
#include "report/report_writer.h"
#include "synthetic_report.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <sys/file.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace urs;
using namespace urs::test;

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
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        if (::unshare(CLONE_NEWNS) != 0 || ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0
            || ::mount("tmpfs", dir.path().toLocal8Bit().constData(), "tmpfs", 0, "size=256k") != 0)
            ::_exit(77);
        int code = 0;
        try {
            writer.write(result, dir.path());
            code = 1;
        } catch (const ScanError &e) {
            if (e.kind() != ScanErrorKind::ReportWrite || !e.text().contains(QLatin1String("No space left")))
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
                if (e.kind() != ScanErrorKind::ReportWrite
                    || !e.whatToDo().contains(QLatin1String("read-only")))
                    code = 5;
            }
        }
        ::_exit(code);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    QVERIFY(WIFEXITED(status));
    if (WEXITSTATUS(status) == 77)
        QSKIP("cannot mount a tmpfs here (not root, or no mount namespaces)");
    QCOMPARE(WEXITSTATUS(status), 0);
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
