// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml_test_util.h"

#include "app_context.h"
#include "disk_list_model.h"
#include "engine/rule_engine.h"
#include "export_controller.h"
#include "fake_mounts.h"
#include "report/zip_reader.h"
#include "scan_controller.h"
#include "synthetic_data.h"
#include "target_list_model.h"

#include <QDir>
#include <QFile>
#include <QQuickWindow>

namespace urs::ui::test {

QmlTestUtil::QmlTestUtil(QObject *parent)
    : QObject(parent)
{
    m_mountsRoot = makeFakeMountsRoot(m_temp.filePath(QStringLiteral("mounts")));
    m_reportsDir = m_mountsRoot + QStringLiteral("/media/UPGRADESCAN/reports");
}

QString QmlTestUtil::screenshotDir() const
{
    const QString dir = qEnvironmentVariable("URS_SCREENSHOT_DIR");
    return dir.isEmpty() ? m_temp.filePath(QStringLiteral("screenshots")) : dir;
}

QString QmlTestUtil::sampleImage() const
{
    return qEnvironmentVariable("URS_SAMPLE_IMAGE");
}

void QmlTestUtil::loadSyntheticDisks(QObject *app)
{
    if (auto *a = qobject_cast<AppContext *>(app))
        a->disks()->setRows(syntheticDiskRows());
}

void QmlTestUtil::loadSyntheticTargets(QObject *app)
{
    if (auto *a = qobject_cast<AppContext *>(app)) {
        a->targets()->waitForIdle();
        a->targets()->setTargets(syntheticTargetChoices(), syntheticDefaultTarget());
    }
}

void QmlTestUtil::loadSyntheticResult(QObject *app)
{
    if (auto *a = qobject_cast<AppContext *>(app))
        a->scan()->setResult(syntheticResult());
}

void QmlTestUtil::loadSyntheticResultBootedIn(QObject *app, const QString &firmwareType)
{
    if (auto *a = qobject_cast<AppContext *>(app))
        a->scan()->setResult(syntheticResultBootedIn(firmwareType));
}

void QmlTestUtil::holdScanAtStep(QObject *app, int step)
{
    auto *a = qobject_cast<AppContext *>(app);
    if (!a)
        return;
    m_gate = std::make_shared<QSemaphore>(0);
    auto held = std::make_shared<std::atomic_bool>(false);
    // Never hold for more than 30 s, so a test that forgets to release cannot hang the run.
    a->scan()->setWorkerProgressHook([gate = m_gate, held, step](const ScanProgress &p) {
        if (p.stepIndex == step && !held->exchange(true))
            gate->tryAcquire(1, 30000);
    });
}

void QmlTestUtil::releaseScan()
{
    m_gate->release();
}

QString QmlTestUtil::writeSyntheticReport(const QString &folder)
{
    // A session of its own: the report is not of the machine the App's session looks at.
    ScanSession session;
    return ExportController::writeReport(session, *syntheticResult(), QStringLiteral("en"), folder);
}

QString QmlTestUtil::writeSyntheticMachineReport(
    const QString &folder, const QString &computerName, const QString &assetTag, const QString &technician)
{
    ScanRecord record = *syntheticResult();
    const Provenance typed {ProvenanceKind::Derived, QStringLiteral("SYNTHETIC")};
    record.facts.set(QStringLiteral("windows.computer_name"), computerName, typed);
    record.facts.set(
        QStringLiteral("hardware.smbios.system.serial"), QStringLiteral("SYN-") + computerName, typed);
    record.notes = {technician, assetTag, {}};
    ScanSession session;
    return ExportController::writeReport(session, record, QStringLiteral("en"), folder);
}

QString QmlTestUtil::grab(QObject *window, const QString &name)
{
    auto *w = qobject_cast<QQuickWindow *>(window);
    if (!w)
        return {};
    QDir().mkpath(screenshotDir());
    const QString path = screenshotDir() + QLatin1Char('/') + name + QStringLiteral(".png");
    const QImage image = w->grabWindow();
    return !image.isNull() && image.save(path) ? path : QString();
}

bool QmlTestUtil::exists(const QString &path) const
{
    return QFile::exists(path);
}

qint64 QmlTestUtil::fileSize(const QString &path) const
{
    return QFileInfo(path).size();
}

QStringList QmlTestUtil::zipMembers(const QString &path) const
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const ZipContents contents = ZipReader::read(f.readAll(), {});
    if (!contents.ok())
        return {};
    QStringList names;
    for (const ZipMemberInfo &m : contents.members)
        names << m.name;
    return names;
}

QStringList QmlTestUtil::filesIn(const QString &folder, const QString &pattern) const
{
    QStringList out;
    for (const QFileInfo &fi : QDir(folder).entryInfoList({pattern}, QDir::Files))
        out << fi.absoluteFilePath();
    return out;
}

QString QmlTestUtil::explainCode(const QString &code, const QString &lang) const
{
    const std::optional<SetupCode> parsed = SetupCode::parse(code);
    if (!parsed)
        return {};
    const RuleEngine engine(RuleEngine::defaultRulesDir());
    return engine.errorCodes().explain(*parsed, lang).sentence();
}

} // namespace urs::ui::test
