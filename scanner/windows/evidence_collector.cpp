// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/evidence_collector.h"

#include "common/log.h"
#include "common/scan_error.h"
#include "facts/fact_set.h"
#include "source/windows_volume.h"

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

QList<EvidenceFile> EvidenceCollector::collect(const WindowsVolume &volume, const FactSet &facts)
{
    QList<EvidenceFile> out;
    const std::optional<QJsonValue> logs = facts.value(QStringLiteral("windows.earlier_attempts.logs"));
    if (!logs || !logs->isArray())
        return out;
    qint64 total = 0;
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
            total += f.bytes.size();
            out.append(f);
        } catch (const ScanError &e) {
            log()->warn("evidence {} not copied: {}", str(path), str(e.text()));
        }
    }
    return out;
}

} // namespace urs
