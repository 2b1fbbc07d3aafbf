// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/scan_session.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace urs::ui {

struct AppConfig;
struct DiskRow;
class DiskListModel;
class ExportController;
class PowerControl;
class ScanController;

// Batch mode, for a stick that scans machine after machine without questions: once the App's
// disk list has been read it takes the first Windows installation found, scans it for the
// configured targets (ScanController, off the UI thread), writes the report zip into the
// reports folder (ExportController), and then counts down to powering off. It drives the App's
// own models, so the Batch screen, the Results screen and the Export screen all show what it
// did. A failure (no Windows, a disk that cannot be read, a report that cannot be written) is
// shown with what to do, added to failed-scans.log in the reports folder, and powers off too.
//
// Each step is also one line on stderr for the test that watches the stick's serial console:
//   urs-batch: scanning <device> <windows title>
//   urs-batch: report <absolute path of the zip>
//   urs-batch: verdict <target id> <verdict id, as report.json has it>   (one per target)
//   urs-batch: failed <reason>
//   urs-batch: shown
//   urs-batch: poweroff
class BatchRun : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by App")
    Q_PROPERTY(bool enabled READ enabled CONSTANT)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(Failure failure READ failure NOTIFY stateChanged)
    Q_PROPERTY(bool finished READ finished NOTIFY stateChanged)
    Q_PROPERTY(QString device READ device NOTIFY stateChanged)
    Q_PROPERTY(QString windowsTitle READ windowsTitle NOTIFY stateChanged)
    Q_PROPERTY(QString reportPath READ reportPath NOTIFY stateChanged)
    Q_PROPERTY(QString reportFileName READ reportFileName NOTIFY stateChanged)
    Q_PROPERTY(QString reportsFolder READ reportsFolder NOTIFY stateChanged)
    Q_PROPERTY(QString stepText READ stepText NOTIFY stateChanged)
    Q_PROPERTY(QString failureTitle READ failureTitle NOTIFY stateChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY stateChanged)
    Q_PROPERTY(QString whatToDo READ whatToDo NOTIFY stateChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY countdownChanged)
    Q_PROPERTY(bool countingDown READ countingDown NOTIFY countdownChanged)
    Q_PROPERTY(bool waitingForKey READ waitingForKey NOTIFY countdownChanged)

public:
    enum class State { Off, Discovering, Scanning, Writing, Done, Failed };
    Q_ENUM(State)
    enum class Failure { None, NoWindows, DiskUnreadable, ScanFailed, ReportNotWritten };
    Q_ENUM(Failure)

    // The App's parts a batch run drives.
    struct Parts {
        DiskListModel *disks = nullptr;
        ScanController *scan = nullptr;
        ExportController *exporter = nullptr;
        PowerControl *power = nullptr;
    };

    BatchRun(const AppConfig &config, Parts parts, QObject *parent = nullptr);
    ~BatchRun() override;

    // The machine's session: the configured targets are checked against its rules.
    void setSession(std::shared_ptr<ScanSession> session) { m_session = std::move(session); }
    // Where the report and failed-scans.log go (made when missing).
    void setReportsFolder(const QString &folder) { m_reportsFolder = folder; }

    bool enabled() const { return m_enabled; }
    State state() const { return m_state; }
    Failure failure() const { return m_failure; }
    bool finished() const { return m_state == State::Done || m_state == State::Failed; }
    // The result on screen is this run's, and the run writes its report itself (the App's own
    // save at the end of a scan stays out of the way).
    bool ownsResult() const { return m_state == State::Scanning || m_state == State::Writing; }
    QString device() const { return m_device; }
    QString windowsTitle() const { return m_windowsTitle; }
    QString reportPath() const { return m_reportPath; }
    QString reportFileName() const;
    QString reportsFolder() const { return m_reportsFolder; }
    QString stepText() const;
    // In the app's language: what went wrong in one line, and what to do about it.
    QString failureTitle() const;
    QString whatToDo() const;
    // The library's own words for the failure, e.g. "/dev/sda: no partition table", in the app's
    // language (the failure log and the console keep them in English).
    QString errorText() const;
    int secondsLeft() const { return m_secondsLeft; }
    bool countingDown() const { return m_countdown.isActive(); }
    // Finished, no timeout configured (0 seconds) and not told to stay: a key powers off.
    bool waitingForKey() const;

    // Starts the run once the disk list is read (at once when it is not being read). False
    // when batch mode is off or a run has started before.
    bool start();
    // The Batch screen shows the outcome (said once on stderr).
    Q_INVOKABLE void markShown();
    // A key or a tap on the Batch screen: powers off now. False before the run has finished.
    Q_INVOKABLE bool powerOffNow();
    // Esc or "Stay on this screen": no power-off; the technician takes over.
    Q_INVOKABLE void stay();
    // The language changed: tell the views to read the texts again.
    void retranslate() { emit stateChanged(); }

signals:
    void stateChanged();
    void countdownChanged();
    // One "urs-batch: ..." line, as written to stderr (tests listen here).
    void consoleLine(const QString &line);

private:
    void onDisksListed();
    void failWithoutInstallation(const QList<DiskRow> &rows);
    void checkTargets();
    void startScan(const QStringList &targets);
    void onScanStateChanged();
    void onScanResult();
    void writeReport();
    void onExportStateChanged();
    void onReportWritten(const QString &path);
    void fail(Failure failure, const QString &device, const QString &error, const QString &whatToDo = {});
    void finish(State state);
    void tick();
    void sayVerdicts();
    void say(const QString &line);
    void appendFailureLog(const QString &device, const QString &error) const;
    void setState(State state);

    bool m_enabled = false;
    QStringList m_targets;
    QString m_settingsFile;
    int m_poweroffAfterSeconds = 0;
    Parts m_parts;
    std::shared_ptr<ScanSession> m_session;
    QString m_reportsFolder;

    State m_state = State::Off;
    Failure m_failure = Failure::None;
    QString m_device;
    int m_windowsIndex = 0;
    QString m_windowsTitle;
    QString m_reportPath;
    QString m_errorText;
    QString m_libraryWhatToDo;
    bool m_shownSaid = false;
    bool m_stayed = false;
    bool m_poweringOff = false;
    int m_secondsLeft = 0;
    QTimer m_countdown;
    QFutureWatcher<QStringList> m_targetCheck;
};

} // namespace urs::ui
