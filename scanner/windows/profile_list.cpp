// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/profile_list.h"

#include "windows/hive.h"

namespace urs {

bool ProfileEntry::isUserAccount() const
{
    return sid.startsWith(QStringLiteral("S-1-5-21-"), Qt::CaseInsensitive);
}

bool ProfileEntry::isTemporaryOrBackupState() const
{
    return state && (*state & (0x0800u | 0x8000u));
}

HiveRead<QList<ProfileEntry>> ProfileList::read(const Hive &software)
{
    const HiveRead<HiveKey> list = software.key(QString::fromLatin1(kKeyPath));
    if (!list)
        return HiveRead<QList<ProfileEntry>>::failedAs(list);
    const auto keys = list->children();
    if (!keys)
        return HiveRead<QList<ProfileEntry>>::failedAs(keys);
    QList<ProfileEntry> out;
    for (const HiveKey &k : *keys) {
        ProfileEntry e;
        e.keyName = k.name();
        e.isBak = e.keyName.endsWith(QStringLiteral(".bak"), Qt::CaseInsensitive);
        e.sid = e.isBak ? e.keyName.chopped(4) : e.keyName;
        e.profilePath = k.string(QStringLiteral("ProfileImagePath")).valueOr({});
        e.state = k.dword(QStringLiteral("State")).optional();
        e.where = k.where();
        out.append(e);
    }
    return HiveRead<QList<ProfileEntry>>::found(out, list->where());
}

} // namespace urs
