// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <functional>

namespace urs {

// Writes a file so that a crash, a kill -9 or a pulled USB stick leaves either no file or the
// whole file: the bytes go to a hidden temporary name in the target folder, are flushed with
// fsync, then renamed into place, and the folder itself is fsync'ed so the rename is on disk
// too (rename(2) is atomic within one file system; fsync(2) on the directory persists the
// entry, as the Linux man page advises). A writer holds flock() on its temporary file while it
// writes, so a later run can tell a stale one (lock free, writer gone) and remove it.
class AtomicFileWriter {
public:
    enum class Mode {
        NeverOverwrite, // an existing name gets -2, -3, ... before the extension
        Replace, // an existing file is replaced in one step (fleet.csv, fleet.html)
    };
    // Called after each chunk with bytes written so far and the total; tests use it to kill
    // the process in the middle of a write.
    using ProgressHook = std::function<void(qint64 written, qint64 total)>;

    static constexpr qint64 kChunkBytes = 256 * 1024;
    static QString temporaryPrefix() { return QStringLiteral(".urs-tmp-"); }

    // Returns the final path. Throws ScanError(ReportWrite) naming dir and what to do; the
    // temporary file is removed on every failure.
    static QString write(const QString &dir, const QString &fileName, const QByteArray &bytes, Mode mode,
        const ProgressHook &hook = {});

    // Removes temporary files left in dir by writers that died; returns how many. A file
    // whose writer still holds its lock is left alone.
    static int removeStaleTemporaries(const QString &dir);

    // Throws ScanError(ReportWrite) unless dir is an existing, writable folder; run before a
    // long scan so the user hears about a bad --out at once.
    static void checkWritableDir(const QString &dir);
    // The same after creating dir and its parents when they are missing (mkdir -p): what the
    // faces call for --out and the stick's reports folder. Throws ScanError(ReportWrite) naming
    // dir, the system's reason and what to do.
    static void makeWritableDir(const QString &dir);
};

} // namespace urs
