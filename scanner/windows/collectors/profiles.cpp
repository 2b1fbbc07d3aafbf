// SPDX-License-Identifier: GPL-3.0-or-later
// User profiles. A "<SID>.bak" twin in ProfileList means Windows could not load the profile
// once and parked the old entry; such users get a temporary profile, and upgrades fail on them
// (0x8007001F-0x3000D). Microsoft: "You've been signed in with a temporary profile".
#include "common/core_text.h"
#include "windows/collectors/collectors.h"
#include "windows/profile_list.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace urs {

namespace {

void checkProfileList(const WindowsContext &ctx, FactSet &facts)
{
    const auto profiles = ProfileList::read(ctx.hives.software());
    if (!profiles) {
        for (const char *name :
            {"windows.profiles.entries", "windows.profiles.bak_twins", "windows.profiles.temporary"})
            facts.setUnknown(QString::fromLatin1(name), profiles.reason(), profiles.provenance());
        return;
    }
    QJsonArray entries;
    QStringList bakTwins;
    QStringList temporary;
    for (const ProfileEntry &e : *profiles) {
        entries.append(
            QJsonObject {{QStringLiteral("sid"), e.keyName}, {QStringLiteral("path"), e.profilePath},
                {QStringLiteral("state"), e.state ? QJsonValue(qint64(*e.state)) : QJsonValue()},
                {QStringLiteral("is_bak"), e.isBak}});
        if (e.isBak && !bakTwins.contains(e.sid))
            bakTwins.append(e.sid);
        if ((e.isTemporaryOrBackupState() || e.isBak) && !temporary.contains(e.keyName))
            temporary.append(e.keyName);
    }
    bakTwins.sort();
    temporary.sort();
    facts.set(QStringLiteral("windows.profiles.entries"), entries, profiles.provenance());
    facts.set(QStringLiteral("windows.profiles.bak_twins"), QJsonArray::fromStringList(bakTwins),
        profiles.provenance());
    facts.set(QStringLiteral("windows.profiles.temporary"), QJsonArray::fromStringList(temporary),
        {ProvenanceKind::Hive, profiles.where() + QStringLiteral("\\*\\State")});
}

// windows.users: every user profile found, with whether its NTUSER.DAT could be read.
void checkUsers(const WindowsContext &ctx, FactSet &facts)
{
    QJsonArray users;
    for (const UserHive &u : ctx.hives.users()) {
        QJsonObject o {{QStringLiteral("name"), u.name}, {QStringLiteral("profile_path"), u.profilePath},
            {QStringLiteral("sid"), u.sid}, {QStringLiteral("hive_read"), bool(u.hive)}};
        if (!u.hive)
            o.insert(QStringLiteral("problem"), u.problem);
        users.append(o);
    }
    facts.set(QStringLiteral("windows.users"), users,
        {ProvenanceKind::Derived,
            coreText("SOFTWARE\\%1 ProfileImagePath, each NTUSER.DAT")
                .arg(QLatin1String(ProfileList::kKeyPath))});
}

} // namespace

void checkProfiles(const WindowsContext &ctx, FactSet &facts)
{
    checkProfileList(ctx, facts);
    checkUsers(ctx, facts);
}

} // namespace urs
