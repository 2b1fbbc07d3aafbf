// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/volume_probe.h"

#include "common/core_text.h"
#include "common/log.h"
#include "source/ntfs_volume_info.h"
#include "source/tsk_directory_index.h"
#include "source/volume_path.h"

namespace urs {

namespace {
// A BitLocker volume (Windows Vista and later) carries the OEM id "-FVE-FS-" at offset 3 of its
// boot sector where NTFS has "NTFS    " (libbde, "BitLocker Drive Encryption (BDE) format",
// section "Volume header"; shared/reference/targets.md).
constexpr char kBitLockerOem[] = "-FVE-FS-";
} // namespace

FileSystem fileSystemOf(TSK_FS_TYPE_ENUM type)
{
    if (TSK_FS_TYPE_ISNTFS(type))
        return FileSystem::Ntfs;
    if (type == TSK_FS_TYPE_EXFAT) // its value shares bits with FAT12/FAT32: test it first
        return FileSystem::Exfat;
    if (TSK_FS_TYPE_ISFAT(type))
        return FileSystem::Fat;
    return FileSystem::Other;
}

TskFsPtr openFileSystem(TSK_IMG_INFO *img, qint64 offset, QString *error)
{
    // Named types first: autodetection also tries every other type and refuses a volume that
    // two of them claim, which a Windows volume never should be refused for.
    const TSK_FS_TYPE_ENUM order[] = {TSK_FS_TYPE_NTFS_DETECT, TSK_FS_TYPE_FAT_DETECT, TSK_FS_TYPE_DETECT};
    QString firstError;
    for (TSK_FS_TYPE_ENUM type : order) {
        TskFsPtr fs(tsk_fs_open_img(img, offset, type));
        if (fs)
            return fs;
        const QString e = takeTskError();
        if (firstError.isEmpty())
            firstError = e;
    }
    if (error)
        *error = firstError;
    return {};
}

QStringList findWindowsFolders(TskDirectoryIndex &index)
{
    QStringList found;
    for (const TskDirEntry &top : index.entries(index.rootInum())) {
        if (!top.isDirectory)
            continue;
        auto config = index.resolve({top.name, QStringLiteral("System32"), QStringLiteral("config")});
        if (!config || !config->isDirectory)
            continue;
        auto software = index.find(config->inum, QStringLiteral("SOFTWARE"));
        auto system = index.find(config->inum, QStringLiteral("SYSTEM"));
        if (software && !software->isDirectory && system && !system->isDirectory)
            found.append(top.name);
    }
    sortWindowsFirst(found);
    return found;
}

VolumeProbe probeVolume(TSK_IMG_INFO *img, qint64 offset, const QString &where)
{
    VolumeProbe probe;
    char boot[512];
    if (tsk_img_read(img, offset, boot, sizeof boot) != ssize_t(sizeof boot)) {
        probe.note = coreText("boot sector unreadable: %1").arg(takeTskError());
        log()->warn("{}: {}", str(where), str(probe.note));
        return probe;
    }
    if (memcmp(boot + 3, kBitLockerOem, 8) == 0) {
        probe.filesystem = FileSystem::BitLocker;
        probe.bitlocker = true;
        probe.note = coreText("BitLocker-encrypted: its files cannot be read without unlocking it");
        return probe;
    }
    QString error;
    TskFsPtr fs = openFileSystem(img, offset, &error);
    if (!fs) {
        if (memcmp(boot + 3, "NTFS    ", 8) == 0)
            probe.note = coreText("NTFS boot sector, but the file system cannot be read: %1").arg(error);
        log()->info("{}: no readable file system ({})", str(where), str(error));
        return probe;
    }
    probe.filesystem = fileSystemOf(fs->ftype);
    if (probe.filesystem == FileSystem::Other) {
        const char *name = tsk_fs_type_toname(fs->ftype);
        log()->info("{}: a {} file system", str(where), name ? name : "libtsk-only");
    }
    // libtsk clips last_block_act to the end of the image: a shorter value means a cut-off copy.
    if (fs->last_block_act < fs->last_block) {
        probe.truncated = true;
        probe.note = coreText("the file system extends past the end of the image");
    }
    TskDirectoryIndex index(fs.get());
    const QList<TskDirEntry> root = index.entries(index.rootInum());
    for (const TskDirEntry &e : root) {
        if (e.isDirectory && e.name.compare(QLatin1String("EFI"), Qt::CaseInsensitive) == 0)
            probe.hasEfiFolder = true;
    }
    auto winre = index.resolve({QStringLiteral("Recovery"), QStringLiteral("WindowsRE")});
    probe.hasWinRe = winre && winre->isDirectory;
    probe.windowsFolders = findWindowsFolders(index);
    if (TSK_FS_TYPE_ISNTFS(fs->ftype))
        probe.label = readNtfsLabel(fs.get()).value_or(QString());
    return probe;
}

} // namespace urs
