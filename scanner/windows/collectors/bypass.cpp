// SPDX-License-Identifier: GPL-3.0-or-later
// Requirement bypasses someone already set, and Microsoft's own appraiser verdicts.
// SYSTEM\Setup\LabConfig Bypass* values are read by Windows 11 setup (widely used, not
// documented by Microsoft); SYSTEM\Setup\MoSetup AllowUpgradesWithUnsupportedTPMOrCPU is
// Microsoft's documented key for upgrading on unsupported hardware ("Ways to install Windows 11").
#include "windows/collectors/collectors.h"

#include <QJsonArray>
#include <QJsonObject>

namespace urs {

void checkBypass(const WindowsContext &ctx, FactSet &facts)
{
    const Hive &system = ctx.hives.system();
    const auto labConfig = system.key(QStringLiteral("Setup\\LabConfig"));
    const auto names = labConfig ? labConfig->valueNames() : HiveRead<QStringList>::failedAs(labConfig);
    if (names) {
        QStringList set;
        for (const QString &name : *names) {
            const auto v = labConfig->dword(name);
            if (v && *v == 1)
                set.append(name);
        }
        set.sort(Qt::CaseInsensitive);
        facts.set(QStringLiteral("windows.bypass.labconfig"), QJsonArray::fromStringList(set),
            labConfig.provenance());
    } else if (labConfig.absent()) {
        facts.set(QStringLiteral("windows.bypass.labconfig"), QJsonArray(), labConfig.provenance());
    } else {
        facts.setUnknown(QStringLiteral("windows.bypass.labconfig"), names.reason(), labConfig.provenance());
    }
    setFlag(facts, QStringLiteral("windows.bypass.mosetup_allow_unsupported"),
        system.dword(
            QStringLiteral("Setup\\MoSetup"), QStringLiteral("AllowUpgradesWithUnsupportedTPMOrCPU")),
        true);

    // The compatibility appraiser writes one subkey per target release it judged, with
    // RedReason naming what blocks it ("TPM UEFISecureBoot ..."); absent = never judged.
    const auto indicators = ctx.hives.software().key(QStringLiteral(
        "Microsoft\\Windows NT\\CurrentVersion\\AppCompatFlags\\TargetVersionUpgradeExperienceIndicators"));
    const auto targets = indicators ? indicators->children() : HiveRead<QList<HiveKey>>::failedAs(indicators);
    QJsonArray reasons;
    if (targets) {
        for (const HiveKey &target : *targets) {
            const auto red = target.string(QStringLiteral("RedReason"));
            if (red)
                reasons.append(QJsonObject {
                    {QStringLiteral("target"), target.name()}, {QStringLiteral("red_reason"), *red}});
        }
    }
    if (targets || indicators.absent())
        facts.set(QStringLiteral("windows.appraiser.red_reasons"), reasons, indicators.provenance());
    else
        facts.setUnknown(
            QStringLiteral("windows.appraiser.red_reasons"), targets.reason(), indicators.provenance());
}

} // namespace urs
