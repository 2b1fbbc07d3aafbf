// SPDX-License-Identifier: GPL-3.0-or-later
// The plan on the bundled sample (the `sample` fixture, laptop-2014 hardware): scanned for every
// target with the real library, the Results screen opens with the engine's best path in one
// sentence, in view, and its numbered steps; a step's guide opens that guide at its section; in
// Japanese the dates read 2026 年 10 月 13 日, never 2026-10-13. The sample's failed upgrade
// attempt opens with its error code in words, the sentence `upgrade-scan explain` prints.
import QtQuick
import QtTest
import UpgradeScan
import "../common"

TestCase {
    id: tc
    name: "Plan"
    when: windowShown
    width: 200
    height: 100

    MainHarness { id: h; test: tc }
    Shots { id: shots; test: tc }

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

    function scanTheSampleForEveryTarget() {
        const sample = testUtil.sampleImage
        verify(sample !== "" && testUtil.exists(sample),
               "the sample image " + sample + " is missing: build it with `cmake --build <build> --target sample`")
        const win = h.createMain()
        const field = h.findOnScreen(win, "pathField")
        field.forceActiveFocus()
        field.text = sample
        keyClick(Qt.Key_Return)
        tryVerify(() => !App.disks.busy && App.disks.count > 0 && App.disks.selectedCanScan, 60000)
        mouseClick(h.findOnScreen(win, "nextButton"))
        tryVerify(() => !App.targets.busy && App.targets.count > 1, 30000)
        compare(App.targets.error, "")
        // "All targets", the last choice: the plan weighs every target against the others.
        const targets = h.findOnScreen(win, "targetList")
        targets.positionViewAtIndex(App.targets.count - 1, ListView.Contain)
        tryVerify(() => targets.itemAtIndex(App.targets.count - 1) !== null, 3000)
        mouseClick(targets.itemAtIndex(App.targets.count - 1))
        compare(App.targets.selectedTargets, [])
        mouseClick(h.findOnScreen(win, "startScanButton"))
        tryVerify(() => win.screen === "results", 60000, "the scan ended: " + App.scan.errorText)
        return win
    }

    function test_plan_of_the_sample() {
        const win = scanTheSampleForEveryTarget()
        const header = h.findOnScreen(win, "planHeader")
        const headline = h.findOnScreen(win, "planHeadline")
        const steps = h.findOnScreen(win, "planList")

        // The engine's sentence, word for word, at the top and in view; the laptop's processor
        // rules Windows 11 out, so the best path is Windows 10 in place.
        compare(headline.text, App.plan.headline)
        verify(headline.text.indexOf("Best path: upgrade to Windows 10 22H2 in place") === 0, headline.text)
        compare(App.plan.targetId, "win10-22h2")
        compare(App.plan.route, "in-place")
        verify(h.findOnScreen(win, "planDetail").text.indexOf("would need a newer processor") >= 0)
        const top = header.mapToItem(win.contentItem, 0, 0).y
        verify(top >= 0 && top + header.height <= win.contentItem.height / 2, "the headline is in view")

        // The steps, numbered, in the engine's order, each with where and what kind.
        verify(steps.visible, "the plan's steps are shown first")
        compare(steps.count, App.plan.count)
        verify(steps.count >= 4, "at least one fix and the three steps of the in-place route")
        for (let i = 0; i < steps.count; ++i) {
            steps.positionViewAtIndex(i, ListView.Contain)
            tryVerify(() => steps.itemAtIndex(i) !== null, 3000)
            const item = steps.itemAtIndex(i)
            compare(findChild(item, "stepNumber").text, String(i + 1))
            compare(findChild(item, "stepAction").text, App.plan.step(i).action)
            compare(findChild(item, "stepPlace").text, App.plan.step(i).placeLabel)
            compare(findChild(item, "stepKind").text, App.plan.step(i).kindLabel)
        }
        compare(App.plan.step(0).kind, "fix", "what must be fixed comes first")
        compare(App.plan.step(steps.count - 1).kind, "install", "the route's own steps come last")
        steps.positionViewAtBeginning()
        shots.shoot(win, "sample-plan")

        // Japanese: the engine's Japanese sentence and dates as the glossary writes them.
        App.language.language = "ja"
        verify(headline.text.indexOf("最適な方法: ") === 0, headline.text)
        const japaneseDate = /\d{4} 年 \d{1,2} 月 \d{1,2} 日/
        const isoDate = /\d{4}-\d{2}-\d{2}/
        const detail = h.findOnScreen(win, "planDetail").text
        verify(japaneseDate.test(detail) && !isoDate.test(detail), detail)
        const cards = shownTexts(h.findOnScreen(win, "verdictList"), []).join("\n")
        verify(japaneseDate.test(cards) && !isoDate.test(cards), cards)
        App.language.language = "en"
        verify(isoDate.test(h.findOnScreen(win, "planDetail").text), "English keeps 2026-10-13")

        // A step's guide button opens its guide at its section; Esc comes back to the plan.
        const step = App.plan.step(0)
        verify(step.guideId !== "", "the first step has a guide")
        steps.positionViewAtIndex(0, ListView.Contain)
        mouseClick(findChild(steps.itemAtIndex(0), "stepGuideButton"))
        compare(win.screen, "guides")
        compare(App.guides.selectedIndex, App.guides.rowOf(step.guideId))
        compare(win.currentScreen.pendingAnchor, step.guideSection)
        keyClick(Qt.Key_Escape)
        compare(win.screen, "results")
        verify(h.findOnScreen(win, "planList").visible)
    }

    // The sample's disk holds the logs of an upgrade that failed with 0xC1900101 - 0x20017: its
    // finding shows the code decoded by the engine's table (rules/error-codes.yaml), in English
    // and in Japanese, not the bare number.
    function test_last_attempt_shows_the_code_in_words() {
        const win = scanTheSampleForEveryTarget()
        mouseClick(h.findOnScreen(win, "findingsTab"))
        const row = App.findings.rowOf("last-attempt")
        verify(row >= 0, "the sample's failed attempt is a finding")
        for (const lang of ["en", "ja"]) {
            App.language.language = lang
            const decoded = testUtil.explainCode("0xC1900101 - 0x20017", lang)
            verify(decoded.indexOf("0xC1900101 - 0x20017") === 0 && decoded.length > 40, decoded)
            win.currentScreen.openFinding(row)
            const detail = h.findOnScreen(win, "findingDetail")
            tryVerify(() => detail.opened, 3000)
            compare(detail.detail.findingId, "last-attempt")
            const shown = shownTexts(detail.contentItem, []).join("\n")
            verify(shown.indexOf(decoded) >= 0, "the detail (" + lang + ") says:\n" + shown)
            if (lang === "en")
                shots.shoot(win, "sample-last-attempt")
            detail.close()
            tryVerify(() => !detail.opened, 3000)
        }
        App.language.language = "en"
    }
}
