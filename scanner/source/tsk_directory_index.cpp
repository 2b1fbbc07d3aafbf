// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/tsk_directory_index.h"

#include "common/core_text.h"
#include "common/log.h"

#include <QSet>

namespace urs {

namespace {
// NTFS reserves MFT records 0-15 for its metafiles ($MFT, $MFTMirr, $LogFile, $Volume, $AttrDef,
// the root, $Bitmap, $Boot, $BadClus, $Secure, $UpCase, $Extend and four unused records);
// see "NTFS metafiles" in the Microsoft NTFS technical reference. User files start at 16.
constexpr TSK_INUM_T kNtfsFirstUserRecord = 16;
// Bound on cached names (about 100 bytes each): a System32 listing is ~5,000 names.
constexpr qsizetype kMaxCachedEntries = 100000;
} // namespace

TskDirectoryIndex::TskDirectoryIndex(TSK_FS_INFO *fs)
    : m_fs(fs)
{
}

QList<TskDirEntry> TskDirectoryIndex::entries(TSK_INUM_T directory, QString *problem)
{
    if (auto it = m_cache.constFind(directory); it != m_cache.constEnd())
        return *it;

    TskDirPtr dir(tsk_fs_dir_open_meta(m_fs, directory));
    if (!dir) {
        const QString why
            = coreText("cannot list the folder in MFT record %1: %2").arg(directory).arg(takeTskError());
        log()->warn("{}", str(why));
        if (problem)
            *problem = why;
        return {};
    }
    const bool ntfs = TSK_FS_TYPE_ISNTFS(m_fs->ftype);
    QList<TskDirEntry> out;
    QSet<QPair<TSK_INUM_T, QString>> seen;
    const size_t count = tsk_fs_dir_getsize(dir.get());
    for (size_t i = 0; i < count; ++i) {
        const TSK_FS_NAME *n = tsk_fs_dir_get_name(dir.get(), i);
        if (!n || !n->name || !(n->flags & TSK_FS_NAME_FLAG_ALLOC))
            continue;
        if (n->type == TSK_FS_NAME_TYPE_VIRT || n->type == TSK_FS_NAME_TYPE_VIRT_DIR)
            continue;
        const QString name = QString::fromUtf8(n->name);
        if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
            continue;
        if (ntfs && n->meta_addr < kNtfsFirstUserRecord)
            continue;
        if (seen.contains({n->meta_addr, name}))
            continue;
        seen.insert({n->meta_addr, name});
        TskDirEntry e;
        e.name = name;
        if (n->shrt_name && n->shrt_name[0])
            e.shortName = QString::fromUtf8(n->shrt_name);
        e.inum = n->meta_addr;
        e.isDirectory = TSK_FS_IS_DIR_NAME(n->type);
        out.append(e);
    }
    if (m_cachedEntries + out.size() > kMaxCachedEntries) {
        m_cache.clear();
        m_cachedEntries = 0;
    }
    m_cache.insert(directory, out);
    m_cachedEntries += out.size();
    return out;
}

std::optional<TskDirEntry> TskDirectoryIndex::find(TSK_INUM_T directory, const QString &name)
{
    const QList<TskDirEntry> list = entries(directory);
    // Exact first: NTFS can hold names that differ only in case (POSIX namespace).
    for (const TskDirEntry &e : list)
        if (e.name == name)
            return e;
    for (const TskDirEntry &e : list)
        if (e.name.compare(name, Qt::CaseInsensitive) == 0)
            return e;
    for (const TskDirEntry &e : list)
        if (!e.shortName.isEmpty() && e.shortName.compare(name, Qt::CaseInsensitive) == 0)
            return e;
    return std::nullopt;
}

std::optional<TskDirEntry> TskDirectoryIndex::resolve(const QStringList &components)
{
    TskDirEntry current;
    current.inum = m_fs->root_inum;
    current.isDirectory = true;
    for (const QString &part : components) {
        if (!current.isDirectory)
            return std::nullopt;
        auto next = find(current.inum, part);
        if (!next)
            return std::nullopt;
        current = *next;
    }
    return current;
}

} // namespace urs
