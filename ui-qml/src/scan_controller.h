// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/core_text.h"
#include "session/scan_session.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace urs::ui {

// Runs the machine's ScanSession::scan() on a worker thread and publishes its progress to QML.
// The session is the library's: the controller only starts a scan, relays progress per step,
// cancels it and keeps the record for the results and export screens. The UI thread never waits
// for the scan.
class ScanController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by App")
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool running READ running NOTIFY stateChanged)
    Q_PROPERTY(bool hasResult READ hasResult NOTIFY stateChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(int stepIndex READ stepIndex NOTIFY progressChanged)
    Q_PROPERTY(int stepCount READ stepCount CONSTANT)
    Q_PROPERTY(double stepFraction READ stepFraction NOTIFY progressChanged)
    Q_PROPERTY(QString stepText READ stepText NOTIFY textsChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY textsChanged)
    Q_PROPERTY(QString whatToDo READ whatToDo NOTIFY textsChanged)
    Q_PROPERTY(QString sourcePath READ sourcePath NOTIFY stateChanged)
    Q_PROPERTY(int elapsedMs READ elapsedMs NOTIFY stateChanged)
    Q_PROPERTY(QString resultTitle READ resultTitle NOTIFY stateChanged)
    Q_PROPERTY(bool scannerBootedLegacy READ scannerBootedLegacy NOTIFY stateChanged)

public:
    enum class State { Idle, Running, Finished, Failed, Cancelled };
    Q_ENUM(State)

    explicit ScanController(QObject *parent = nullptr);
    ~ScanController() override;

    // The machine's session (hardware root, rules, scan time). Not while a scan runs: reset()
    // first.
    void setSession(std::shared_ptr<ScanSession> session);

    State state() const { return m_state; }
    bool running() const { return m_state == State::Running; }
    bool hasResult() const { return m_result != nullptr; }
    double progress() const;
    int stepIndex() const { return m_progress.stepIndex; }
    int stepCount() const { return m_progress.stepCount; }
    double stepFraction() const { return m_progress.stepFraction; }
    // The core's texts in the language the app speaks now (appText()).
    QString stepText() const;
    QString errorText() const;
    QString whatToDo() const;
    // The same as the core made them (English), for logs and the batch console.
    const QString &errorTextAsMade() const { return m_errorText; }
    const QString &whatToDoAsMade() const { return m_whatToDo; }
    QString sourcePath() const { return m_sourcePath; }
    int elapsedMs() const { return m_elapsedMs; }
    // "Windows 8.1 Pro · OFFICE-PC-07": what the result is about, from its facts.
    QString resultTitle() const;
    // The result's hardware was read by a scanner started in legacy BIOS mode
    // (hardware.firmware.type "bios"): Secure Boot and the firmware's UEFI state could not be
    // read, so the app asks for a restart from the stick's "UEFI:" entry. False without a result
    // or when the boot mode is unknown.
    bool scannerBootedLegacy() const;
    std::shared_ptr<const ScanRecord> result() const { return m_result; }

    // targets empty: every target. Returns false when a scan is already running or there is no
    // session.
    Q_INVOKABLE bool start(const QString &sourcePath, int windowsIndex, const QStringList &targets);
    Q_INVOKABLE void cancel();
    // Forgets the result: "scan the next machine".
    Q_INVOKABLE void reset();
    // Shows a result saved as JSON ({"facts": ..., "assessment": ...}, as report.json holds).
    Q_INVOKABLE bool openResultFile(const QString &pathOrUrl);
    // Shows a record produced elsewhere (tests, the fleet view).
    void setResult(std::shared_ptr<const ScanRecord> result);
    // Tests: called on the worker thread with each progress report, before it is posted.
    void setWorkerProgressHook(std::function<void(const ScanProgress &)> hook) { m_hook = std::move(hook); }
    // Blocks until the worker has finished (shutdown and tests only).
    void waitForIdle();
    // The language changed: the texts read again.
    void retranslate() { emit textsChanged(); }

signals:
    void stateChanged();
    void progressChanged();
    // The step, error or what-to-do text changed (with the state, the progress or the language).
    void textsChanged();
    // The scan ended with a result (or one was opened).
    void resultReady();

private:
    struct Outcome {
        std::shared_ptr<const ScanRecord> result;
        QString error;
        QString whatToDo;
        bool cancelled = false;
    };
    struct ProgressMailbox {
        std::mutex mutex;
        ScanProgress latest;
        std::atomic_bool posted = false;
    };
    void onFinished();
    void applyProgress(const ScanProgress &progress);
    void setState(State state);

    State m_state = State::Idle;
    ScanProgress m_progress;
    QString m_errorText;
    QString m_whatToDo;
    QString m_sourcePath;
    int m_elapsedMs = 0;
    QElapsedTimer m_clock;
    std::function<void(const ScanProgress &)> m_hook;
    std::shared_ptr<ScanSession> m_session;
    // Set by cancel() for the scan now running; see start() for why the session alone is not
    // enough.
    std::shared_ptr<std::atomic_bool> m_cancelRequested;
    std::shared_ptr<ProgressMailbox> m_mailbox;
    std::shared_ptr<const ScanRecord> m_result;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace urs::ui
