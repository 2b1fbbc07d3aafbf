// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace urs {

// The outcome of one read: the bytes, or why they could not be had. Every read stands alone,
// so a caller turns a failure into one unknown fact and goes on.
struct FileRead {
    bool ok = false;
    QByteArray data;
    QString error; // "cannot read /proc/cpuinfo: No such file or directory"
};

// Files of the machine under a root directory: "/" on the live system, a captured tree in tests.
// Paths given to it are absolute paths as seen on the machine ("/proc/cpuinfo"); they are what
// facts name in their provenance and reasons, whatever the root is.
class HardwareRoot {
public:
    explicit HardwareRoot(QString root);

    const QString &root() const { return m_root; }
    // The real path of a machine path under the root.
    QString hostPath(const QString &path) const;

    // Reads a whole file (sysfs and procfs report no useful size, so it reads until EOF), at
    // most maxBytes: a larger file is refused rather than cut, as a cut table would mislead.
    FileRead read(const QString &path, qint64 maxBytes = kDefaultMaxBytes) const;
    // The file's text, trimmed (sysfs values end with a newline).
    FileRead readTrimmed(const QString &path) const;

    bool exists(const QString &path) const;
    bool isDir(const QString &path) const;
    // Names of the entries of a directory (files, folders and symlinks), sorted; empty when the
    // directory is missing.
    QStringList entries(const QString &dir) const;

    static constexpr qint64 kDefaultMaxBytes = 16 * 1024 * 1024;

private:
    QString m_root;
};

} // namespace urs
