// SPDX-License-Identifier: GPL-3.0-or-later
// Guides screen: the guides of the configured folder, their steps, the link as a QR code, the
// keyboard, and the language switch.
import QtQuick
import QtTest
import UpgradeScan
import "../common"

TestCase {
    id: tc
    name: "GuidesScreen"
    when: windowShown
    width: 200
    height: 100

    MainHarness { id: h; test: tc }
    Shots { id: shots; test: tc }

    function test_guides_show_steps_and_a_qr_code() {
        const win = h.createMain()
        win.go("guides")
        const list = h.findOnScreen(win, "guideList")
        verify(list.count >= 3, "media creation, in-place upgrade and clean install")
        compare(App.guides.data(App.guides.index(0, 0), GuideListModel.GuideIdRole), "media-creation")
        let withLink = 0
        for (let i = 0; i < list.count; ++i) {
            App.guides.select(i)
            const g = App.guides.guide(i)
            verify(g.stepCount > 0, g.guideId + " has numbered steps")
            verify(g.sections.length > 0, g.guideId + " has sections")
            const qr = h.findOnScreen(win, "qrImage")
            if (g.url === "") {
                verify(!qr.visible || qr.source == "", g.guideId + ": no link, no code")
                continue
            }
            ++withLink
            verify(g.url.indexOf("https://") === 0)
            tryCompare(qr, "status", Image.Ready, 3000)
            verify(qr.implicitWidth >= 29, "a QR code of a URL is at least 21 modules plus the quiet zone")
        }
        verify(withLink > 0, "the media guide links the official download page")
    }

    function test_finding_link_opens_its_section() {
        const win = h.createMain()
        win.go("guides")
        h.findOnScreen(win, "guideList")
        const row = App.guides.rowOf("in-place-upgrade")
        verify(row >= 0)
        const g = App.guides.guide(row)
        const last = g.sections[g.sections.length - 1].anchor
        win.currentScreen.show("in-place-upgrade", last)
        compare(App.guides.selectedIndex, row)
        const view = h.findOnScreen(win, "guideSteps")
        tryVerify(() => view.contentY > 0, 3000, "scrolled to the last section")
    }

    function test_keyboard_and_back() {
        const win = h.createMain()
        win.go("target")
        keyClick(Qt.Key_F1)
        compare(win.screen, "guides")
        const list = h.findOnScreen(win, "guideList")
        verify(list.activeFocus)
        App.guides.select(0)
        keyClick(Qt.Key_Down)
        compare(App.guides.selectedIndex, 1)
        keyClick(Qt.Key_Right)
        verify(h.findOnScreen(win, "guideSteps").activeFocus)
        keyClick(Qt.Key_Escape)
        compare(win.screen, "target")
    }

    function test_language_switch_reloads_the_guides() {
        const win = h.createMain()
        win.go("guides")
        h.findOnScreen(win, "guideList")
        App.guides.select(0)
        const en = App.guides.guide(0).title
        App.language.language = "ja"
        const ja = App.guides.guide(0).title
        App.language.language = "en"
        verify(en !== ja, "a Japanese guide exists for " + App.guides.guide(0).guideId)
        compare(App.guides.guide(0).title, en)
    }

    TextMetrics { id: metrics }

    function widthOf(font, text) {
        metrics.font = font
        metrics.text = text.replace(/[\u200b\u2060]/g, "")
        return metrics.advanceWidth
    }

    // How many lines a label takes when it breaks only between its words (at a space or
    // U+200B), filling each line as Qt does.
    function linesBetweenWords(label) {
        const words = label.text.split(/(?=[ \u200b])/)
        let lines = 1
        let line = ""
        for (const word of words) {
            const longer = line + word
            if (line !== "" && widthOf(label.font, longer.trim()) > label.width) {
                ++lines
                line = word.replace(/^[ \u200b]/, "")
            } else {
                line = longer
            }
        }
        return lines
    }

    // The side list's titles fit their cards without a word broken, in both languages
    // ("メディアからの" + "インプレースアップグレード", never "インプレー" + "ス...").
    function test_nav_labels_break_between_words() {
        const win = h.createMain()
        win.go("guides")
        const list = h.findOnScreen(win, "guideList")
        for (const lang of ["en", "ja"]) {
            App.language.language = lang
            wait(50)
            for (let i = 0; i < list.count; ++i) {
                const label = findChild(list.itemAtIndex(i), "guideNavLabel")
                verify(label !== null)
                for (const word of label.text.split(/[ \u200b]/))
                    verify(widthOf(label.font, word) <= label.width,
                           lang + ": \"" + word + "\" fits on a line of its own")
                compare(label.lineCount, linesBetweenWords(label), lang + ": " + label.text + " breaks between words")
                verify(label.lineCount <= 2, lang + ": " + label.text)
            }
        }
        App.language.language = "en"
    }

    // The link under the QR code wraps after a "/" and nowhere else.
    function test_link_breaks_only_after_a_slash() {
        const url = "https://www.microsoft.com/software-download/windows10"
        const shown = App.breakableUrl(url)
        compare(shown.replace(/[\u200b\u2060]/g, ""), url)
        compare(shown.split("\u200b").map(part => part.replace(/\u2060/g, "")),
                ["https://www.microsoft.com/", "software-download/", "windows10"])

        const win = h.createMain()
        win.go("guides")
        h.findOnScreen(win, "guideList")
        App.guides.select(App.guides.rowOf("media-creation"))
        const text = h.findOnScreen(win, "qrLinkText")
        tryVerify(() => text.text !== "", 3000)
        compare(text.text.replace(/[\u200b\u2060]/g, ""), App.guides.guide(App.guides.selectedIndex).links[0])
        compare(text.lineCount, linesBetweenWords(text), "broken at a slash only")
        const caption = h.findOnScreen(win, "qrCaption")
        compare(caption.lineCount, linesBetweenWords(caption), "the caption breaks between words")
        App.language.language = "ja"
        wait(50)
        compare(caption.lineCount, linesBetweenWords(caption), "the Japanese caption breaks between words")
        App.language.language = "en"
        // The guides' own addresses are links whose text wraps at a "/" as well.
        for (let i = 0; i < App.guides.count; ++i) {
            const g = App.guides.guide(i)
            for (const md of [g.intro].concat(g.sections.map(s => s.markdown)))
                verify(!/(^|[^(])<https?:/.test(md), g.guideId + ": an address left to wrap anywhere")
        }
    }

    function test_screenshots() {
        const win = h.createMain()
        win.go("guides")
        h.findOnScreen(win, "guideList")
        App.guides.select(0)
        shots.shoot(win, "guides")
    }
}
