// SPDX-License-Identifier: GPL-3.0-or-later
// Export screen: the report saved on the (SYNTHETIC) boot stick as soon as a result is there,
// with its full path and drive; saving again asks to replace; the next machine asks before a
// result no report holds is discarded; the technician's notes; the power buttons on the last
// screen; the fleet summary over the stick's reports. The result is SYNTHETIC.
import QtQuick
import QtTest
import UpgradeScan
import "../common"

TestCase {
    id: tc
    name: "ExportScreen"
    when: windowShown
    width: 200
    height: 100

    MainHarness { id: h; test: tc }
    Shots { id: shots; test: tc }

    // A result on screen, saved by itself when it arrived, as at the end of a scan.
    function openExport() {
        const win = h.createMain()
        App.notes.technician = ""
        App.notes.clearMachine()
        testUtil.loadSyntheticResult(App)
        tryCompare(App.exporter, "state", ExportController.Done, 20000)
        win.go("export")
        return win
    }
    function zips() {
        return testUtil.filesIn(testUtil.reportsDir, "*.zip").length
    }

    function test_destinations_default_to_the_stick() {
        const win = openExport()
        const list = h.findOnScreen(win, "destinationList")
        compare(list.count, 3, "the read-only DVD is not offered")
        compare(App.destinations.selectedFolder, testUtil.reportsDir)
        verify(App.destinations.data(App.destinations.index(App.destinations.selectedIndex, 0), DestinationListModel.BootMediumRole))
        list.forceActiveFocus()
        keyClick(Qt.Key_Down)
        verify(App.destinations.selectedFolder !== testUtil.reportsDir)
        keyClick(Qt.Key_Up)
        compare(App.destinations.selectedFolder, testUtil.reportsDir)
    }

    function test_saved_on_the_stick_when_the_scan_ends() {
        const win = openExport()
        verify(App.exporter.automatic)
        verify(App.exporter.saved)
        verify(!App.unsavedResult)
        const path = App.exporter.filePath
        compare(path.indexOf(testUtil.reportsDir + "/"), 0, path)
        const members = testUtil.zipMembers(path)
        verify(members.indexOf("report.json") >= 0, members)
        verify(members.indexOf("manifest.json") >= 0, members)
        compare(h.findOnScreen(win, "saveStatusTitle").text, "Saved when the scan ended")
        // The full path and the drive it is on, so the technician knows what to take away.
        compare(h.findOnScreen(win, "writtenFile").text, path)
        const drive = h.findOnScreen(win, "writtenDrive").text
        verify(drive.indexOf("This USB stick") >= 0 && drive.indexOf("/dev/sdb1") >= 0, drive)
        verify(drive.indexOf(App.exporter.fileSizeText) >= 0, drive)
        const fleet = h.findOnScreen(win, "reportList")
        // The list is read again off the UI thread after the save; an earlier test's reports in
        // the same folder may be listed before that read ends (seen under ASan), so wait for it.
        const hasNewReport = () => {
            for (let i = 0; i < App.reports.count; ++i)
                if (App.reports.data(App.reports.index(i, 0), ReportListModel.IsNewRole))
                    return true
            return false
        }
        tryVerify(() => fleet.count >= 1 && !App.reports.busy && hasNewReport(), 10000,
                  "the report just written is marked")
    }

    function test_saving_twice_offers_replace_data() {
        return [
            { tag: "replace", button: "replaceButton", added: 0 },
            { tag: "keep both", button: "keepBothButton", added: 1 },
            { tag: "cancel", button: "replaceCancelButton", added: 0 },
        ]
    }
    function test_saving_twice_offers_replace(data) {
        const win = openExport()
        const before = zips()
        const first = App.exporter.filePath
        mouseClick(h.findOnScreen(win, "writeButton"))
        const question = h.findOnScreen(win, "replaceQuestion")
        tryVerify(() => question.opened, 10000, "saving again asks first")
        compare(App.exporter.state, ExportController.AskReplace)
        verify(question.message.indexOf(App.exporter.existingFileName) >= 0, question.message)
        compare(zips(), before, "nothing is written while the question is open")
        if (data.tag === "keep both")
            shots.shoot(win, "export-replace")
        mouseClick(findChild(question.contentItem, data.button))
        tryVerify(() => !question.opened && App.exporter.state === ExportController.Done, 20000)
        compare(zips(), before + data.added)
        verify(App.exporter.saved)
        if (data.tag === "keep both")
            verify(/-\d+\.zip$/.test(App.exporter.filePath), App.exporter.filePath)
        else
            verify(App.exporter.filePath.length > 0 && testUtil.exists(App.exporter.filePath))
        if (data.tag === "cancel")
            compare(App.exporter.filePath, first)
    }

    function test_notes_reach_the_report() {
        const win = openExport()
        const asset = h.findOnScreen(win, "assetTagField")
        asset.forceActiveFocus()
        keyClick("A")
        keyClick("7")
        compare(App.notes.assetTag, "A7")
        verify(App.exporter.notesOutdated, "the saved report does not hold the tag")
        verify(App.unsavedResult)
        compare(h.findOnScreen(win, "saveStatusTitle").text, "Saved, but without the notes typed since.")
        shots.shoot(win, "export-notes")
        mouseClick(h.findOnScreen(win, "writeButton"))
        const question = h.findOnScreen(win, "replaceQuestion")
        tryVerify(() => question.opened, 10000)
        mouseClick(findChild(question.contentItem, "replaceButton"))
        tryVerify(() => App.exporter.state === ExportController.Done && App.exporter.saved, 20000)
        verify(!App.unsavedResult)
    }

    function test_next_machine_asks_before_discarding() {
        const win = openExport()
        App.notes.note = "typed after the save"
        verify(App.unsavedResult)
        mouseClick(h.findOnScreen(win, "nextMachineButton"))
        const question = h.findOnScreen(win, "discardQuestion")
        tryVerify(() => question.opened, 5000, "the next machine asks first")
        compare(win.screen, "export")
        shots.shoot(win, "export-discard")
        mouseClick(findChild(question.contentItem, "discardCancelButton"))
        tryVerify(() => !question.opened, 5000)
        compare(win.screen, "export")
        verify(App.scan.hasResult, "Cancel keeps the result")
        mouseClick(h.findOnScreen(win, "nextMachineButton"))
        tryVerify(() => question.opened, 5000)
        mouseClick(findChild(question.contentItem, "discardButton"))
        tryCompare(win, "screen", "start")
        verify(!App.scan.hasResult)
        compare(App.verdicts.count, 0)
        verify(!App.exporter.canExport)
        compare(App.notes.note, "", "the next machine's note starts empty")
    }

    function test_next_machine_goes_on_when_saved() {
        const win = openExport()
        verify(!App.unsavedResult)
        App.notes.technician = "Hanako"
        tryCompare(App.exporter, "saved", false)
        // Saved with the technician's name: nothing to lose, no question.
        App.exporter.exportTo(App.destinations.selectedFolder)
        tryCompare(App.exporter, "state", ExportController.AskReplace, 10000)
        App.exporter.replaceExisting()
        tryCompare(App.exporter, "saved", true, 20000)
        mouseClick(h.findOnScreen(win, "nextMachineButton"))
        compare(win.screen, "start")
        verify(!App.scan.hasResult)
        compare(App.notes.technician, "Hanako", "the technician stays for the next machine")
    }

    // Restart and Shut down end the day from the last screens (shown with --power-controls).
    function test_power_buttons_on_the_last_screens_data() {
        return [{ tag: "export" }, { tag: "fleet" }]
    }
    function test_power_buttons_on_the_last_screens(data) {
        const win = openExport()
        win.go(data.tag)
        for (const name of ["shutDownButton", "restartButton"]) {
            const button = h.findOnScreen(win, name)
            compare(button.visible, App.powerControls)
        }
    }

    function test_fleet_summary_from_the_stick() {
        const win = openExport()
        testUtil.writeSyntheticMachineReport(testUtil.reportsDir, "OFFICE-PC-08", "ACME-0108", "Hanako")
        testUtil.writeSyntheticMachineReport(testUtil.reportsDir, "RECEPTION-01", "ACME-0031", "Taro")
        App.reports.refresh()
        tryVerify(() => !App.reports.busy && App.reports.count >= 3, 10000)
        mouseClick(h.findOnScreen(win, "fleetButton"))
        compare(win.screen, "fleet")
        tryVerify(() => App.fleet.built && !App.fleet.busy, 20000)
        compare(App.fleet.errorText, "")
        compare(App.fleet.folder, testUtil.reportsDir)
        compare(App.fleet.count, 3, "one row per machine: the copies of one machine count once")
        verify(testUtil.exists(App.fleet.htmlPath) && testUtil.exists(App.fleet.csvPath))
        tryCompare(h.findOnScreen(win, "fleetMachineList"), "count", 3)
        verify(h.findOnScreen(win, "fleetFilesText").text.indexOf(testUtil.reportsDir) >= 0)
        shots.shoot(win, "fleet")
        keyClick(Qt.Key_Escape)
        compare(win.screen, "export")
    }

    function test_screenshots() {
        const win = openExport()
        testUtil.writeSyntheticReport(testUtil.reportsDir)
        App.reports.refresh()
        tryVerify(() => App.reports.count >= 2 && !App.reports.busy, 10000)
        shots.shoot(win, "export")
    }
}
