// SPDX-License-Identifier: GPL-3.0-or-later
#include "export_controller.h"

#include "common/log.h"
#include "common/scan_error.h"
#include "format.h"
#include "report/atomic_file_writer.h"

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
    // A write of the previous result still running finishes on its own (its report is kept);
    // what it says when done is about a result no longer shown: reset() drops it.
    reset();
}

void ExportController::setNotes(const ScanNotes &notes)
{
    if (notes == m_notes)
        return;
    m_notes = notes;
    emit stateChanged(); // saved and notesOutdated follow the notes
}

QString ExportController::fileName() const
{
    return m_filePath.isEmpty() ? QString() : QFileInfo(m_filePath).fileName();
}

QString ExportController::existingFileName() const
{
    return m_existingPath.isEmpty() ? QString() : QFileInfo(m_existingPath).fileName();
}

QString ExportController::fileSizeText() const
{
    return m_fileSize < 0 ? QString() : formatBytes(m_fileSize);
}

QString ExportController::writeReport(ScanSession &session, const ScanRecord &record, const QString &lang,
    const QString &folder, ScanSession::ExistingReport existing)
{
    // Not on the disk being scanned, checked before the folder is made; a folder that cannot be
    // made (read-only drive, /proc) fails here with what to do.
    ScanSession::checkReportFolder(record.sourcePath, folder);
    AtomicFileWriter::makeWritableDir(folder);
    // The record already holds the evidence files the scan copied: nothing is read again.
    return session.writeReport(record, lang, folder, existing);
}

bool ExportController::exportTo(const QString &folder)
{
    return start(folder, IfExists::Ask, false);
}

bool ExportController::autoSaveTo(const QString &folder)
{
    return start(folder, IfExists::KeepBoth, true);
}

bool ExportController::replaceExisting()
{
    return m_state == State::AskReplace && start(m_askFolder, IfExists::Replace, false);
}

bool ExportController::keepBoth()
{
    return m_state == State::AskReplace && start(m_askFolder, IfExists::KeepBoth, false);
}

void ExportController::cancelReplace()
{
    if (m_state != State::AskReplace)
        return;
    m_existingPath.clear();
    setState(m_stateBeforeAsk);
}

bool ExportController::start(const QString &folder, IfExists ifExists, bool automatic)
{
    if (!canExport() || folder.isEmpty())
        return false;
    if (m_state != State::AskReplace)
        m_stateBeforeAsk = m_state;
    const QString target = localPath(folder);
    m_askFolder = target;
    m_existingPath.clear();
    m_writingNotes = m_notes;
    m_writingAutomatic = automatic;
    setState(State::Writing);
    // A copy of the record carries the notes: the scan's own record stays as the scan made it.
    auto record = std::make_shared<ScanRecord>(*m_result);
    record->notes = m_notes;
    m_watcher.setFuture(
        QtConcurrent::run([session = m_session, record = std::shared_ptr<const ScanRecord>(record),
                              lang = m_lang, target, ifExists, generation = m_generation]() -> Outcome {
            Outcome out;
            out.generation = generation;
            try {
                if (ifExists == IfExists::Ask) {
                    const QString existing = ScanSession::reportPath(*record, target);
                    if (QFileInfo::exists(existing)) {
                        out.existing = existing;
                        return out;
                    }
                }
                out.path = writeReport(*session, *record, lang, target,
                    ifExists == IfExists::Replace ? ScanSession::ExistingReport::Replace
                                                  : ScanSession::ExistingReport::KeepBoth);
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
    if (out.generation != m_generation) {
        log()->info("app: a report of the previous result was written to {}", str(out.path));
        return;
    }
    if (!out.existing.isEmpty()) {
        m_existingPath = out.existing;
        log()->info("app: {} is there already; asking before replacing it", str(out.existing));
        setState(State::AskReplace);
        return;
    }
    if (!out.error.isEmpty()) {
        m_errorText = out.error;
        log()->warn("app: report not written: {}", str(out.error));
        setState(State::Failed);
        return;
    }
    m_errorText.clear();
    m_filePath = out.path;
    m_fileSize = QFileInfo(out.path).size();
    m_writtenNotes = m_writingNotes;
    m_automatic = m_writingAutomatic;
    log()->info("app: report written to {} ({} bytes)", str(out.path), m_fileSize);
    setState(State::Done);
    emit written(m_filePath);
}

void ExportController::setState(State state)
{
    m_state = state;
    emit stateChanged();
    emit textsChanged();
}

void ExportController::setLanguage(const QString &lang)
{
    m_lang = lang;
    emit textsChanged();
}

QString ExportController::errorText() const
{
    return appText(m_errorText);
}

void ExportController::reset()
{
    ++m_generation; // a write running now no longer speaks for what is shown
    m_filePath.clear();
    m_fileSize = -1;
    m_errorText.clear();
    m_existingPath.clear();
    m_automatic = false;
    m_writtenNotes = {};
    setState(State::Idle);
}

} // namespace urs::ui
