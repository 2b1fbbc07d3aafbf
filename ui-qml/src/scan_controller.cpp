// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan_controller.h"

#include "common/log.h"
#include "common/scan_error.h"
#include "disk_rows.h"
#include "engine/assessment_json.h"
#include "format.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

namespace urs::ui {

ScanController::ScanController(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ScanController::onFinished);
}

ScanController::~ScanController()
{
    cancel();
    waitForIdle();
}

void ScanController::setSession(std::shared_ptr<ScanSession> session)
{
    if (running())
        reset();
    m_session = std::move(session);
}

void ScanController::waitForIdle()
{
    m_watcher.waitForFinished();
}

double ScanController::progress() const
{
    if (m_state == State::Finished)
        return 1.0;
    if (m_state == State::Idle || m_progress.stepCount <= 0)
        return 0.0;
    const double f = std::clamp(m_progress.stepFraction, 0.0, 1.0);
    return std::clamp((m_progress.stepIndex + f) / m_progress.stepCount, 0.0, 1.0);
}

QString ScanController::resultTitle() const
{
    if (!m_result)
        return {};
    const QString title = installationTitle(previewFromFacts(m_result->facts));
    return title.isEmpty() ? m_result->sourcePath : title;
}

bool ScanController::scannerBootedLegacy() const
{
    if (!m_result)
        return false;
    const std::optional<QJsonValue> type = m_result->facts.value(QStringLiteral("hardware.firmware.type"));
    return type && type->toString() == QLatin1String("bios");
}

bool ScanController::start(const QString &sourcePath, int windowsIndex, const QStringList &targets)
{
    if (m_state == State::Running || !m_session)
        return false;
    ScanRequest request;
    request.sourcePath = localPath(sourcePath);
    request.windowsIndex = windowsIndex;
    request.targets = targets;

    const std::shared_ptr<std::atomic_bool> cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancelRequested = cancelled;
    m_mailbox = std::make_shared<ProgressMailbox>();
    // The callback runs on the worker. It leaves the newest progress in a mailbox and posts at
    // most one pending update, so a chatty step cannot flood the UI thread's event queue.
    // The request carries the cancel flag: a Cancel pressed at any time, even before the worker
    // starts, stops the scan at its next step.
    const std::shared_ptr<ProgressMailbox> mailbox = m_mailbox;
    request.cancel = cancelled;
    request.progress = [this, mailbox, hook = m_hook](const ScanProgress &p) {
        {
            std::lock_guard lock(mailbox->mutex);
            mailbox->latest = p;
        }
        if (!mailbox->posted.exchange(true)) {
            QMetaObject::invokeMethod(
                this,
                [this, mailbox] {
                    mailbox->posted = false;
                    ScanProgress latest;
                    {
                        std::lock_guard lock(mailbox->mutex);
                        latest = mailbox->latest;
                    }
                    if (mailbox == m_mailbox && m_state == State::Running)
                        applyProgress(latest);
                },
                Qt::QueuedConnection);
        }
        if (hook)
            hook(p);
    };

    m_sourcePath = request.sourcePath;
    m_errorText.clear();
    m_whatToDo.clear();
    m_result.reset();
    m_progress = ScanProgress {};
    m_elapsedMs = 0;
    m_clock.start();
    setState(State::Running);
    emit progressChanged();
    log()->info("app: scan of {} (installation {}) started", str(request.sourcePath), windowsIndex);

    // The session logs the scan into its own log (the report's scan.log) and locks its own
    // caches, so previews and the target list may go on meanwhile.
    m_watcher.setFuture(QtConcurrent::run([session = m_session, request]() -> Outcome {
        Outcome out;
        try {
            out.result = std::make_shared<const ScanRecord>(session->scan(request));
        } catch (const ScanError &e) {
            out.cancelled = e.kind() == ScanErrorKind::Cancelled;
            out.error = e.message();
            out.whatToDo = e.whatToDo();
            if (!e.input().isEmpty())
                out.error = e.input() + QStringLiteral(": ") + out.error;
        } catch (const std::exception &e) {
            // A bug, not a property of the machine: show it rather than crash the app.
            out.error = QString::fromUtf8(e.what());
        }
        return out;
    }));
    return true;
}

