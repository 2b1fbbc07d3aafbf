// SPDX-License-Identifier: GPL-3.0-or-later
// The window: language switch from the header, scaling from 1024x768 to 4K, touch-sized
// controls, and the header's keyboard reach.
import QtQuick
import QtTest
import UpgradeScan
import "../common"

TestCase {
    id: tc
    name: "Window"
    when: windowShown
    width: 200
    height: 100

    MainHarness { id: h; test: tc }

    function init() {
        testUtil.loadSyntheticDisks(App)
    }

    function test_language_switch() {
        const win = h.createMain()
        const button = h.find(win, "languageButton")
        compare(App.language.language, "en")
        compare(button.text, "日本語")
        compare(win.title, "Upgrade readiness scanner")
        mouseClick(button)
        compare(App.language.language, "ja")
        compare(button.text, "English")
        verify(win.title !== "Upgrade readiness scanner", "the title is translated: " + win.title)
        verify(Theme.fontFamily.indexOf("CJK JP") >= 0 || Theme.fontFamily.indexOf("JP") >= 0,
               "a Japanese font when one is installed: " + Theme.fontFamily)
        const next = h.findOnScreen(win, "nextButton")
        verify(next.text !== "Next: choose the target")
        button.forceActiveFocus()
        keyClick(Qt.Key_Space)
        compare(App.language.language, "en")
        compare(next.text, "Next: choose the target")
    }

    function test_scales_from_1024x768_to_4k() {
        const win = h.createMain()
        compare(Theme.scale, 1.0)
        const next = h.findOnScreen(win, "nextButton")
        verify(next.height >= 44)
        const small = next.height
        win.width = 3840
        win.height = 2160
        wait(30)
        verify(Theme.scale > 2.5 && Theme.scale < 3.0, "scale " + Theme.scale)
        verify(next.height > small * 2)
        verify(next.y + next.height <= win.height, "the action bar stays on screen")
        win.width = 1024
        win.height = 768
        wait(30)
        compare(Theme.scale, 1.0)
    }

    function test_tab_reaches_header_and_footer() {
        const win = h.createMain()
        const list = h.findOnScreen(win, "diskList")
        list.forceActiveFocus()
        const seen = {}
        for (let i = 0; i < 20; ++i) {
            keyClick(Qt.Key_Tab)
            const item = win.activeFocusItem
            if (item && item.objectName !== "")
                seen[item.objectName] = true
        }
        verify(seen["pathField"], "path field")
        verify(seen["nextButton"], "next button")
        verify(seen["languageButton"], "language button")
        verify(seen["guidesButton"], "guides button")
    }
}
