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
        App.language.language = "en"
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

    // The findings pane says which target it shows, and each finding which targets it affects
    // (the model words both; a finding affects a target where its check does not pass).
    function test_findings_heading_and_affects() {
        const win = openResults()
        const findings = h.findOnScreen(win, "findingList")
        const heading = h.findOnScreen(win, "findingsHeading")
        const affects = id => App.findings.data(App.findings.index(App.findings.rowOf(id), 0),
                                                FindingListModel.AffectsRole)
        compare(heading.text, "Findings for Windows 11 25H2 (7)")
        compare(affects("cpu-supported"), "Affects: Windows 11 25H2, Windows 11 24H2")
        compare(affects("fast-startup"), "Affects all targets")
        compare(affects("memory"), "", "a check that passes affects no target")

        const row = App.findings.rowOf("cpu-supported")
        findings.positionViewAtIndex(row, ListView.Contain)
        const line = findChild(findings.itemAtIndex(row), "findingAffects")
        verify(line.visible)
        compare(line.text, "Affects: Windows 11 25H2, Windows 11 24H2")

        App.language.language = "ja"
        compare(heading.text, "Windows 11 25H2 のチェック結果（7 件）")
        compare(affects("cpu-supported"), "影響する移行先: Windows 11 25H2、Windows 11 24H2")
        compare(affects("fast-startup"), "すべての移行先に影響")
        App.language.language = "en"

        App.verdicts.select(2)
        compare(heading.text, "Findings for Windows 10 22H2 (6)")
        mouseClick(h.findOnScreen(win, "filter-pass"))
        compare(heading.text, "Findings for Windows 10 22H2 (4)", "the count is what the list shows")
    }

    // Every text an item shows, its visible children's included.
    function shownTexts(item, out) {
        if (!item || !item.visible)
            return out
        if (typeof item.text === "string" && item.text !== "")
            out.push(item.text)
        for (let i = 0; i < item.children.length; ++i)
            shownTexts(item.children[i], out)
        return out
    }

    // No rule id and no checklist number reach the customer: report.json and findings.csv
    // keep them; the opened finding shows its title, the targets it affects and its texts.
    function test_finding_detail_shows_no_developer_text() {
        const win = openResults()
        const detail = h.findOnScreen(win, "findingDetail")
        for (const lang of ["en", "ja"]) {
            App.language.language = lang
            for (const id of ["fast-startup", "cpu-supported", "tpm-2", "free-space", "memory"]) {
                win.currentScreen.openFinding(App.findings.rowOf(id))
                tryVerify(() => detail.opened, 3000)
                const shown = shownTexts(detail.contentItem, []).join("\n")
                verify(shown.indexOf(detail.detail.title) >= 0, "the title is shown")
                verify(shown.indexOf(detail.detail.affects) >= 0, "the targets it affects are shown")
                verify(shown.indexOf(id) < 0, lang + ": rule id " + id + " shown")
                for (const word of ["Checklist", "checklist", "チェックリスト", "チェック項目", "(verify", "(absent)"])
                    verify(shown.indexOf(word) < 0, lang + ": " + word + " shown for " + id)
                if (id === "fast-startup")
                    verify(shown.indexOf("16.2") < 0, "its checklist item is not shown")
                detail.close()
                tryVerify(() => !detail.opened, 3000)
            }
        }
        App.language.language = "en"
    }

    // A long reason takes two lines before it is cut, a short one one.
    function test_long_reason_wraps_to_two_lines() {
        const win = openResults()
        const findings = h.findOnScreen(win, "findingList")
        for (const lang of ["en", "ja"]) {
            App.language.language = lang
            for (const [id, lines] of [["free-space", 2], ["fast-startup", 1]]) {
                const row = App.findings.rowOf(id)
                findings.positionViewAtIndex(row, ListView.Contain)
                const meaning = findChild(findings.itemAtIndex(row), "findingMeaning")
                tryCompare(meaning, "lineCount", lines, 3000, lang + " " + id)
                compare(meaning.maximumLineCount, 2)
                compare(meaning.elide, Text.ElideRight, "cut only after the second line")
                verify(meaning.height >= lines * meaning.font.pixelSize, "both lines are shown")
            }
        }
        App.language.language = "en"
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