void ScanController::cancel()
{
    if (!m_session || m_state != State::Running)
        return;
    if (m_cancelRequested)
        *m_cancelRequested = true;
}

void ScanController::onFinished()
{
    // A scan that reset() gave up on ends after the controller moved on: nothing to show.
    if (m_state != State::Running)
        return;
    const Outcome out = m_watcher.result();
    m_elapsedMs = int(m_clock.elapsed());
    m_cancelRequested.reset();
    if (out.result) {
        m_result = out.result;
        log()->info("app: scan finished in {} ms", m_elapsedMs);
        setState(State::Finished);
        emit progressChanged();
        emit resultReady();
        return;
    }
    m_errorText = out.error;
    m_whatToDo = out.whatToDo;
    log()->warn("app: scan ended without a result: {}", str(out.error));
    setState(out.cancelled ? State::Cancelled : State::Failed);
}

void ScanController::applyProgress(const ScanProgress &p)
{
    m_progress = p;
    emit progressChanged();
    emit textsChanged();
}

void ScanController::setState(State state)
{
    m_state = state;
    emit stateChanged();
    emit textsChanged();
}

QString ScanController::stepText() const
{
    return appText(m_progress.text);
}

QString ScanController::errorText() const
{
    return appText(m_errorText);
}

QString ScanController::whatToDo() const
{
    return appText(m_whatToDo);
}

void ScanController::reset()
{
    cancel();
    waitForIdle();
    m_result.reset();
    m_errorText.clear();
    m_whatToDo.clear();
    m_sourcePath.clear();
    m_progress = ScanProgress {};
    setState(State::Idle);
    emit progressChanged();
}

void ScanController::setResult(std::shared_ptr<const ScanRecord> result)
{
    if (m_state == State::Running)
        return;
    m_result = std::move(result);
    m_sourcePath = m_result ? m_result->sourcePath : QString();
    m_errorText.clear();
    m_whatToDo.clear();
    setState(m_result ? State::Finished : State::Idle);
    emit progressChanged();
    if (m_result)
        emit resultReady();
}

bool ScanController::openResultFile(const QString &pathOrUrl)
{
    const QString path = localPath(pathOrUrl);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errorText = tr("%1: cannot be opened (%2)").arg(path, file.errorString());
        setState(State::Failed);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject() || !doc.object().value(QLatin1String("assessment")).isObject()) {
        m_errorText
            = tr("%1: not a saved result (%2)")
                  .arg(path, parseError.error ? parseError.errorString() : QStringLiteral("no assessment"));
        setState(State::Failed);
        return false;
    }
    const QJsonObject root = doc.object();
    auto record = std::make_shared<ScanRecord>();
    try {
        record->facts = FactSet::fromJson(root.value(QLatin1String("facts")).toObject());
        record->assessment = assessmentFromJson(root.value(QLatin1String("assessment")).toObject());
    } catch (const std::exception &e) {
        m_errorText = tr("%1: not a saved result (%2)").arg(path, QString::fromUtf8(e.what()));
        setState(State::Failed);
        return false;
    }
    record->sourcePath = root.value(QLatin1String("source")).toString(path);
    record->windowsIndex = record->facts.value(QLatin1String("source.selected_windows")).value_or(0).toInt();
    // report.json says "all" or lists the targets; a report written again asks the same.
    for (const QJsonValue &t : root.value(QLatin1String("targets_requested")).toArray())
        record->requestedTargets << t.toString();
    record->scanTime = QDateTime::fromString(root.value(QLatin1String("scan_time")).toString(), Qt::ISODate);
    setResult(record);
    return true;
}

} // namespace urs::ui
