// SPDX-License-Identifier: GPL-3.0-or-later
#include "mount_table.h"

#include "common/log.h"
#include "source/source_location.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace urs::ui {

namespace {

// Where the live system mounts its own stick's data partition (media/live/README.md).
const QString kLiveMedium = QStringLiteral("/media/UPGRADESCAN");

bool isPseudoOrImage(const QString &fsType)
{
    static const QStringList skip = {
        QStringLiteral("squashfs"),
        QStringLiteral("overlay"),
        QStringLiteral("tmpfs"),
        QStringLiteral("devtmpfs"),
        QStringLiteral("proc"),
        QStringLiteral("sysfs"),
    };
    return skip.contains(fsType);
}

} // namespace

MountTable::MountTable(QString root)
    : m_root(std::move(root))
{
    while (m_root.size() > 1 && m_root.endsWith(QLatin1Char('/')))
        m_root.chop(1);
}

QString MountTable::readSys(const QString &relative) const
{
    QFile f(m_root + QStringLiteral("/sys/") + relative);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).trimmed();
}

QString MountTable::diskOf(const QString &blockName) const
{
    const QString sysBlock = m_root + QStringLiteral("/sys/block");
    if (QFileInfo(sysBlock + QLatin1Char('/') + blockName).isDir())
        return blockName;
    const QStringList disks = QDir(sysBlock).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &disk : disks)
        if (QFileInfo(sysBlock + QLatin1Char('/') + disk + QLatin1Char('/') + blockName).isDir())
            return disk;
    return {};
}

QList<MountedDrive> MountTable::drives() const
{
    const QString mountsPath = m_root + QStringLiteral("/proc/mounts");
    QFile file(mountsPath);
    if (!file.open(QIODevice::ReadOnly)) {
        log()->warn("cannot read {}: {}", str(mountsPath), str(file.errorString()));
        return {};
    }
    QList<MountedDrive> out;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (f.size() < 4 || !f[0].startsWith(QLatin1String("/dev/")) || isPseudoOrImage(f[2]))
            continue;
        MountedDrive d;
        d.device = unescapeMountField(f[0].toUtf8());
        d.mountPoint = unescapeMountField(f[1].toUtf8());
        d.path = m_root == QLatin1String("/") ? d.mountPoint : m_root + d.mountPoint;
        d.fsType = f[2];
        d.readOnly = f[3].split(QLatin1Char(',')).contains(QStringLiteral("ro"));
        d.bootMedium = d.mountPoint == kLiveMedium;
        const QString disk = diskOf(QFileInfo(d.device).fileName());
        if (!disk.isEmpty()) {
            d.removable = readSys(QStringLiteral("block/%1/removable").arg(disk)) == QLatin1String("1");
            // USB disks and card readers often say removable=0; their sysfs path names the bus.
            const QString canonical
                = QFileInfo(m_root + QStringLiteral("/sys/block/") + disk).canonicalFilePath();
            d.removable = d.removable || canonical.contains(QLatin1String("/usb"));
            const QString vendor = readSys(QStringLiteral("block/%1/device/vendor").arg(disk));
            const QString model = readSys(QStringLiteral("block/%1/device/model").arg(disk));
            d.label = QStringList {vendor, model}.join(QLatin1Char(' ')).trimmed();
        }
        // The same device can be mounted twice (bind mounts); the first mount point wins.
        if (std::none_of(
                out.begin(), out.end(), [&d](const MountedDrive &o) { return o.device == d.device; }))
            out << d;
    }
    return out;
}

std::optional<MountedDrive> MountTable::driveHolding(const QString &path) const
{
    const QString clean = QDir::cleanPath(path);
    std::optional<MountedDrive> best;
    for (const MountedDrive &d : drives()) {
        const QString mount = QDir::cleanPath(d.path);
        const bool inside = clean == mount
            || clean.startsWith(mount == QLatin1String("/") ? mount : mount + QLatin1Char('/'));
        if (inside && (!best || mount.size() > QDir::cleanPath(best->path).size()))
            best = d;
    }
    return best;
}

} // namespace urs::ui
