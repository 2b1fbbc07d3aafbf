// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/fleet_reader.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace urs {

struct FleetSkip {
    QString file;
    QString reason;
};

// The fleet view: many report zips in, one row per machine out (fleet.csv and fleet.html),
// worst first, with the count of each blocker across the fleet. A machine scanned twice
// keeps its newest report. One bad file never stops the rest: it is listed with the reason.
class FleetSummary {
public:
    // Each path is a report zip or a folder searched recursively for *.zip (symbolic links
    // are not followed). Files are read on all cores.
    void addPaths(const QStringList &paths);
    // Adds one already-read report (tests and the bench use this too).
    void addMachine(FleetMachine machine);
    void addSkip(const QString &file, const QString &reason) { m_skipped.append({file, reason}); }

    // Deduplicated machines, worst first (FleetMachine::severity, then blockers, then unknown
    // findings, then computer name and file for a stable order).
    QList<FleetMachine> machines() const;
    const QList<FleetSkip> &skipped() const { return m_skipped; }
    int reportsRead() const { return int(m_all.size()); }
    // Older reports left out because a newer report of the same machine exists.
    int superseded() const;
    // Target ids across the fleet, sorted.
    QStringList targetIds() const;
    // Blocker id -> number of machines (after deduplication) that have it.
    QList<QPair<QString, int>> blockerCounts() const;
    // Machines (after deduplication) whose Windows volume is encrypted: "encrypted: Windows not
    // checked", whatever their hardware verdicts say.
    int windowsNotCheckedCount() const;

    QByteArray csv(const QString &lang) const;
    QByteArray html(const QString &lang) const;
    // Writes fleet.csv and fleet.html into outDir atomically (replacing older ones);
    // returns their paths. Throws ScanError(ReportWrite).
    QStringList write(const QString &outDir, const QString &lang) const;

    static QStringList findReportFiles(const QStringList &paths, QList<FleetSkip> *missing);

private:
    QList<FleetMachine> sortedMachines() const;

    QList<FleetMachine> m_all;
    QList<FleetSkip> m_skipped;
    mutable std::optional<QList<FleetMachine>> m_sorted; // machines(), computed once
};

} // namespace urs
