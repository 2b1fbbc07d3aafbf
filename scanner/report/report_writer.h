// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/atomic_file_writer.h"
#include "report/report_manifest.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace urs {

struct ScanResult;

// A small file copied from the scanned volume into the report (tails of setupact.log and
// setuperr.log, CompatData xml), so whoever reads the report sees what setup said last time.
struct EvidenceFile {
    QString name; // member name inside the zip, "evidence/..."
    QString sourcePath; // where it was on the Windows volume
    QByteArray bytes;
    qint64 originalSize = 0;
    bool truncated = false; // true when only the tail (or head) was copied
};

struct ReportOptions {
    QString lang = QStringLiteral("en"); // "en" or "ja": language of report.html and findings.csv
    QList<EvidenceFile> evidence; // the caller reads these from the volume (EvidenceCollector)
    QByteArray scanLog; // text of scan.log (ScanLogCapture)
    // Free space the upgrade needs, when the caller knows the rules' figure; otherwise
    // Microsoft's published one for the architecture (DiskSpace::defaultNeededBytes).
    std::optional<qint64> neededFreeBytes;
};

// Writes the one-zip readiness report of a scan. The CLI's `report` command and the app's
// export both call this; neither builds report files itself.
//
// Members: report.html, report.json, findings.csv, facts.json, scan.log, evidence/*, and
// manifest.json last. Same inputs give the same bytes (members carry the scan time).
class ReportWriter {
public:
    explicit ReportWriter(ReportOptions options);

    // Every member but the manifest, in zip order.
    QList<ReportMember> buildMembers(const ScanResult &result) const;
    // The zip bytes: buildMembers() plus manifest.json.
    QByteArray buildZip(const ScanResult &result) const;
    // The file name inside outDir (before any -2, -3 suffix).
    QString fileName(const ScanResult &result) const;

    // Writes the zip into outDir atomically and never over an existing file; returns its path.
    // Throws ScanError(ReportWrite) naming outDir and what to do.
    QString write(const ScanResult &result, const QString &outDir) const;

    // Tests: called during the file write (see AtomicFileWriter::ProgressHook).
    void setWriteHook(AtomicFileWriter::ProgressHook hook) { m_hook = std::move(hook); }

private:
    ReportOptions m_options;
    AtomicFileWriter::ProgressHook m_hook;
};

} // namespace urs
