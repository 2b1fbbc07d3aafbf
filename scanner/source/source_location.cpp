// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/source_location.h"

#include "common/core_text.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace urs {

namespace {

QString firstLine(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLocal8Bit(f.readLine()).trimmed();
}

QString canonical(const QString &path)
{
    return path.isEmpty() ? QString() : QFileInfo(path).canonicalFilePath();
}

// The nearest existing folder at or above path, canonical.
QString existingAncestor(const QString &path)
{
    QString p = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    while (!QFileInfo::exists(p) && p != QLatin1String("/"))
        p = QFileInfo(p).path();
    return canonical(p);
}

bool inside(const QString &path, const QString &dir)
{
    return path == dir || path.startsWith(dir.endsWith(QLatin1Char('/')) ? dir : dir + QLatin1Char('/'));
}

// A child of dir by name in any letter case, as a copy of a Windows volume keeps them.
QString childNoCase(const QString &dir, const QString &name)
{
    for (const QString &entry : QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden))
        if (entry.compare(name, Qt::CaseInsensitive) == 0)
            return dir + QLatin1Char('/') + entry;
    return {};
}

QString sysBlock(dev_t dev)
{
    return QStringLiteral("/sys/dev/block/%1:%2").arg(major(dev)).arg(minor(dev));
}

// The whole disk a block device is: itself, or the disk a partition belongs to.
dev_t wholeDisk(dev_t dev)
{
    const QString sys = canonical(sysBlock(dev));
    if (sys.isEmpty() || !QFileInfo::exists(sys + QStringLiteral("/partition")))
        return dev;
    const QStringList mm = firstLine(QFileInfo(sys).path() + QStringLiteral("/dev")).split(QLatin1Char(':'));
    return mm.size() == 2 ? makedev(mm[0].toUInt(), mm[1].toUInt()) : dev;
}

// The image file behind a loop device (a whole disk); empty for any other device.
QString backingFile(dev_t disk)
{
    QString file = firstLine(sysBlock(disk) + QStringLiteral("/loop/backing_file"));
    file.remove(QStringLiteral(" (deleted)"));
    return canonical(file);
}

struct Mount {
    dev_t device = 0; // the block device it is mounted from; 0 when none (tmpfs, proc, ...)
    QString point;
    QString source; // as mountinfo names it: "/dev/sda2"
};

// The mount holding path: by its file system's device number in /proc/self/mountinfo. A kernel
// file system's number is its block device; a FUSE one's (ntfs-3g) is not, so the mount's source
// names the device then.
Mount mountOf(const QString &path)
{
    Mount m;
    struct stat st { };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return m;
    const QByteArray id = QByteArray::number(major(st.st_dev)) + ':' + QByteArray::number(minor(st.st_dev));
    QFile info(QStringLiteral("/proc/self/mountinfo"));
    if (!info.open(QIODevice::ReadOnly))
        return m;
    for (const QByteArray &line : info.readAll().split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        const qsizetype dash = f.indexOf("-");
        if (f.size() < 5 || dash < 0 || dash + 2 >= f.size() || f[2] != id)
            continue;
        m.point = unescapeMountField(f[4]);
        m.source = unescapeMountField(f[dash + 2]);
    }
    if (QFileInfo::exists(sysBlock(st.st_dev))) {
        m.device = st.st_dev;
    } else if (m.source.startsWith(QLatin1String("/dev/"))) {
        struct stat dev { };
        if (::stat(QFile::encodeName(m.source).constData(), &dev) == 0 && S_ISBLK(dev.st_mode))
            m.device = dev.st_rdev;
    }
    return m;
}

} // namespace

QString unescapeMountField(const QByteArray &field)
{
    QByteArray out;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size()) {
            bool ok = false;
            const int c = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                out.append(char(c));
                i += 3;
                continue;
            }
        }
        out.append(field[i]);
    }
    return QFile::decodeName(out);
}

QString folderOnSource(const QString &sourcePath, const QString &folder)
{
    const QString target = existingAncestor(folder);
    struct stat src { };
    if (target.isEmpty() || sourcePath.isEmpty()
        || ::stat(QFile::encodeName(sourcePath).constData(), &src) != 0)
        return {};

    if (S_ISDIR(src.st_mode)) {
        // Given the Windows folder itself, the scanner reads its parent as the volume.
        QString root = canonical(sourcePath);
        const QString system32 = childNoCase(root, QStringLiteral("System32"));
        if (!system32.isEmpty() && !childNoCase(system32, QStringLiteral("config")).isEmpty())
            root = QFileInfo(root).path();
        if (!inside(target, root))
            return {};
        return coreText("%1 is inside the scanned folder %2").arg(folder, root);
    }

    // The disk the source is, and the image file behind it when it is one or a loop device.
    dev_t disk = 0;
    QString image;
    if (S_ISBLK(src.st_mode)) {
        disk = wholeDisk(src.st_rdev);
        image = backingFile(disk);
    } else if (S_ISREG(src.st_mode)) {
        image = canonical(sourcePath);
    } else {
        return {};
    }
    const Mount m = mountOf(target);
    if (m.device == 0)
        return {};
    const dev_t mounted = wholeDisk(m.device);
    const bool sameDisk
        = (disk != 0 && mounted == disk) || (!image.isEmpty() && backingFile(mounted) == image);
    if (!sameDisk)
        return {};
    return coreText("%1 is on %2, mounted from %3, which is part of the disk being scanned (%4)")
        .arg(folder, m.point, m.source, sourcePath);
}

} // namespace urs
