// SPDX-License-Identifier: GPL-3.0-or-later
// Why the last upgrade failed, from the logs setup left on the disk (Microsoft: "Log files and
// resolving upgrade errors", "SetupDiag"): the attempts are found, the newest by date is read
// with the rule data's log patterns, and its result, the lines naming the cause and setup's
// compatibility blocks become facts with the file and line they come from.
#include "common/core_text.h"
#include "common/log.h"
#include "common/scan_error.h"
#include "windows/collectors/collectors.h"
#include "windows/setup_logs/compat_report.h"
#include "windows/setup_logs/log_scanner.h"
#include "windows/setup_logs/setupdiag_results.h"

#include <QJsonArray>
#include <QJsonObject>

namespace urs {

namespace {

// Folders that hold one attempt's logs ("%1" = the Windows folder). Setup's working folder
// $WINDOWS.~BT holds the downlevel and rollback logs of the attempt it belongs to; Windows\Panther
// those of the last setup that reached the new Windows (on 8.1, often its own installation).
struct AttemptPlace {
    const char *label; // the attempt's folder, as a Windows path
    QStringList folders;
};
const QList<AttemptPlace> &attemptPlaces()
{
    static const QList<AttemptPlace> places = {
        {"$WINDOWS.~BT",
            {QStringLiteral("$WINDOWS.~BT/Sources/Panther"), QStringLiteral("$WINDOWS.~BT/Sources/Rollback"),
                QStringLiteral("%1/Logs/MoSetup"), QStringLiteral("%1/Logs/SetupDiag")}},
        {"%1\\Panther", {QStringLiteral("%1/Panther"), QStringLiteral("%1/Panther/NewOS")}},
    };
    return places;
}

// Update logs: not attempts, read whole for their error counts.
const QStringList kUpdateLogs
    = {QStringLiteral("%1/WindowsUpdate.log"), QStringLiteral("%1/Logs/CBS/CBS.log")};

constexpr qint64 kMaxXmlBytes = 32 * 1024 * 1024;

struct Attempt {
    QString folder; // C:\$WINDOWS.~BT
    QDateTime date; // newest modification of its logs
    QList<LogFileScan> logs;
    QList<CompatBlock> blocks;
    std::optional<LogMatch> setupDiag; // SetupDiag's own verdict, when it ran
    QStringList files;
};

struct Unreadable {
    QString file;
    QString reason;
};

class SetupLogReader {
public:
    SetupLogReader(const WindowsContext &ctx, const LogScanner &scanner)
        : m_ctx(ctx)
        , m_scanner(scanner)
    {
    }

    Attempt readAttempt(const AttemptPlace &place)
    {
        Attempt a;
        a.folder = m_ctx.hives.paths().toWindowsPath(inWindows(QString::fromLatin1(place.label)));
        for (const QString &pattern : place.folders) {
            const QString folder = inWindows(pattern);
            QList<VolumeEntry> entries;
            try {
                entries = m_ctx.volume.list(folder);
            } catch (const ScanError &e) {
                noteUnreadable(folder, e.text());
                continue;
            }
            for (const VolumeEntry &e : entries)
                if (!e.isDirectory)
                    readFile(a, folder + QLatin1Char('/') + e.name, e);
        }
        return a;
    }

    // Not QString::arg: most places lie outside the Windows folder and hold no %1, which arg()
    // warns about on every scan.
    QString inWindows(QString pattern) const
    {
        return pattern.replace(QLatin1String("%1"), m_ctx.windowsDir);
    }

    QList<LogFileScan> readUpdateLogs()
    {
        QList<LogFileScan> out;
        for (const QString &pattern : kUpdateLogs) {
            const QString path = inWindows(pattern);
            try {
                const std::optional<VolumeEntry> e = m_ctx.volume.stat(path);
                if (e && !e->isDirectory)
                    out << streamLog(path, *e);
            } catch (const ScanError &err) {
                noteUnreadable(path, err.text());
            }
        }
        return out;
    }

    const QList<Unreadable> &unreadable() const { return m_unreadable; }

private:
    QString windowsPath(const QString &path) const { return m_ctx.hives.paths().toWindowsPath(path); }

    void noteUnreadable(const QString &path, const QString &reason)
    {
        log()->warn("setup log {} could not be read: {}", str(path), str(reason));
        m_unreadable << Unreadable {windowsPath(path), reason};
    }

    LogFileScan streamLog(const QString &path, const VolumeEntry &e)
    {
        const WindowsVolume &volume = m_ctx.volume;
        LogLineReader reader(
            [&volume, path](qint64 offset, qint64 max) { return volume.read(path, offset, max); },
            e.sizeBytes);
        return m_scanner.scan(e.name, windowsPath(path), reader);
    }

