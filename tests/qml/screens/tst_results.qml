// SPDX-License-Identifier: GPL-3.0-or-later
// Results screen on a SYNTHETIC result: a verdict per target, findings grouped by status with
// filters, a finding opened with its evidence and remedy, and the way to the guides.
import QtQuick
import QtTest
import UpgradeScan
import "../common"

TestCase {
    id: tc
    name: "ResultsScreen"
    when: windowShown
    width: 200
    height: 100

    MainHarness { id: h; test: tc }
    Shots { id: shots; test: tc }

    function init() {
        App.findings.statusFilter = App.findings.statuses
    }

    function openResults() {
        const win = h.createMain()
        testUtil.loadSyntheticResult(App)
        win.go("results")
        return win
    }

    function test_verdicts_and_findings() {
        const win = openResults()
        const verdicts = h.findOnScreen(win, "verdictList")
        const findings = h.findOnScreen(win, "findingList")
        compare(verdicts.count, 3)
        compare(App.verdicts.selectedTargetId, "win11-25h2")
        compare(findings.count, 7, "every finding for 25H2 and for all targets")
        compare(App.findings.counts["blocker"], 1)
        verify(verdicts.activeFocus)
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Down)
        compare(App.verdicts.selectedTargetId, "win10-22h2")
        compare(findings.count, 6, "no CPU blocker for Windows 10")
    }

    // The banner asking for a restart from the stick's "UEFI:" entry: shown for a result read by
    // a scanner started in legacy BIOS mode, not for one started through UEFI.
    function test_legacy_boot_banner() {
        const win = h.createMain()
        testUtil.loadSyntheticResultBootedIn(App, "bios")
        win.go("results")
        const banner = h.findOnScreen(win, "legacyBootBanner")
        verify(App.scan.scannerBootedLegacy)
        tryVerify(() => banner.visible && banner.height > 0, 3000)
        verify(banner.Accessible.name.indexOf("UEFI:") >= 0)
        shots.shoot(win, "results-legacy-boot")
        testUtil.loadSyntheticResultBootedIn(App, "uefi")
        verify(!App.scan.scannerBootedLegacy)
        tryVerify(() => !banner.visible, 3000)
    }

    function test_status_filters() {
        const win = openResults()
        const findings = h.findOnScreen(win, "findingList")
        const pass = h.findOnScreen(win, "filter-pass")
        verify(pass.checked)
        mouseClick(pass)
        verify(!pass.checked)
        compare(findings.count, 5)
        pass.forceActiveFocus()
        keyClick(Qt.Key_Space)
        verify(pass.checked)
        compare(findings.count, 7)
    }

    function test_finding_opens_evidence_and_remedy() {
        const win = openResults()
        const findings = h.findOnScreen(win, "findingList")
        findings.forceActiveFocus()
        const row = App.findings.rowOf("fast-startup")
        findings.currentIndex = row
        keyClick(Qt.Key_Return)
        const detail = h.findOnScreen(win, "findingDetail")
        tryVerify(() => detail.opened, 3000)
        compare(detail.detail.findingId, "fast-startup")
        compare(detail.detail.remedy[0].command, "powercfg /h off")
        compare(detail.detail.evidence.length, 1)
        keyClick(Qt.Key_Escape)
        tryVerify(() => !detail.opened, 3000)
        compare(win.screen, "results", "Esc closed the finding, not the screen")
        verify(findings.activeFocus)
        keyClick(Qt.Key_Escape)
        compare(win.screen, "target")
    }

    function test_guide_link_opens_guides() {
        const win = openResults()
        const findings = h.findOnScreen(win, "findingList")
        win.currentScreen.openFinding(App.findings.rowOf("fast-startup"))
        const detail = h.findOnScreen(win, "findingDetail")
        tryVerify(() => detail.opened, 3000)
        detail.close()
        detail.openGuide("in-place-upgrade", "fast-startup")
        compare(win.screen, "guides")
        compare(win.guideReturn, "results")
        keyClick(Qt.Key_Escape)
        compare(win.screen, "results")
    }

    function test_screenshots() {
        const win = openResults()
        h.findOnScreen(win, "findingList")
        shots.shoot(win, "results")
        win.currentScreen.openFinding(App.findings.rowOf("fast-startup"))
        const detail = h.findOnScreen(win, "findingDetail")
        tryVerify(() => detail.opened, 3000)
        shots.shoot(win, "finding")
        detail.close()
    }
}
