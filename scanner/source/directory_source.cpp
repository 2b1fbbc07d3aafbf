// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/directory_source.h"

#include "common/core_text.h"
#include "common/log.h"
#include "common/scan_error.h"
#include "source/directory_volume.h"
#include "source/volume_path.h"

#include <QDir>
#include <QFileInfo>

namespace urs {

namespace {
// A Windows folder is recognised by its two machine hives (any letter case).
bool holdsHives(const DirectoryVolume &volume, const QString &windowsFolder)
{
    const QString config = windowsFolder + QStringLiteral("/System32/config/");
    const auto software = volume.stat(config + QStringLiteral("SOFTWARE"));
    const auto system = volume.stat(config + QStringLiteral("SYSTEM"));
    return software && !software->isDirectory && system && !system->isDirectory;
}
} // namespace

DirectorySource::DirectorySource(const QString &path)
    : m_path(path)
{
    const QFileInfo info(path);
    if (!info.isDir() || !info.isReadable() || !info.isExecutable())
        throw ScanError(ScanErrorKind::SourceUnreadable, path, coreText("the folder cannot be read"),
            coreText("Check its permissions, or run the scanner as root"));
    m_volumeRoot = info.absoluteFilePath();

    DirectoryVolume volume(m_volumeRoot);
    QStringList folders;
    for (const VolumeEntry &e : volume.list(QString())) {
        if (e.isDirectory && holdsHives(volume, e.name))
            folders.append(e.name);
    }
    // The path may be the Windows folder itself: then the volume is its parent.
    if (folders.isEmpty() && holdsHives(volume, QString()) && !info.absoluteDir().isRoot()) {
        m_volumeRoot = info.absoluteDir().absolutePath();
        folders.append(info.fileName());
    }
    if (folders.isEmpty())
        throw ScanError(ScanErrorKind::NoWindows, path,
            coreText("no Windows installation in this folder (looked for "
                     "<folder>\\System32\\config\\SOFTWARE and SYSTEM, in any letter case)"),
            coreText("Give the folder where the Windows volume is mounted, the one that holds "
                     "the Windows folder (for example mount it read-only with "
                     "'mount -t ntfs-3g -o ro /dev/sdXN /mnt/win' and give /mnt/win)"));
    sortWindowsFirst(folders);
    for (const QString &folder : folders) {
        WindowsInstallation inst;
        inst.index = int(m_installations.size()) + 1;
        inst.partitionIndex = 0;
        inst.windowsPath = folder;
        inst.volumeName = m_volumeRoot;
        m_installations.append(inst);
        log()->info("{}: Windows installation {} in folder {}", str(path), inst.index, str(folder));
    }
}

std::unique_ptr<WindowsVolume> DirectorySource::openVolume(const WindowsInstallation &inst) const
{
    return std::make_unique<DirectoryVolume>(m_volumeRoot);
}

std::unique_ptr<WindowsVolume> DirectorySource::openPartition(int partitionIndex) const
{
    if (partitionIndex != 0)
        throw ScanError(ScanErrorKind::SourceUnreadable, m_path,
            coreText("a folder has no partition %1").arg(partitionIndex),
            coreText("Give the whole disk (an image or a block device such as /dev/sda) to read "
                     "its other partitions"));
    return std::make_unique<DirectoryVolume>(m_volumeRoot);
}

} // namespace urs
