// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/atomic_file_writer.h"

#include "common/core_text.h"
#include "common/log.h"
#include "common/scan_error.h"
#include "report/report_file_name.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <stdio.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace urs {

namespace {

// Closes a descriptor on every path out of a function.
class Fd {
public:
    explicit Fd(int fd = -1)
        : m_fd(fd)
    {
    }
    ~Fd() { reset(); }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }
    int closeNow()
    {
        const int r = m_fd >= 0 ? ::close(m_fd) : 0;
        m_fd = -1;
        return r;
    }
    void reset()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd;
};

QString whatToDo(int err)
{
    switch (err) {
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
        return coreText("The disk is full: free some space on it or choose another folder (--out)");
    case EROFS:
        return coreText("The disk is read-only (a write-protected or failing USB stick?): make it "
                        "writable or choose another folder (--out)");
    case EACCES:
    case EPERM:
        return coreText("There is no permission to write there: choose another folder (--out)");
    case ENOENT:
    case ENOTDIR:
        return coreText("The folder does not exist: create it or choose another folder (--out)");
    case EIO:
        return coreText("The disk reported an I/O error: check the stick or disk and try another one");
    default:
        return coreText("Choose another folder (--out)");
    }
}

[[noreturn]] void fail(const QString &dir, const QString &what, int err)
{
    throw ScanError(ScanErrorKind::ReportWrite, dir,
        coreText("%1: %2").arg(what, QString::fromLocal8Bit(std::strerror(err))), whatToDo(err));
}

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

