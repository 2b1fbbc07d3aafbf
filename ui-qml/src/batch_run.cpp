// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch_run.h"

#include "app_config.h"
#include "common/log.h"
#include "common/scan_error.h"
#include "disk_list_model.h"
#include "export_controller.h"
#include "format.h"
#include "power_control.h"
#include "scan_controller.h"
#include "source/source_location.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>
#include <cstdio>

namespace urs::ui {

namespace {

const QString kFailureLog = QStringLiteral("failed-scans.log");

// One line for the console and the failure log, whatever the message held.
QString oneLine(const QString &text)
{
    return text.simplified();
}

} // namespace

BatchRun::BatchRun(const AppConfig &config, Parts parts, QObject *parent)
    : QObject(parent)
    , m_enabled(config.batch)
    , m_targets(config.batchTargets)
    , m_settingsFile(config.settingsFile)
    , m_poweroffAfterSeconds(config.batchPoweroffAfterSeconds())
    , m_parts(parts)
{
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &BatchRun::tick);
    connect(m_parts.disks, &DiskListModel::busyChanged, this, [this] {
        if (m_state == State::Discovering && !m_parts.disks->busy())
            onDisksListed();
    });
    connect(&m_targetCheck, &QFutureWatcher<QStringList>::finished, this,
        [this] { startScan(m_targetCheck.result()); });
    connect(m_parts.scan, &ScanController::stateChanged, this, &BatchRun::onScanStateChanged);
    connect(m_parts.scan, &ScanController::resultReady, this, &BatchRun::onScanResult);
    connect(m_parts.exporter, &ExportController::stateChanged, this, &BatchRun::onExportStateChanged);
    connect(m_parts.exporter, &ExportController::written, this, &BatchRun::onReportWritten);
}

BatchRun::~BatchRun()
{
    m_targetCheck.waitForFinished();
}

bool BatchRun::start()
{
    if (!m_enabled || m_state != State::Off)
        return false;
    log()->warn("batch: started; the report goes to {}", str(m_reportsFolder));
    setState(State::Discovering);
    // The disk list may have been read already (or not be read at all): go on from the event
    // loop, as a finished listing would.
    if (!m_parts.disks->busy())
        QMetaObject::invokeMethod(this, &BatchRun::onDisksListed, Qt::QueuedConnection);
    return true;
}

void BatchRun::onDisksListed()
{
    if (m_state != State::Discovering)
        return;
    const QList<DiskRow> &rows = m_parts.disks->rows();
    int chosen = -1;
    for (int i = 0; i < rows.size(); ++i) {
        if (rows[i].windowsIndex == 0)
            continue;
        if (chosen < 0) {
            chosen = i;
            continue;
        }
        log()->warn(
            "batch: Windows installation {} on {} is not scanned: batch mode scans the first one found",
            rows[i].windowsIndex, str(rows[i].sourcePath));
    }
    // No Windows that can be read: an encrypted one is still scanned. Its hardware is judged,
    // and its report says Windows was not checked, so the fleet summary counts the machine.
    for (int i = 0; chosen < 0 && i < rows.size(); ++i)
        if (rows[i].bitlockerSeen && rows[i].error.isEmpty())
            chosen = i;
    if (chosen < 0) {
        failWithoutInstallation(rows);
        return;
    }
    const DiskRow &row = rows[chosen];
    m_device = row.sourcePath;
    m_windowsIndex = row.windowsIndex;
    m_windowsTitle = installationTitle(row.preview);
    if (row.windowsIndex == 0)
        m_windowsTitle = QStringLiteral("BitLocker-encrypted Windows (hardware only)");
    else if (m_windowsTitle.isEmpty())
        m_windowsTitle = QStringLiteral("Windows installation %1").arg(row.windowsIndex);
    // The Start and Target screens show the installation the batch scanned.
    m_parts.disks->select(chosen);
    checkTargets();
}

// Says why there is nothing to scan, the most telling reason first.
void BatchRun::failWithoutInstallation(const QList<DiskRow> &rows)
{
    if (!m_parts.disks->discoveryError().isEmpty()) {
        fail(Failure::DiskUnreadable, QStringLiteral("-"), m_parts.disks->discoveryError());
        return;
    }
    for (const DiskRow &row : rows) {
        if (!row.error.isEmpty()) {
            fail(Failure::DiskUnreadable, row.sourcePath, row.error);
            return;
        }
    }
    QStringList looked;
    for (const DiskRow &row : rows)
        looked << row.sourcePath;
    fail(Failure::NoWindows, looked.isEmpty() ? QStringLiteral("-") : looked.join(QLatin1Char(',')),
        looked.isEmpty()
            ? QStringLiteral("no disk to scan was found")
            : QStringLiteral("no Windows installation found on %1").arg(looked.join(QStringLiteral(", "))));
}

