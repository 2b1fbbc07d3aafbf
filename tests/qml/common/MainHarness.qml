// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the screen tests: make the main window, find items by objectName.
import QtQuick
import QtTest
import UpgradeScan

QtObject {
    id: harness

    required property TestCase test
    property Component mainComponent: Component { Main {} }

    function createMain() {
        const win = test.createTemporaryObject(mainComponent, test)
        test.verify(win !== null, "Main.qml did not load")
        win.width = 1024
        win.height = 768
        test.tryVerify(() => win.currentScreen !== null, 5000)
        // Key events go to the active window: make it the app's, not the test runner's.
        win.requestActivate()
        test.tryVerify(() => win.active && win.activeFocusItem !== null, 3000, "the app window has the keyboard")
        return win
    }
    function find(win, objectName) {
        const item = test.findChild(win.contentItem, objectName)
        test.verify(item !== null, "no item " + objectName)
        return item
    }
    function findOnScreen(win, objectName) {
        test.tryVerify(() => win.currentScreen !== null && test.findChild(win.currentScreen, objectName) !== null, 3000,
                       "no item " + objectName + " on " + win.screen)
        return test.findChild(win.currentScreen, objectName)
    }
}