// Some file systems (vfat on old kernels, some FUSE ones) refuse fsync on a directory; the
// rename is then as durable as that file system allows, which is all we can ask.
void syncDir(const QString &dir)
{
    Fd fd(::open(native(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() >= 0 && ::fsync(fd.get()) != 0 && errno != EINVAL && errno != EROFS)
        log()->warn("fsync of folder {} failed: {}", str(dir), std::strerror(errno));
}

bool pidAlive(pid_t pid)
{
    return pid > 0 && (::kill(pid, 0) == 0 || errno == EPERM);
}

} // namespace

void AtomicFileWriter::checkWritableDir(const QString &dir)
{
    const QFileInfo info(dir);
    if (!info.exists())
        fail(dir, coreText("the report folder does not exist"), ENOENT);
    if (!info.isDir())
        fail(dir, coreText("this is not a folder"), ENOTDIR);
    if (::access(native(dir).constData(), W_OK) != 0)
        fail(dir, coreText("the report folder is not writable"), errno);
}

void AtomicFileWriter::makeWritableDir(const QString &dir)
{
    if (!QFileInfo::exists(dir)) {
        std::error_code error;
        std::filesystem::create_directories(std::filesystem::path(native(dir).toStdString()), error);
        if (error) {
            // A file where a folder of the path should be is the one case the general advice
            // ("the folder does not exist: create it") would send the user the wrong way.
            if (error.value() == ENOTDIR || error.value() == EEXIST)
                throw ScanError(ScanErrorKind::ReportWrite, dir,
                    coreText("cannot create the report folder: %1")
                        .arg(QString::fromLocal8Bit(std::strerror(error.value()))),
                    coreText("A part of this path is a file, not a folder: choose another folder (--out)"));
            fail(dir, coreText("cannot create the report folder"), error.value());
        }
        log()->info("created the report folder {}", str(dir));
    }
    checkWritableDir(dir);
}

int AtomicFileWriter::removeStaleTemporaries(const QString &dir)
{
    int removed = 0;
    const QStringList names = QDir(dir).entryList(
        {temporaryPrefix() + QLatin1Char('*')}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        const QString path = QDir(dir).filePath(name);
        Fd fd(::open(native(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
        if (fd.get() < 0 || ::flock(fd.get(), LOCK_EX | LOCK_NB) != 0)
            continue; // a live writer holds it
        // ".urs-tmp-<pid>-<random>.part": a writer that is alive but has not taken its lock yet
        // must not lose its file; a file older than ten minutes is stale whoever wrote it (a
        // stick moved from another machine keeps the pid of a process that never ran here).
        const pid_t pid
            = pid_t(name.mid(temporaryPrefix().size()).section(QLatin1Char('-'), 0, 0).toLongLong());
        const qint64 ageSecs = QFileInfo(path).lastModified().secsTo(QDateTime::currentDateTime());
        if (pidAlive(pid) && pid != ::getpid() && ageSecs < 600)
            continue;
        if (::unlink(native(path).constData()) == 0) {
            ++removed;
            log()->info("removed stale temporary file {} left by an interrupted writer", str(path));
        }
    }
    return removed;
}

QString AtomicFileWriter::write(
    const QString &dir, const QString &fileName, const QByteArray &bytes, Mode mode, const ProgressHook &hook)
{
    checkWritableDir(dir);
    removeStaleTemporaries(dir);

    const QString tmpPath
        = QDir(dir).filePath(QStringLiteral("%1%2-%3.part")
                                 .arg(temporaryPrefix())
                                 .arg(::getpid())
                                 .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0')));
    Fd fd(::open(native(tmpPath).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644));
    if (fd.get() < 0)
        fail(dir, coreText("cannot create a file in the report folder"), errno);
    ::flock(fd.get(), LOCK_EX); // cannot block: the file is new and ours
    bool committed = false;
    auto removeTmp = qScopeGuard([&] {
        if (!committed)
            ::unlink(native(tmpPath).constData());
    });
    // A size limit (RLIMIT_FSIZE) would otherwise kill us with SIGXFSZ instead of letting
    // write() fail with EFBIG, which we can report.
    struct sigaction ignore = {}, previous = {};
    ignore.sa_handler = SIG_IGN;
    ::sigaction(SIGXFSZ, &ignore, &previous);
    auto restoreSignal = qScopeGuard([&] { ::sigaction(SIGXFSZ, &previous, nullptr); });

    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 chunk = std::min<qint64>(kChunkBytes, bytes.size() - done);
        const ssize_t n = ::write(fd.get(), bytes.constData() + done, size_t(chunk));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            fail(dir, coreText("writing %1 failed").arg(fileName), n == 0 ? ENOSPC : errno);
        done += n;
        if (hook)
            hook(done, bytes.size());
    }
    if (::fsync(fd.get()) != 0)
        fail(dir, coreText("flushing %1 to disk failed").arg(fileName), errno);
    if (fd.closeNow() != 0)
        fail(dir, coreText("closing %1 failed").arg(fileName), errno);

    QString finalPath;
    for (int n = 1;; ++n) {
        if (n > 9999)
            fail(dir, coreText("too many reports named %1").arg(fileName), EEXIST);
        finalPath = QDir(dir).filePath(
            mode == Mode::NeverOverwrite ? ReportFileName::withSuffix(fileName, n) : fileName);
        int r = 0;
        if (mode == Mode::Replace) {
            r = ::rename(native(tmpPath).constData(), native(finalPath).constData());
        } else {
            // RENAME_NOREPLACE makes "does it exist" and "take the name" one step, so two
            // writers can never overwrite each other (vfat, exfat, ext4 and tmpfs support it).
            r = ::renameat2(AT_FDCWD, native(tmpPath).constData(), AT_FDCWD, native(finalPath).constData(),
                RENAME_NOREPLACE);
            if (r != 0 && (errno == EINVAL || errno == ENOSYS)) {
                if (QFileInfo::exists(finalPath) || QFileInfo(finalPath).isSymLink()) {
                    errno = EEXIST;
                } else {
                    r = ::rename(native(tmpPath).constData(), native(finalPath).constData());
                }
            }
        }
        if (r == 0)
            break;
        const int err = errno;
        // The temporary file, written and flushed a moment ago, is gone: so is the folder it was
        // in (a USB stick pulled out and unmounted shows the empty mount point in its place).
        if (err == ENOENT && !QFileInfo::exists(tmpPath))
            throw ScanError(ScanErrorKind::ReportWrite, dir,
                coreText("the report folder went away while %1 was written (was the USB stick or disk "
                         "removed?)")
                    .arg(fileName),
                coreText("Connect the stick or disk again and save the report again"));
        if (err != EEXIST || mode == Mode::Replace)
            fail(dir, coreText("renaming the finished %1 into place failed").arg(fileName), err);
    }
    committed = true;
    syncDir(dir);
    return finalPath;
}

} // namespace urs
