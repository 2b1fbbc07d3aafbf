// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "windows/hive_key.h"
#include "windows/hive_read.h"

#include <QDateTime>
#include <QString>
#include <memory>

struct hive_h;

namespace urs {

class WindowsVolume;

// One registry hive opened read-only with hivex (never HIVEX_OPEN_WRITE). Owns the hivex
// handle; keys and reads borrow it. Opening refuses anything that is not a readable Windows
// NT hive with ScanError(HiveUnreadable) naming the file, what is wrong and what to do.
// A hive Windows did not finish writing (sequence numbers differ, .LOG not replayed) still
// opens: hivex reads the last consistent state, and isDirty() says so.
class Hive {
public:
    // name is the provenance prefix: "SOFTWARE", "SYSTEM", "Users\\bob\\NTUSER.DAT".
    static Hive openFile(const QString &filePath, const QString &name);
    // Copies the hive off the volume into an anonymous memory file (memfd) and opens that, so
    // hivex never sees the source and nothing is ever written to it.
    static Hive openOnVolume(const WindowsVolume &volume, const QString &volumePath, const QString &name);

    Hive(Hive &&) noexcept;
    Hive &operator=(Hive &&) noexcept;
    ~Hive();

    const QString &name() const { return m_name; }
    const QString &origin() const { return m_origin; } // the file, for messages
    bool isDirty() const { return m_dirty; }
    std::optional<QDateTime> headerLastWritten() const { return m_headerLastWritten; }

    HiveKey root() const;
    // A key by path below the root, '\\'-separated and case-insensitive.
    HiveRead<HiveKey> key(const QString &path) const;

    // One-shot reads: the key lookup and the value read in one call.
    HiveRead<QString> string(const QString &keyPath, const QString &value) const;
    HiveRead<QStringList> multiString(const QString &keyPath, const QString &value) const;
    HiveRead<quint32> dword(const QString &keyPath, const QString &value) const;
    HiveRead<quint64> qword(const QString &keyPath, const QString &value) const;
    HiveRead<QByteArray> binary(const QString &keyPath, const QString &value) const;

private:
    struct Closer {
        void operator()(hive_h *h) const;
    };
    Hive(std::unique_ptr<hive_h, Closer> handle, QString name, QString origin, const QByteArray &head);
    static Hive openFd(int fd, const QString &hivexPath, const QString &name, const QString &origin);

    std::unique_ptr<hive_h, Closer> m_handle;
    QString m_name;
    QString m_origin;
    bool m_dirty = false;
    std::optional<QDateTime> m_headerLastWritten;
};

} // namespace urs