    QByteArray readXml(const QString &path, const VolumeEntry &e)
    {
        if (e.sizeBytes > kMaxXmlBytes) {
            noteUnreadable(path,
                coreText("%1 bytes is more than the %2 bytes an XML report of setup can sensibly hold")
                    .arg(e.sizeBytes)
                    .arg(kMaxXmlBytes));
            return {};
        }
        return m_ctx.volume.read(path, 0, e.sizeBytes);
    }

    void readFile(Attempt &a, const QString &path, const VolumeEntry &e)
    {
        const QString name = e.name.toLower();
        const bool compat
            = name.startsWith(QLatin1String("compatdata")) && name.endsWith(QLatin1String(".xml"));
        const bool setupDiag = name == QLatin1String("setupdiagresults.xml");
        const bool log = m_scanner.reads(e.name);
        if (!compat && !setupDiag && !log)
            return;
        try {
            if (log) {
                a.logs << streamLog(path, e);
            } else if (compat) {
                const CompatReport report = CompatReport::parse(readXml(path, e), windowsPath(path));
                a.blocks << report.blocks;
                if (!report.problem.isEmpty())
                    noteUnreadable(path, report.problem);
            } else {
                const SetupDiagResults results = SetupDiagResults::parse(readXml(path, e), windowsPath(path));
                if (!results.problem.isEmpty())
                    noteUnreadable(path, results.problem);
                if (results.match)
                    a.setupDiag = results.match;
            }
        } catch (const ScanError &err) {
            if (err.kind() == ScanErrorKind::Cancelled)
                throw;
            noteUnreadable(path, err.text());
            return;
        }
        a.files << windowsPath(path);
        if (e.modifiedUtc.isValid() && (!a.date.isValid() || e.modifiedUtc > a.date))
            a.date = e.modifiedUtc;
    }

