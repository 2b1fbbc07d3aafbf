// SPDX-License-Identifier: GPL-3.0-or-later
// The window: a header (title, where we are, guides, language) and one screen at a time.
// Full screen on the live system, a window on a desktop; everything scales with the window.
import QtQml
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import UpgradeScan

ApplicationWindow {
    id: window

    // The screen shown: start, target, scan, results, export, fleet, guides; batch in batch mode.
    property string screen: App.batch.enabled ? "batch" : "start"
    property string guideReturn: "start"
    readonly property var flow: ["start", "target", "scan", "results", "export"]
    readonly property Item currentScreen: loader.item as Item

    function go(name) {
        if (name === "back") {
            back()
            return
        }
        if (name === "guides" && screen !== "guides")
            guideReturn = screen
        // Leaving the Batch screen by any way (Esc, Stay, the header's Guides) means the
        // technician took over: no power-off.
        if (screen === "batch" && name !== "batch")
            App.batch.stay()
        screen = name
    }
    function openGuide(guideId, section) {
        go("guides")
        const guides = loader.item as GuidesScreen
        if (guides)
            guides.show(guideId, section || "")
    }
    // Esc: one step back, never out of a running scan (Cancel is explicit there). On the Batch
    // screen, once the run has finished: no power-off, the normal screens take over.
    function back() {
        switch (screen) {
        case "batch": if (App.batch.finished) (loader.item as BatchScreen).leave(); break
        case "target": go("start"); break
        case "scan": if (!App.scan.running) go("target"); break
        case "results": go("target"); break
        case "export": go("results"); break
        case "fleet": go("export"); break
        case "guides": go(guideReturn); break
        }
    }

    width: 1024
    height: 768
    minimumWidth: 800
    minimumHeight: 600
    visible: true
    visibility: App.fullscreen ? Window.FullScreen : Window.Windowed
    title: qsTr("Upgrade readiness scanner")
    color: Theme.background
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    palette.window: Theme.background
    palette.windowText: Theme.text
    palette.base: Theme.surface
    palette.text: Theme.text
    palette.button: Theme.surface
    palette.buttonText: Theme.text
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.textOnAccent
    palette.dark: Theme.borderStrong
    palette.mid: Theme.border

    // 1.0 at 1024x768; a 4K screen gets everything about 2.8 times larger.
    Binding {
        target: Theme
        property: "scale"
        value: Math.max(0.8, Math.min(window.width / 1024, window.height / 768))
    }

    Component.onCompleted: App.startUp()

    Connections {
        target: App.scan
        function onStateChanged() {
            if (App.scan.state === ScanController.Finished && window.screen === "scan")
                window.go("results")
        }
    }

    Shortcut {
        sequences: ["Esc", "Back"]
        context: Qt.WindowShortcut
        onActivated: window.back()
    }
    Shortcut {
        sequence: "F1"
        onActivated: window.go("guides")
    }

    header: Rectangle {
        implicitHeight: Theme.headerHeight
        color: Theme.headerBackground

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacingL
            anchors.rightMargin: Theme.spacingM
            spacing: Theme.spacingL

            Text {
                text: qsTr("Upgrade readiness scanner")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
                font.weight: Font.DemiBold
                color: Theme.headerText
                elide: Text.ElideRight
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth
                Layout.minimumWidth: Math.min(implicitWidth, Theme.fontLarge * 6)
            }
            Item { Layout.fillWidth: true }
            StepIndicator {
                visible: window.screen !== "guides" && window.screen !== "batch"
                compact: window.width < 1280 * Theme.scale
                // The fleet summary is part of the last step.
                current: Math.max(0, window.flow.indexOf(window.screen === "fleet" ? "export" : window.screen))
            }
            Item { Layout.fillWidth: true }
            AppButton {
                objectName: "guidesButton"
                kind: "quiet"
                darkBackground: true
                text: qsTr("Guides")
                enabled: window.screen !== "guides"
                onClicked: window.go("guides")
            }
            AppButton {
                objectName: "languageButton"
                kind: "quiet"
                darkBackground: true
                text: App.language.otherNativeName
                Accessible.name: qsTr("Switch the language to %1").arg(App.language.otherNativeName)
                onClicked: App.language.toggle()
            }
        }
    }

    Loader {
        id: loader
        objectName: "screenLoader"
        anchors.fill: parent
        focus: true
        sourceComponent: {
            switch (window.screen) {
            case "target": return targetScreen
            case "scan": return scanScreen
            case "results": return resultsScreen
            case "export": return exportScreen
            case "fleet": return fleetScreen
            case "guides": return guidesScreen
            case "batch": return batchScreen
            default: return startScreen
            }
        }
        onLoaded: (item as Item).forceActiveFocus()
    }

    Connections {
        target: loader.item
        ignoreUnknownSignals: true
        function onNavigate(name) { window.go(name) }
        function onOpenGuide(guideId, section) { window.openGuide(guideId, section) }
    }

    Component { id: startScreen; StartScreen { objectName: "startScreen" } }
    Component { id: targetScreen; TargetScreen { objectName: "targetScreen" } }
    Component { id: scanScreen; ScanScreen { objectName: "scanScreen" } }
    Component { id: resultsScreen; ResultsScreen { objectName: "resultsScreen" } }
    Component { id: exportScreen; ExportScreen { objectName: "exportScreen" } }
    Component { id: fleetScreen; FleetScreen { objectName: "fleetScreen" } }
    Component { id: guidesScreen; GuidesScreen { objectName: "guidesScreen" } }
    Component { id: batchScreen; BatchScreen { objectName: "batchScreen" } }
}
