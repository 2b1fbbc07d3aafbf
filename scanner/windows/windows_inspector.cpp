// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/windows_inspector.h"

#include "common/core_text.h"
#include "common/log.h"
#include "common/scan_error.h"
#include "facts/fact_catalog.h"
#include "facts/fact_set.h"
#include "windows/collectors/collectors.h"
#include "windows/hive_set.h"

namespace urs {

namespace {

struct Collector {
    void (*run)(const WindowsContext &, FactSet &);
    const char *text; // progress text (marked for scanner_ja.ts)
};

// In order; checkActivity last because it reads what the others found.
const Collector kCollectors[] = {
    {checkIdentity, QT_TR_NOOP("Reading the Windows version")},
    {checkSystemIdentity, QT_TR_NOOP("Reading the computer name and control set")},
    {checkTimeZone, QT_TR_NOOP("Reading the time zone")},
    {checkPower, QT_TR_NOOP("Checking fast startup and hibernation")},
    {checkServices, QT_TR_NOOP("Checking services")},
    {checkStartup, QT_TR_NOOP("Listing start-up programs")},
    {checkServicing, QT_TR_NOOP("Reading installed updates")},
    {checkPendingReboot, QT_TR_NOOP("Looking for a pending reboot")},
    {checkFeatures, QT_TR_NOOP("Reading optional features and roles")},
    {checkPrograms, QT_TR_NOOP("Listing installed programs")},
    {checkPolicies, QT_TR_NOOP("Reading update policies")},
    {checkProxy, QT_TR_NOOP("Reading proxy settings")},
    {checkProfiles, QT_TR_NOOP("Reading user profiles")},
    {checkLanguage, QT_TR_NOOP("Reading the install language")},
    {checkBypass, QT_TR_NOOP("Looking for requirement bypasses")},
    {checkVolume, QT_TR_NOOP("Measuring the Windows volume")},
    {checkEarlierAttempts, QT_TR_NOOP("Looking for earlier upgrade attempts")},
    {checkSetupLogs, QT_TR_NOOP("Reading the logs of the last upgrade attempt")},
    {checkActivity, QT_TR_NOOP("Finding the newest activity")},
};

// windows.boot.* come from the disk's boot partitions (BootInspector), not from this volume.
bool isOurs(const QString &name)
{
    if (name.startsWith(QLatin1String("windows.boot.")))
        return false;
    return name.startsWith(QLatin1String("windows.")) || name.startsWith(QLatin1String("volume."));
}

} // namespace

WindowsInspector::WindowsInspector(
    const WindowsVolume &volume, QString windowsPath, const LogPatterns *logPatterns)
    : m_volume(volume)
    , m_windowsPath(std::move(windowsPath))
    , m_logPatterns(logPatterns)
{
}

void WindowsInspector::collect(FactSet &facts, const ProgressCallback &progress) const
{
    const auto report = [&](double f, const QString &text) {
        if (progress)
            progress(f, text);
    };
    report(0.0, coreText("Opening the registry hives"));
    const HiveSet hives(m_volume, m_windowsPath); // throws when SOFTWARE or SYSTEM is unusable
    const WindowsContext ctx {m_volume, hives, m_windowsPath, m_logPatterns};

    // Each collector stands alone: one that fails (an I/O error on the volume) leaves its
    // facts unknown and the others still run. Cancellation comes through report(), outside.
    QStringList failures;
    const int n = int(std::size(kCollectors));
    for (int i = 0; i < n; ++i) {
        report(double(i + 1) / (n + 1), QString::fromLatin1(kCollectors[i].text));
        try {
            kCollectors[i].run(ctx, facts);
        } catch (const ScanError &e) {
            if (e.kind() == ScanErrorKind::Cancelled)
                throw;
            log()->warn("{} failed: {}", kCollectors[i].text, e.what());
            failures.append(
                coreText("%1 failed: %2").arg(QString::fromLatin1(kCollectors[i].text), e.text()));
        }
    }
    // Every windows.* and volume.* fact ends up known or unknown with a reason.
    for (const FactSpec &spec : FactCatalog::all()) {
        const QString name = QString::fromLatin1(spec.name);
        if (isOurs(name) && !facts.contains(name)) {
            facts.setUnknown(
                name, failures.isEmpty() ? coreText("not collected") : failures.join(QStringLiteral("; ")));
        }
    }
    report(1.0, coreText("Windows read"));
}

} // namespace urs
