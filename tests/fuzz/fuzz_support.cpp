// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzz_support.h"

#include "common/scan_log.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtGlobal>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

namespace urs::fuzz {

namespace {

[[noreturn]] void die(const char *what, const QString &path)
{
    std::fprintf(stderr, "fuzz setup: %s %s: %s\n", what, qPrintable(path), std::strerror(errno));
    std::abort();
}

void dropMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg)
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
}

bool writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

} // namespace

void quiet()
{
    setConsoleLogLevel(LogLevel::Off);
    qInstallMessageHandler(dropMessages);
}

namespace {
QString scratchBase()
{
    QString base = qEnvironmentVariable("URS_FUZZ_TMP");
    if (base.isEmpty()) {
        const QFileInfo shm(QStringLiteral("/dev/shm"));
        base = shm.isDir() && shm.isWritable() ? shm.filePath() : QDir::tempPath();
    }
    QDir().mkpath(base);
    return base;
}
} // namespace

void expected(const std::exception &error)
{
    static const bool verbose = qEnvironmentVariableIntValue("URS_FUZZ_VERBOSE") != 0;
    if (verbose)
        std::fprintf(stderr, "expected error: %s\n", error.what());
}

QString scratchDir()
{
    static const QTemporaryDir dir(scratchBase() + QStringLiteral("/urs-fuzz-XXXXXX"));
    if (!dir.isValid())
        die("cannot make a scratch folder under", scratchBase());
    return dir.path();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0 || !writeAll(fd, data))
        die("cannot write", path);
    ::close(fd);
}

MemoryFile::MemoryFile(const char *name)
    : m_fd(::memfd_create(name, MFD_CLOEXEC))
{
    if (m_fd < 0)
        die("cannot create a memory file", QString::fromLatin1(name));
}

MemoryFile::~MemoryFile()
{
    ::close(m_fd);
}

void MemoryFile::assign(const QByteArray &data)
{
    if (::ftruncate(m_fd, 0) != 0 || ::lseek(m_fd, 0, SEEK_SET) != 0 || !writeAll(m_fd, data))
        die("cannot fill the memory file", path());
}

QString MemoryFile::path() const
{
    return QStringLiteral("/proc/self/fd/%1").arg(m_fd);
}

} // namespace urs::fuzz