// The targets come from the settings file, typed by hand: one the rules do not know is a
// warning, and every target is scanned instead of none.
void BatchRun::checkTargets()
{
    if (m_targets.isEmpty() || !m_session) {
        startScan({});
        return;
    }
    m_targetCheck.setFuture(
        QtConcurrent::run([session = m_session, targets = m_targets,
                              file = m_settingsFile.isEmpty() ? QStringLiteral("the settings")
                                                              : m_settingsFile]() -> QStringList {
            // Into the session's log, so the report's scan.log says why every target was
            // scanned rather than the ones the settings asked for (the console still shows it).
            const ScanLog::Scope scope(session->scanLog());
            try {
                session->checkTargets(targets);
                return targets;
            } catch (const ScanError &e) {
                log()->warn("{}: [batch] targets=\"{}\": {} ({}); every target is scanned", str(file),
                    str(targets.join(QLatin1Char(','))), str(e.message()), str(e.whatToDo()));
            } catch (const std::exception &e) {
                log()->warn("{}: [batch] targets could not be checked: {}; every target is scanned",
                    str(file), e.what());
            }
            return {};
        }));
}

void BatchRun::startScan(const QStringList &targets)
{
    setState(State::Scanning);
    say(QStringLiteral("scanning %1 %2").arg(m_device, m_windowsTitle));
    if (!m_parts.scan->start(m_device, m_windowsIndex, targets))
        fail(Failure::ScanFailed, m_device,
            QString::fromUtf8(QT_TR_NOOP("the scan could not be started (another one is running)")));
}

void BatchRun::onScanStateChanged()
{
    if (m_state != State::Scanning)
        return;
    const ScanController::State s = m_parts.scan->state();
    if (s == ScanController::State::Failed || s == ScanController::State::Cancelled)
        fail(Failure::ScanFailed, m_device, m_parts.scan->errorTextAsMade(), m_parts.scan->whatToDoAsMade());
}

void BatchRun::onScanResult()
{
    if (m_state != State::Scanning)
        return;
    setState(State::Writing);
    // From the event loop: the App hands the result to the exporter on the same signal, and
    // the order of the two connections must not matter.
    QMetaObject::invokeMethod(this, &BatchRun::writeReport, Qt::QueuedConnection);
}

void BatchRun::writeReport()
{
    if (m_state != State::Writing)
        return;
    if (m_reportsFolder.isEmpty()) {
        fail(Failure::ReportNotWritten, m_device,
            QString::fromUtf8(QT_TR_NOOP("no folder for the report: start the app with --reports DIR")));
        return;
    }
    // Never a question in batch mode: a report of the same name already there is kept beside it.
    if (!m_parts.exporter->autoSaveTo(m_reportsFolder))
        fail(Failure::ReportNotWritten, m_device,
            QString::fromUtf8(QT_TR_NOOP("the report could not be started")));
}

void BatchRun::onExportStateChanged()
{
    if (m_state == State::Writing && m_parts.exporter->state() == ExportController::State::Failed)
        fail(Failure::ReportNotWritten, m_device, m_parts.exporter->errorTextAsMade());
}

void BatchRun::onReportWritten(const QString &path)
{
    if (m_state != State::Writing)
        return;
    m_reportPath = QFileInfo(path).absoluteFilePath();
    say(QStringLiteral("report %1").arg(m_reportPath));
    sayVerdicts();
    finish(State::Done);
}

void BatchRun::sayVerdicts()
{
    const std::shared_ptr<const ScanRecord> result = m_parts.scan->result();
    if (!result || !result->assessment)
        return;
    for (const TargetVerdict &t : result->assessment->targets)
        say(QStringLiteral("verdict %1 %2").arg(t.targetId, verdictName(t.verdict)));
}

void BatchRun::fail(Failure failure, const QString &device, const QString &error, const QString &whatToDo)
{
    m_failure = failure;
    if (m_device.isEmpty())
        m_device = device;
    m_errorText = error;
    m_libraryWhatToDo = whatToDo;
    // A report that could not be written still has its verdicts: they are on the screen too.
    if (failure == Failure::ReportNotWritten)
        sayVerdicts();
    say(QStringLiteral("failed %1").arg(oneLine(error)));
    appendFailureLog(device, error);
    finish(State::Failed);
}

