// SPDX-License-Identifier: GPL-3.0-or-later
#include "installation_preview.h"

#include "common/log.h"
#include "common/scan_error.h"
#include "session/scan_session.h"

namespace urs::ui {

namespace {

QString text(const FactSet &facts, const char *name)
{
    const auto v = facts.value(QLatin1String(name));
    return v && v->isString() ? v->toString() : QString();
}

std::optional<qint64> integer(const FactSet &facts, const char *name)
{
    const auto v = facts.value(QLatin1String(name));
    if (v && v->isDouble())
        return qint64(v->toDouble());
    return std::nullopt;
}

std::optional<bool> flag(const FactSet &facts, const char *name)
{
    const auto v = facts.value(QLatin1String(name));
    if (v && v->isBool())
        return v->toBool();
    return std::nullopt;
}

} // namespace

InstallationPreview previewFromFacts(const FactSet &facts)
{
    InstallationPreview p;
    p.productName = text(facts, "windows.product_name");
    p.editionId = text(facts, "windows.edition_id");
    p.build = integer(facts, "windows.build");
    p.computerName = text(facts, "windows.computer_name");
    p.volumeBytes = integer(facts, "volume.total_bytes");
    p.freeBytes = integer(facts, "volume.free_bytes");
    p.encrypted = flag(facts, "volume.bitlocker");
    p.hibernated = flag(facts, "windows.fast_startup.volume_hibernated");
    p.fastStartup = flag(facts, "windows.fast_startup.hiberboot_enabled");
    return p;
}

InstallationPreview previewInstallation(
    const QString &sourcePath, int windowsIndex, const QString &hardwareRoot)
{
    ScanOptions options;
    options.sourcePath = sourcePath;
    options.windowsIndex = windowsIndex;
    options.hardwareRoot = hardwareRoot;
    options.evaluateRules = false;
    try {
        ScanResult result = ScanSession(options).run();
        InstallationPreview p = previewFromFacts(result.facts);
        p.facts = std::make_shared<const FactSet>(std::move(result.facts));
        return p;
    } catch (const ScanError &e) {
        log()->warn("preview of {} installation {} failed: {}", str(sourcePath), windowsIndex, str(e.text()));
        InstallationPreview p;
        p.error = e.text();
        return p;
    } catch (const std::exception &e) {
        // A bug in a collector must not take the Start screen down; the scan will say more.
        log()->error("preview of {} installation {}: {}", str(sourcePath), windowsIndex, e.what());
        InstallationPreview p;
        p.error = QString::fromUtf8(e.what());
        return p;
    }
}

} // namespace urs::ui
