// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/report_writer.h"

#include "common/log.h"
#include "common/scan_error.h"
#include "engine/scan_record.h"
#include "report/findings_csv.h"
#include "report/machine_identity.h"
#include "report/report_file_name.h"
#include "report/report_html.h"
#include "report/report_json.h"
#include "report/report_strings.h"
#include "report/zip_writer.h"

#include <QElapsedTimer>
#include <QJsonDocument>

namespace urs {

ReportWriter::ReportWriter(ReportOptions options)
    : m_options(std::move(options))
{
    if (!ReportStrings::isSupported(m_options.lang))
        throw ScanError(ScanErrorKind::Usage, m_options.lang,
            QStringLiteral("the report speaks en or ja only"), QStringLiteral("Use --lang en or --lang ja"));
}

QString ReportWriter::evidenceMemberName(const QString &volumePath)
{
    QString flat = volumePath;
    flat.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (flat.size() >= 2 && flat.at(1) == QLatin1Char(':'))
        flat.remove(0, 2);
    while (flat.startsWith(QLatin1Char('/')))
        flat.remove(0, 1);
    flat.replace(QLatin1Char('/'), QLatin1Char('_'));
    flat.remove(QLatin1Char('$'));
    const QString safe = ReportFileName::sanitizeComponent(flat, 120);
    return QStringLiteral("evidence/") + (safe.isEmpty() ? QStringLiteral("file") : safe);
}

QList<EvidenceFile> ReportWriter::namedEvidence(const QList<EvidenceFile> &files)
{
    QList<EvidenceFile> named = files;
    QStringList taken;
    for (EvidenceFile &f : named) {
        QString name = evidenceMemberName(f.sourcePath);
        for (int n = 2; taken.contains(name); ++n)
            name = ReportFileName::withSuffix(evidenceMemberName(f.sourcePath), n);
        taken << name;
        f.name = name;
    }
    return named;
}

QList<ReportMember> ReportWriter::buildMembers(const ScanRecord &record) const
{
    QList<ReportMember> members;
    const QList<EvidenceFile> evidence = namedEvidence(record.evidence);
    const QJsonObject json = ReportJson::build(record, m_options.lang, evidence);
    members.append({QStringLiteral("report.html"), ReportHtml::render(record, m_options, evidence)});
    members.append({ReportJson::fileName(), ReportJson::serialize(json)});
    members.append({QStringLiteral("findings.csv"), FindingsCsv::build(record, m_options.lang)});
    members.append(
        {QStringLiteral("facts.json"), QJsonDocument(record.facts.toJson()).toJson(QJsonDocument::Indented)});
    for (const EvidenceFile &e : evidence)
        members.append({e.name, e.bytes});
    // Last, so what building the others logged is in it.
    members.append({QStringLiteral("scan.log"), m_options.scanLog ? m_options.scanLog() : QByteArray()});
    return members;
}

QByteArray ReportWriter::buildZip(const ScanRecord &record) const
{
    const QList<ReportMember> members = buildMembers(record);
    try {
        ZipWriter zip(record.scanTime);
        for (const ReportMember &m : members)
            zip.add(m.name, m.data);
        zip.add(ReportManifest::fileName(), ReportManifest::build(members));
        return zip.finish();
    } catch (const std::runtime_error &e) {
        throw ScanError(ScanErrorKind::Internal, QStringLiteral("report zip"), QString::fromUtf8(e.what()));
    }
}

QString ReportWriter::fileName(const ScanRecord &record) const
{
    return MachineIdentity::fromFacts(record.facts).reportFileName(record.scanTime);
}

QString ReportWriter::write(
    const ScanRecord &record, const QString &outDir, AtomicFileWriter::Mode mode) const
{
    QElapsedTimer timer;
    timer.start();
    AtomicFileWriter::checkWritableDir(outDir);
    const QByteArray zip = buildZip(record);
    const QString path = AtomicFileWriter::write(outDir, fileName(record), zip, mode, m_hook);
    log()->info("report written to {} ({} bytes in {} ms)", str(path), zip.size(), timer.elapsed());
    return path;
}

} // namespace urs
