// SPDX-License-Identifier: GPL-3.0-or-later
// Grabs the app window to PNG in English and Japanese, at 1024x768 (docs/screenshots/
// app-<screen>-<lang>.png) and at 2560x1440 (app-<screen>-<lang>-large.png, build dir only).
import QtQuick
import QtTest
import UpgradeScan

QtObject {
    id: shots

    required property TestCase test

    function shoot(win, screen) {
        const sizes = [[1024, 768, ""], [2560, 1440, "-large"]]
        const before = App.language.language
        for (const lang of ["en", "ja"]) {
            App.language.language = lang
            for (const size of sizes) {
                win.width = size[0]
                win.height = size[1]
                test.wait(60) // let the layouts settle at the new size
                const path = testUtil.grab(win, "app-" + screen + "-" + lang + size[2])
                test.verify(path !== "", "could not grab " + screen)
            }
        }
        App.language.language = before
        win.width = 1024
        win.height = 768
        test.wait(30)
    }
}
