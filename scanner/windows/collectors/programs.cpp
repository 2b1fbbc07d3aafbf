// SPDX-License-Identifier: GPL-3.0-or-later
// Installed programs as "Programs and Features" lists them: the Uninstall keys of the 64-bit
// and 32-bit registry views (Wow6432Node) and of each user. Entries without DisplayName are
// not shown by Windows either (Microsoft: "Uninstall Registry Key").
#include "common/core_text.h"
#include "windows/collectors/collectors.h"

#include <QJsonArray>
#include <QJsonObject>

namespace urs {

namespace {

const QString kUninstall = QStringLiteral("Microsoft\\Windows\\CurrentVersion\\Uninstall");

// InstallDate is "YYYYMMDD" by convention, but installers write what they like: keep a
// recognisable date as ISO "YYYY-MM-DD" and anything else as written.
QJsonValue getInstallDate(const HiveKey &entry)
{
    const auto text = entry.string(QStringLiteral("InstallDate"));
    if (!text || text->trimmed().isEmpty())
        return QJsonValue();
    const QDate d = QDate::fromString(text->trimmed(), QStringLiteral("yyyyMMdd"));
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(text->trimmed());
}

QJsonValue stringOrNull(const HiveKey &entry, const QString &name)
{
    const auto v = entry.string(name);
    return v ? QJsonValue(*v) : QJsonValue();
}

// Adds the entries of one Uninstall key. Returns the read of its subkeys: absent (no such
// registry view) or unreadable (the caller cannot give a complete list) when not added.
HiveRead<QList<HiveKey>> addPrograms(
    const HiveKey &root, const QString &path, const QString &scope, const QString &user, QJsonArray &out)
{
    const auto uninstall = root.child(path);
    const auto entries = uninstall ? uninstall->children() : HiveRead<QList<HiveKey>>::failedAs(uninstall);
    if (!entries)
        return entries;
    for (const HiveKey &entry : *entries) {
        const auto name = entry.string(QStringLiteral("DisplayName"));
        if (!name || name->trimmed().isEmpty())
            continue;
        QJsonObject o {{QStringLiteral("name"), *name},
            {QStringLiteral("version"), stringOrNull(entry, QStringLiteral("DisplayVersion"))},
            {QStringLiteral("publisher"), stringOrNull(entry, QStringLiteral("Publisher"))},
            {QStringLiteral("install_date"), getInstallDate(entry)}, {QStringLiteral("scope"), scope},
            {QStringLiteral("key"), entry.where()}};
        const auto systemComponent = entry.dword(QStringLiteral("SystemComponent"));
        if (systemComponent && *systemComponent == 1)
            o.insert(QStringLiteral("system_component"), true);
        if (!user.isEmpty())
            o.insert(QStringLiteral("user"), user);
        out.append(o);
    }
    return entries;
}

} // namespace

void checkPrograms(const WindowsContext &ctx, FactSet &facts)
{
    QJsonArray out;
    QStringList unreadable;
    auto note = [&](const HiveRead<QList<HiveKey>> &read) {
        if (!read && !read.absent())
            unreadable.append(read.reason());
        return read.ok();
    };
    const HiveKey software = ctx.hives.software().root();
    const bool machine = note(addPrograms(software, kUninstall, QStringLiteral("machine"), {}, out));
    const bool machine32 = note(addPrograms(
        software, QStringLiteral("Wow6432Node\\") + kUninstall, QStringLiteral("machine_32bit"), {}, out));
    for (const UserHive &user : ctx.hives.users()) {
        if (user.hive)
            note(addPrograms(user.hive->root(), QStringLiteral("Software\\") + kUninstall,
                QStringLiteral("user"), user.name, out));
    }
    const QString where = QStringLiteral("SOFTWARE\\") + kUninstall;
    if (!unreadable.isEmpty()) {
        // A list missing one view would read as "not installed" for everything in it.
        facts.setUnknown(QStringLiteral("windows.programs"), unreadable.join(QStringLiteral("; ")),
            {ProvenanceKind::Hive, where});
        return;
    }
    if (!machine && !machine32) {
        // Every Windows since 2000 has this key: without it the list would be a guess.
        facts.setUnknown(QStringLiteral("windows.programs"),
            coreText("key %1 absent (and no Wow6432Node twin)").arg(where), {ProvenanceKind::Hive, where});
        return;
    }
    facts.set(QStringLiteral("windows.programs"), out,
        {ProvenanceKind::Hive, coreText("%1 (and Wow6432Node, and each user's NTUSER.DAT)").arg(where)});
}

} // namespace urs
