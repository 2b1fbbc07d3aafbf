// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/fleet_reader.h"

#include "common/core_text.h"
#include "report/report_manifest.h"
#include "report/zip_reader.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace urs {

int FleetMachine::computeSeverity() const
{
    if (!report.assessment || verdicts.isEmpty())
        return 1000;
    int sum = 0;
    for (Verdict v : verdicts) {
        switch (v) {
        case Verdict::Ready:
            break;
        case Verdict::ReadyAfterFixes:
            sum += 1;
            break;
        case Verdict::CleanInstallOnly:
        case Verdict::WindowsNotChecked: // unknown, so never counted as nearly ready
            sum += 2;
            break;
        case Verdict::NotSupported:
            sum += 3;
            break;
        }
    }
    return sum;
}

QString FleetMachine::key() const
{
    const QString k = report.machine.key();
    return k.isEmpty() ? QStringLiteral("file:") + file : k;
}

std::optional<FleetMachine> FleetReader::readFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (info.isSymLink() || !info.isFile()) {
        *error = coreText("not a regular file");
        return std::nullopt;
    }
    if (info.size() > kMaxZipBytes) {
        *error = coreText("%1 bytes is too large for a report zip").arg(info.size());
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = coreText("cannot be read (%1)").arg(file.errorString());
        return std::nullopt;
    }
    // Ask for the size the file had (already capped) plus one byte: asking for the cap would
    // make Qt allocate 256 MiB for every 40 KB report.
    const QByteArray bytes = file.read(info.size() + 1);
    if (bytes.size() > info.size() || bytes.size() > kMaxZipBytes) {
        *error = coreText("grew while it was read, or is too large for a report zip");
        return std::nullopt;
    }
    return readBytes(bytes, path, error);
}

std::optional<FleetMachine> FleetReader::readBytes(const QByteArray &zip, const QString &path, QString *error)
{
    const QString reportName = ReportJson::fileName();
    const QString manifestName = ReportManifest::fileName();
    const ZipContents contents = ZipReader::read(zip, {reportName, manifestName});
    if (!contents.ok()) {
        *error = contents.error;
        return std::nullopt;
    }
    if (!contents.data.contains(manifestName) || !contents.data.contains(reportName)) {
        *error = coreText("not an upgrade-scan report (no %1 or %2)").arg(reportName, manifestName);
        return std::nullopt;
    }
    QMap<QString, ReportManifest::Entry> manifest;
    if (!ReportManifest::parse(contents.data.value(manifestName), &manifest, error))
        return std::nullopt;
    // The member list must match the manifest both ways, and report.json its checksum.
    QSet<QString> listed;
    for (const ZipMemberInfo &m : contents.members) {
        if (m.name == manifestName || m.name.endsWith(QLatin1Char('/')))
            continue;
        listed.insert(m.name);
        const auto it = manifest.constFind(m.name);
        if (it == manifest.constEnd()) {
            *error = coreText("member '%1' is not in the manifest").arg(m.name);
            return std::nullopt;
        }
        if (m.declaredSize && *m.declaredSize != it->size) {
            *error = coreText("member '%1' is %2 bytes, the manifest says %3")
                         .arg(m.name, QString::number(*m.declaredSize), QString::number(it->size));
            return std::nullopt;
        }
    }
    for (auto it = manifest.constBegin(); it != manifest.constEnd(); ++it) {
        if (!listed.contains(it.key())) {
            *error = coreText("member '%1' of the manifest is missing").arg(it.key());
            return std::nullopt;
        }
    }
    const QByteArray reportBytes = contents.data.value(reportName);
    const ReportManifest::Entry expected = manifest.value(reportName);
    if (reportBytes.size() != expected.size || ReportManifest::sha256Hex(reportBytes) != expected.sha256) {
        *error = coreText("checksum of %1 does not match the manifest (damaged or edited)").arg(reportName);
        return std::nullopt;
    }
    // Like the zip and manifest readers above, parse() says what is wrong through error and
    // does not throw (tests/fuzz/fuzz_zip runs it straight on mutated members).
    const std::optional<ReportSummary> summary = ReportSummary::parse(reportBytes, error);
    if (!summary)
        return std::nullopt;

    FleetMachine m;
    m.file = path;
    m.report = *summary;
    if (m.report.assessment) {
        for (const TargetVerdict &t : m.report.assessment->targets) {
            m.verdicts.insert(t.targetId, t.verdict);
            m.targetNames.insert(t.targetId, t.name);
            m.windowsNotChecked = m.windowsNotChecked || t.verdict == Verdict::WindowsNotChecked;
        }
        for (const Finding &f : m.report.assessment->findings) {
            if (f.status == FindingStatus::Unknown)
                ++m.unknownCount;
            if (f.status == FindingStatus::Blocker && f.kind == QLatin1String("encrypted")) {
                m.windowsNotChecked = true;
                m.encryptionId = f.id;
                continue;
            }
            if (f.status != FindingStatus::Blocker || m.blockerIds.contains(f.id))
                continue;
            m.blockerIds << f.id;
            m.blockerTitles.insert(f.id, f.title);
        }
        // Ten thousand machines' findings with their evidence would be most of the memory and
        // the copying; what the summary needs of them is taken above.
        m.report.assessment->findings.clear();
    }
    m.severity = m.computeSeverity();
    return m;
}

} // namespace urs
