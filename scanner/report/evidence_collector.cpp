// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/evidence_collector.h"

#include "common/log.h"
#include "common/scan_error.h"
#include "facts/fact_set.h"
#include "report/report_file_name.h"
#include "session/scan_session.h"
#include "source/source.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace urs {

namespace {

enum class Take { Tail, WholeXml, None };

Take policyFor(const QString &fileName)
{
    const QString n = fileName.toLower();
    if (n == QLatin1String("setupact.log") || n == QLatin1String("setuperr.log")
        || n == QLatin1String("bluebox.log"))
        return Take::Tail;
    static const QRegularExpression compat(QStringLiteral("^compatdata.*\\.xml$"));
    if (compat.match(n).hasMatch() || n == QLatin1String("setupdiagresults.xml"))
        return Take::WholeXml;
    return Take::None;
}

// Paths in the fact may carry a drive letter ("C:\...") or either separator.
QString volumeRelative(QString path)
{
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (path.size() >= 2 && path.at(1) == QLatin1Char(':'))
        path.remove(0, 2);
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    return path;
}

} // namespace

QString EvidenceCollector::memberName(const QString &volumePath)
{
    QString flat = volumeRelative(volumePath);
    flat.replace(QLatin1Char('/'), QLatin1Char('_'));
    flat.remove(QLatin1Char('$'));
    const QString safe = ReportFileName::sanitizeComponent(flat, 120);
    return QStringLiteral("evidence/") + (safe.isEmpty() ? QStringLiteral("file") : safe);
}

QList<EvidenceFile> EvidenceCollector::collect(const WindowsVolume &volume, const FactSet &facts)
{
    QList<EvidenceFile> out;
    const std::optional<QJsonValue> logs = facts.value(QStringLiteral("windows.earlier_attempts.logs"));
    if (!logs || !logs->isArray())
        return out;
    qint64 total = 0;
    QStringList names;
    for (const QJsonValue &v : logs->toArray()) {
        const QString path = volumeRelative(v.toObject().value(QStringLiteral("path")).toString());
        const Take take = policyFor(path.section(QLatin1Char('/'), -1));
        if (path.isEmpty() || take == Take::None)
            continue;
        try {
            const std::optional<VolumeEntry> st = volume.stat(path);
            if (!st || st->isDirectory)
                continue;
            EvidenceFile f;
            f.sourcePath = path;
            f.originalSize = st->sizeBytes;
            if (take == Take::WholeXml && st->sizeBytes > kXmlMaxBytes) {
                log()->info(
                    "evidence {} left out: {} bytes is more than {}", str(path), st->sizeBytes, kXmlMaxBytes);
                continue;
            }
            const qint64 want = take == Take::Tail ? std::min(st->sizeBytes, kLogTailBytes) : st->sizeBytes;
            if (total + want > kTotalMaxBytes) {
                log()->info("evidence {} left out: the report keeps at most {} bytes of logs", str(path),
                    kTotalMaxBytes);
                continue;
            }
            f.bytes = volume.read(path, st->sizeBytes - want, want);
            f.truncated = want < st->sizeBytes;
            if (f.truncated) {
                // Start the tail on a whole line so the first line is not half a message.
                const qsizetype nl = f.bytes.indexOf('\n');
                if (nl >= 0 && nl + 1 < f.bytes.size())
                    f.bytes.remove(0, nl + 1);
            }
            QString name = memberName(path);
            for (int n = 2; names.contains(name); ++n)
                name = ReportFileName::withSuffix(memberName(path), n);
            names << name;
            f.name = name;
            total += f.bytes.size();
            out.append(f);
        } catch (const ScanError &e) {
            log()->warn("evidence {} not copied: {}", str(path), str(e.text()));
        }
    }
    return out;
}

QList<EvidenceFile> EvidenceCollector::collectFromSource(const ScanResult &result)
{
    const std::optional<QJsonValue> logs
        = result.facts.value(QStringLiteral("windows.earlier_attempts.logs"));
    if (!logs || logs->toArray().isEmpty())
        return {};
    try {
        const std::unique_ptr<Source> source = Source::open(result.options.sourcePath);
        const int wanted = int(
            result.facts.value(QStringLiteral("source.selected_windows")).value_or(QJsonValue(0)).toDouble());
        for (const WindowsInstallation &inst : source->installations()) {
            if (inst.index != wanted)
                continue;
            const std::unique_ptr<WindowsVolume> volume = source->openVolume(inst);
            return collect(*volume, result.facts);
        }
        log()->warn("evidence not copied: installation {} not found again on {}", wanted,
            str(result.options.sourcePath));
    } catch (const std::exception &e) {
        log()->warn("evidence not copied from {}: {}", str(result.options.sourcePath), e.what());
    }
    return {};
}

} // namespace urs
