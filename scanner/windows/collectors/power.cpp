// SPDX-License-Identifier: GPL-3.0-or-later
// Fast startup and hibernation. With fast startup on, "shut down" hibernates the kernel
// session into hiberfil.sys; setup and offline tools then see a volume Windows still holds
// open. Microsoft: "Fast startup ... distributed hybrid shutdown" (Windows 8 power docs);
// setting HiberbootEnabled = 0 or `powercfg /h off` turns it off.
#include "common/core_text.h"
#include "common/log.h"
#include "common/scan_error.h"
#include "windows/collectors/collectors.h"

namespace urs {

namespace {

const QString kHiberfil = QStringLiteral("hiberfil.sys");

// The first four bytes of hiberfil.sys: "hibr"/"HIBR" while it holds an image to resume from
// (Windows 8 and later write "HIBR" for fast startup too); "wake" or zeros once resumed or
// cleared. Anything else stays unknown rather than guessed.
void checkVolumeHibernated(
    const WindowsContext &ctx, FactSet &facts, const std::optional<VolumeEntry> &hiberfil)
{
    const QString name = QStringLiteral("windows.fast_startup.volume_hibernated");
    const Provenance where = ctx.file(kHiberfil);
    if (!hiberfil) {
        facts.set(name, false, where); // no hibernation file: nothing to resume from
        return;
    }
    QByteArray sig;
    try {
        sig = ctx.volume.read(kHiberfil, 0, 4);
    } catch (const ScanError &e) {
        facts.setUnknown(name, coreText("cannot read %1: %2").arg(where.where, e.text()), where);
        return;
    }
    if (sig.size() < 4) {
        facts.setUnknown(name, coreText("%1 is shorter than its 4-byte signature").arg(where.where), where);
        return;
    }
    const QByteArray lower = sig.toLower();
    if (lower == "hibr")
        facts.set(name, true, where);
    else if (lower == "wake" || sig == QByteArray(4, '\0'))
        facts.set(name, false, where);
    else
        facts.setUnknown(name,
            coreText("%1 starts with unrecognised bytes %2 (expected hibr, HIBR, wake or zeros)")
                .arg(where.where, QString::fromLatin1(sig.toHex(' '))),
            where);
}

} // namespace

void checkPower(const WindowsContext &ctx, FactSet &facts)
{
    auto hiberboot = valueOf(ctx.hives.ccs(QStringLiteral("Control\\Session Manager\\Power")),
        QStringLiteral("HiberbootEnabled"), &HiveKey::dword);
    if (hiberboot.status() == HiveReadStatus::ValueAbsent) {
        hiberboot = HiveRead<quint32>::missing(hiberboot.status(),
            coreText("%1 (Windows 7 and earlier have no fast startup)").arg(hiberboot.reason()),
            hiberboot.where());
    }
    setFlag(facts, QStringLiteral("windows.fast_startup.hiberboot_enabled"), hiberboot, false);
    setFlag(facts, QStringLiteral("windows.fast_startup.hibernate_enabled"),
        valueOf(ctx.hives.ccs(QStringLiteral("Control\\Power")), QStringLiteral("HibernateEnabled"),
            &HiveKey::dword),
        false);

    const auto hiberfil = ctx.volume.stat(kHiberfil);
    const Provenance where = ctx.file(kHiberfil);
    facts.set(QStringLiteral("windows.fast_startup.hiberfil_present"), hiberfil.has_value(), where);
    facts.set(QStringLiteral("windows.fast_startup.hiberfil_bytes"),
        hiberfil ? hiberfil->sizeBytes : qint64(0), where);
    checkVolumeHibernated(ctx, facts, hiberfil);
}

} // namespace urs
