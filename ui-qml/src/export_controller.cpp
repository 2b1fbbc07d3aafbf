// SPDX-License-Identifier: GPL-3.0-or-later
#include "export_controller.h"

#include "common/log.h"
#include "common/scan_error.h"
#include "format.h"
#include "library_work_lock.h"
#include "report/evidence_collector.h"
#include "report/report_writer.h"

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace urs::ui {

ExportController::ExportController(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ExportController::onFinished);
}

ExportController::~ExportController()
{
    m_watcher.waitForFinished();
}

void ExportController::setResult(std::shared_ptr<const ScanResult> result, QByteArray scanLog)
{
    m_result = std::move(result);
    m_scanLog = std::move(scanLog);
    reset();
}

QString ExportController::fileName() const
{
    return m_filePath.isEmpty() ? QString() : QFileInfo(m_filePath).fileName();
}

QString ExportController::fileSizeText() const
{
    return m_fileSize < 0 ? QString() : formatBytes(m_fileSize);
}

QString ExportController::writeReport(
    const ScanResult &result, const QByteArray &scanLog, const QString &lang, const QString &folder)
{
    // The stick's reports folder does not exist before the first report: make it. A folder that
    // cannot be made (read-only drive, /proc) makes the writer fail with its own message.
    QDir().mkpath(folder);
    ReportOptions options;
    options.lang = lang;
    options.scanLog = scanLog;
    // Setup logs of earlier attempts, read again from the scanned source (as the CLI does).
    options.evidence = EvidenceCollector::collectFromSource(result);
    return ReportWriter(options).write(result, folder);
}

bool ExportController::exportTo(const QString &folder)
{
    if (!canExport() || folder.isEmpty())
        return false;
    m_state = State::Writing;
    m_errorText.clear();
    m_filePath.clear();
    m_fileSize = -1;
    emit stateChanged();
    const std::shared_ptr<const ScanResult> result = m_result;
    const QByteArray scanLog = m_scanLog;
    const QString lang = m_lang;
    const QString target = localPath(folder);
    m_watcher.setFuture(QtConcurrent::run([result, scanLog, lang, target]() -> Outcome {
        Outcome out;
        const QReadLocker shared(&libraryWorkLock());
        try {
            out.path = writeReport(*result, scanLog, lang, target);
        } catch (const ScanError &e) {
            out.error = e.text();
        } catch (const std::exception &e) {
            out.error = QStringLiteral("%1: %2").arg(target, QString::fromUtf8(e.what()));
        }
        return out;
    }));
    return true;
}

void ExportController::onFinished()
{
    const Outcome out = m_watcher.result();
    if (out.error.isEmpty()) {
        m_filePath = out.path;
        m_fileSize = QFileInfo(out.path).size();
        m_state = State::Done;
        log()->info("app: report written to {} ({} bytes)", str(out.path), m_fileSize);
    } else {
        m_errorText = out.error;
        m_state = State::Failed;
        log()->warn("app: report not written: {}", str(out.error));
    }
    emit stateChanged();
    if (m_state == State::Done)
        emit written(m_filePath);
}

void ExportController::reset()
{
    if (m_state == State::Writing)
        return;
    m_state = State::Idle;
    m_filePath.clear();
    m_fileSize = -1;
    m_errorText.clear();
    emit stateChanged();
}

} // namespace urs::ui
