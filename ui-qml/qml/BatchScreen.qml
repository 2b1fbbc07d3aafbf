// SPDX-License-Identifier: GPL-3.0-or-later
// Batch mode (App.batch): the scan of the first Windows found runs with no questions, then this
// shows the verdict per target in large type with the machine and the report's file name, or
// what failed and what to do. A key or a tap switches the machine off, and so does the end of
// the countdown; Esc or "Stay on this screen" stops it and hands over to the normal screens.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import UpgradeScan

FocusScope {
    id: screen

    signal navigate(string screen)
    readonly property bool finished: App.batch.finished
    readonly property bool failed: App.batch.state === BatchRun.Failed
    readonly property bool hasVerdicts: finished && App.verdicts.count > 0

    // Esc and "Stay on this screen": no power-off; the results (or, without one, the Start
    // screen) take over.
    function leave() {
        App.batch.stay()
        navigate(App.scan.hasResult ? "results" : "start")
    }

    // Esc is the window's shortcut (Main.back() calls leave()); every other key switches off.
    Keys.onPressed: event => {
        if (screen.finished) {
            App.batch.powerOffNow()
            event.accepted = true
        }
    }
    // "shown" on the console once the outcome has been on screen for a moment: by then a frame
    // with it has been drawn.
    Timer {
        interval: 250
        running: screen.finished && screen.visible
        onTriggered: App.batch.markShown()
    }

    // A tap anywhere but on a button switches off.
    MouseArea {
        objectName: "batchTapArea"
        anchors.fill: parent
        enabled: screen.finished
        onClicked: App.batch.powerOffNow()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingM

        ScreenTitle {
            Layout.fillWidth: true
            title: qsTr("Automatic scan")
            subtitle: App.batch.device !== "" ? App.batch.device : ""
        }

        // --- the machine ----------------------------------------------------------------------
        Text {
            objectName: "batchMachine"
            Layout.fillWidth: true
            visible: text !== ""
            text: App.scan.hasResult ? App.scan.resultTitle : App.batch.windowsTitle
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontHeadline
            font.weight: Font.DemiBold
            color: Theme.text
            elide: Text.ElideRight
        }

        // --- while it runs --------------------------------------------------------------------
        ColumnLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingL
            visible: !screen.finished
            spacing: Theme.spacingM
            RowLayout {
                spacing: Theme.spacingM
                BusyIndicator {
                    palette.dark: Theme.accent
                    running: !screen.finished
                    Layout.preferredWidth: Theme.fontDisplay
                    Layout.preferredHeight: Theme.fontDisplay
                }
                Text {
                    objectName: "batchStep"
                    Layout.fillWidth: true
                    text: App.batch.stepText
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontHeadline
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
            }
            ProgressBar {
                Layout.fillWidth: true
                visible: App.batch.state === BatchRun.Scanning
                from: 0
                to: 1
                value: App.scan.progress
            }
            Text {
                Layout.fillWidth: true
                visible: App.batch.state === BatchRun.Scanning
                text: App.scan.stepText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                elide: Text.ElideMiddle
            }
        }

        // --- the verdicts -----------------------------------------------------------------------
        ColumnLayout {
            objectName: "batchVerdicts"
            Layout.fillWidth: true
            visible: screen.hasVerdicts
            spacing: Theme.spacingS
            Repeater {
                model: App.verdicts
                delegate: Rectangle {
                    id: tile
                    required property string name
                    required property string verdict
                    required property string verdictText
                    readonly property string status: Theme.verdictStatus(verdict)
                    Layout.fillWidth: true
                    implicitHeight: tileRow.implicitHeight + 2 * Theme.spacingM
                    radius: Theme.radius
                    color: Theme.statusSoft(status)
                    border.width: Theme.borderWidth
                    border.color: Theme.statusColor(status)
                    Accessible.role: Accessible.StaticText
                    Accessible.name: name + ": " + verdictText

                    RowLayout {
                        id: tileRow
                        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacingM }
                        spacing: Theme.spacingL
                        Rectangle {
                            Layout.preferredWidth: Math.round(Theme.fontDisplay * 1.4)
                            Layout.preferredHeight: Layout.preferredWidth
                            radius: width / 2
                            color: Theme.statusColor(tile.status)
                            Text {
                                anchors.centerIn: parent
                                text: Theme.statusGlyph(tile.status)
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontHeadline
                                font.weight: Font.Bold
                                color: Theme.textOnAccent
                            }
                        }
                        Text {
                            Layout.preferredWidth: Math.round(260 * Theme.scale)
                            text: tile.name
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontTitle
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        Text {
                            Layout.fillWidth: true
                            text: tile.verdictText
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontDisplay
                            font.weight: Font.Bold
                            color: Theme.statusColor(tile.status)
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }
        }

        // --- what failed ----------------------------------------------------------------------
        Rectangle {
            objectName: "batchFailure"
            Layout.fillWidth: true
            visible: screen.failed
            implicitHeight: failureColumn.implicitHeight + 2 * Theme.spacingL
            radius: Theme.radius
            color: Theme.blockerSoft
            border.width: Theme.borderWidth
            border.color: Theme.blockerColor
            Accessible.role: Accessible.AlertMessage
            Accessible.name: App.batch.failureTitle

            ColumnLayout {
                id: failureColumn
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacingL }
                spacing: Theme.spacingS
                Text {
                    Layout.fillWidth: true
                    text: App.batch.failureTitle
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontDisplay
                    font.weight: Font.Bold
                    color: Theme.blockerColor
                    wrapMode: Text.Wrap
                }
                Text {
                    Layout.fillWidth: true
                    text: App.batch.whatToDo
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Text {
                    Layout.fillWidth: true
                    text: App.batch.errorText
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                    maximumLineCount: 4
                    elide: Text.ElideRight
                }
            }
        }

        // --- the report -----------------------------------------------------------------------
        Text {
            objectName: "batchReport"
            Layout.fillWidth: true
            visible: App.batch.reportFileName !== ""
            text: qsTr("Report: %1").arg(App.batch.reportFileName)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            color: Theme.text
            elide: Text.ElideMiddle
        }
        Text {
            Layout.fillWidth: true
            visible: screen.failed && App.batch.reportsFolder !== ""
            text: qsTr("This failure is noted in %1.").arg(App.batch.reportsFolder + "/failed-scans.log")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            elide: Text.ElideMiddle
        }

        Item { Layout.fillHeight: true }

        // --- switching off --------------------------------------------------------------------
        Rectangle {
            Layout.fillWidth: true
            visible: screen.finished
            implicitHeight: offRow.implicitHeight + 2 * Theme.spacingM
            radius: Theme.radius
            color: Theme.headerBackground

            RowLayout {
                id: offRow
                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacingM }
                spacing: Theme.spacingM
                Text {
                    objectName: "batchCountdown"
                    Layout.fillWidth: true
                    text: App.power.errorText !== "" ? App.power.errorText
                        : App.batch.countingDown ? qsTr("Switching off in %1 s. Press any key or tap the screen to switch off now.").arg(App.batch.secondsLeft)
                        : App.batch.waitingForKey ? qsTr("Press any key or tap the screen to switch off.")
                        : qsTr("Switching off…")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLarge
                    color: Theme.headerText
                    wrapMode: Text.Wrap
                }
                AppButton {
                    objectName: "stayButton"
                    text: qsTr("Stay on this screen")
                    onClicked: screen.leave()
                }
            }
        }
    }
}