    const WindowsContext &m_ctx;
    const LogScanner &m_scanner;
    QList<Unreadable> m_unreadable;
};

// Later in the attempt first: by the log's own time, then by file order and line.
bool later(const LogMatch &a, const LogMatch &b)
{
    if (a.stamp != b.stamp)
        return a.stamp > b.stamp;
    return a.line > b.line;
}

// "c1900101", "0xc1900101" -> "0xC1900101": the form the error table and explain use.
QString hexCode(QString digits)
{
    if (digits.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        digits.remove(0, 2);
    return QStringLiteral("0x") + digits.toUpper();
}

QJsonObject quoted(const LogMatch &m)
{
    return {
        {QStringLiteral("file"), m.file}, {QStringLiteral("line"), m.line}, {QStringLiteral("text"), m.text}};
}

// The attempt's result: SetupDiag's when it ran, else the first pattern (in rule order) that
// matched, and of its matches the latest.
std::optional<LogMatch> resultOf(const Attempt &a)
{
    if (a.setupDiag)
        return a.setupDiag;
    std::optional<LogMatch> best;
    for (const LogFileScan &log : a.logs)
        for (const LogMatch &m : log.results)
            if (!best || m.precedence < best->precedence
                || (m.precedence == best->precedence && later(m, *best)))
                best = m;
    return best;
}

void setAttemptFacts(FactSet &facts, const Attempt &a, const Provenance &where)
{
    const std::optional<LogMatch> result = resultOf(a);
    QList<LogMatch> causes;
    for (const LogFileScan &log : a.logs)
        causes << log.causes;
    std::sort(causes.begin(), causes.end(), [](const LogMatch &x, const LogMatch &y) { return later(x, y); });
    QString driver, bugcheck;
    for (const LogMatch &c : causes) {
        if (driver.isEmpty())
            driver = c.parts.value(QStringLiteral("driver"));
        if (bugcheck.isEmpty())
            bugcheck = c.parts.value(QStringLiteral("bugcheck"));
    }
    QJsonArray evidence;
    if (result)
        evidence << quoted(*result);
    for (const LogMatch &c : causes.mid(0, 6))
        evidence << quoted(c);

    QString code;
    if (result) {
        code = hexCode(result->parts.value(QStringLiteral("result")));
        if (const QString extend = result->parts.value(QStringLiteral("extend")); !extend.isEmpty())
            code += QStringLiteral(" - ") + hexCode(extend);
    }
    QJsonArray blocks;
    for (const CompatBlock &b : a.blocks)
        blocks << QJsonObject {{QStringLiteral("type"), b.type}, {QStringLiteral("kind"), b.kind},
            {QStringLiteral("name"), b.name}, {QStringLiteral("message"), b.message},
            {QStringLiteral("file"), b.file}, {QStringLiteral("line"), b.line}};

    facts.set(QStringLiteral("windows.last_attempt.found"), true, where);
    facts.set(QStringLiteral("windows.last_attempt.folder"), a.folder, where);
    if (a.date.isValid())
        facts.setDateTime(QStringLiteral("windows.last_attempt.date"), a.date, where);
    else
        facts.setUnknown(QStringLiteral("windows.last_attempt.date"),
            coreText("the volume gives no modification time for the logs of %1").arg(a.folder), where);
    facts.set(QStringLiteral("windows.last_attempt.code"), code, where);
    facts.set(QStringLiteral("windows.last_attempt.driver"), driver, where);
    facts.set(QStringLiteral("windows.last_attempt.bugcheck"), bugcheck, where);
    facts.set(QStringLiteral("windows.last_attempt.evidence"), evidence, where);
    facts.set(QStringLiteral("windows.last_attempt.blocks"), blocks, where);
}

} // namespace

void checkSetupLogs(const WindowsContext &ctx, FactSet &facts)
{
    const Provenance where {ProvenanceKind::File,
        coreText("$WINDOWS.~BT\\Sources\\Panther, $WINDOWS.~BT\\Sources\\Rollback, Windows\\Panther, "
                 "Windows\\Logs\\MoSetup, "
                 "Windows\\Logs\\SetupDiag")};
    const QStringList attemptFacts = {QStringLiteral("windows.setup_attempts"),
        QStringLiteral("windows.last_attempt.found"), QStringLiteral("windows.last_attempt.folder"),
        QStringLiteral("windows.last_attempt.date"), QStringLiteral("windows.last_attempt.code"),
        QStringLiteral("windows.last_attempt.driver"), QStringLiteral("windows.last_attempt.bugcheck"),
        QStringLiteral("windows.last_attempt.evidence"), QStringLiteral("windows.last_attempt.blocks"),
        QStringLiteral("windows.update_errors"), QStringLiteral("windows.setup_logs.unreadable")};
    if (!ctx.logPatterns) {
        for (const QString &name : attemptFacts)
            facts.setUnknown(name, coreText("the rule files' log patterns were not loaded"), where);
        return;
    }
    const LogScanner scanner(*ctx.logPatterns);
    SetupLogReader reader(ctx, scanner);

    QList<Attempt> attempts;
    for (const AttemptPlace &place : attemptPlaces()) {
        Attempt a = reader.readAttempt(place);
        if (!a.files.isEmpty())
            attempts << a;
    }
    // Newest first, as SetupDiag picks the log with the newest update date.
    std::sort(
        attempts.begin(), attempts.end(), [](const Attempt &x, const Attempt &y) { return x.date > y.date; });
    QJsonArray list;
    for (const Attempt &a : attempts) {
        const std::optional<LogMatch> result = resultOf(a);
        list << QJsonObject {{QStringLiteral("folder"), a.folder},
            {QStringLiteral("date"),
                a.date.isValid() ? QJsonValue(a.date.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("result"), result ? result->parts.value(QStringLiteral("result")) : QString()},
            {QStringLiteral("files"), QJsonArray::fromStringList(a.files)}};
    }
    facts.set(QStringLiteral("windows.setup_attempts"), list, where);
    if (attempts.isEmpty()) {
        facts.set(QStringLiteral("windows.last_attempt.found"), false, where);
        for (const QString &name : attemptFacts.mid(2, 7))
            facts.setUnknown(name, coreText("no setup logs of an earlier upgrade attempt were found"), where);
    } else {
        setAttemptFacts(facts, attempts.first(), where);
    }

    QMap<QString, UpdateErrorCount> updates;
    for (const LogFileScan &log : reader.readUpdateLogs())
        for (auto it = log.updates.cbegin(); it != log.updates.cend(); ++it) {
            UpdateErrorCount &c = updates[it.key()];
            c.count += it->count;
            if (c.last.file.isEmpty() || later(it->last, c.last))
                c.last = it->last;
        }
    QList<UpdateErrorCount> sorted = updates.values();
    std::sort(sorted.begin(), sorted.end(),
        [](const UpdateErrorCount &x, const UpdateErrorCount &y) { return x.count > y.count; });
    QJsonArray updateErrors;
    for (const UpdateErrorCount &c : sorted) {
        QJsonObject o = quoted(c.last);
        o.insert(QStringLiteral("code"), c.last.parts.value(QStringLiteral("result")));
        o.insert(QStringLiteral("count"), c.count);
        o.insert(QStringLiteral("last_seen"), c.last.stamp);
        updateErrors << o;
    }
    facts.set(QStringLiteral("windows.update_errors"), updateErrors,
        {ProvenanceKind::File, coreText("Windows\\WindowsUpdate.log, Windows\\Logs\\CBS\\CBS.log")});

    QJsonArray unreadable;
    for (const Unreadable &u : reader.unreadable())
        unreadable << QJsonObject {{QStringLiteral("file"), u.file}, {QStringLiteral("reason"), u.reason}};
    facts.set(QStringLiteral("windows.setup_logs.unreadable"), unreadable, where);
}

} // namespace urs
