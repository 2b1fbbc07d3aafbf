// SPDX-License-Identifier: GPL-3.0-or-later
// The App's models share one ScanSession and no lock: on the bundled sample (the `sample`
// fixture, with the laptop-2014 hardware tree), the Start screen's preview and the target list
// are read to the end while a scan of the same image is held in the middle of its run, and the
// scan then finishes with the same installation.
#include "app_context.h"
#include "disk_list_model.h"
#include "scan_controller.h"
#include "target_list_model.h"
#include "verdict_list_model.h"

#include <QFileInfo>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

using namespace urs;
using namespace urs::ui;

class TestUiConcurrency : public QObject {
    Q_OBJECT

private slots:
    void previewsAndTargetsRunWhileAScanRuns()
    {
        const QString sample = qEnvironmentVariable("URS_SAMPLE_IMAGE");
        QVERIFY2(
            QFileInfo::exists(sample), qPrintable(sample + QStringLiteral(" is missing (fixture sample)")));
        AppConfig config;
        config.discoverDisks = false; // never the build machine's own disks
        config.hardwareRoot
            = qEnvironmentVariable("URS_SOURCE_DIR") + QStringLiteral("/tests/data/hardware/laptop-2014");
        config.scanTime = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
        AppContext app(config);

        // Hold the scan on its worker at its first progress report, inside ScanSession::scan().
        // Never for more than 60 s, so a broken build fails instead of hanging.
        QSemaphore held;
        QSemaphore release;
        auto first = std::make_shared<std::atomic_bool>(true);
        app.scan()->setWorkerProgressHook([&held, &release, first](const ScanProgress &) {
            if (first->exchange(false)) {
                held.release();
                release.tryAcquire(1, 60000);
            }
        });
        QSignalSpy scanState(app.scan(), &ScanController::stateChanged);
        QSignalSpy scanReady(app.scan(), &ScanController::resultReady);
        // A failed check must not leave the worker held (AppContext waits for it on exit).
        const auto releaseOnExit = qScopeGuard([&release] { release.release(); });
        QVERIFY(app.scan()->start(sample, 0, {}));
        QVERIFY(held.tryAcquire(1, 30000));
        QVERIFY(app.scan()->running());

        // Meanwhile, through the same session: open the image, preview its installation and
        // list the targets for it. Each runs on its own worker and ends while the scan waits.
        QSignalSpy previews(app.disks(), &DiskListModel::previewChanged);
        QSignalSpy diskBusy(app.disks(), &DiskListModel::busyChanged);
        QSignalSpy targetsBusy(app.targets(), &TargetListModel::busyChanged);
        app.disks()->addSource(sample);
        QTRY_COMPARE_WITH_TIMEOUT(previews.count(), 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!app.disks()->busy(), 30000);
        QCOMPARE(diskBusy.count(), 2); // busy, then idle
        QCOMPARE(app.disks()->selectedSource(), sample);
        QVERIFY2(app.disks()->selectedCanScan(),
            qPrintable(app.disks()->data(app.disks()->index(0, 0), DiskListModel::ErrorRole).toString()));
        const QString product
            = app.disks()->data(app.disks()->index(0, 0), DiskListModel::ProductRole).toString();
        QVERIFY(!product.isEmpty());
        // The selection reloads the targets for the previewed edition.
        QTRY_VERIFY_WITH_TIMEOUT(targetsBusy.count() >= 2 && !app.targets()->busy(), 30000);
        QCOMPARE(app.targets()->error(), QString());
        QVERIFY2(app.targets()->rowCount() > 1, qPrintable(QString::number(app.targets()->rowCount())));
        QCOMPARE(app.targets()->selectedTargets(), QStringList {QStringLiteral("win11-25h2")});

        // The scan was held the whole time: still running, no result yet.
        QVERIFY(app.scan()->running());
        QCOMPARE(scanState.count(), 1); // Running
        QCOMPARE(scanReady.count(), 0);

        release.release();
        QTRY_COMPARE_WITH_TIMEOUT(scanReady.count(), 1, 60000);
        QCOMPARE(app.scan()->state(), ScanController::State::Finished);
        QCOMPARE(scanState.count(), 2); // Running, Finished
        const std::shared_ptr<const ScanRecord> record = app.scan()->result();
        QVERIFY(record && record->assessment);
        QCOMPARE(record->sourcePath, sample);
        QCOMPARE(record->windowsIndex, app.disks()->selectedWindowsIndex());
        QCOMPARE(previewFromFacts(record->facts).productName, product);
        QVERIFY(app.verdicts()->rowCount() > 1); // every target: none was asked for
        app.waitForIdle();
    }
};

QTEST_MAIN(TestUiConcurrency)
#include "tst_ui_concurrency.moc"
