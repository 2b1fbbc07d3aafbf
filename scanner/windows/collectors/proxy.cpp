// SPDX-License-Identifier: GPL-3.0-or-later
// The network path to Windows Update: the machine-wide WinHTTP proxy (what the update agent
// and setup's downloads use) and each user's Internet Settings proxy.
#include "common/core_text.h"
#include "windows/collectors/collectors.h"
#include "windows/winhttp_settings.h"

#include <QJsonArray>
#include <QJsonObject>

namespace urs {

namespace {

void checkWinHttp(const WindowsContext &ctx, FactSet &facts)
{
    const QString server = QStringLiteral("windows.proxy.winhttp_server");
    const QString direct = QStringLiteral("windows.proxy.winhttp_direct");
    const auto blob = ctx.hives.software().binary(
        QStringLiteral("Microsoft\\Windows\\CurrentVersion\\Internet Settings\\Connections"),
        QStringLiteral("WinHttpSettings"));
    if (blob.absent()) {
        // No value: WinHTTP's default, direct access ("netsh winhttp reset proxy" deletes it).
        facts.set(server, QString(), blob.provenance());
        facts.set(direct, true, blob.provenance());
        return;
    }
    if (!blob) {
        facts.setUnknown(server, blob.reason(), blob.provenance());
        facts.setUnknown(direct, blob.reason(), blob.provenance());
        return;
    }
    const auto parsed = WinHttpSettings::parse(*blob);
    if (const QString *problem = std::get_if<QString>(&parsed)) {
        const QString reason = coreText("%1 is malformed: %2").arg(blob.where(), *problem);
        facts.setUnknown(server, reason, blob.provenance());
        facts.setUnknown(direct, reason, blob.provenance());
        return;
    }
    const auto &settings = std::get<WinHttpSettings>(parsed);
    facts.set(server, settings.usesProxy() ? settings.proxy : QString(), blob.provenance());
    facts.set(direct, !settings.usesProxy(), blob.provenance());
}

// HKCU\Software\Microsoft\Windows\CurrentVersion\Internet Settings: ProxyEnable (DWORD 1 =
// on), ProxyServer, AutoConfigURL (a PAC script).
QJsonObject getUserProxy(const UserHive &user)
{
    QJsonObject o {{QStringLiteral("user"), user.name}};
    if (!user.hive) {
        o.insert(QStringLiteral("enabled"), QJsonValue());
        o.insert(QStringLiteral("server"), QJsonValue());
        o.insert(QStringLiteral("auto_config_url"), QJsonValue());
        o.insert(QStringLiteral("unknown_reason"), user.problem);
        return o;
    }
    const auto key
        = user.hive->key(QStringLiteral("Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings"));
    const auto enable = valueOf(key, QStringLiteral("ProxyEnable"), &HiveKey::dword);
    const auto server = valueOf(key, QStringLiteral("ProxyServer"), &HiveKey::string);
    const auto pac = valueOf(key, QStringLiteral("AutoConfigURL"), &HiveKey::string);
    // Absent ProxyEnable = never turned on; a value of another type stays unknown.
    o.insert(QStringLiteral("enabled"),
        enable ? QJsonValue(*enable == 1) : (enable.absent() ? QJsonValue(false) : QJsonValue()));
    o.insert(QStringLiteral("server"), server ? *server : QString());
    o.insert(QStringLiteral("auto_config_url"), pac ? *pac : QString());
    o.insert(QStringLiteral("where"), key.where());
    return o;
}

} // namespace

void checkProxy(const WindowsContext &ctx, FactSet &facts)
{
    checkWinHttp(ctx, facts);
    QJsonArray users;
    for (const UserHive &user : ctx.hives.users())
        users.append(getUserProxy(user));
    facts.set(QStringLiteral("windows.proxy.user_proxies"), users,
        {ProvenanceKind::Hive,
            coreText("NTUSER.DAT\\Software\\Microsoft\\Windows\\CurrentVersion\\"
                     "Internet Settings of each user")});
}

} // namespace urs
