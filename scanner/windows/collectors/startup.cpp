// SPDX-License-Identifier: GPL-3.0-or-later
// Programs Windows starts at sign-in: the Run and RunOnce keys of the machine (both registry
// views on 64-bit Windows) and of each user (Microsoft: "Run and RunOnce Registry Keys").
#include "common/core_text.h"
#include "windows/collectors/collectors.h"

#include <QJsonArray>
#include <QJsonObject>

namespace urs {

namespace {

// Adds the entries of the Run and RunOnce keys below keyBase. Returns why one could not be
// read: the list would then be incomplete, so the caller makes it unknown.
std::optional<QString> addRunKeys(
    const HiveKey &root, const QString &keyBase, const QString &scope, const QString &user, QJsonArray &out)
{
    for (const QString &which : {QStringLiteral("Run"), QStringLiteral("RunOnce")}) {
        const auto key = root.child(keyBase + QLatin1Char('\\') + which);
        if (key.absent())
            continue; // no such key: nothing starts from it
        if (!key)
            return key.reason();
        const auto names = key->valueNames();
        if (!names)
            return names.reason();
        for (const QString &name : *names) {
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
    return std::nullopt;
}

} // namespace

void checkStartup(const WindowsContext &ctx, FactSet &facts)
{
    QJsonArray out;
    QStringList unreadable;
    auto add = [&](std::optional<QString> problem) {
        if (problem)
            unreadable.append(*problem);
    };
    const HiveKey software = ctx.hives.software().root();
    add(addRunKeys(
        software, QStringLiteral("Microsoft\\Windows\\CurrentVersion"), QStringLiteral("machine"), {}, out));
    add(addRunKeys(software, QStringLiteral("Wow6432Node\\Microsoft\\Windows\\CurrentVersion"),
        QStringLiteral("machine_32bit"), {}, out));
    for (const UserHive &user : ctx.hives.users()) {
        if (user.hive)
            add(addRunKeys(user.hive->root(), QStringLiteral("Software\\Microsoft\\Windows\\CurrentVersion"),
                QStringLiteral("user"), user.name, out));
    }
    const Provenance where {ProvenanceKind::Hive,
        coreText("SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run, RunOnce "
                 "(and Wow6432Node, and each user's NTUSER.DAT)")};
    if (!unreadable.isEmpty()) {
        facts.setUnknown(
            QStringLiteral("windows.startup.run_entries"), unreadable.join(QStringLiteral("; ")), where);
        return;
    }
    facts.set(QStringLiteral("windows.startup.run_entries"), out, where);
}

} // namespace urs
