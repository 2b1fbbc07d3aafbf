// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/scan_session.h"

#include "common/core_text.h"
#include "common/log.h"
#include "common/scan_error.h"
#include "engine/rule_engine.h"
#include "facts/fact_catalog.h"
#include "hardware/hardware_probe.h"
#include "report/report_writer.h"
#include "source/source.h"
#include "source/source_location.h"
#include "windows/boot_inspector.h"
#include "windows/evidence_collector.h"
#include "windows/windows_inspector.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <map>
#include <mutex>

namespace urs {

namespace {

// Read from the Windows volume. windows.boot.* are not: they come from the disk's EFI or active
// partition (BootInspector), which an encrypted Windows volume does not hide.
bool isWindowsFact(const QString &name)
{
    if (name.startsWith(QLatin1String("windows.boot.")))
        return false;
    return name.startsWith(QLatin1String("windows.")) || name.startsWith(QLatin1String("volume."));
}

// A source opened once per session. Its mutex serialises use: libtsk objects of one image are
// not meant to be driven from two threads at once.
struct OpenedSource {
    std::mutex mutex;
    std::unique_ptr<Source> source; // null when opening failed
    std::optional<ScanError> error;
    std::optional<FactSet> boot; // how Windows boots (BCD store, ESP), read once
};

// What one installation gave: read once (preview or scan), then reused by every stage.
struct InstallationRead {
    std::mutex mutex;
    bool done = false;
    FactSet facts; // windows.* and volume.*
    QList<EvidenceFile> evidence;
    std::optional<ScanError> error;
};

// An encrypted Windows volume cannot be read offline. That is a finding for the technician,
// not a failure: the hardware and disk facts still stand, and every Windows fact says why it is
// unknown, so the rules can say which checks could not run and what to do (decrypt the volume in
// Windows and scan again: suspending BitLocker leaves it encrypted).
bool describeEncryptedWindows(const Source &source, FactSet &facts)
{
    for (const PartitionInfo &p : source.partitions()) {
        if (!p.bitlocker)
            continue;
        const Provenance where {
            ProvenanceKind::Disk, coreText("partition %1 boot sector OEM id -FVE-FS-").arg(p.index)};
        const QString reason
            = coreText("partition %1 is BitLocker-encrypted and cannot be read offline").arg(p.index);
        for (const FactSpec &spec : FactCatalog::all()) {
            const QString name = QString::fromLatin1(spec.name);
            if (isWindowsFact(name))
                facts.setUnknown(name, reason, where);
        }
        facts.set(QStringLiteral("volume.bitlocker"), true, where);
        facts.set(QStringLiteral("volume.total_bytes"), p.sizeBytes,
            {ProvenanceKind::Disk, coreText("partition table")});
        facts.set(QStringLiteral("source.selection_note"), coreText("no readable Windows; %1").arg(reason),
            {ProvenanceKind::Derived, {}});
        return true;
    }
    return false;
}

// Adds the identity read from the hives to the scanned installation's entry, so a listing of
// the source says which Windows it is.
void nameScannedInstallation(int index, FactSet &facts)
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

// Picks the installation the user asked for, or the first one, and says why. partitions are
// the source's: with no installation found, the volumes that could not be read are named, as
// the Windows one may be among them (a torn $MFT, an unreadable boot sector).
WindowsInstallation chooseInstallation(const QList<WindowsInstallation> &found, int wanted,
    const QString &sourcePath, QString *note, const QList<PartitionInfo> &partitions = {})
{
    if (found.isEmpty()) {
        const QString none = coreText("no Windows installation found (looked for "
                                      "Windows\\System32\\config\\SOFTWARE and SYSTEM on every volume)");
        QStringList unreadable;
        for (const PartitionInfo &p : partitions)
            if (!p.note.isEmpty() && !p.bitlocker)
                unreadable << coreText("partition %1: %2").arg(p.index).arg(p.note);
        if (!unreadable.isEmpty())
            throw ScanError(ScanErrorKind::NoWindows, sourcePath,
                coreText("%1; a volume that could not be read may hold it: %2")
                    .arg(none, unreadable.join(QStringLiteral("; "))),
                coreText("Run chkdsk on the Windows volume in Windows, or copy the disk with ddrescue if it "
                         "is failing, then scan again"));
        throw ScanError(ScanErrorKind::NoWindows, sourcePath, none,
            coreText("Check that this is the Windows disk; an encrypted (BitLocker) volume "
                     "can only be read after it is decrypted in Windows (manage-bde -off C:)"));
    }
    if (wanted > 0) {
        for (const WindowsInstallation &inst : found) {
            if (inst.index == wanted) {
                *note = coreText("installation %1 chosen with --windows").arg(wanted);
                return inst;
            }
        }
        // Said for both faces (the app lists the installations it found); the command line
        // adds how to list them there (cli_options.cpp, runScan).
        throw ScanError(ScanErrorKind::Usage, sourcePath,
            coreText("there is no Windows installation %1 (found %2)").arg(wanted).arg(found.size()),
            coreText("Choose one of the Windows installations found on this source"));
    }
    *note = found.size() == 1 ? coreText("the only Windows installation on the source")
                              : coreText("%1 installations found; the first in partition order was scanned "
                                         "(choose another with --windows N)")
                                    .arg(found.size());
    return found.first();
}

std::optional<qint64> integerFact(const FactSet &facts, const char *name)
{
    const std::optional<QJsonValue> v = facts.value(QLatin1String(name));
    if (v && v->isDouble())
        return qint64(v->toDouble());
    return std::nullopt;
}

std::optional<bool> flagFact(const FactSet &facts, const char *name)
{
    const std::optional<QJsonValue> v = facts.value(QLatin1String(name));
    if (v && v->isBool())
        return v->toBool();
    return std::nullopt;
}

QString textFact(const FactSet &facts, const char *name)
{
    const std::optional<QJsonValue> v = facts.value(QLatin1String(name));
    return v && v->isString() ? v->toString() : QString();
}

using ProgressCallback = std::function<void(const ScanProgress &)>;

void report(const ProgressCallback &progress, ScanStep step, double fraction, const QString &text)
{
    if (progress)
        progress(ScanProgress {step, int(step), 4, fraction, text});
}

void throwIfCancelled(const ScanRequest &request)
{
    if (request.cancel && *request.cancel)
        throw ScanError(ScanErrorKind::Cancelled, request.sourcePath, coreText("scan cancelled"));
}

} // namespace

struct ScanSession::Cache {
    std::mutex mutex; // guards the maps, not what they point to
    std::map<QString, std::shared_ptr<OpenedSource>> sources;
    std::map<std::pair<QString, int>, std::shared_ptr<InstallationRead>> installations;

