// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli_options.h"

#include "common/scan_error.h"
#include "common/scan_log.h"
#include "report/report_strings.h"

#include <QDateTime>
#include <unistd.h>

namespace urs::cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

ScanOptionParser::ScanOptionParser(const QString &command, const QString &description)
    : m_command(command)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addOptions({
        {QStringLiteral("source"), QStringLiteral("Disk image, block device or folder holding Windows."),
            QStringLiteral("PATH")},
        {QStringLiteral("hardware-root"),
            QStringLiteral("Read the hardware under DIR instead of / (a captured tree)."),
            QStringLiteral("DIR"), QStringLiteral("/")},
        {QStringLiteral("windows"), QStringLiteral("Scan Windows installation N when there are several."),
            QStringLiteral("N")},
        {QStringLiteral("target"), QStringLiteral("Target id (win10-22h2, win11-24h2, win11-25h2) or all."),
            QStringLiteral("ID"), QStringLiteral("all")},
        {QStringLiteral("rules"), QStringLiteral("Load rule files from DIR."), QStringLiteral("DIR")},
        {QStringLiteral("scan-time"),
            QStringLiteral("Judge as of this UTC time (ISO 8601) instead of now; for reproducible reports."),
            QStringLiteral("TIME")},
        {QStringLiteral("json"), QStringLiteral("Print JSON instead of text.")},
        {QStringLiteral("verbose"), QStringLiteral("Log what is read to stderr.")},
    });
}

QCommandLineOption langOption(const QString &what)
{
    return {QStringLiteral("lang"), QStringLiteral("Language of %1: en or ja.").arg(what),
        QStringLiteral("LANG"), QStringLiteral("en")};
}

bool checkLang(const QString &command, const QString &lang)
{
    if (ReportStrings::isSupported(lang))
        return true;
    err() << "upgrade-scan " << command << ": --lang takes en or ja, not '" << lang << "'\n";
    return false;
}

bool parseCommandLine(
    QCommandLineParser &parser, const QString &command, const QStringList &arguments, int *exitCode)
{
    // arguments[0] is the program, [1] the command; QCommandLineParser wants the program first.
    QStringList args = arguments;
    if (args.size() > 1)
        args.removeAt(1);
    if (!parser.parse(args)) {
        err() << "upgrade-scan " << command << ": " << parser.errorText() << "\n";
        err() << "Try 'upgrade-scan " << command << " --help'.\n";
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt names the program as it was started (./bin/upgrade-scan); show the command instead.
        out() << parser.helpText().replace(
            QStringLiteral("Usage: ") + args.first(), QStringLiteral("Usage: upgrade-scan ") + command);
        *exitCode = 0;
        return false;
    }
    if (parser.isSet(QStringLiteral("verbose")))
        setConsoleLogLevel(LogLevel::Debug);
    return true;
}

bool ScanOptionParser::parse(const QStringList &arguments, int *exitCode)
{
    if (!parseCommandLine(m_parser, m_command, arguments, exitCode))
        return false;
    if (!m_parser.positionalArguments().isEmpty()) {
        err() << "upgrade-scan " << m_command << ": unexpected argument '"
              << m_parser.positionalArguments().first() << "'\n";
        *exitCode = 2;
        return false;
    }
    if (m_parser.isSet(QStringLiteral("windows"))) {
        bool ok = false;
        const int n = m_parser.value(QStringLiteral("windows")).toInt(&ok);
        if (!ok || n < 1) {
            err() << "upgrade-scan " << m_command << ": --windows takes a number from 1 up\n";
            *exitCode = 2;
            return false;
        }
    }
    if (m_parser.isSet(QStringLiteral("scan-time"))
        && !QDateTime::fromString(m_parser.value(QStringLiteral("scan-time")), Qt::ISODate).isValid()) {
        err() << "upgrade-scan " << m_command
              << ": --scan-time wants an ISO 8601 time such as 2026-11-25T12:00:00Z\n";
        *exitCode = 2;
        return false;
    }
    return true;
}

SessionOptions ScanOptionParser::sessionOptions() const
{
    SessionOptions o;
    o.hardwareRoot = m_parser.value(QStringLiteral("hardware-root"));
    o.rulesDir = m_parser.value(QStringLiteral("rules"));
    if (m_parser.isSet(QStringLiteral("scan-time")))
        o.scanTime = QDateTime::fromString(m_parser.value(QStringLiteral("scan-time")), Qt::ISODate).toUTC();
    return o;
}

ScanRequest ScanOptionParser::request() const
{
    ScanRequest r;
    r.sourcePath = m_parser.value(QStringLiteral("source"));
    r.windowsIndex
        = m_parser.isSet(QStringLiteral("windows")) ? m_parser.value(QStringLiteral("windows")).toInt() : 0;
    const QString target = m_parser.value(QStringLiteral("target"));
    if (target != QLatin1String("all"))
        r.targets = target.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return r;
}

int runGuarded(const std::function<int()> &body)
{
    try {
        return body();
    } catch (const ScanError &e) {
        err() << "upgrade-scan: " << e.text() << "\n";
        // The library's advice is for the app too; this tip is for the command line only.
        if (e.kind() == ScanErrorKind::SourceUnreadable)
            err() << "upgrade-scan: 'upgrade-scan facts' without --source lists the disks of this machine\n";
        return e.exitCode();
    } catch (const std::exception &e) {
        err() << "upgrade-scan: internal error: " << e.what() << "\n";
        return exitCodeFor(ScanErrorKind::Internal);
    }
}

std::optional<ScanRecord> runScan(
    ScanSession &session, const ScanRequest &request, Judge judge, int *exitCode)
{
    std::optional<ScanRecord> result;
    bool noSuchInstallation = false;
    *exitCode = runGuarded([&] {
        ScanRequest withProgress = request;
        if (isatty(STDERR_FILENO)) {
            withProgress.progress = [](const ScanProgress &p) {
                err()
                    << QStringLiteral("\r\033[K[%1/%2] %3").arg(p.stepIndex + 1).arg(p.stepCount).arg(p.text);
                err().flush();
            };
        }
        try {
            result = judge == Judge::WithRules ? session.scan(withProgress) : session.collect(withProgress);
        } catch (const ScanError &e) {
            noSuchInstallation = e.kind() == ScanErrorKind::Usage && request.windowsIndex > 0
                && e.input() == request.sourcePath;
            throw;
        }
        if (isatty(STDERR_FILENO)) {
            err() << "\r\033[K";
            err().flush();
        }
        return 0;
    });
    // The library says to choose one of the installations found (the app lists them); here
    // that takes a command.
    if (noSuchInstallation)
        err() << "upgrade-scan: 'upgrade-scan facts --source " << request.sourcePath
              << "' lists them; choose one with --windows N\n";
    return result;
}

} // namespace urs::cli
