// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/scan_session.h"

#include "common/log.h"
#include "common/scan_error.h"
#include "engine/rule_engine.h"
#include "facts/fact_catalog.h"
#include "hardware/hardware_probe.h"
#include "source/source.h"
#include "windows/windows_inspector.h"

#include <QJsonArray>
#include <QJsonObject>

namespace urs {

ScanSession::ScanSession(ScanOptions options)
    : m_options(std::move(options))
{
}

void ScanSession::report(ScanStep step, double fraction, const QString &text) const
{
    if (m_progress)
        m_progress(ScanProgress {step, int(step), 4, fraction, text});
}

void ScanSession::throwIfCancelled() const
{
    if (m_cancelled)
        throw ScanError(ScanErrorKind::Cancelled, m_options.sourcePath, QStringLiteral("scan cancelled"));
}

// An encrypted Windows volume cannot be read offline. That is a finding for the technician,
// not a failure: the hardware and disk facts still stand, and every Windows fact says why it is
// unknown, so the rules can say what to do (suspend BitLocker, or scan with the key at hand).
static bool describeEncryptedWindows(const Source &source, FactSet &facts)
{
    for (const PartitionInfo &p : source.partitions()) {
        if (!p.bitlocker)
            continue;
        const Provenance where {
            ProvenanceKind::Disk, QStringLiteral("partition %1 boot sector OEM id -FVE-FS-").arg(p.index)};
        const QString reason
            = QStringLiteral("partition %1 is BitLocker-encrypted and cannot be read offline").arg(p.index);
        for (const FactSpec &spec : FactCatalog::all()) {
            const QString name = QString::fromLatin1(spec.name);
            if (name.startsWith(QLatin1String("windows.")) || name.startsWith(QLatin1String("volume.")))
                facts.setUnknown(name, reason, where);
        }
        facts.set(QStringLiteral("volume.bitlocker"), true, where);
        facts.set(QStringLiteral("volume.total_bytes"), p.sizeBytes,
            {ProvenanceKind::Disk, QStringLiteral("partition table")});
        facts.set(QStringLiteral("source.selection_note"),
            QStringLiteral("no readable Windows; %1").arg(reason), {ProvenanceKind::Derived, {}});
        return true;
    }
    return false;
}

// Adds the identity read from the hives to the scanned installation's entry, so a listing of
// the source says which Windows it is.
static void nameScannedInstallation(int index, FactSet &facts)
{
    const Fact *list = facts.find(QStringLiteral("source.windows_installations"));
    if (!list || !list->known)
        return;
    QJsonArray entries = list->value.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QJsonObject entry = entries[i].toObject();
        if (entry.value(QStringLiteral("index")).toInt() != index)
            continue;
        for (const auto &[member, fact] : {std::pair {"product_name", "windows.product_name"},
                 std::pair {"build", "windows.build"}, std::pair {"computer_name", "windows.computer_name"}})
            entry.insert(QLatin1String(member), facts.value(QLatin1String(fact)).value_or(QJsonValue::Null));
        entries[i] = entry;
    }
    const Provenance provenance = list->provenance; // copied: set() replaces the fact list points at
    facts.set(QStringLiteral("source.windows_installations"), entries, provenance);
}

// Picks the installation the user asked for, or the first one, and says why.
static WindowsInstallation chooseInstallation(
    const QList<WindowsInstallation> &found, int wanted, const QString &sourcePath, QString *note)
{
    if (found.isEmpty()) {
        throw ScanError(ScanErrorKind::NoWindows, sourcePath,
            QStringLiteral("no Windows installation found (looked for "
                           "Windows\\System32\\config\\SOFTWARE and SYSTEM on every volume)"),
            QStringLiteral("Check that this is the Windows disk; an encrypted (BitLocker) "
                           "volume must be unlocked in Windows or suspended first"));
    }
    if (wanted > 0) {
        for (const WindowsInstallation &inst : found) {
            if (inst.index == wanted) {
                *note = QStringLiteral("installation %1 chosen with --windows").arg(wanted);
                return inst;
            }
        }
        throw ScanError(ScanErrorKind::Usage, sourcePath,
            QStringLiteral("there is no Windows installation %1 (found %2)").arg(wanted).arg(found.size()),
            QStringLiteral("Run 'upgrade-scan facts --source %1' without --windows to list them")
                .arg(sourcePath));
    }
    *note = found.size() == 1
        ? QStringLiteral("the only Windows installation on the source")
        : QStringLiteral("%1 installations found; the first in partition order was scanned "
                         "(choose another with --windows N)")
              .arg(found.size());
    return found.first();
}

ScanResult ScanSession::run()
{
    ScanResult result;
    result.options = m_options;
    result.scanTime
        = m_options.scanTime.isValid() ? m_options.scanTime.toUTC() : QDateTime::currentDateTimeUtc();

    // Rules load first: a broken rule file or an unknown target should fail before a long scan.
    std::unique_ptr<RuleEngine> engine;
    if (m_options.evaluateRules) {
        engine = std::make_unique<RuleEngine>(
            m_options.rulesDir.isEmpty() ? RuleEngine::defaultRulesDir() : m_options.rulesDir);
        const QStringList known = engine->targetIds();
        for (const QString &t : m_options.targets) {
            if (!known.contains(t))
                throw ScanError(ScanErrorKind::Usage, {}, QStringLiteral("unknown target '%1'").arg(t),
                    QStringLiteral("Valid targets: %1, or all").arg(known.join(QStringLiteral(", "))));
        }
    }

    report(ScanStep::Hardware, 0.0, QStringLiteral("Reading the hardware"));
    HardwareProbe(m_options.hardwareRoot).collect(result.facts);
    throwIfCancelled();

    report(ScanStep::Disk, 0.0, QStringLiteral("Opening %1").arg(m_options.sourcePath));
    std::unique_ptr<Source> source = Source::open(m_options.sourcePath);
    source->describe(result.facts);
    if (source->installations().isEmpty() && m_options.windowsIndex == 0
        && describeEncryptedWindows(*source, result.facts)) {
        log()->warn("{}: Windows volume is BitLocker-encrypted; only hardware and disk facts were read",
            str(m_options.sourcePath));
        evaluate(engine.get(), result);
        return result;
    }
    QString note;
    const WindowsInstallation inst
        = chooseInstallation(source->installations(), m_options.windowsIndex, m_options.sourcePath, &note);
    result.facts.set(QStringLiteral("source.selected_windows"), inst.index, {ProvenanceKind::Derived, {}});
    result.facts.set(QStringLiteral("source.selection_note"), note, {ProvenanceKind::Derived, {}});
    log()->info("scanning Windows installation {} on {}", inst.index, str(inst.volumeName));
    std::unique_ptr<WindowsVolume> volume = source->openVolume(inst);
    throwIfCancelled();

    report(ScanStep::Hives, 0.0, QStringLiteral("Reading the registry of %1").arg(inst.volumeName));
    WindowsInspector(*volume, inst.windowsPath).collect(result.facts, [this](double f, const QString &text) {
        throwIfCancelled();
        report(ScanStep::Hives, f, text);
    });
    throwIfCancelled();
    nameScannedInstallation(inst.index, result.facts);

    evaluate(engine.get(), result);
    return result;
}

void ScanSession::evaluate(const RuleEngine *engine, ScanResult &result) const
{
    if (engine) {
        report(ScanStep::Rules, 0.0, QStringLiteral("Judging against the rules"));
        result.assessment = engine->evaluate(result.facts, m_options.targets, result.scanTime);
    }
    report(ScanStep::Rules, 1.0, QStringLiteral("Done"));
}

} // namespace urs
