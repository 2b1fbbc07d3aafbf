// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/hive.h"

#include "common/core_text.h"
#include "common/log.h"
#include "common/scan_error.h"
#include "source/windows_volume.h"
#include "windows/hive_file_check.h"

#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <hivex.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace urs {

namespace {

// Owns a file descriptor.
class UniqueFd {
public:
    explicit UniqueFd(int fd)
        : m_fd(fd)
    {
    }
    UniqueFd(const UniqueFd &) = delete;
    UniqueFd &operator=(const UniqueFd &) = delete;
    ~UniqueFd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    int get() const { return m_fd; }

private:
    int m_fd;
};

QByteArray readAt(int fd, qint64 offset, qint64 length)
{
    QByteArray buf(length, Qt::Uninitialized);
    qint64 done = 0;
    while (done < length) {
        const ssize_t n = ::pread(fd, buf.data() + done, size_t(length - done), off_t(offset + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        done += n;
    }
    buf.truncate(done);
    return buf;
}

const QString kRepairAdvice = coreText(
    "Start this Windows once so it can repair the hive from its transaction logs, or restore the hive "
    "from a backup; if the disk is failing, copy it to a healthy one first");

QString adviceFor(const QByteArray &head)
{
    if (head.isEmpty())
        return kRepairAdvice;
    if (head.startsWith("CREG")) {
        return coreText("Windows 95, 98 and Me cannot be upgraded in place: back up the data and do a "
                        "clean install");
    }
    if (!head.startsWith("regf")) {
        return coreText("Check that this is a Windows NT-family hive (Windows\\System32\\config\\SOFTWARE "
                        "or SYSTEM, or a user's NTUSER.DAT)");
    }
    return kRepairAdvice;
}

} // namespace

void Hive::Closer::operator()(hive_h *h) const
{
    if (h)
        hivex_close(h);
}

Hive::Hive(std::unique_ptr<hive_h, Closer> handle, QString name, QString origin, const QByteArray &head)
    : m_handle(std::move(handle))
    , m_name(std::move(name))
    , m_origin(std::move(origin))
    , m_dirty(HiveFileCheck::isDirty(head))
    , m_headerLastWritten(HiveFileCheck::lastWritten(head))
{
}

Hive::Hive(Hive &&) noexcept = default;
Hive &Hive::operator=(Hive &&) noexcept = default;
Hive::~Hive() = default;

Hive Hive::openFile(const QString &filePath, const QString &name)
{
    UniqueFd fd(::open(QFile::encodeName(filePath).constData(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) {
        throw ScanError(ScanErrorKind::HiveUnreadable, filePath,
            coreText("cannot open the hive: %1").arg(QString::fromLocal8Bit(std::strerror(errno))),
            coreText("Check that the file exists and is readable"));
    }
    return openFd(fd.get(), filePath, name, filePath);
}

Hive Hive::openOnVolume(const WindowsVolume &volume, const QString &volumePath, const QString &name)
{
    const QString origin = volume.displayName() + QStringLiteral(": ") + volumePath;
    UniqueFd fd(::memfd_create("urs-hive", MFD_CLOEXEC));
    if (fd.get() < 0) {
        throw ScanError(ScanErrorKind::Internal, origin,
            coreText("cannot create a memory file for the hive: %1")
                .arg(QString::fromLocal8Bit(std::strerror(errno))));
    }
    volume.copyTo(volumePath, fd.get()); // throws ScanError(SourceUnreadable) on I/O failure
    // hivex opens by name; /proc/self/fd/N names the memory file without touching any disk.
    return openFd(fd.get(), QStringLiteral("/proc/self/fd/%1").arg(fd.get()), name, origin);
}

Hive Hive::openFd(int fd, const QString &hivexPath, const QString &name, const QString &origin)
{
    struct stat st { };
    if (::fstat(fd, &st) != 0) {
        throw ScanError(ScanErrorKind::HiveUnreadable, origin,
            coreText("cannot read the hive: %1").arg(QString::fromLocal8Bit(std::strerror(errno))),
            kRepairAdvice);
    }
    const qint64 size = st.st_size;
    const QByteArray head = readAt(fd, 0, std::min<qint64>(size, HiveFileCheck::kBaseBlockSize));
    if (auto problem = HiveFileCheck::headerProblem(head, size))
        throw ScanError(ScanErrorKind::HiveUnreadable, origin, *problem, adviceFor(head));

    errno = 0;
    std::unique_ptr<hive_h, Closer> handle(hivex_open(QFile::encodeName(hivexPath).constData(), 0));
    if (!handle) {
        const int err = errno;
        const auto problem = HiveFileCheck::structureProblem(
            head, size, [fd](qint64 offset, qint64 length) { return readAt(fd, offset, length); });
        throw ScanError(ScanErrorKind::HiveUnreadable, origin,
            problem.value_or(
                coreText("hivex cannot read the hive (%1)").arg(QString::fromLocal8Bit(std::strerror(err)))),
            kRepairAdvice);
    }
    Hive hive(std::move(handle), name, origin, head);
    if (hive.isDirty()) {
        log()->warn("hive {} was not fully written back by Windows (sequence numbers differ) and its .LOG "
                    "files are not replayed: the newest changes may be missing",
            str(origin));
    }
    return hive;
}

HiveKey Hive::root() const
{
    return HiveKey(m_handle.get(), hivex_root(m_handle.get()), m_name, {});
}

HiveRead<HiveKey> Hive::key(const QString &path) const
{
    return root().child(path);
}

namespace {
template <typename T, typename Read>
HiveRead<T> readValue(const Hive &hive, const QString &keyPath, const QString &value, Read read)
{
    const HiveRead<HiveKey> k = hive.key(keyPath);
    if (!k)
        return HiveRead<T>::failedAs(k, k.where() + QLatin1Char('\\') + value);
    return read(*k, value);
}
} // namespace

HiveRead<QString> Hive::string(const QString &keyPath, const QString &value) const
{
    return readValue<QString>(
        *this, keyPath, value, [](const HiveKey &k, const QString &v) { return k.string(v); });
}

HiveRead<QStringList> Hive::multiString(const QString &keyPath, const QString &value) const
{
    return readValue<QStringList>(
        *this, keyPath, value, [](const HiveKey &k, const QString &v) { return k.multiString(v); });
}

HiveRead<quint32> Hive::dword(const QString &keyPath, const QString &value) const
{
    return readValue<quint32>(
        *this, keyPath, value, [](const HiveKey &k, const QString &v) { return k.dword(v); });
}

HiveRead<quint64> Hive::qword(const QString &keyPath, const QString &value) const
{
    return readValue<quint64>(
        *this, keyPath, value, [](const HiveKey &k, const QString &v) { return k.qword(v); });
}

HiveRead<QByteArray> Hive::binary(const QString &keyPath, const QString &value) const
{
    return readValue<QByteArray>(
        *this, keyPath, value, [](const HiveKey &k, const QString &v) { return k.binary(v); });
}

} // namespace urs
