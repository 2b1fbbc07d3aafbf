// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app_config.h"
#include "app_language.h"
#include "batch_run.h"
#include "destination_list_model.h"
#include "disk_list_model.h"
#include "export_controller.h"
#include "finding_list_model.h"
#include "fleet_summary_model.h"
#include "guide_list_model.h"
#include "plan_step_list_model.h"
#include "power_control.h"
#include "report_list_model.h"
#include "report_notes.h"
#include "scan_controller.h"
#include "target_list_model.h"
#include "verdict_list_model.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <memory>

class QQmlEngine;
class QJSEngine;

namespace urs::ui {

// The App singleton of the QML module: owns the machine's ScanSession and the models and
// controllers, and wires them together (the session goes to every model that reads the machine;
// a finished scan feeds the verdicts, findings and export; the chosen destination feeds the
// fleet view). Screens bind to its members; none of them holds scan logic.
class AppContext : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON
    Q_PROPERTY(urs::ui::AppLanguage *language READ language CONSTANT)
    Q_PROPERTY(urs::ui::DiskListModel *disks READ disks CONSTANT)
    Q_PROPERTY(urs::ui::TargetListModel *targets READ targets CONSTANT)
    Q_PROPERTY(urs::ui::ScanController *scan READ scan CONSTANT)
    Q_PROPERTY(urs::ui::VerdictListModel *verdicts READ verdicts CONSTANT)
    Q_PROPERTY(urs::ui::FindingListModel *findings READ findings CONSTANT)
    Q_PROPERTY(urs::ui::PlanStepListModel *plan READ plan CONSTANT)
    Q_PROPERTY(urs::ui::DestinationListModel *destinations READ destinations CONSTANT)
    Q_PROPERTY(urs::ui::ExportController *exporter READ exporter CONSTANT)
    Q_PROPERTY(urs::ui::ReportListModel *reports READ reports CONSTANT)
    Q_PROPERTY(urs::ui::FleetSummaryModel *fleet READ fleet CONSTANT)
    Q_PROPERTY(urs::ui::ReportNotes *notes READ notes CONSTANT)
    Q_PROPERTY(urs::ui::GuideListModel *guides READ guides CONSTANT)
    Q_PROPERTY(urs::ui::BatchRun *batch READ batch CONSTANT)
    Q_PROPERTY(urs::ui::PowerControl *power READ power CONSTANT)
    // Shut down and Restart buttons are shown (--power-controls, the live system).
    Q_PROPERTY(bool powerControls READ powerControls CONSTANT)
    // A result is on screen that no report holds as it is now (never written, or the notes
    // changed since): switching off or scanning the next machine loses it.
    Q_PROPERTY(bool unsavedResult READ unsavedResult NOTIFY unsavedResultChanged)
    Q_PROPERTY(bool fullscreen READ fullscreen CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)

public:
    explicit AppContext(const AppConfig &config, QObject *parent = nullptr);
    ~AppContext() override;

    // QML_SINGLETON factory: one App per engine, built from AppConfig::current().
    static AppContext *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    AppLanguage *language() const { return m_language; }
    DiskListModel *disks() const { return m_disks; }
    TargetListModel *targets() const { return m_targets; }
    ScanController *scan() const { return m_scan; }
    VerdictListModel *verdicts() const { return m_verdicts; }
    FindingListModel *findings() const { return m_findings; }
    PlanStepListModel *plan() const { return m_plan; }
    DestinationListModel *destinations() const { return m_destinations; }
    ExportController *exporter() const { return m_export; }
    ReportListModel *reports() const { return m_reports; }
    FleetSummaryModel *fleet() const { return m_fleet; }
    ReportNotes *notes() const { return m_notes; }
    GuideListModel *guides() const { return m_guides; }
    BatchRun *batch() const { return m_batch; }
    PowerControl *power() const { return m_power; }
    bool powerControls() const { return m_config.powerControls; }
    bool unsavedResult() const;
    bool fullscreen() const { return m_config.fullscreen; }
    QString version() const;
    const AppConfig &config() const { return m_config; }
    // The session of the machine being scanned now; nextMachine() replaces it.
    const std::shared_ptr<ScanSession> &session() const { return m_session; }

    // Scans the selected installation for the selected target(s).
    Q_INVOKABLE bool startScan();
    // "Scan the next machine": forgets the result and the machine's asset tag and note, starts a
    // fresh session (nothing read from this machine is kept) and looks at the disks again. The
    // screen asks first while unsavedResult.
    Q_INVOKABLE void nextMachine();
    // Reads the rules' targets again for the selected installation.
    Q_INVOKABLE void reloadTargets();
    // Loads the disks, targets, destinations and guides (the first time the Start screen shows);
    // in batch mode, starts the batch run on what it finds.
    Q_INVOKABLE void startUp();
    // Shows the finding a plan step comes from: selects the plan's target (the steps are its
    // findings) and the finding's status in the filters; returns its row in findings, or -1.
    Q_INVOKABLE int revealFinding(const QString &findingId);
    // A local path from a dialog's file URL.
    Q_INVOKABLE QString localPath(const QString &pathOrUrl) const;
    // An address laid out to wrap only after a "/" (LineBreaks::url), for display.
    Q_INVOKABLE QString breakableUrl(const QString &url) const;
    // A short label laid out to wrap between words only, Japanese too (LineBreaks::phrases).
    Q_INVOKABLE QString wrapBetweenWords(const QString &label) const;
    // Waits for every background job (tests, shutdown).
    void waitForIdle();

signals:
    // The Start screen is usable and the disk list has been read (the benchmark waits for it).
    void discoveryFinished();
    void unsavedResultChanged();

private:
    void onResult();
    void autoSave();
    std::shared_ptr<ScanSession> makeSession() const;
    void setSession(std::shared_ptr<ScanSession> session);

    AppConfig m_config;
    std::shared_ptr<ScanSession> m_session;
    AppLanguage *m_language;
    DiskListModel *m_disks;
    TargetListModel *m_targets;
    ScanController *m_scan;
    VerdictListModel *m_verdicts;
    FindingListModel *m_findings;
    PlanStepListModel *m_plan;
    DestinationListModel *m_destinations;
    ExportController *m_export;
    ReportListModel *m_reports;
    FleetSummaryModel *m_fleet;
    ReportNotes *m_notes;
    GuideListModel *m_guides;
    PowerControl *m_power;
    BatchRun *m_batch;
    bool m_started = false;
};

} // namespace urs::ui
