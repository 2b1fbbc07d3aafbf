// SPDX-License-Identifier: GPL-3.0-or-later
// Export screen: the destinations of a SYNTHETIC mounts root (the boot stick first), writing
// the report zip of a SYNTHETIC result with the library, the fleet list, and the next machine.
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

    function openExport() {
        const win = h.createMain()
        testUtil.loadSyntheticResult(App)
        win.go("export")
        return win
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

    function test_write_the_report_and_see_it_in_the_fleet() {
        const win = openExport()
        const write = h.findOnScreen(win, "writeButton")
        verify(write.enabled)
        mouseClick(write)
        tryCompare(App.exporter, "state", ExportController.Done, 20000)
        const path = App.exporter.filePath
        verify(path.indexOf(testUtil.reportsDir) === 0, path)
        verify(testUtil.fileSize(path) > 0)
        const members = testUtil.zipMembers(path)
        verify(members.indexOf("report.json") >= 0, members)
        verify(members.indexOf("manifest.json") >= 0, members)
        const shown = h.findOnScreen(win, "writtenFile")
        verify(shown.text.indexOf(App.exporter.fileName) >= 0)
        verify(shown.text.indexOf(App.exporter.fileSizeText) >= 0)
        const fleet = h.findOnScreen(win, "reportList")
        tryVerify(() => fleet.count >= 1, 10000)
        let newOne = false
        for (let i = 0; i < App.reports.count; ++i)
            newOne = newOne || App.reports.data(App.reports.index(i, 0), ReportListModel.IsNewRole)
        verify(newOne, "the report just written is marked")
    }

    function test_next_machine_starts_over() {
        const win = openExport()
        mouseClick(h.findOnScreen(win, "nextMachineButton"))
        compare(win.screen, "start")
        verify(!App.scan.hasResult)
        compare(App.verdicts.count, 0)
        verify(!App.exporter.canExport)
    }

    function test_screenshots() {
        const win = openExport()
        testUtil.writeSyntheticReport(testUtil.reportsDir)
        mouseClick(h.findOnScreen(win, "writeButton"))
        tryCompare(App.exporter, "state", ExportController.Done, 20000)
        tryVerify(() => App.reports.count >= 2 && !App.reports.busy, 10000)
        shots.shoot(win, "export")
    }
}
