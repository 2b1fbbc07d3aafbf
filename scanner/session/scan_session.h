// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/assessment.h"
#include "facts/fact_set.h"

#include <QDateTime>
#include <QStringList>
#include <atomic>
#include <functional>
#include <optional>

namespace urs {

class RuleEngine;

enum class ScanStep { Hardware, Disk, Hives, Rules };

struct ScanOptions {
    QString sourcePath; // image, block device or folder
    QString hardwareRoot = QStringLiteral("/");
    int windowsIndex = 0; // 0: choose the default installation
    QStringList targets; // empty: every target
    QString rulesDir; // empty: the installed rules
    QDateTime scanTime; // invalid: now (tests fix it for reproducibility)
    bool evaluateRules = true;
};

struct ScanProgress {
    ScanStep step = ScanStep::Hardware;
    int stepIndex = 0; // 0-based
    int stepCount = 4;
    double stepFraction = 0.0; // 0..1 within the step
    QString text; // what is being read now
};

struct ScanResult {
    ScanOptions options;
    QDateTime scanTime;
    FactSet facts;
    std::optional<Assessment> assessment;
};

// Runs the data path once: hardware, disk, hives, rules. The CLI and the app both call this;
// neither reads a hive or judges a rule itself. run() may be called from a worker thread;
// cancel() is safe from any thread.
class ScanSession {
public:
    using ProgressCallback = std::function<void(const ScanProgress &)>;

    explicit ScanSession(ScanOptions options);
    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }

    // Throws ScanError for failures that end the scan (source unreadable, no Windows, ...).
    ScanResult run();

private:
    void report(ScanStep step, double fraction, const QString &text) const;
    void throwIfCancelled() const;
    void evaluate(const RuleEngine *engine, ScanResult &result) const;

    ScanOptions m_options;
    ProgressCallback m_progress;
    std::atomic_bool m_cancelled = false;
};

} // namespace urs
