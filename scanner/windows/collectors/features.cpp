// SPDX-License-Identifier: GPL-3.0-or-later
// Optional features and roles: what "Turn Windows features on or off" shows, from CBS's
// Notifications\OptionalFeatures\<name> Selection (1 = on), plus IIS's own InetStp key.
#include "common/core_text.h"
#include "windows/collectors/collectors.h"
#include "windows/collectors/upgrade_features.h"

#include <QJsonArray>

namespace urs {

namespace {

const QString kOptionalFeatures = QStringLiteral(
    "Microsoft\\Windows\\CurrentVersion\\Component Based Servicing\\Notifications\\OptionalFeatures");

// Feature names with Selection = 1, sorted; or why they cannot be read.
HiveRead<QStringList> getEnabledFeatures(const Hive &software)
{
    const auto key = software.key(kOptionalFeatures);
    if (!key)
        return HiveRead<QStringList>::failedAs(key);
    const auto features = key->children();
    if (!features)
        return HiveRead<QStringList>::failedAs(features);
    QStringList enabled;
    for (const HiveKey &feature : *features) {
        const auto selection = feature.dword(QStringLiteral("Selection"));
        if (selection && *selection == 1)
            enabled.append(feature.name());
    }
    std::sort(enabled.begin(), enabled.end(),
        [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return HiveRead<QStringList>::found(enabled, key->where());
}

bool anyStartsWith(const QStringList &names, const QString &prefix)
{
    return std::any_of(names.begin(), names.end(),
        [&](const QString &n) { return n.startsWith(prefix, Qt::CaseInsensitive); });
}

// IIS writes SOFTWARE\Microsoft\InetStp (MajorVersion, MinorVersion) when installed: 8.5 on
// 8.1 (Microsoft: "IIS versions and the InetStp registry key").
void checkIis(const WindowsContext &ctx, FactSet &facts, const HiveRead<QStringList> &features)
{
    const auto inetStp = ctx.hives.software().key(QStringLiteral("Microsoft\\InetStp"));
    const bool roleSelected
        = features && features->contains(QStringLiteral("IIS-WebServerRole"), Qt::CaseInsensitive);
    const QString installed = QStringLiteral("windows.features.iis.installed");
    const QString version = QStringLiteral("windows.features.iis.version");
    if (inetStp || roleSelected) {
        facts.set(installed, true,
            inetStp ? inetStp.provenance()
                    : Provenance {
                        ProvenanceKind::Hive, features.where() + QStringLiteral("\\IIS-WebServerRole")});
    } else if (inetStp.absent() && features) {
        facts.set(installed, false, inetStp.provenance());
    } else {
        facts.setUnknown(
            installed, inetStp.absent() ? features.reason() : inetStp.reason(), inetStp.provenance());
    }
    if (!inetStp) {
        facts.setUnknown(version,
            inetStp.absent() ? coreText("IIS is not installed (%1)").arg(inetStp.reason()) : inetStp.reason(),
            inetStp.provenance());
        return;
    }
    const auto major = inetStp->dword(QStringLiteral("MajorVersion"));
    const auto minor = inetStp->dword(QStringLiteral("MinorVersion"));
    if (!major) {
        facts.setUnknown(version, major.reason(), major.provenance());
        return;
    }
    facts.set(version, QStringLiteral("%1.%2").arg(*major).arg(minor.valueOr(0)), major.provenance());
}

void checkHyperV(const WindowsContext &ctx, FactSet &facts, const HiveRead<QStringList> &features)
{
    const QString name = QStringLiteral("windows.features.hyperv.installed");
    if (features && anyStartsWith(*features, QStringLiteral("Microsoft-Hyper-V"))) {
        facts.set(
            name, true, {ProvenanceKind::Hive, features.where() + QStringLiteral("\\Microsoft-Hyper-V*")});
        return;
    }
    // vmms (Hyper-V Virtual Machine Management) exists only with the role.
    const auto vmms = ctx.hives.ccs(QStringLiteral("Services\\vmms"));
    if (vmms) {
        facts.set(name, true, vmms.provenance());
        return;
    }
    if (features)
        facts.set(
            name, false, {ProvenanceKind::Hive, features.where() + QStringLiteral("\\Microsoft-Hyper-V*")});
    else
        facts.setUnknown(name, features.reason(), features.provenance());
}

} // namespace

void checkFeatures(const WindowsContext &ctx, FactSet &facts)
{
    const auto features = getEnabledFeatures(ctx.hives.software());
    setFromRead(facts, QStringLiteral("windows.features.enabled_optional"), features);
    setFromRead(facts, QStringLiteral("windows.features.added"), features, [](const QStringList &all) {
        QStringList added;
        for (const QString &f : all) {
            if (UpgradeFeatures::match(f))
                added.append(f);
        }
        return QJsonArray::fromStringList(added);
    });
    checkIis(ctx, facts, features);
    checkHyperV(ctx, facts, features);
}

} // namespace urs
