// SPDX-License-Identifier: GPL-3.0-or-later
// Scan screen: the steps while the library works on its worker thread (held at the first step
// so the running state can be seen), cancel, and a failure that says what went wrong.
import QtQuick
import QtTest
import UpgradeScan
import "../common"

TestCase {
    id: tc
    name: "ScanScreen"
    when: windowShown
    width: 200
    height: 100

    MainHarness { id: h; test: tc }
    Shots { id: shots; test: tc }

    function init() {
        testUtil.loadSyntheticDisks(App)
    }
    function cleanup() {
        testUtil.releaseScan()
        tryVerify(() => !App.scan.running, 20000)
    }

    function startHeld(win) {
        testUtil.holdScanAtStep(App, 0)
        verify(App.scan.start("/nonexistent/synthetic.img", 0, []))
        win.go("scan")
        compare(App.scan.state, ScanController.Running)
    }

    function test_running_scan_can_be_cancelled() {
        const win = h.createMain()
        startHeld(win)
        const cancel = h.findOnScreen(win, "cancelButton")
        verify(cancel.visible)
        verify(cancel.activeFocus, "Cancel has the focus while the scan runs")
        // The UI thread is free while the worker is held: this frame renders and the key works.
        keyClick(Qt.Key_Escape)
        compare(win.screen, "scan", "Esc never leaves a running scan")
        keyClick(Qt.Key_Space)
        testUtil.releaseScan()
        tryCompare(App.scan, "state", ScanController.Cancelled, 20000)
        verify(h.findOnScreen(win, "retryButton").visible)
        verify(!cancel.visible)
        keyClick(Qt.Key_Escape)
        compare(win.screen, "target")
    }

    function test_failure_names_the_source() {
        const win = h.createMain()
        verify(App.scan.start("/nonexistent/synthetic.img", 0, []))
        win.go("scan")
        tryCompare(App.scan, "state", ScanController.Failed, 20000)
        const error = h.findOnScreen(win, "scanError")
        verify(error.visible)
        verify(error.text.indexOf("/nonexistent/synthetic.img") >= 0, error.text)
        verify(h.findOnScreen(win, "scanProgress").value < 1)
        verify(h.findOnScreen(win, "backButton").visible)
    }

    function test_screenshots() {
        const win = h.createMain()
        startHeld(win)
        tryVerify(() => App.scan.stepText !== "", 5000)
        shots.shoot(win, "scan")
        testUtil.releaseScan()
        tryVerify(() => !App.scan.running, 20000)
        shots.shoot(win, "scan-failed")
    }
}
