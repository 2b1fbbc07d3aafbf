// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan_controller.h"

#include "common/log.h"
#include "common/scan_error.h"
#include "engine/assessment_json.h"
#include "format.h"
#include "installation_preview.h"
#include "library_work_lock.h"
#include "report/scan_log_capture.h"

#include <QFile>
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
    const InstallationPreview p = previewFromFacts(m_result->facts);
    QStringList parts;
    for (const QString &s : {p.productName, p.computerName})
        if (!s.isEmpty())
            parts << s;
    return parts.isEmpty() ? m_result->options.sourcePath : parts.join(QStringLiteral(" · "));
}

bool ScanController::start(const QString &sourcePath, int windowsIndex, const QStringList &targets)
{
    if (m_state == State::Running)
        return false;
    ScanOptions options;
    options.sourcePath = localPath(sourcePath);
    options.windowsIndex = windowsIndex;
    options.targets = targets;
    options.hardwareRoot = m_hardwareRoot;
    options.rulesDir = m_rulesDir;
    options.scanTime = m_scanTime;

    m_session = std::make_shared<ScanSession>(options);
    m_mailbox = std::make_shared<ProgressMailbox>();
    // The callback runs on the worker. It leaves the newest progress in a mailbox and posts at
    // most one pending update, so a chatty step cannot flood the UI thread's event queue.
    const std::shared_ptr<ProgressMailbox> mailbox = m_mailbox;
    m_session->setProgressCallback([this, mailbox, hook = m_hook](const ScanProgress &p) {
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
    });

    m_sourcePath = options.sourcePath;
    m_errorText.clear();
    m_whatToDo.clear();
    m_result.reset();
    m_progress = ScanProgress {};
    m_elapsedMs = 0;
    m_clock.start();
    setState(State::Running);
    emit progressChanged();
    log()->info("app: scan of {} (installation {}) started", str(options.sourcePath), windowsIndex);

    const std::shared_ptr<ScanSession> session = m_session;
    m_watcher.setFuture(QtConcurrent::run([session]() -> Outcome {
        Outcome out;
        std::optional<ScanLogCapture> capture;
        {
            const QWriteLocker exclusive(&libraryWorkLock()); // see library_work_lock.h
            capture.emplace();
        }
        try {
            const QReadLocker shared(&libraryWorkLock());
            out.result = std::make_shared<const ScanResult>(session->run());
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
        const QWriteLocker exclusive(&libraryWorkLock());
        out.scanLog = capture->text();
        capture.reset();
        return out;
    }));
    return true;
}

void ScanController::cancel()
{
    if (m_session && m_state == State::Running)
        m_session->cancel();
}

void ScanController::onFinished()
{
    const Outcome out = m_watcher.result();
    m_elapsedMs = int(m_clock.elapsed());
    m_session.reset();
    m_scanLog = out.scanLog;
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
}

void ScanController::setState(State state)
{
    m_state = state;
    emit stateChanged();
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

void ScanController::setResult(std::shared_ptr<const ScanResult> result)
{
    if (m_state == State::Running)
        return;
    m_result = std::move(result);
    m_scanLog.clear();
    m_sourcePath = m_result ? m_result->options.sourcePath : QString();
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
    auto result = std::make_shared<ScanResult>();
    try {
        result->facts = FactSet::fromJson(doc.object().value(QLatin1String("facts")).toObject());
        result->assessment = assessmentFromJson(doc.object().value(QLatin1String("assessment")).toObject());
    } catch (const std::exception &e) {
        m_errorText = tr("%1: not a saved result (%2)").arg(path, QString::fromUtf8(e.what()));
        setState(State::Failed);
        return false;
    }
    result->options.sourcePath = doc.object().value(QLatin1String("source")).toString(path);
    result->scanTime
        = QDateTime::fromString(doc.object().value(QLatin1String("scan_time")).toString(), Qt::ISODate);
    setResult(result);
    return true;
}

} // namespace urs::ui
