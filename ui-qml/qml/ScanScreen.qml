// SPDX-License-Identifier: GPL-3.0-or-later
// Step 3: the scan runs on a worker thread; this shows its steps, the current one and a cancel
// button. A failed or cancelled scan says why and what to do.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import UpgradeScan

FocusScope {
    id: screen

    signal navigate(string screen)
    readonly property var stepNames: [qsTr("Hardware of this machine"), qsTr("The Windows disk"),
                                      qsTr("The registry hives"), qsTr("Judging against the rules")]
    readonly property bool failed: App.scan.state === ScanController.Failed
    readonly property bool cancelled: App.scan.state === ScanController.Cancelled

    Component.onCompleted: cancelButton.forceActiveFocus()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingM

        ScreenTitle {
            Layout.fillWidth: true
            title: screen.failed ? qsTr("The scan stopped")
                 : screen.cancelled ? qsTr("The scan was cancelled")
                 : qsTr("Scanning %1").arg(App.disks.selectedTitle)
            subtitle: App.scan.running ? qsTr("Nothing is written to this disk: it is only read.") : ""
        }

        Item { Layout.preferredHeight: Theme.spacingXl }

        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            Layout.fillWidth: true
            Layout.maximumWidth: Math.round(720 * Theme.scale)
            implicitHeight: stepColumn.implicitHeight + 2 * Theme.spacingL
            radius: Theme.radius
            color: Theme.surface
            border.width: Theme.borderWidth
            border.color: Theme.border

            ColumnLayout {
                id: stepColumn
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacingL }
                spacing: Theme.spacingM

                Repeater {
                    model: screen.stepNames
                    delegate: RowLayout {
                        id: stepRow
                        required property int index
                        required property string modelData
                        readonly property bool done: App.scan.state === ScanController.Finished || index < App.scan.stepIndex
                        readonly property bool active: App.scan.running && index === App.scan.stepIndex
                        readonly property bool stopped: (screen.failed || screen.cancelled) && index === App.scan.stepIndex
                        Layout.fillWidth: true
                        spacing: Theme.spacingM

                        Item {
                            Layout.preferredWidth: Theme.iconSize * 1.4
                            Layout.preferredHeight: Theme.iconSize * 1.4
                            Layout.alignment: Qt.AlignTop
                            BusyIndicator {
                                palette.dark: Theme.accent
                                anchors.fill: parent
                                running: stepRow.active
                                visible: stepRow.active
                            }
                            Rectangle {
                                anchors.fill: parent
                                anchors.margins: Theme.spacingXs
                                visible: !stepRow.active
                                radius: width / 2
                                color: stepRow.done ? Theme.passColor : stepRow.stopped ? Theme.blockerColor : "transparent"
                                border.width: Theme.borderWidth + 1
                                border.color: stepRow.done ? Theme.passColor : stepRow.stopped ? Theme.blockerColor : Theme.border
                                Text {
                                    anchors.centerIn: parent
                                    text: stepRow.done ? "✓" : stepRow.stopped ? "✕" : String(stepRow.index + 1)
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontSmall
                                    font.weight: Font.DemiBold
                                    color: stepRow.done || stepRow.stopped ? Theme.textOnAccent : Theme.textMuted
                                }
                            }
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Text {
                                Layout.fillWidth: true
                                text: stepRow.modelData
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontLarge
                                font.weight: stepRow.active ? Font.DemiBold : Font.Normal
                                color: stepRow.active || stepRow.done ? Theme.text : Theme.textMuted
                            }
                            Text {
                                Layout.fillWidth: true
                                visible: stepRow.active && App.scan.stepText !== ""
                                text: App.scan.stepText
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                                color: Theme.textMuted
                                elide: Text.ElideMiddle
                            }
                        }
                    }
                }

                ProgressBar {
                    id: bar
                    objectName: "scanProgress"
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacingS
                    from: 0
                    to: 1
                    value: App.scan.progress
                    Accessible.name: qsTr("Scan progress")
                    background: Rectangle {
                        implicitHeight: Math.round(10 * Theme.scale)
                        radius: height / 2
                        color: Theme.border
                    }
                    contentItem: Item {
                        implicitHeight: Math.round(10 * Theme.scale)
                        Rectangle {
                            width: bar.visualPosition * parent.width
                            height: parent.height
                            radius: height / 2
                            color: screen.failed ? Theme.blockerColor : Theme.accent
                        }
                    }
                }
                Text {
                    Layout.alignment: Qt.AlignRight
                    text: qsTr("%1 %").arg(Math.round(App.scan.progress * 100))
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
            }
        }

        // --- why it stopped ------------------------------------------------------------------
        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            Layout.fillWidth: true
            Layout.maximumWidth: Math.round(720 * Theme.scale)
            visible: screen.failed
            implicitHeight: failColumn.implicitHeight + 2 * Theme.spacingM
            radius: Theme.radius
            color: Theme.blockerSoft
            border.width: Theme.borderWidth
            border.color: Qt.lighter(Theme.blockerColor, 1.6)
            ColumnLayout {
                id: failColumn
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacingM }
                spacing: Theme.spacingS
                Text {
                    Layout.fillWidth: true
                    objectName: "scanError"
                    text: App.scan.errorText
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.blockerColor
                    wrapMode: Text.Wrap
                }
                Text {
                    Layout.fillWidth: true
                    visible: App.scan.whatToDo !== ""
                    text: qsTr("What to do: %1").arg(App.scan.whatToDo)
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
            }
        }

        Item { Layout.fillHeight: true }

        ActionBar {
            leftItems: AppButton {
                objectName: "backButton"
                visible: !App.scan.running
                text: qsTr("Back")
                onClicked: screen.navigate("target")
            }
            AppButton {
                id: cancelButton
                objectName: "cancelButton"
                visible: App.scan.running
                text: qsTr("Cancel")
                onClicked: App.scan.cancel()
            }
            AppButton {
                objectName: "retryButton"
                visible: screen.failed || screen.cancelled
                kind: "primary"
                text: qsTr("Try again")
                onClicked: App.startScan()
            }
        }
    }
}
