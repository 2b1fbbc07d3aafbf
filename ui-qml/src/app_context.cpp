// SPDX-License-Identifier: GPL-3.0-or-later
#include "app_context.h"

#include "app_language.h"
#include "common/log.h"
#include "destination_list_model.h"
#include "disk_list_model.h"
#include "export_controller.h"
#include "finding_list_model.h"
#include "format.h"
#include "guide_list_model.h"
#include "line_breaks.h"
#include "plan_step_list_model.h"
#include "report_list_model.h"
#include "scan_controller.h"
#include "target_list_model.h"
#include "verdict_list_model.h"

#include <QFileInfo>
#include <QQmlEngine>

namespace urs::ui {

AppContext::AppContext(const AppConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_language(new AppLanguage(this))
    , m_disks(new DiskListModel(this))
    , m_targets(new TargetListModel(m_language, this))
    , m_scan(new ScanController(this))
    , m_verdicts(new VerdictListModel(m_language, this))
    , m_findings(new FindingListModel(m_language, this))
    , m_plan(new PlanStepListModel(m_language, this))
    , m_destinations(new DestinationListModel(this))
    , m_export(new ExportController(this))
    , m_reports(new ReportListModel(m_language, this))
    , m_fleet(new FleetSummaryModel(m_language, this))
    , m_notes(new ReportNotes(this))
    , m_guides(new GuideListModel(m_language, this))
    , m_power(new PowerControl(this))
    , m_batch(new BatchRun(m_config, {m_disks, m_scan, m_export, m_power}, this))
{
    m_power->setCommand(m_config.powerCommand);
    m_language->setLanguage(m_config.language.isEmpty() ? AppLanguage::fromLocale() : m_config.language);
    setSession(makeSession());
    m_destinations->setMountsRoot(m_config.mountsRoot);
    m_destinations->setConfiguredFolder(m_config.reportsDir);
    m_export->setLanguage(m_language->language());

    connect(m_language, &AppLanguage::languageChanged, this, [this] {
        m_export->setLanguage(m_language->language());
        m_disks->retranslate();
        m_scan->retranslate();
        m_destinations->retranslate();
        m_batch->retranslate();
    });
    // The lifecycle line depends on the edition of the chosen installation.
    connect(m_disks, &DiskListModel::selectionChanged, this, &AppContext::reloadTargets);
    connect(m_disks, &DiskListModel::busyChanged, this, [this] {
        if (!m_disks->busy())
            emit discoveryFinished();
    });
    connect(m_scan, &ScanController::resultReady, this, &AppContext::onResult);
    connect(m_verdicts, &VerdictListModel::selectionChanged, this,
        [this] { m_findings->setTargetFilter(m_verdicts->selectedTargetId()); });
    connect(m_destinations, &DestinationListModel::selectionChanged, this,
        [this] { m_reports->setFolder(m_destinations->selectedFolder()); });
    connect(m_export, &ExportController::written, this, [this](const QString &path) {
        m_destinations->remember(QFileInfo(path).path());
        m_reports->setHighlightPath(path);
        m_reports->refresh();
    });
    connect(m_notes, &ReportNotes::changed, this, [this] { m_export->setNotes(m_notes->notes()); });
    connect(m_scan, &ScanController::stateChanged, this, &AppContext::unsavedResultChanged);
    connect(m_export, &ExportController::stateChanged, this, &AppContext::unsavedResultChanged);
}

AppContext::~AppContext()
{
    waitForIdle();
}

AppContext *AppContext::create(QQmlEngine *qmlEngine, QJSEngine *)
{
    auto *app = new AppContext(AppConfig::current());
    app->m_language->setEngine(qmlEngine);
    return app; // the engine owns it (JavaScript ownership of singletons)
}

std::shared_ptr<ScanSession> AppContext::makeSession() const
{
    SessionOptions options;
    options.hardwareRoot = m_config.hardwareRoot;
    options.rulesDir = m_config.rulesDir;
    options.scanTime = m_config.scanTime;
    options.excludedDisks = m_config.excludedDisks;
    return std::make_shared<ScanSession>(options);
}

void AppContext::setSession(std::shared_ptr<ScanSession> session)
{
    m_session = std::move(session);
    m_disks->setSession(m_session);
    m_targets->setSession(m_session);
    m_scan->setSession(m_session);
    m_export->setSession(m_session);
    m_batch->setSession(m_session);
}

QString AppContext::version() const
{
    return QStringLiteral(URS_VERSION);
}

void AppContext::startUp()
{
    if (m_started)
        return;
    m_started = true;
    m_guides->setFolder(m_config.effectiveGuidesDir());
    m_destinations->refresh();
    reloadTargets();
    if (!m_config.source.isEmpty())
        m_disks->addSource(m_config.source);
    if (m_config.discoverDisks)
        m_disks->refresh();
    if (!m_disks->busy())
        emit discoveryFinished();
    if (m_config.batch) {
        // The configured folder (--reports) even when it cannot be written: a batch run must
        // not put the report anywhere else, and says so when it fails.
        m_batch->setReportsFolder(
            m_config.reportsDir.isEmpty() ? m_destinations->selectedFolder() : m_config.reportsDir);
        m_batch->start();
    }
}

bool AppContext::unsavedResult() const
{
    return m_scan->hasResult() && !m_export->saved();
}

void AppContext::reloadTargets()
{
    m_targets->reload(m_disks->selectedFacts());
}

bool AppContext::startScan()
{
    if (!m_disks->selectedCanScan())
        return false;
    return m_scan->start(
        m_disks->selectedSource(), m_disks->selectedWindowsIndex(), m_targets->selectedTargets());
}

void AppContext::onResult()
{
    const auto result = m_scan->result();
    const Assessment assessment = result && result->assessment ? *result->assessment : Assessment {};
    m_verdicts->setAssessment(assessment);
    m_findings->setAssessment(assessment);
    m_findings->setTargetFilter(m_verdicts->selectedTargetId());
    m_plan->setPlan(assessment.plan);
    m_export->setResult(result);
    autoSave();
}

// Nothing is lost when the technician forgets the Export screen: the report goes to the stick
// (or the folder the last report went to) as soon as the scan ends. A batch run writes its own
// report into its own folder; saving here as well would write it twice.
void AppContext::autoSave()
{
    if (!m_scan->hasResult() || m_batch->ownsResult())
        return;
    // The stick may have been mounted since the Export screen last looked.
    m_destinations->refresh();
    const QString folder = m_destinations->autoSaveFolder();
    if (folder.isEmpty()) {
        log()->info("app: no reports folder or stick to save to; the report waits for the Export screen");
        return;
    }
    m_export->autoSaveTo(folder);
}

void AppContext::nextMachine()
{
    m_scan->reset();
    m_verdicts->clear();
    m_findings->clear();
    m_plan->clear();
    m_export->setResult(nullptr);
    m_notes->clearMachine();
    // Work still running on the old session finishes with it; everything from here reads the
    // next machine afresh.
    setSession(makeSession());
    m_destinations->refresh();
    if (m_config.discoverDisks)
        m_disks->refresh();
    reloadTargets();
}

int AppContext::revealFinding(const QString &findingId)
{
    const int target = m_verdicts->rowOf(m_plan->targetId());
    if (target >= 0)
        m_verdicts->select(target);
    return m_findings->reveal(findingId);
}

QString AppContext::localPath(const QString &pathOrUrl) const
{
    return urs::ui::localPath(pathOrUrl);
}

QString AppContext::breakableUrl(const QString &url) const
{
    return LineBreaks::url(url);
}

QString AppContext::wrapBetweenWords(const QString &label) const
{
    return LineBreaks::phrases(label);
}

void AppContext::waitForIdle()
{
    m_disks->waitForIdle();
    m_targets->waitForIdle();
    m_scan->waitForIdle();
    m_export->waitForIdle();
    m_reports->waitForIdle();
    m_fleet->waitForIdle();
}

} // namespace urs::ui
