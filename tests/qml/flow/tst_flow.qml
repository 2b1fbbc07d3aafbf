// SPDX-License-Identifier: GPL-3.0-or-later
// The whole flow on the bundled sample (the `sample` fixture: <build>/sample/sample-disk.img with
// the laptop-2014 hardware tree): open it, keep the recommended target, scan with the real
// library, read the results, find the report saved on the (SYNTHETIC) boot stick when the scan
// ended and check the zip.
import QtQuick
import QtTest
import UpgradeScan
import "../common"

TestCase {
    id: tc
    name: "Flow"
    when: windowShown
    width: 200
    height: 100

    MainHarness { id: h; test: tc }
    Shots { id: shots; test: tc }

    function test_whole_flow_on_the_sample() {
        const sample = testUtil.sampleImage
        verify(sample !== "" && testUtil.exists(sample),
               "the sample image " + sample + " is missing: build it with `cmake --build <build> --target sample`")
        const win = h.createMain()

        // 1. Start: open the sample by typing its path.
        const field = h.findOnScreen(win, "pathField")
        field.forceActiveFocus()
        field.text = sample
        keyClick(Qt.Key_Return)
        tryVerify(() => !App.disks.busy && App.disks.count > 0, 60000)
        compare(App.disks.selectedSource, sample)
        verify(App.disks.selectedCanScan, "the sample holds a readable Windows: "
               + App.disks.data(App.disks.index(0, 0), DiskListModel.ErrorRole))
        verify(App.disks.data(App.disks.index(0, 0), DiskListModel.ProductRole) !== "", "the preview read the product name")
        mouseClick(h.findOnScreen(win, "nextButton"))
        compare(win.screen, "target")

        // 2. Target: the rules' targets, the recommended one selected.
        tryVerify(() => !App.targets.busy && App.targets.count > 0, 30000)
        compare(App.targets.error, "")
        compare(App.targets.selectedTargets, ["win11-25h2"])
        shots.shoot(win, "sample-target")

        // 3. Scan with the library, off the UI thread.
        mouseClick(h.findOnScreen(win, "startScanButton"))
        compare(win.screen, "scan")
        tryVerify(() => win.screen === "results", 60000, "the scan ended: " + App.scan.errorText)

        // 4. Results.
        const verdicts = h.findOnScreen(win, "verdictList")
        compare(verdicts.count, 1)
        compare(App.verdicts.selectedTargetId, "win11-25h2")
        verify(h.findOnScreen(win, "findingList").count > 0)
        shots.shoot(win, "sample-results")

        // 5. The report went to the stick when the scan ended; look at the zip.
        tryCompare(App.exporter, "state", ExportController.Done, 30000)
        verify(App.exporter.automatic)
        mouseClick(h.findOnScreen(win, "exportButton"))
        compare(win.screen, "export")
        compare(App.destinations.selectedFolder, testUtil.reportsDir)
        const zip = App.exporter.filePath
        compare(zip.indexOf(testUtil.reportsDir + "/"), 0, zip)
        verify(testUtil.exists(zip))
        const members = testUtil.zipMembers(zip)
        for (const name of ["report.html", "report.json", "findings.csv", "facts.json", "scan.log", "manifest.json"])
            verify(members.indexOf(name) >= 0, name + " in " + members)
        compare(members[members.length - 1], "manifest.json")
        tryVerify(() => App.reports.count >= 1, 10000)

        // Next machine.
        mouseClick(h.findOnScreen(win, "nextMachineButton"))
        compare(win.screen, "start")
        verify(!App.scan.hasResult)
    }
}