void BatchRun::appendFailureLog(const QString &device, const QString &error) const
{
    if (m_reportsFolder.isEmpty())
        return;
    // Never onto the disk that was being scanned (a reports folder set up on it by mistake).
    if (const QString why = folderOnSource(device, m_reportsFolder); !why.isEmpty()) {
        log()->error("batch: {} not written: {}; the failure is only on screen", str(kFailureLog), str(why));
        return;
    }
    QDir().mkpath(m_reportsFolder);
    QFile file(QDir(m_reportsFolder).filePath(kFailureLog));
    // One line per failed scan: when (UTC), which disk, what failed; tab-separated.
    const QString line
        = QStringLiteral("%1\t%2\t%3\n")
              .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate), device, oneLine(error));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(line.toUtf8()) < 0) {
        log()->error("batch: {} could not be written ({}): the failure is only on screen",
            str(file.fileName()), str(file.errorString()));
    }
}

void BatchRun::finish(State state)
{
    setState(state);
    if (m_poweroffAfterSeconds > 0 && !m_stayed) {
        m_secondsLeft = m_poweroffAfterSeconds;
        m_countdown.start();
    }
    emit countdownChanged();
}

void BatchRun::tick()
{
    m_secondsLeft = std::max(0, m_secondsLeft - 1);
    emit countdownChanged();
    if (m_secondsLeft == 0)
        powerOffNow();
}

void BatchRun::markShown()
{
    if (!finished() || m_shownSaid)
        return;
    m_shownSaid = true;
    say(QStringLiteral("shown"));
}

bool BatchRun::powerOffNow()
{
    if (!finished() || m_poweringOff)
        return false;
    m_countdown.stop();
    m_poweringOff = true;
    emit countdownChanged();
    say(QStringLiteral("poweroff"));
    if (!m_parts.power->powerOff()) {
        m_poweringOff = false; // the screen shows why; a key may try again
        return false;
    }
    return true;
}

void BatchRun::stay()
{
    m_stayed = true;
    m_countdown.stop();
    emit countdownChanged();
}

bool BatchRun::waitingForKey() const
{
    return finished() && m_poweroffAfterSeconds == 0 && !m_stayed && !m_poweringOff;
}

QString BatchRun::reportFileName() const
{
    return m_reportPath.isEmpty() ? QString() : QFileInfo(m_reportPath).fileName();
}

QString BatchRun::stepText() const
{
    switch (m_state) {
    case State::Discovering:
        return tr("Looking at the disks…");
    case State::Scanning:
        return tr("Scanning %1…").arg(m_windowsTitle);
    case State::Writing:
        return tr("Writing the report…");
    default:
        return {};
    }
}

QString BatchRun::failureTitle() const
{
    switch (m_failure) {
    case Failure::NoWindows:
        return tr("No Windows installation was found.");
    case Failure::DiskUnreadable:
        return tr("The disk could not be read.");
    case Failure::ScanFailed:
        return tr("The scan did not finish.");
    case Failure::ReportNotWritten:
        return tr("The report could not be written.");
    case Failure::None:
        break;
    }
    return {};
}

QString BatchRun::whatToDo() const
{
    switch (m_failure) {
    case Failure::NoWindows:
        return tr("Check that this machine's Windows disk is connected and that the firmware setup lists it, "
                  "then start the scanner again.");
    case Failure::DiskUnreadable:
        return tr("Check the disk's cable and that the firmware setup lists it, then scan again. A disk that "
                  "keeps failing must be replaced before any upgrade.");
    case Failure::ScanFailed:
        return m_libraryWhatToDo.isEmpty()
            ? tr("Start the scanner again. If the scan fails again, start it without batch mode and keep "
                 "failed-scans.log.")
            : appText(m_libraryWhatToDo);
    case Failure::ReportNotWritten:
        return tr("Check that the scanner's stick is still plugged in and has free space, then scan again: "
                  "the verdicts shown here were not saved.");
    case Failure::None:
        break;
    }
    return {};
}

QString BatchRun::errorText() const
{
    // This class's own texts are marked QT_TR_NOOP where they are made; the rest are the core's.
    const QByteArray source = m_errorText.toUtf8();
    const QString own = tr(source.constData());
    return own != m_errorText ? own : appText(m_errorText);
}

void BatchRun::say(const QString &line)
{
    const QString text = QStringLiteral("urs-batch: ") + line;
    // Straight to stderr, unbuffered and without the log's time stamp: the stick's test reads
    // these lines from the serial console as they are.
    std::fprintf(stderr, "%s\n", text.toUtf8().constData());
    std::fflush(stderr);
    emit consoleLine(text);
}

void BatchRun::setState(State state)
{
    m_state = state;
    emit stateChanged();
}

} // namespace urs::ui