    std::mutex hardwareMutex;
    std::optional<FactSet> hardware; // the machine does not change while the session lives

    std::once_flag rulesOnce;
    std::unique_ptr<RuleEngine> rules;
    std::optional<ScanError> rulesError;

    std::shared_ptr<OpenedSource> source(const QString &path)
    {
        std::shared_ptr<OpenedSource> entry;
        {
            const std::lock_guard lock(mutex);
            std::shared_ptr<OpenedSource> &slot = sources[path];
            if (!slot)
                slot = std::make_shared<OpenedSource>();
            entry = slot;
        }
        const std::lock_guard lock(entry->mutex);
        if (!entry->source && !entry->error) {
            try {
                entry->source = Source::open(path);
            } catch (const ScanError &e) {
                entry->error = e;
            }
        }
        return entry;
    }

    std::shared_ptr<InstallationRead> installation(const QString &path, int index)
    {
        const std::lock_guard lock(mutex);
        std::shared_ptr<InstallationRead> &slot = installations[{path, index}];
        if (!slot)
            slot = std::make_shared<InstallationRead>();
        return slot;
    }
};

ScanSession::ScanSession(SessionOptions options)
    : m_options(std::move(options))
    , m_scanTime(m_options.scanTime.isValid() ? m_options.scanTime.toUTC() : QDateTime::currentDateTimeUtc())
    , m_cache(std::make_unique<Cache>())
{
    if (m_options.hardwareRoot.isEmpty())
        m_options.hardwareRoot = QStringLiteral("/");
}

ScanSession::~ScanSession() = default;

QList<DiscoveredDisk> ScanSession::discoverDisks()
{
    const ScanLog::Scope scope(m_log);
    return urs::discoverDisks(
        m_options.hardwareRoot,
        [this](const QString &device, DiscoveredDisk &disk) {
            const std::shared_ptr<OpenedSource> opened = m_cache->source(device);
            const std::lock_guard lock(opened->mutex);
            if (opened->error)
                throw *opened->error;
            disk.fill(*opened->source);
        },
        m_options.excludedDisks);
}

DiscoveredDisk ScanSession::describeSource(const QString &path)
{
    const ScanLog::Scope scope(m_log);
    DiscoveredDisk disk;
    disk.device = path;
    const std::shared_ptr<OpenedSource> opened = m_cache->source(path);
    const std::lock_guard lock(opened->mutex);
    if (opened->error) {
        disk.error = opened->error->text();
        log()->info("{}: {}", str(path), str(disk.error));
        return disk;
    }
    disk.fill(*opened->source);
    return disk;
}

// Reads an installation's hives and files once, while its volume is open, and keeps the facts
// and the evidence files; later calls return what was kept (or the same error).
static const InstallationRead &readInstallation(OpenedSource &opened, InstallationRead &read,
    const WindowsInstallation &inst, const LogPatterns *logPatterns,
    const WindowsInspector::ProgressCallback &progress)
{
    const std::lock_guard lock(read.mutex);
    if (read.done)
        return read;
    try {
        std::unique_ptr<WindowsVolume> volume;
        {
            const std::lock_guard sourceLock(opened.mutex);
            volume = opened.source->openVolume(inst);
        }
        log()->info("reading Windows installation {} on {}", inst.index, str(inst.volumeName));
        WindowsInspector(*volume, inst.windowsPath, logPatterns).collect(read.facts, progress);
        read.evidence = EvidenceCollector::collect(*volume, read.facts);
        read.done = true;
    } catch (const ScanError &e) {
        if (e.kind() == ScanErrorKind::Cancelled)
            throw; // not kept: a later scan reads it again
        read.error = e;
        read.done = true;
    }
    return read;
}

InstallationPreview ScanSession::preview(const QString &sourcePath, int windowsIndex)
{
    const ScanLog::Scope scope(m_log);
    return guardedPreview(sourcePath, windowsIndex, [&] {
        InstallationPreview p;
        const std::shared_ptr<OpenedSource> opened = m_cache->source(sourcePath);
        if (opened->error)
            throw *opened->error;
        QList<WindowsInstallation> found;
        QList<PartitionInfo> partitions;
        {
            const std::lock_guard lock(opened->mutex);
            found = opened->source->installations();
            partitions = opened->source->partitions();
        }
        QString note;
        const WindowsInstallation inst
            = chooseInstallation(found, windowsIndex, sourcePath, &note, partitions);
        const InstallationRead &read = readInstallation(
            *opened, *m_cache->installation(sourcePath, inst.index), inst, logPatterns(), {});
        if (read.error)
            throw *read.error;
        p = previewFromFacts(read.facts);
        p.facts = std::make_shared<const FactSet>(read.facts);
        return p;
    });
}

InstallationPreview ScanSession::guardedPreview(
    const QString &sourcePath, int windowsIndex, const std::function<InstallationPreview()> &read)
{
    InstallationPreview p;
    try {
        p = read();
    } catch (const ScanError &e) {
        log()->warn("preview of {} installation {} failed: {}", str(sourcePath), windowsIndex, str(e.text()));
        p.error = e.text();
    } catch (const std::exception &e) {
        // A bug in a collector must not take the Start screen down; the scan will say more.
        log()->error("preview of {} installation {}: {}", str(sourcePath), windowsIndex, e.what());
        p.error = QString::fromUtf8(e.what());
    }
    return p;
}

const RuleEngine &ScanSession::rules()
{
    std::call_once(m_cache->rulesOnce, [this] {
        const ScanLog::Scope scope(m_log);
        try {
            m_cache->rules = std::make_unique<RuleEngine>(
                m_options.rulesDir.isEmpty() ? RuleEngine::defaultRulesDir() : m_options.rulesDir);
        } catch (const ScanError &e) {
            m_cache->rulesError = e;
        }
    });
    if (m_cache->rulesError)
        throw *m_cache->rulesError;
    return *m_cache->rules;
}

const LogPatterns *ScanSession::logPatterns()
{
    try {
        return &rules().logPatterns();
    } catch (const ScanError &e) {
        // The scan still reads everything else; the setup-log facts say why they are unknown,
        // and evaluate() reports the broken rule files.
        log()->warn("setup logs are not read: {}", e.what());
        return nullptr;
    }
}

void ScanSession::checkTargets(const QStringList &targets)
{
    const QStringList known = rules().targetIds();
    for (const QString &t : targets) {
        if (!known.contains(t))
            throw ScanError(ScanErrorKind::Usage, {}, coreText("unknown target '%1'").arg(t),
                coreText("Valid targets: %1, or all").arg(known.join(QStringLiteral(", "))));
    }
}

QList<TargetChoice> ScanSession::targetChoices(const FactSet &facts)
{
    const Assessment judged = rules().evaluate(facts, {}, m_scanTime);
    QList<TargetChoice> choices;
    // rules/targets.yaml lists the targets by release, oldest first; a technician reads the
    // newest (the recommended one) first.
    for (auto it = judged.targets.crbegin(); it != judged.targets.crend(); ++it)
        choices.append({it->targetId, it->name, it->lifecycle});
    return choices;
}

QString ScanSession::defaultTargetId(const FactSet &facts)
{
    return rules().evaluate(facts, {}, m_scanTime).defaultTarget;
}

ScanRecord ScanSession::collect(const ScanRequest &request)
{
    const ScanLog::Scope scope(m_log);
    throwIfCancelled(request);
    ScanRecord record;
    record.sourcePath = request.sourcePath;
    record.requestedTargets = request.targets;
    record.scanTime = m_scanTime;
    log()->info("upgrade-scan {}: scan of {}", URS_VERSION, str(request.sourcePath));

    report(request.progress, ScanStep::Hardware, 0.0, coreText("Reading the hardware"));
    {
        const std::lock_guard lock(m_cache->hardwareMutex);
        if (!m_cache->hardware) {
            FactSet hardware;
            HardwareProbe(m_options.hardwareRoot).collect(hardware);
            m_cache->hardware = std::move(hardware);
        }
        record.facts = *m_cache->hardware;
    }
    throwIfCancelled(request);

    report(request.progress, ScanStep::Disk, 0.0, coreText("Opening %1").arg(request.sourcePath));
    const std::shared_ptr<OpenedSource> opened = m_cache->source(request.sourcePath);
    if (opened->error)
        throw *opened->error;
    QList<WindowsInstallation> found;
    QList<PartitionInfo> partitions;
    {
        const std::lock_guard lock(opened->mutex);
        opened->source->describe(record.facts);
        // How Windows itself boots, from the disk's boot partitions: known even when the
        // Windows volume is encrypted, and whatever mode this scanner was started in.
        if (!opened->boot) {
            FactSet boot;
            BootInspector(*opened->source).collect(boot);
            opened->boot = std::move(boot);
        }
        record.facts.merge(*opened->boot);
        found = opened->source->installations();
        partitions = opened->source->partitions();
        if (found.isEmpty() && request.windowsIndex == 0
            && describeEncryptedWindows(*opened->source, record.facts)) {
            log()->warn("{}: Windows volume is BitLocker-encrypted; only hardware and disk facts were read",
                str(request.sourcePath));
            return record;
        }
    }
    QString note;
    const WindowsInstallation inst
        = chooseInstallation(found, request.windowsIndex, request.sourcePath, &note, partitions);
    record.windowsIndex = inst.index;
    record.facts.set(QStringLiteral("source.selected_windows"), inst.index, {ProvenanceKind::Derived, {}});
    record.facts.set(QStringLiteral("source.selection_note"), note, {ProvenanceKind::Derived, {}});
    throwIfCancelled(request);

    report(
        request.progress, ScanStep::Hives, 0.0, coreText("Reading the registry of %1").arg(inst.volumeName));
    const InstallationRead &read
        = readInstallation(*opened, *m_cache->installation(request.sourcePath, inst.index), inst,
            logPatterns(), [this, &request](double f, const QString &text) {
                throwIfCancelled(request);
                report(request.progress, ScanStep::Hives, f, text);
            });
    if (read.error)
        throw *read.error;
    record.facts.merge(read.facts);
    record.evidence = read.evidence;
    nameScannedInstallation(inst.index, record.facts);
    throwIfCancelled(request);
    return record;
}

void ScanSession::evaluate(ScanRecord &record, const std::function<void(const ScanProgress &)> &progress)
{
    const ScanLog::Scope scope(m_log);
    report(progress, ScanStep::Rules, 0.0, coreText("Judging against the rules"));
    record.assessment = rules().evaluate(record.facts, record.requestedTargets, record.scanTime);
    report(progress, ScanStep::Rules, 1.0, coreText("Done"));
}

ScanRecord ScanSession::scan(const ScanRequest &request)
{
    // Rules load first: a broken rule file or an unknown target should fail before a long scan.
    checkTargets(request.targets);
    ScanRecord record = collect(request);
    throwIfCancelled(request);
    evaluate(record, request.progress);
    return record;
}

QString ScanSession::reportPath(const ScanRecord &record, const QString &outDir)
{
    return QDir(outDir).filePath(ReportWriter(ReportOptions {}).fileName(record));
}

void ScanSession::checkReportFolder(const QString &sourcePath, const QString &outDir)
{
    const QString why = folderOnSource(sourcePath, outDir);
    if (!why.isEmpty())
        throw ScanError(ScanErrorKind::ReportWrite, outDir, why,
            coreText("Choose a folder on another drive, such as the USB stick: the scanner never writes "
                     "to the disk it scans"));
}

QString ScanSession::writeReport(
    const ScanRecord &record, const QString &lang, const QString &outDir, ExistingReport existing)
{
    const ScanLog::Scope scope(m_log);
    checkReportFolder(record.sourcePath, outDir);
    ReportOptions options;
    options.lang = lang;
    options.scanLog = [this] { return m_log.text(); };
    if (record.assessment) {
        // The disk bar's mark; a record opened from a file exports without it when this
        // session's rules cannot be loaded.
        try {
            const QString arch = textFact(record.facts, "windows.architecture");
            options.neededFreeBytes = rules().minFreeBytes(record.assessment->defaultTarget, arch);
        } catch (const ScanError &e) {
            log()->warn("report without the needed free space: {}", str(e.text()));
        }
    }
    return ReportWriter(options).write(record, outDir,
        existing == ExistingReport::Replace ? AtomicFileWriter::Mode::Replace
                                            : AtomicFileWriter::Mode::NeverOverwrite);
}

InstallationPreview previewFromFacts(const FactSet &facts)
{
    InstallationPreview p;
    p.productName = textFact(facts, "windows.product_name");
    p.editionId = textFact(facts, "windows.edition_id");
    p.build = integerFact(facts, "windows.build");
    p.computerName = textFact(facts, "windows.computer_name");
    p.volumeBytes = integerFact(facts, "volume.total_bytes");
    p.freeBytes = integerFact(facts, "volume.free_bytes");
    p.encrypted = flagFact(facts, "volume.bitlocker");
    p.hibernated = flagFact(facts, "windows.fast_startup.volume_hibernated");
    p.fastStartup = flagFact(facts, "windows.fast_startup.hiberboot_enabled");
    return p;
}

} // namespace urs
