// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/log_pattern.h"
#include "common/scan_log.h"
#include "engine/scan_record.h"
#include "source/disk_discovery.h"

#include <QDateTime>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace urs {

class RuleEngine;

enum class ScanStep { Hardware, Disk, Hives, Rules };

// What stays the same for every scan of one machine.
struct SessionOptions {
    QString hardwareRoot = QStringLiteral("/");
    QString rulesDir; // empty: the installed rules
    QDateTime scanTime; // invalid: now (tests fix it for reproducibility)
    // Disks discoverDisks() leaves out ("sdb", "/dev/sdb"): the live system's own stick.
    QStringList excludedDisks;
};

struct ScanProgress {
    ScanStep step = ScanStep::Hardware;
    int stepIndex = 0; // 0-based
    int stepCount = 4;
    double stepFraction = 0.0; // 0..1 within the step
    QString text; // what is being read now
};

// One scan: which source, which installation, which targets; where its progress goes and what
// cancels it. Each scan has its own, so scans of one session can run side by side.
struct ScanRequest {
    QString sourcePath; // image, block device or folder
    int windowsIndex = 0; // 0: choose the default installation
    QStringList targets; // empty: every target
    // Called on the scanning thread at each step; may be empty.
    std::function<void(const ScanProgress &)> progress;
    // Set from any thread to stop the scan at its next step (ScanError Cancelled); may be null.
    std::shared_ptr<const std::atomic_bool> cancel;
};

// What the Start screen shows about one installation before the user picks it. The fields come
// from the same facts the scan uses; the session keeps them, so the scan does not read again.
struct InstallationPreview {
    QString productName;
    QString editionId;
    std::optional<qint64> build;
    QString computerName;
    std::optional<qint64> volumeBytes;
    std::optional<qint64> freeBytes;
    std::optional<bool> encrypted; // BitLocker on the Windows volume
    std::optional<bool> hibernated; // hiberfil.sys holds an image: Windows was not shut down fully
    std::optional<bool> fastStartup;
    QString error; // why the installation could not be read
    std::shared_ptr<const FactSet> facts; // the preview's facts, for the target list
};

// A target as the rules describe it, for a face that offers a choice.
struct TargetChoice {
    QString id;
    LocalizedText name;
    LocalizedText lifecycle; // as of the scan time, for the installation's edition
};

// Owns the run for one machine. The faces call only these stages:
//   discover (disks, a source's installations, cheap previews)
//   -> collect (hardware, disk, hives, evidence: each source and volume opened and read once)
//   -> evaluate (rules, loaded once per session)
//   -> writeReport (renders the record; never goes back to the disk).
// Everything the session logs, from any stage, goes into its own scanLog(), which the report's
// scan.log holds. Stages may be called from worker threads, several at once: the caches lock
// themselves.
class ScanSession {
public:
    explicit ScanSession(SessionOptions options = {});
    ~ScanSession();
    ScanSession(const ScanSession &) = delete;
    ScanSession &operator=(const ScanSession &) = delete;

    const SessionOptions &options() const { return m_options; }
    // The scan time every stage uses: options().scanTime, or the time the session began.
    QDateTime scanTime() const { return m_scanTime; }
    const ScanLog &scanLog() const { return m_log; }

    // --- discover
    // The block devices of the machine, each opened read-only to find Windows, but for
    // options().excludedDisks. Throws ScanError when the device list itself cannot be read; a
    // disk that cannot be opened is a DiscoveredDisk with its error.
    QList<DiscoveredDisk> discoverDisks();
    // The same for one path the user named (image, device or folder); never throws.
    DiscoveredDisk describeSource(const QString &path);
    // Reads one installation (hives and volume) and keeps what it found for collect(). Never
    // throws: a failure is in the preview's error.
    InstallationPreview preview(const QString &sourcePath, int windowsIndex);
    // What preview() does with a failure of read: a ScanError (bad input) is the preview's
    // error and a warning in the log; any other exception (a bug in a collector) too, logged as
    // an error, so that one machine's odd disk never takes the Start screen down.
    static InstallationPreview guardedPreview(
        const QString &sourcePath, int windowsIndex, const std::function<InstallationPreview()> &read);

    // --- rules
    // Loaded on first use and kept. Throws ScanError(RulesInvalid) or (Usage) for unknown ids.
    const RuleEngine &rules();
    // The rules' setup-log patterns for reading an installation; null when the rules are broken.
    const LogPatterns *logPatterns();
    void checkTargets(const QStringList &targets);
    // The targets with their lifecycle for these facts (a preview's, or none), newest first,
    // and the one to offer by default.
    QList<TargetChoice> targetChoices(const FactSet &facts);
    QString defaultTargetId(const FactSet &facts);

    // --- collect, evaluate
    // Throws ScanError for what ends a scan (source unreadable, no Windows, cancelled, ...).
    ScanRecord collect(const ScanRequest &request);
    void evaluate(ScanRecord &record, const std::function<void(const ScanProgress &)> &progress = {});
    // collect() then evaluate(): what `check` and the app's scan do.
    ScanRecord scan(const ScanRequest &request);

    // --- report
    // What writeReport does when outDir already holds a report of the same name (the same
    // machine scanned at the same time: the same result saved twice).
    enum class ExistingReport {
        KeepBoth, // the new one gets -2, -3, ...
        Replace, // the new one takes its place (only when the user said so)
    };
    // Writes the report zip of record (with its notes) into outDir; returns its path. Throws
    // ScanError.
    QString writeReport(const ScanRecord &record, const QString &lang, const QString &outDir,
        ExistingReport existing = ExistingReport::KeepBoth);
    // Where writeReport puts record's zip in outDir when the name is free: a face looks there to
    // ask before it replaces a report.
    static QString reportPath(const ScanRecord &record, const QString &outDir);
    // Throws ScanError(ReportWrite) when outDir lies on the disk sourcePath names (inside a folder
    // source, on a mount of the scanned device or image): the scanner never writes to the disk it
    // scans, not even its report. writeReport checks it; a face that makes outDir first calls it
    // before that.
    static void checkReportFolder(const QString &sourcePath, const QString &outDir);

private:
    struct Cache;
    SessionOptions m_options;
    QDateTime m_scanTime;
    ScanLog m_log;
    std::unique_ptr<Cache> m_cache;
};

// The preview fields of a fact set (a preview's or a scan's).
InstallationPreview previewFromFacts(const FactSet &facts);

} // namespace urs
