// SPDX-License-Identifier: GPL-3.0-or-later
// Traces of earlier upgrade attempts and their logs (Microsoft: "Windows Setup log files and
// event logs", "SetupDiag"): what a technician opens first to see why the last try failed.
#include "common/core_text.h"
#include "common/log.h"
#include "common/scan_error.h"
#include "windows/collectors/collectors.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace urs {

namespace {

// Folders setup leaves behind, relative to the volume root ("%1" = the Windows folder).
const QStringList kFolders = {
    QStringLiteral("$WINDOWS.~BT"),
    QStringLiteral("$WINDOWS.~BT/Sources/Panther"),
    QStringLiteral("$WINDOWS.~BT/Sources/Rollback"),
    QStringLiteral("$WINDOWS.~WS"),
    QStringLiteral("%1/Panther"),
    QStringLiteral("%1/Logs/MoSetup"),
    QStringLiteral("%1/Logs/SetupDiag"),
};

// Log files worth showing, matched case-insensitively against the names in those folders.
const QList<QRegularExpression> &logPatterns()
{
    static const QList<QRegularExpression> p = {
        QRegularExpression(QStringLiteral("^setupact\\.log$"), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("^setuperr\\.log$"), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("^CompatData.*\\.xml$"), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("^BlueBox\\.log$"), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(
            QStringLiteral("^SetupDiagResults\\.xml$"), QRegularExpression::CaseInsensitiveOption),
    };
    return p;
}

bool isSetupLog(const QString &name)
{
    return std::any_of(logPatterns().begin(), logPatterns().end(),
        [&](const QRegularExpression &re) { return re.match(name).hasMatch(); });
}

QJsonObject logEntry(const WindowsContext &ctx, const QString &path, const VolumeEntry &e)
{
    return QJsonObject {{QStringLiteral("path"), ctx.hives.paths().toWindowsPath(path)},
        {QStringLiteral("size_bytes"), e.sizeBytes},
        {QStringLiteral("modified"),
            e.modifiedUtc.isValid() ? QJsonValue(e.modifiedUtc.toUTC().toString(Qt::ISODate))
                                    : QJsonValue()}};
}

} // namespace

void checkEarlierAttempts(const WindowsContext &ctx, FactSet &facts)
{
    QStringList found;
    QJsonArray logs;
    for (const QString &pattern : kFolders) {
        const QString folder = pattern.contains(QLatin1String("%1")) ? pattern.arg(ctx.windowsDir) : pattern;
        const auto entry = ctx.volume.stat(folder);
        if (!entry || !entry->isDirectory)
            continue;
        found.append(ctx.hives.paths().toWindowsPath(folder));
        try {
            for (const VolumeEntry &e : ctx.volume.list(folder)) {
                if (!e.isDirectory && isSetupLog(e.name))
                    logs.append(logEntry(ctx, folder + QLatin1Char('/') + e.name, e));
            }
        } catch (const ScanError &e) {
            if (e.kind() == ScanErrorKind::Cancelled)
                throw;
            // The folder still counts; its logs are not listed, which the scan log says (and
            // windows.setup_logs.unreadable, from the same listing in checkSetupLogs).
            log()->warn("the logs in {} could not be listed: {}", str(folder), str(e.text()));
        }
    }
    // 8.1 still writes a text WindowsUpdate.log (10 turned it into ETL traces).
    const QString wuLog = ctx.windowsFile(QStringLiteral("WindowsUpdate.log"));
    if (const auto e = ctx.volume.stat(wuLog); e && !e->isDirectory)
        logs.append(logEntry(ctx, wuLog, *e));

    facts.set(QStringLiteral("windows.earlier_attempts.folders"), QJsonArray::fromStringList(found),
        {ProvenanceKind::File,
            coreText("$WINDOWS.~BT, $WINDOWS.~WS, Windows\\Panther, Windows\\Logs\\MoSetup, "
                     "Windows\\Logs\\SetupDiag")});
    facts.set(QStringLiteral("windows.earlier_attempts.logs"), logs,
        {ProvenanceKind::File, coreText("setup logs in those folders, Windows\\WindowsUpdate.log")});
}

} // namespace urs
