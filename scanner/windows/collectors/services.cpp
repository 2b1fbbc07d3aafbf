// SPDX-License-Identifier: GPL-3.0-or-later
// Services: the start type of the services an upgrade needs, and the auto-start services that
// are not part of Windows (what a "clean boot" would turn off before setup).
// Start values: 0 boot, 1 system, 2 automatic, 3 manual (demand), 4 disabled
// (Microsoft: "CurrentControlSet\Services Subkey Entries").
#include "common/core_text.h"
#include "windows/collectors/collectors.h"

#include <QJsonArray>
#include <QJsonObject>

namespace urs {

namespace {

// Services setup and Windows Update rely on: fact name part -> service key name.
const QList<std::pair<const char *, const char *>> kUpgradeServices = {
    {"wuauserv", "wuauserv"}, // Windows Update
    {"bits", "BITS"}, // Background Intelligent Transfer Service
    {"trustedinstaller", "TrustedInstaller"}, // Windows Modules Installer
    {"cryptsvc", "CryptSvc"}, // Cryptographic Services (signature checks)
    {"appreadiness", "AppReadiness"}, // App Readiness (store apps at first sign-in)
};

// Microsoft's own services that live outside the Windows folder.
const QStringList kMicrosoftPathsOutsideWindows = {
    QStringLiteral("\\Windows Defender\\"),
    QStringLiteral("\\Windows Media Player\\"),
    QStringLiteral("\\Internet Explorer\\"),
    QStringLiteral("\\Common Files\\Microsoft Shared\\"),
    QStringLiteral("\\Microsoft Security Client\\"),
    QStringLiteral("\\Microsoft Office\\"),
    QStringLiteral("\\Windows Kits\\"),
};

// Non-Microsoft programs known to install their service binary inside the Windows folder
// (graphics and audio vendors mostly); matched on the file name.
const QStringList kKnownThirdPartyInWindows = {
    QStringLiteral("nvvsvc.exe"),
    QStringLiteral("nvsvc64.dll"),
    QStringLiteral("nvwmi64.exe"),
    QStringLiteral("igfxcuiservice.exe"),
    QStringLiteral("atiesrxx.exe"),
    QStringLiteral("rtkaudioservice64.exe"),
    QStringLiteral("rtkaudioservice.exe"),
    QStringLiteral("hpservice.exe"),
    QStringLiteral("lenovo.modern.imcontroller.exe"),
    // VirtualBox Guest Additions put their service into System32.
    QStringLiteral("vboxservice.exe"),
};

// The executable part of an ImagePath: quoted, or up to ".exe"/".sys", without arguments.
QString executableOf(const QString &expanded)
{
    if (expanded.startsWith(QLatin1Char('"')))
        return expanded.mid(1).section(QLatin1Char('"'), 0, 0);
    for (const QString &ext : {QStringLiteral(".exe"), QStringLiteral(".sys"), QStringLiteral(".dll")}) {
        const qsizetype at = expanded.indexOf(ext, 0, Qt::CaseInsensitive);
        if (at > 0)
            return expanded.left(at + ext.size());
    }
    return expanded.section(QLatin1Char(' '), 0, 0);
}

// True when the image belongs to Windows: relative paths (the kernel resolves them against
// the Windows folder, e.g. "system32\DRIVERS\x.sys"), paths under the Windows folder, and no
// path at all (a driver whose binary is System32\drivers\<name>.sys by default).
bool isWindowsImage(const WindowsPaths &paths, const QString &imagePath)
{
    if (imagePath.trimmed().isEmpty())
        return true;
    const QString exe = executableOf(paths.expand(imagePath));
    const QString file = exe.section(QLatin1Char('\\'), -1).toLower();
    if (kKnownThirdPartyInWindows.contains(file))
        return false;
    if (exe.contains(QLatin1Char('%')))
        return false; // an unexpanded variable: not provably Windows, so list it
    if (!WindowsPaths::driveOf(exe))
        return !exe.startsWith(QLatin1Char('\\'))
            || exe.startsWith(QStringLiteral("\\Windows\\"), Qt::CaseInsensitive);
    const QString windowsRoot
        = paths.systemDrive() + QLatin1Char('\\') + paths.windowsDir() + QLatin1Char('\\');
    if (exe.startsWith(windowsRoot, Qt::CaseInsensitive))
        return true;
    for (const QString &ms : kMicrosoftPathsOutsideWindows) {
        if (exe.contains(ms, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void checkStartTypes(const WindowsContext &ctx, FactSet &facts, const HiveRead<HiveKey> &services)
{
    for (const auto &[part, keyName] : kUpgradeServices) {
        const QString fact = QStringLiteral("windows.services.%1.start").arg(QLatin1String(part));
        if (!services) {
            facts.setUnknown(fact, services.reason(), services.provenance());
            continue;
        }
        const auto key = services->child(QString::fromLatin1(keyName));
        if (!key) {
            facts.setUnknown(fact,
                key.absent() ? coreText("service key absent: %1").arg(key.where()) : key.reason(),
                key.provenance());
            continue;
        }
        setFromRead(facts, fact, key->dword(QStringLiteral("Start")));
    }
}

void checkThirdPartyServices(const WindowsContext &ctx, FactSet &facts, const HiveRead<HiveKey> &services)
{
    const QString fact = QStringLiteral("windows.services.third_party");
    if (!services) {
        facts.setUnknown(fact, services.reason(), services.provenance());
        return;
    }
    const auto keys = services->children();
    if (!keys) {
        facts.setUnknown(fact, keys.reason(), services.provenance());
        return;
    }
    QJsonArray out;
    for (const HiveKey &svc : *keys) {
        const auto start = svc.dword(QStringLiteral("Start"));
        if (!start || *start != 2)
            continue;
        const QString image = svc.string(QStringLiteral("ImagePath")).valueOr({});
        if (isWindowsImage(ctx.hives.paths(), image))
            continue;
        out.append(QJsonObject {{QStringLiteral("name"), svc.name()},
            {QStringLiteral("display_name"), svc.string(QStringLiteral("DisplayName")).valueOr({})},
            {QStringLiteral("image_path"), image}, {QStringLiteral("start"), qint64(*start)}});
    }
    facts.set(fact, out, services.provenance());
}

} // namespace

void checkServices(const WindowsContext &ctx, FactSet &facts)
{
    const auto services = ctx.hives.ccs(QStringLiteral("Services"));
    checkStartTypes(ctx, facts, services);
    checkThirdPartyServices(ctx, facts, services);
}

} // namespace urs
