// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A test-only WindowsVolume over a folder (usually a QTemporaryDir): files are laid out by the
// test, looked up case-insensitively as Windows does, and space/dirty/label are whatever the
// test says. Reads only, like every WindowsVolume.

#include "common/scan_error.h"
#include "source/windows_volume.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <unistd.h>

namespace urs::test {

class FakeVolume : public WindowsVolume {
public:
    explicit FakeVolume(QString root)
        : m_root(std::move(root))
    {
    }

    // --- set-up (test side) ------------------------------------------------------------------
    // Writes a file (creating its folders) at a volume path, as given (exact case).
    void addFile(const QString &path, const QByteArray &bytes) const
    {
        const QString host = m_root + QLatin1Char('/') + path;
        QDir().mkpath(QFileInfo(host).path());
        QFile f(host);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("FakeVolume: cannot write %s", qPrintable(host));
    }
    void addCopy(const QString &path, const QString &sourceFile) const
    {
        QFile src(sourceFile);
        if (!src.open(QIODevice::ReadOnly))
            qFatal("FakeVolume: cannot read %s", qPrintable(sourceFile));
        addFile(path, src.readAll());
    }
    // A sparse file of the given size starting with head (hiberfil.sys, pagefile.sys).
    void addSparse(const QString &path, qint64 size, const QByteArray &head = {}) const
    {
        addFile(path, head);
        QFile f(m_root + QLatin1Char('/') + path);
        if (!f.resize(size))
            qFatal("FakeVolume: cannot size %s", qPrintable(path));
    }
    void addDir(const QString &path) const { QDir().mkpath(m_root + QLatin1Char('/') + path); }

    std::optional<VolumeSpace> fakeSpace;
    std::optional<bool> fakeDirty;
    FileSystem fakeFilesystem = FileSystem::Ntfs;
    QString fakeLabel;
    mutable QStringList copied; // volume paths handed to copyTo, in order

    // --- WindowsVolume ------------------------------------------------------------------------
    QString displayName() const override { return QStringLiteral("fake volume ") + m_root; }
    FileSystem filesystem() const override { return fakeFilesystem; }
    QString label() const override { return fakeLabel; }

    std::optional<VolumeEntry> stat(const QString &path) const override
    {
        const auto host = resolve(path);
        if (!host)
            return std::nullopt;
        return entryOf(QFileInfo(*host));
    }
    QList<VolumeEntry> list(const QString &directory) const override
    {
        QList<VolumeEntry> out;
        const auto host = resolve(directory);
        if (!host)
            return out;
        for (const QFileInfo &fi :
            QDir(*host).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
            out.append(entryOf(fi));
        return out;
    }
    QByteArray read(const QString &path, qint64 offset, qint64 maxBytes) const override
    {
        QFile f(require(path));
        if (!f.open(QIODevice::ReadOnly) || !f.seek(offset))
            throw ScanError(ScanErrorKind::SourceUnreadable, path, QStringLiteral("cannot read"));
        return f.read(maxBytes);
    }
    void copyTo(const QString &path, int fd) const override
    {
        copied.append(path);
        QFile f(require(path));
        if (!f.open(QIODevice::ReadOnly))
            throw ScanError(ScanErrorKind::SourceUnreadable, path, QStringLiteral("cannot read"));
        const QByteArray all = f.readAll();
        qint64 done = 0;
        while (done < all.size()) {
            const ssize_t n = ::write(fd, all.constData() + done, size_t(all.size() - done));
            if (n <= 0)
                throw ScanError(ScanErrorKind::SourceUnreadable, path, QStringLiteral("cannot copy"));
            done += n;
        }
    }
    VolumeSpace space() const override
    {
        return fakeSpace.value_or(
            VolumeSpace {{}, {}, {}, displayName() + QStringLiteral(": no space given")});
    }
    std::optional<bool> dirty() const override { return fakeDirty; }

private:
    static VolumeEntry entryOf(const QFileInfo &fi)
    {
        return VolumeEntry {fi.fileName(), fi.isDir(), fi.isDir() ? 0 : fi.size(), fi.lastModified().toUTC()};
    }
    QString require(const QString &path) const
    {
        const auto host = resolve(path);
        if (!host)
            throw ScanError(ScanErrorKind::SourceUnreadable, path, QStringLiteral("no such file"));
        return *host;
    }
    // Each component matched without case, as NTFS does for Windows.
    std::optional<QString> resolve(const QString &path) const
    {
        QString current = m_root;
        const QStringList parts = QString(path)
                                      .replace(QLatin1Char('\\'), QLatin1Char('/'))
                                      .split(QLatin1Char('/'), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            const QStringList names
                = QDir(current).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
            const auto it = std::find_if(names.begin(), names.end(),
                [&](const QString &n) { return n.compare(part, Qt::CaseInsensitive) == 0; });
            if (it == names.end())
                return std::nullopt;
            current += QLatin1Char('/') + *it;
        }
        return current;
    }

    QString m_root;
};

} // namespace urs::test
