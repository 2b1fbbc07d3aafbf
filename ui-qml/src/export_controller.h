// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/scan_session.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace urs::ui {

// Writes the report zip of the current result into a folder, in the background, through the
// machine's ScanSession (its writeReport stage renders the record and adds the session's
// scan.log; the one call is in writeReport() in the .cpp), with the technician's notes. Says the
// file's path and size when done.
//
// Saving never loses a report and never piles up copies unasked: when the folder already holds
// a report of this result (the same machine and scan time), exportTo() stops at AskReplace and
// the user chooses replaceExisting() or keepBoth() (the new one then gets "-2"). The save the
// App starts when a scan ends (autoSaveTo) keeps both without asking: no question may stand
// between the technician and the result.
class ExportController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by App")
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool canExport READ canExport NOTIFY stateChanged)
    Q_PROPERTY(QString fileName READ fileName NOTIFY stateChanged)
    Q_PROPERTY(QString filePath READ filePath NOTIFY stateChanged)
    Q_PROPERTY(QString fileSizeText READ fileSizeText NOTIFY stateChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY textsChanged)
    Q_PROPERTY(bool automatic READ automatic NOTIFY stateChanged)
    Q_PROPERTY(bool saved READ saved NOTIFY stateChanged)
    Q_PROPERTY(bool notesOutdated READ notesOutdated NOTIFY stateChanged)
    Q_PROPERTY(QString existingPath READ existingPath NOTIFY stateChanged)
    Q_PROPERTY(QString existingFileName READ existingFileName NOTIFY stateChanged)

public:
    enum class State {
        Idle,
        Writing,
        Done,
        Failed,
        AskReplace, // the folder holds a report of this result: replace it or keep both?
    };
    Q_ENUM(State)

    explicit ExportController(QObject *parent = nullptr);
    ~ExportController() override;

    // The machine's session, which writes the report. A write already running finishes with
    // the session it started with.
    void setSession(std::shared_ptr<ScanSession> session) { m_session = std::move(session); }
    // The record to export (a scan's, or one opened from a file).
    void setResult(std::shared_ptr<const ScanRecord> result);
    // The report's language, and the one errorText speaks.
    void setLanguage(const QString &lang);
    // The technician's notes, written with the next report.
    void setNotes(const ScanNotes &notes);

    State state() const { return m_state; }
    bool canExport() const { return m_session && m_result && m_state != State::Writing; }
    QString fileName() const;
    QString filePath() const { return m_filePath; }
    QString fileSizeText() const;
    // Why the last write failed, in the app's language; AsMade: as the core said it (English).
    QString errorText() const;
    const QString &errorTextAsMade() const { return m_errorText; }
    // The report on screen was written when the scan ended, not by the Save button.
    bool automatic() const { return m_automatic; }
    // The result is in a report, with the notes as they are now.
    bool saved() const { return !m_filePath.isEmpty() && !notesOutdated(); }
    // A report was written, but the notes changed since: it does not hold them.
    bool notesOutdated() const { return !m_filePath.isEmpty() && m_writtenNotes != m_notes; }
    QString existingPath() const { return m_existingPath; }
    QString existingFileName() const;

    // Starts writing into folder, asking first (AskReplace) when a report of this result is
    // there; false when there is nothing to write or a write is running.
    Q_INVOKABLE bool exportTo(const QString &folder);
    // The save when a scan ends: never asks, never replaces.
    bool autoSaveTo(const QString &folder);
    // The answers to AskReplace.
    Q_INVOKABLE bool replaceExisting();
    Q_INVOKABLE bool keepBoth();
    Q_INVOKABLE void cancelReplace();
    // Forgets what was written (not the file); a write running now finishes unheard.
    Q_INVOKABLE void reset();
    void waitForIdle() { m_watcher.waitForFinished(); }

    // The one place the app writes a report: makes folder (the stick's reports folder does not
    // exist before the first report), then the session's writeReport. Blocking (workers and
    // tests); throws ScanError.
    static QString writeReport(ScanSession &session, const ScanRecord &record, const QString &lang,
        const QString &folder, ScanSession::ExistingReport existing = ScanSession::ExistingReport::KeepBoth);

signals:
    void stateChanged();
    // errorText changed (with the state or the language).
    void textsChanged();
    // A report was written (the fleet view reloads; the destination is remembered).
    void written(const QString &path);

private:
    // How a write treats a report of this result already in the folder.
    enum class IfExists { Ask, KeepBoth, Replace };
    struct Outcome {
        QString path; // written
        QString existing; // not written: this report is in the way (IfExists::Ask)
        QString error;
        int generation = 0; // the result it was started for (see m_generation)
    };
    bool start(const QString &folder, IfExists ifExists, bool automatic);
    void onFinished();
    void setState(State state);

    std::shared_ptr<ScanSession> m_session;
    std::shared_ptr<const ScanRecord> m_result;
    QString m_lang = QStringLiteral("en");
    ScanNotes m_notes;
    ScanNotes m_writtenNotes; // the notes in the report at m_filePath
    ScanNotes m_writingNotes; // the notes of the write running now
    State m_state = State::Idle;
    State m_stateBeforeAsk = State::Idle;
    QString m_filePath;
    qint64 m_fileSize = -1;
    QString m_errorText;
    bool m_automatic = false;
    bool m_writingAutomatic = false;
    QString m_askFolder;
    int m_generation = 0; // counts results and resets: an outcome of an older one is dropped
    QString m_existingPath;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace urs::ui
