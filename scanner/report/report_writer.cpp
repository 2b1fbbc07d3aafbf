// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/report_writer.h"

#include "common/log.h"
#include "common/scan_error.h"
#include "report/findings_csv.h"
#include "report/machine_identity.h"
#include "report/report_html.h"
#include "report/report_json.h"
#include "report/report_strings.h"
#include "report/zip_writer.h"
#include "session/scan_session.h"

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

QList<ReportMember> ReportWriter::buildMembers(const ScanResult &result) const
{
    QList<ReportMember> members;
    const QJsonObject json = ReportJson::build(result, m_options.lang, m_options.evidence);
    members.append({QStringLiteral("report.html"), ReportHtml::render(result, m_options)});
    members.append({ReportJson::fileName(), ReportJson::serialize(json)});
    members.append({QStringLiteral("findings.csv"), FindingsCsv::build(result, m_options.lang)});
    members.append(
        {QStringLiteral("facts.json"), QJsonDocument(result.facts.toJson()).toJson(QJsonDocument::Indented)});
    members.append({QStringLiteral("scan.log"), m_options.scanLog});
    for (const EvidenceFile &e : m_options.evidence)
        members.append({e.name, e.bytes});
    return members;
}

QByteArray ReportWriter::buildZip(const ScanResult &result) const
{
    const QList<ReportMember> members = buildMembers(result);
    try {
        ZipWriter zip(result.scanTime);
        for (const ReportMember &m : members)
            zip.add(m.name, m.data);
        zip.add(ReportManifest::fileName(), ReportManifest::build(members));
        return zip.finish();
    } catch (const std::runtime_error &e) {
        throw ScanError(ScanErrorKind::Internal, QStringLiteral("report zip"), QString::fromUtf8(e.what()));
    }
}

QString ReportWriter::fileName(const ScanResult &result) const
{
    return MachineIdentity::fromFacts(result.facts).reportFileName(result.scanTime);
}

QString ReportWriter::write(const ScanResult &result, const QString &outDir) const
{
    QElapsedTimer timer;
    timer.start();
    AtomicFileWriter::checkWritableDir(outDir);
    const QByteArray zip = buildZip(result);
    const QString path = AtomicFileWriter::write(
        outDir, fileName(result), zip, AtomicFileWriter::Mode::NeverOverwrite, m_hook);
    log()->info("report written to {} ({} bytes in {} ms)", str(path), zip.size(), timer.elapsed());
    return path;
}

} // namespace urs
