// SPDX-License-Identifier: GPL-3.0-or-later
// Results screen on a SYNTHETIC result: the plan first (headline, detail, numbered steps that
// open their finding or guide), a verdict per target, findings grouped by status with filters, a
// finding opened with its evidence and remedy, and the way to the guides.
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

    // The screen as it opens: the plan's steps beside the verdicts.
    function openPlan() {
        const win = h.createMain()
        testUtil.loadSyntheticResult(App)
        win.go("results")
        const steps = h.findOnScreen(win, "planList")
        tryVerify(() => steps.itemAtIndex(0) !== null, 3000, "the steps are laid out")
        return win
    }
    // Step i of the list, scrolled into view.
    function stepAt(steps, i) {
        steps.positionViewAtIndex(i, ListView.Contain)
        tryVerify(() => steps.itemAtIndex(i) !== null, 3000)
        return steps.itemAtIndex(i)
    }
    // The screen with the findings beside the verdicts.
    function openResults() {
        const win = openPlan()
        win.currentScreen.showPane("findings")
        verify(h.findOnScreen(win, "findingList").visible)
        return win
    }

    // A technician reads the best path without scrolling, then the numbered steps.
    function test_plan_comes_first() {
        const win = openPlan()
        const header = h.findOnScreen(win, "planHeader")
        const headline = h.findOnScreen(win, "planHeadline")
        const steps = h.findOnScreen(win, "planList")
        compare(headline.text, "Best path: upgrade to Windows 10 22H2 in place after 2 fixes.")
        verify(h.findOnScreen(win, "planDetail").text.indexOf("they ended on 2026-10-13") >= 0)
        verify(steps.visible)
        verify(!h.findOnScreen(win, "findingList").visible)
        verify(h.findOnScreen(win, "planTab").checked)
        compare(h.findOnScreen(win, "planTab").text, "Plan (6)")
        compare(steps.count, 6)
        for (const size of [[1024, 768], [1920, 1080]]) {
            win.width = size[0]
            win.height = size[1]
            wait(60)
            const top = header.mapToItem(win.contentItem, 0, 0).y
            verify(header.visible && top >= 0 && top + header.height <= win.contentItem.height / 2,
                   "the headline is in view at " + size)
            verify(headline.lineCount <= 2, "the headline takes " + headline.lineCount + " lines at " + size)
        }
        win.width = 1024
        win.height = 768
        wait(60)
        for (let i = 0; i < 3; ++i) {
            const item = stepAt(steps, i)
            compare(findChild(item, "stepNumber").text, String(i + 1))
            verify(findChild(item, "stepPlace").text !== "")
            verify(findChild(item, "stepKind").text !== "")
        }
        const first = stepAt(steps, 0)
        compare(findChild(first, "stepAction").text, "Free about 35 GB on C: with Disk Cleanup, system files included")
        compare(findChild(first, "stepPlace").text, "In Windows")
        compare(findChild(first, "stepKind").text, "Must be fixed")
        // The place is a neutral tag; the kind wears the colours of what it is (a fix blocks).
        verify(findChild(first, "stepPlace").neutral)
        compare(findChild(first, "stepKind").status, "blocker")
        compare(findChild(stepAt(steps, 3), "stepKind").status, "", "the route's steps wear no status colour")
    }

    // Keyboard: from the verdicts to the steps, Return opens the step's finding (for the plan's
    // target, its status shown even if filtered out), Esc comes back to the step.
    function test_plan_step_opens_its_finding() {
        const win = openPlan()
        const steps = h.findOnScreen(win, "planList")
        const detail = h.findOnScreen(win, "findingDetail")
        App.findings.toggleStatus("warning") // the step's finding is filtered out
        verify(h.findOnScreen(win, "verdictList").activeFocus)
        keyClick(Qt.Key_Right)
        verify(steps.activeFocus)
        keyClick(Qt.Key_Down)
        compare(steps.currentIndex, 1)
        keyClick(Qt.Key_Return)
        tryVerify(() => detail.opened, 3000)
        compare(detail.detail.findingId, "fast-startup")
        compare(App.verdicts.selectedTargetId, "win10-22h2", "the plan's target is selected")
        verify(App.findings.isStatusShown("warning"))
        keyClick(Qt.Key_Escape)
        tryVerify(() => !detail.opened, 3000)
        verify(steps.visible, "the plan is still shown")
        verify(steps.activeFocus, "the keyboard is back on the steps")
        // A tap on a step does the same.
        mouseClick(stepAt(steps, 0))
        tryVerify(() => detail.opened, 3000)
        compare(detail.detail.findingId, "free-space")
        detail.close()
        tryVerify(() => !detail.opened, 3000)
    }

    // A step's guide button opens its guide at its section; a route step opens its guide.
    function test_plan_step_opens_its_guide() {
        const win = openPlan()
        const steps = h.findOnScreen(win, "planList")
        mouseClick(findChild(stepAt(steps, 1), "stepGuideButton"))
        compare(win.screen, "guides")
        compare(App.guides.selectedIndex, App.guides.rowOf("in-place-upgrade"))
        compare(win.guideReturn, "results")
        keyClick(Qt.Key_Escape)
        compare(win.screen, "results")

        mouseClick(stepAt(h.findOnScreen(win, "planList"), 3))
        compare(win.screen, "guides")
        compare(App.guides.selectedIndex, App.guides.rowOf("media-creation"))
    }

    // The tabs switch the right pane; choosing a verdict shows its findings.
    function test_plan_and_findings_tabs() {
        const win = openPlan()
        const steps = h.findOnScreen(win, "planList")
        const findings = h.findOnScreen(win, "findingList")
        const findingsTab = h.findOnScreen(win, "findingsTab")
        compare(findingsTab.text, App.findings.heading)
        findingsTab.forceActiveFocus()
        keyClick(Qt.Key_Space)
        verify(findings.visible && !steps.visible)
        waitForRendering(win.contentItem) // the pane's layout follows
        mouseClick(h.findOnScreen(win, "planTab"))
        verify(steps.visible && !findings.visible)
        waitForRendering(win.contentItem)
        const verdicts = h.findOnScreen(win, "verdictList")
        mouseClick(verdicts.itemAtIndex(1))
        compare(App.verdicts.selectedTargetId, "win11-24h2")
        verify(findings.visible, "a chosen verdict shows its findings")
    }

    // Dates in Japanese prose (2026 年 10 月 13 日) on the plan and the verdict cards; English
    // keeps 2026-10-13.
    function test_japanese_dates() {
        const win = openPlan()
        const verdicts = h.findOnScreen(win, "verdictList")
        App.language.language = "ja"
        const detail = h.findOnScreen(win, "planDetail").text
        verify(detail.indexOf("2026 年 10 月 13 日") >= 0, detail)
        verify(detail.indexOf("2026-10-13") < 0, detail)
        const cards = shownTexts(verdicts, []).join("\n")
        verify(cards.indexOf("2027 年 10 月 12 日") >= 0, cards)
        verify(!/\d{4}-\d{2}-\d{2}/.test(cards), "no ISO date on the Japanese cards: " + cards)
        App.language.language = "en"
        verify(shownTexts(verdicts, []).join("\n").indexOf("2027-10-12") >= 0)
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
        const win = openPlan()
        shots.shoot(win, "results")
        mouseClick(h.findOnScreen(win, "findingsTab"))
        shots.shoot(win, "results-findings")
        win.currentScreen.openFinding(App.findings.rowOf("fast-startup"))
        const detail = h.findOnScreen(win, "findingDetail")
        tryVerify(() => detail.opened, 3000)
        shots.shoot(win, "finding")
        detail.close()
    }
}
