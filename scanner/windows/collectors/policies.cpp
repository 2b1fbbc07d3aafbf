// SPDX-License-Identifier: GPL-3.0-or-later
// Group Policy for Windows Update and upgrades (Microsoft: "Configure Group Policy settings
// for automatic updates", "Manage additional Windows Update settings"). A policy that is not
// set is an answer, not an unknown: flags are then false and server names "" (not configured).
#include "windows/collectors/collectors.h"

namespace urs {

namespace {

const QString kWindowsUpdate = QStringLiteral("Policies\\Microsoft\\Windows\\WindowsUpdate");

// A string policy: its text, "" when not configured, unknown when unreadable.
void setStringPolicy(FactSet &facts, const QString &name, const HiveRead<QString> &read)
{
    if (read.absent())
        facts.set(name, QString(), read.provenance());
    else
        setFromRead(facts, name, read);
}

} // namespace

void checkPolicies(const WindowsContext &ctx, FactSet &facts)
{
    const Hive &sw = ctx.hives.software();
    setStringPolicy(facts, QStringLiteral("windows.policies.wsus_server"),
        sw.string(kWindowsUpdate, QStringLiteral("WUServer")));
    setStringPolicy(facts, QStringLiteral("windows.policies.wsus_status_server"),
        sw.string(kWindowsUpdate, QStringLiteral("WUStatusServer")));
    setFlag(facts, QStringLiteral("windows.policies.use_wu_server"),
        sw.dword(kWindowsUpdate + QStringLiteral("\\AU"), QStringLiteral("UseWUServer")), true);
    setFlag(facts, QStringLiteral("windows.policies.no_auto_update"),
        sw.dword(kWindowsUpdate + QStringLiteral("\\AU"), QStringLiteral("NoAutoUpdate")), true);
    // DisableOSUpgrade = 1 blocks upgrades to a newer Windows offered through Windows Update.
    setFlag(facts, QStringLiteral("windows.policies.disable_os_upgrade"),
        sw.dword(kWindowsUpdate, QStringLiteral("DisableOSUpgrade")), true);
    // TargetReleaseVersionInfo only applies when TargetReleaseVersion = 1.
    const auto enabled = sw.dword(kWindowsUpdate, QStringLiteral("TargetReleaseVersion"));
    const auto info = sw.string(kWindowsUpdate, QStringLiteral("TargetReleaseVersionInfo"));
    if (enabled && *enabled != 1 && info)
        facts.set(QStringLiteral("windows.policies.target_release_version"), QString(), enabled.provenance());
    else
        setStringPolicy(facts, QStringLiteral("windows.policies.target_release_version"), info);
    // GWX ("Get Windows 10" app) could be turned off by this policy on 7 and 8.1.
    setFlag(facts, QStringLiteral("windows.policies.disable_gwx"),
        sw.dword(QStringLiteral("Policies\\Microsoft\\Windows\\GWX"), QStringLiteral("DisableGwx")), true);
}

} // namespace urs
