// SPDX-License-Identifier: GPL-3.0-or-later
// Target screen: the targets (SYNTHETIC, as the rule engine would give them), the recommended
// default, choosing another or all by keyboard, and going back.
import QtQuick
import QtTest
import UpgradeScan
import "../common"

TestCase {
    id: tc
    name: "TargetScreen"
    when: windowShown
    width: 200
    height: 100

    MainHarness { id: h; test: tc }
    Shots { id: shots; test: tc }

    function init() {
        testUtil.loadSyntheticDisks(App)
        testUtil.loadSyntheticTargets(App)
    }

    function openTargets() {
        const win = h.createMain()
        testUtil.loadSyntheticTargets(App) // after the window's own start-up reload
        win.go("target")
        return win
    }

    function test_default_is_the_recommended_target() {
        const win = openTargets()
        const list = h.findOnScreen(win, "targetList")
        compare(list.count, 4)
        compare(App.targets.selectedTargets, ["win11-25h2"])
        verify(App.targets.data(App.targets.index(App.targets.selectedIndex, 0), TargetListModel.IsDefaultRole))
        verify(list.activeFocus)
        verify(h.findOnScreen(win, "startScanButton").enabled)
    }

    function test_keyboard_chooses_another_or_all() {
        const win = openTargets()
        h.findOnScreen(win, "targetList").forceActiveFocus()
        keyClick(Qt.Key_Down)
        compare(App.targets.selectedTargets, ["win11-24h2"])
        keyClick(Qt.Key_Down)
        compare(App.targets.selectedTargets, ["win10-22h2"])
        keyClick(Qt.Key_Down)
        compare(App.targets.selectedTargets, [], "all targets")
        keyClick(Qt.Key_Down)
        compare(App.targets.selectedIndex, 3, "the last row stays")
        keyClick(Qt.Key_Escape)
        compare(win.screen, "start")
    }

    function test_lifecycle_line_follows_language() {
        const win = openTargets()
        const list = h.findOnScreen(win, "targetList")
        const en = App.targets.data(App.targets.index(2, 0), TargetListModel.LifecycleRole)
        App.language.language = "ja"
        const ja = App.targets.data(App.targets.index(2, 0), TargetListModel.LifecycleRole)
        verify(en !== ja)
        verify(ja.indexOf("サポート") >= 0)
        compare(App.targets.data(App.targets.index(3, 0), TargetListModel.NameRole), "すべての移行先")
        App.language.language = "en"
        compare(list.count, 4)
    }

    function test_screenshots() {
        const win = openTargets()
        h.findOnScreen(win, "targetList")
        shots.shoot(win, "target")
    }
}
