// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source/tsk_handles.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace urs {

// One allocated name in a directory of a libtsk file system.
struct TskDirEntry {
    QString name; // long name as stored (original case)
    QString shortName; // 8.3 name when the file system keeps one separately
    TSK_INUM_T inum = 0;
    bool isDirectory = false;
};

// Case-insensitive path lookup over a libtsk file system, as Windows resolves paths. It lists a
// directory once and keeps the listing (bounded), because the collectors look up many files in
// the same few folders (System32\config, Users). Not thread-safe: the owner serialises calls.
class TskDirectoryIndex {
public:
    explicit TskDirectoryIndex(TSK_FS_INFO *fs);

    // The visible entries of a directory: allocated names only, without "." and "..", without
    // libtsk's virtual entries ($OrphanFiles, FAT's $MBR/$FAT1) and without the NTFS system
    // metafiles ($MFT ... $Extend, MFT records 0-15). $WINDOWS.~BT and other names that merely
    // start with '$' stay. Empty when the directory cannot be read (logged; the reason in
    // *problem when given, so a caller that must not take "unreadable" for "empty" can tell).
    QList<TskDirEntry> entries(TSK_INUM_T directory, QString *problem = nullptr);

    // The entry named name in directory: exact match first, then case-insensitive, then the
    // 8.3 short name.
    std::optional<TskDirEntry> find(TSK_INUM_T directory, const QString &name);

    // Resolves components from the root; the root itself for an empty list.
    std::optional<TskDirEntry> resolve(const QStringList &components);

    TSK_INUM_T rootInum() const { return m_fs->root_inum; }

private:
    TSK_FS_INFO *m_fs;
    QHash<TSK_INUM_T, QList<TskDirEntry>> m_cache;
    qsizetype m_cachedEntries = 0;
};

} // namespace urs
