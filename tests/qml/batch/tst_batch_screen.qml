// SPDX-License-Identifier: GPL-3.0-or-later
// Batch mode as the stick runs it (CTest tst_qml_batch: URS_APP_BATCH=1, the fixture image
// gpt-basic as the source, a countdown of 300 s, the Shut down and Restart buttons, /bin/true as
// systemctl): the real run scans the image with the laptop-2014 hardware, writes the report to
// the (SYNTHETIC) boot stick, and the Batch screen shows the verdicts, grabbed in English and
// Japanese. Then a tap powers off, Esc hands over to the Results screen, the power buttons
// ask first while a result is not saved, and they are on the Export and Fleet screens too.
import QtQuick
import QtTest
import UpgradeScan
import "../common"

TestCase {
    id: tc
    name: "BatchScreen"
    when: windowShown
    width: 200
    height: 100

    MainHarness { id: h; test: tc }
    Shots { id: shots; test: tc }
    SignalSpy { id: power; target: App.power; signalName: "requested" }
    SignalSpy { id: lines; target: App.batch; signalName: "consoleLine" }

    function said(line) {
        for (let i = 0; i < lines.count; ++i)
            if (lines.signalArguments[i][0] === line)
                return true
        return false
    }

    function test_1_the_run_shows_the_verdicts() {
        verify(App.batch.enabled, "URS_APP_BATCH=1 is set for this test")
        const win = h.createMain()
        compare(win.screen, "batch")
        verify(!h.findOnScreen(win, "batchVerdicts").visible, "no verdict before the scan")
        tryVerify(() => App.batch.finished, 120000)
        compare(App.batch.state, BatchRun.Done, App.batch.errorText)
        compare(App.verdicts.count, 3)
        verify(h.findOnScreen(win, "batchVerdicts").visible)
        verify(!h.findOnScreen(win, "batchFailure").visible)
        verify(h.findOnScreen(win, "batchMachine").text !== "")
        verify(App.batch.reportFileName !== "")
        verify(h.findOnScreen(win, "batchReport").text.indexOf(App.batch.reportFileName) >= 0)
        verify(testUtil.exists(App.batch.reportPath))
        compare(App.batch.reportsFolder, testUtil.reportsDir)
        verify(App.batch.countingDown)
        verify(h.findOnScreen(win, "batchCountdown").text.indexOf(String(App.batch.secondsLeft)) >= 0)
        tryVerify(() => said("urs-batch: shown"), 5000, "the screen said it is shown")
        shots.shoot(win, "batch")
        compare(power.count, 0)
    }

    function test_2_a_tap_powers_off() {
        const win = h.createMain()
        compare(win.screen, "batch")
        const before = power.count
        mouseClick(h.findOnScreen(win, "batchMachine"))
        compare(power.count, before + 1)
        compare(power.signalArguments[before][0], "poweroff")
        verify(said("urs-batch: poweroff"))
    }

    function test_3_esc_stays_and_the_buttons_ask_first() {
        const win = h.createMain()
        compare(win.screen, "batch")
        keyClick(Qt.Key_Escape)
        compare(win.screen, "results")
        verify(!App.batch.countingDown)

        // The batch wrote the report: Shut down needs no question.
        verify(!App.unsavedResult)
        const start = power.count
        const shutDown = h.findOnScreen(win, "shutDownButton")
        verify(shutDown.visible && shutDown.height >= 44)
        shots.shoot(win, "batch-results")
        mouseClick(shutDown)
        compare(power.count, start + 1)

        // A result no report holds as it is (saved when it arrived, a note typed since): the
        // buttons ask, and Cancel keeps the machine on.
        testUtil.loadSyntheticResult(App)
        tryCompare(App.exporter, "state", ExportController.Done, 20000)
        App.notes.note = "typed after the save"
        verify(App.unsavedResult)
        mouseClick(h.findOnScreen(win, "restartButton"))
        const confirm = h.findOnScreen(win, "powerConfirm")
        tryVerify(() => confirm.opened)
        mouseClick(findChild(confirm.contentItem, "powerCancelButton"))
        tryVerify(() => !confirm.visible)
        compare(power.count, start + 1)
        mouseClick(h.findOnScreen(win, "restartButton"))
        tryVerify(() => confirm.opened)
        shots.shoot(win, "power-confirm")
        mouseClick(findChild(confirm.contentItem, "powerConfirmButton"))
        compare(power.count, start + 2)
        compare(power.signalArguments[start + 1][0], "reboot")
    }

    // The technician ends the day from the last screens: Restart and Shut down are there.
    function test_4_power_buttons_on_the_last_screens() {
        const win = h.createMain()
        for (const screen of ["export", "fleet"]) {
            win.go(screen)
            for (const name of ["shutDownButton", "restartButton"]) {
                const button = h.findOnScreen(win, name)
                verify(button.visible && button.height >= 44, screen + ": " + name)
            }
        }
    }
}
