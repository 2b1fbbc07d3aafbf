// SPDX-License-Identifier: GPL-3.0-or-later
// Start screen: the installations found (SYNTHETIC rows), picking one by keyboard and touch,
// opening a path, and the way on to the target screen.
import QtQuick
import QtTest
import UpgradeScan
import "../common"

TestCase {
    id: tc
    name: "StartScreen"
    when: windowShown
    width: 200
    height: 100

    MainHarness { id: h; test: tc }
    Shots { id: shots; test: tc }

    function init() {
        testUtil.loadSyntheticDisks(App)
    }

    function test_lists_installations_and_their_state() {
        const win = h.createMain()
        compare(win.screen, "start")
        const list = h.findOnScreen(win, "diskList")
        compare(list.count, 3)
        compare(App.disks.selectedIndex, 0)
        verify(App.disks.selectedCanScan)
        verify(list.activeFocus, "the list has the keyboard focus first")
        const next = h.findOnScreen(win, "nextButton")
        verify(next.enabled)
        verify(next.height >= 44, "touch target")
        compare(App.disks.data(App.disks.index(2, 0), DiskListModel.StatusRole), "encrypted")
        // An encrypted disk is scanned for its hardware, and its note says so and how to decrypt.
        verify(App.disks.data(App.disks.index(2, 0), DiskListModel.CanScanRole))
        const note = String(App.disks.data(App.disks.index(2, 0), DiskListModel.NoteRole))
        verify(note.indexOf("hardware only") >= 0, note)
        verify(note.indexOf("manage-bde -off C:") >= 0, note)
        verify(note.indexOf("suspending BitLocker is not enough") >= 0, note)
    }

    function test_keyboard_picks_and_goes_on() {
        const win = h.createMain()
        const list = h.findOnScreen(win, "diskList")
        list.forceActiveFocus()
        keyClick(Qt.Key_Down)
        compare(App.disks.selectedIndex, 1)
        verify(!App.disks.selectedCanScan, "an installation still being read cannot be scanned")
        verify(!h.findOnScreen(win, "nextButton").enabled)
        keyClick(Qt.Key_Return)
        compare(win.screen, "start", "Enter does nothing on a row that cannot be scanned")
        keyClick(Qt.Key_Down)
        compare(App.disks.selectedIndex, 2)
        verify(App.disks.selectedCanScan, "an encrypted disk is scanned for its hardware")
        keyClick(Qt.Key_Up)
        keyClick(Qt.Key_Up)
        compare(App.disks.selectedIndex, 0)
        keyClick(Qt.Key_Return)
        compare(win.screen, "target")
        keyClick(Qt.Key_Escape)
        compare(win.screen, "start")
    }

    function test_touch_picks_a_card() {
        const win = h.createMain()
        const list = h.findOnScreen(win, "diskList")
        const card = list.itemAtIndex(2)
        verify(card !== null)
        verify(card.height >= 44)
        mouseClick(card)
        compare(App.disks.selectedIndex, 2)
        mouseClick(list.itemAtIndex(0))
        compare(App.disks.selectedIndex, 0)
    }

    function test_open_a_path() {
        const win = h.createMain()
        const field = h.findOnScreen(win, "pathField")
        const open = h.findOnScreen(win, "openSource")
        verify(!open.enabled)
        field.forceActiveFocus()
        field.text = "/nonexistent/synthetic.img"
        verify(open.enabled)
        keyClick(Qt.Key_Return)
        tryVerify(() => !App.disks.busy, 10000)
        compare(App.disks.count, 4)
        // The opened source comes first and is selected; it cannot be read, and says why.
        compare(App.disks.selectedIndex, 0)
        compare(App.disks.selectedSource, "/nonexistent/synthetic.img")
        verify(!App.disks.selectedCanScan)
        verify(String(App.disks.data(App.disks.index(0, 0), DiskListModel.ErrorRole)).indexOf("/nonexistent/synthetic.img") >= 0)
        verify(!h.findOnScreen(win, "nextButton").enabled)
    }

    function test_screenshots() {
        const win = h.createMain()
        h.findOnScreen(win, "diskList")
        shots.shoot(win, "start")
    }
}
