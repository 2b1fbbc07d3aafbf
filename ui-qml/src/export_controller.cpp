// SPDX-License-Identifier: GPL-3.0-or-later
#include "export_controller.h"

#include "common/log.h"
#include "common/scan_error.h"
#include "format.h"

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

void ExportController::setResult(std::shared_ptr<const ScanRecord> result)
{
    m_result = std::move(result);
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
    ScanSession &session, const ScanRecord &record, const QString &lang, const QString &folder)
{
    // The stick's reports folder does not exist before the first report: make it. A folder that
    // cannot be made (read-only drive, /proc) makes the writer fail with its own message.
    QDir().mkpath(folder);
    // The record already holds the evidence files the scan copied: nothing is read again.
    return session.writeReport(record, lang, folder);
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
    const QString target = localPath(folder);
    m_watcher.setFuture(
        QtConcurrent::run([session = m_session, result = m_result, lang = m_lang, target]() -> Outcome {
            Outcome out;
            try {
                out.path = writeReport(*session, *result, lang, target);
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
