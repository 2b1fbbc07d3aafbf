// SPDX-License-Identifier: GPL-3.0-or-later
// Batch mode on a disk without Windows (CTest tst_qml_batch_failed: the fixture image
// no-windows as the source): the Batch screen says so in large type with what to do, grabbed in
// English and Japanese; the failure is in failed-scans.log on the (SYNTHETIC) stick; Esc hands
// over to the Start screen.
import QtQuick
import QtTest
import UpgradeScan
import "../common"

TestCase {
    id: tc
    name: "BatchFailed"
    when: windowShown
    width: 200
    height: 100

    MainHarness { id: h; test: tc }
    Shots { id: shots; test: tc }

    function test_no_windows() {
        const win = h.createMain()
        compare(win.screen, "batch")
        tryVerify(() => App.batch.finished, 120000)
        compare(App.batch.state, BatchRun.Failed)
        compare(App.batch.failure, BatchRun.NoWindows)
        verify(h.findOnScreen(win, "batchFailure").visible)
        verify(!h.findOnScreen(win, "batchVerdicts").visible)
        verify(!h.findOnScreen(win, "batchReport").visible)
        verify(testUtil.exists(testUtil.reportsDir + "/failed-scans.log"))
        shots.shoot(win, "batch-failed")
        keyClick(Qt.Key_Escape)
        compare(win.screen, "start")
        verify(!App.batch.countingDown)
    }
}
