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
// scan.log; the one call is in writeReport() in the .cpp). Says the file's name and size when
// done.
class ExportController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by App")
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool canExport READ canExport NOTIFY stateChanged)
    Q_PROPERTY(QString fileName READ fileName NOTIFY stateChanged)
    Q_PROPERTY(QString filePath READ filePath NOTIFY stateChanged)
    Q_PROPERTY(QString fileSizeText READ fileSizeText NOTIFY stateChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY stateChanged)

public:
    enum class State { Idle, Writing, Done, Failed };
    Q_ENUM(State)

    explicit ExportController(QObject *parent = nullptr);
    ~ExportController() override;

    // The machine's session, which writes the report. A write already running finishes with
    // the session it started with.
    void setSession(std::shared_ptr<ScanSession> session) { m_session = std::move(session); }
    // The record to export (a scan's, or one opened from a file).
    void setResult(std::shared_ptr<const ScanRecord> result);
    void setLanguage(const QString &lang) { m_lang = lang; }

    State state() const { return m_state; }
    bool canExport() const { return m_session && m_result && m_state != State::Writing; }
    QString fileName() const;
    QString filePath() const { return m_filePath; }
    QString fileSizeText() const;
    QString errorText() const { return m_errorText; }

    // Starts writing into folder; false when there is nothing to write or a write is running.
    Q_INVOKABLE bool exportTo(const QString &folder);
    Q_INVOKABLE void reset();
    void waitForIdle() { m_watcher.waitForFinished(); }

    // The one place the app writes a report: makes folder, then the session's writeReport.
    // Blocking (workers and tests); throws ScanError.
    static QString writeReport(
        ScanSession &session, const ScanRecord &record, const QString &lang, const QString &folder);

signals:
    void stateChanged();
    // A report was written (the fleet view reloads).
    void written(const QString &path);

private:
    struct Outcome {
        QString path;
        QString error;
    };
    void onFinished();

    std::shared_ptr<ScanSession> m_session;
    std::shared_ptr<const ScanRecord> m_result;
    QString m_lang = QStringLiteral("en");
    State m_state = State::Idle;
    QString m_filePath;
    qint64 m_fileSize = -1;
    QString m_errorText;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace urs::ui
