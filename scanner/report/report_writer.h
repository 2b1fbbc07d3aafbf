// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/atomic_file_writer.h"
#include "report/report_manifest.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace urs {

struct EvidenceFile;
struct ScanRecord;

struct ReportOptions {
    QString lang = QStringLiteral("en"); // "en" or "ja": language of report.html and findings.csv
    // The text of scan.log, asked for after every other member is built, so warnings logged
    // while building the report are in it too.
    std::function<QByteArray()> scanLog;
    // Free space the upgrade needs, as the rules state it; without it the disk bar shows no
    // mark.
    std::optional<qint64> neededFreeBytes;
};

// Writes the one-zip readiness report of a scan record. ScanSession::writeReport calls this
// for both faces; it renders the record and never reads the scanned source.
//
// Members: report.html, report.json, findings.csv, facts.json, scan.log, evidence/*, and
// manifest.json last. Same inputs give the same bytes (members carry the scan time).
class ReportWriter {
public:
    explicit ReportWriter(ReportOptions options);

    // Every member but the manifest, in zip order.
    QList<ReportMember> buildMembers(const ScanRecord &record) const;
    // The zip bytes: buildMembers() plus manifest.json.
    QByteArray buildZip(const ScanRecord &record) const;
    // The file name inside outDir (before any -2, -3 suffix).
    QString fileName(const ScanRecord &record) const;
    // The record's evidence files with their member names ("evidence/..."), unique in the zip.
    static QList<EvidenceFile> namedEvidence(const QList<EvidenceFile> &files);
    // "$WINDOWS.~BT\Sources\Panther\setupact.log" -> "evidence/WINDOWS.~BT_Sources_Panther_setupact.log"
    static QString evidenceMemberName(const QString &volumePath);

    // Writes the zip into outDir atomically; returns its path. NeverOverwrite (the default) gives
    // an existing name -2, -3, ...; Replace puts the new zip in its place in one step (the app
    // does that only when the user said so). Throws ScanError(ReportWrite) naming outDir and
    // what to do.
    QString write(const ScanRecord &record, const QString &outDir,
        AtomicFileWriter::Mode mode = AtomicFileWriter::Mode::NeverOverwrite) const;

    // Tests: called during the file write (see AtomicFileWriter::ProgressHook).
    void setWriteHook(AtomicFileWriter::ProgressHook hook) { m_hook = std::move(hook); }

private:
    ReportOptions m_options;
    AtomicFileWriter::ProgressHook m_hook;
};

} // namespace urs
