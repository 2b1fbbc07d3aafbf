// SPDX-License-Identifier: GPL-3.0-or-later
// Programs Windows starts at sign-in: the Run and RunOnce keys of the machine (both registry
// views on 64-bit Windows) and of each user (Microsoft: "Run and RunOnce Registry Keys").
#include "windows/collectors/collectors.h"

#include <QJsonArray>
#include <QJsonObject>

namespace urs {

namespace {

void addRunKeys(
    const HiveKey &root, const QString &keyBase, const QString &scope, const QString &user, QJsonArray &out)
{
    for (const QString &which : {QStringLiteral("Run"), QStringLiteral("RunOnce")}) {
        const auto key = root.child(keyBase + QLatin1Char('\\') + which);
        if (!key)
            continue; // no such key: nothing starts from it
        for (const QString &name : key->valueNames()) {
            const auto command = key->string(name);
            if (!command)
                continue; // Run entries are REG_SZ/REG_EXPAND_SZ; anything else is not run
            QJsonObject entry {{QStringLiteral("scope"), scope}, {QStringLiteral("key"), which},
                {QStringLiteral("name"), name.isEmpty() ? QStringLiteral("(Default)") : name},
                {QStringLiteral("command"), *command}, {QStringLiteral("where"), command.where()}};
            if (!user.isEmpty())
                entry.insert(QStringLiteral("user"), user);
            out.append(entry);
        }
    }
}

} // namespace

void checkStartup(const WindowsContext &ctx, FactSet &facts)
{
    QJsonArray out;
    const HiveKey software = ctx.hives.software().root();
    addRunKeys(
        software, QStringLiteral("Microsoft\\Windows\\CurrentVersion"), QStringLiteral("machine"), {}, out);
    addRunKeys(software, QStringLiteral("Wow6432Node\\Microsoft\\Windows\\CurrentVersion"),
        QStringLiteral("machine_32bit"), {}, out);
    for (const UserHive &user : ctx.hives.users()) {
        if (user.hive)
            addRunKeys(user.hive->root(), QStringLiteral("Software\\Microsoft\\Windows\\CurrentVersion"),
                QStringLiteral("user"), user.name, out);
    }
    facts.set(QStringLiteral("windows.startup.run_entries"), out,
        {ProvenanceKind::Hive,
            QStringLiteral("SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run, RunOnce "
                           "(and Wow6432Node, and each user's NTUSER.DAT)")});
}

} // namespace urs
