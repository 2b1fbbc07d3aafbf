// SPDX-License-Identifier: GPL-3.0-or-later
// The fleet summary over the reports in the chosen folder, as `upgrade-scan fleet` builds it
// (App.fleet, off the UI thread): what blocks the most machines, then every machine worst first.
// fleet.csv and fleet.html are written beside the reports, for the office; this screen is the
// way to read the summary on the stick itself.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import UpgradeScan

FocusScope {
    id: screen

    signal navigate(string screen)

    // The parts that say something, joined: "Windows 8.1 Pro · Asset tag A-7".
    function joinShown(parts: list<string>, separator: string): string {
        let out = ""
        for (const part of parts) {
            if (part !== "")
                out += (out === "" ? "" : separator) + part
        }
        return out
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingM

        ScreenTitle {
            Layout.fillWidth: true
            title: qsTr("Fleet summary")
            subtitle: App.fleet.busy ? qsTr("Reading the reports…")
                    : App.fleet.built ? qsTr("%1 computers from %2 reports, worst first.").arg(App.fleet.count).arg(App.fleet.reportsRead)
                    : ""
        }

        Rectangle {
            objectName: "fleetFiles"
            Layout.fillWidth: true
            visible: App.fleet.built && !App.fleet.busy
            implicitHeight: filesText.implicitHeight + 2 * Theme.spacingS
            radius: Theme.radius
            color: App.fleet.errorText !== "" ? Theme.blockerSoft : Theme.surfaceAlt
            border.width: Theme.borderWidth
            border.color: Theme.border
            Text {
                id: filesText
                objectName: "fleetFilesText"
                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacingM }
                text: App.fleet.errorText !== ""
                      ? qsTr("fleet.csv and fleet.html were not written: %1").arg(App.fleet.errorText)
                      : qsTr("Saved as fleet.html and fleet.csv in %1").arg(App.fleet.folder)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                color: App.fleet.errorText !== "" ? Theme.blockerColor : Theme.text
                wrapMode: Text.WrapAnywhere
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingL

            // --- what to fix across the fleet --------------------------------------------------
            ColumnLayout {
                Layout.preferredWidth: Theme.sideColumn
                Layout.maximumWidth: Theme.sideColumn
                Layout.fillHeight: true
                spacing: Theme.spacingS

                // Counted apart: only their hardware was judged, so none of them is ready.
                Text {
                    objectName: "fleetWindowsNotChecked"
                    Layout.fillWidth: true
                    visible: App.fleet.windowsNotCheckedCount > 0 && !App.fleet.busy
                    text: qsTr("Encrypted: Windows not checked: %1 of %2. Only their hardware was judged; decrypt the Windows disk and scan them again.")
                          .arg(App.fleet.windowsNotCheckedCount).arg(App.fleet.count)
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Text {
                    text: qsTr("Blockers across the fleet")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLarge
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                ListView {
                    id: blockerList
                    objectName: "fleetBlockerList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: Theme.spacingXs
                    model: App.fleet.blockers
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar {}
                    delegate: RowLayout {
                        id: blocker
                        required property var modelData
                        width: ListView.view.width
                        spacing: Theme.spacingS
                        Text {
                            Layout.fillWidth: true
                            text: blocker.modelData.title
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        StatusBadge {
                            status: "blocker"
                            // how many of the fleet's computers it stops
                            text: qsTr("%1 of %2").arg(blocker.modelData.count).arg(App.fleet.count)
                        }
                    }
                    Text {
                        anchors.centerIn: parent
                        width: parent.width
                        visible: blockerList.count === 0 && App.fleet.built && !App.fleet.busy
                        horizontalAlignment: Text.AlignHCenter
                        text: qsTr("No machine has a blocker.")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                        wrapMode: Text.Wrap
                    }
                }
                Text {
                    Layout.fillWidth: true
                    visible: App.fleet.skippedCount > 0 || App.fleet.supersededCount > 0
                    text: screen.joinShown([App.fleet.skippedCount > 0 ? qsTr("Files that could not be read: %1 (listed in fleet.html).").arg(App.fleet.skippedCount) : "",
                                            App.fleet.supersededCount > 0 ? qsTr("Older reports of machines scanned again, left out: %1.").arg(App.fleet.supersededCount) : ""], " ")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                }
            }

            // --- every machine, worst first ------------------------------------------------------
            ListView {
                id: machineList
                objectName: "fleetMachineList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                focus: true
                // room for the focus ring, which is drawn outside the card
                topMargin: Theme.focusGap + Theme.focusWidth
                bottomMargin: Theme.focusGap + Theme.focusWidth
                leftMargin: Theme.focusGap + Theme.focusWidth
                rightMargin: Theme.focusGap + Theme.focusWidth
                spacing: Theme.spacingXs
                model: App.fleet
                keyNavigationEnabled: true
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Computers")

                delegate: Rectangle {
                    id: machine
                    required property int rank
                    required property string heading
                    required property string os
                    required property string assetTag
                    required property string technician
                    required property string note
                    required property string scanTimeText
                    required property var verdicts
                    required property var blockers
                    required property string fileName
                    required property bool windowsNotChecked
                    width: ListView.view.width - ListView.view.leftMargin - ListView.view.rightMargin
                    implicitHeight: machineColumn.implicitHeight + 2 * Theme.spacingS
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: Theme.borderWidth
                    border.color: Theme.border

                    FocusFrame {
                        shown: machine.ListView.isCurrentItem && machine.ListView.view.activeFocus
                    }
                    ColumnLayout {
                        id: machineColumn
                        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacingS; leftMargin: Theme.spacingM }
                        spacing: 2
                        Text {
                            Layout.fillWidth: true
                            text: machine.rank + ". " + machine.heading
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            font.weight: Font.DemiBold
                            color: Theme.text
                            elide: Text.ElideRight
                        }
                        Text {
                            Layout.fillWidth: true
                            visible: text !== ""
                            text: screen.joinShown([machine.os,
                                                    machine.assetTag !== "" ? qsTr("Asset tag %1").arg(machine.assetTag) : "",
                                                    machine.technician !== "" ? qsTr("Scanned by %1").arg(machine.technician) : ""], " · ")
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                            elide: Text.ElideRight
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: Theme.spacingXs
                            StatusBadge {
                                visible: machine.windowsNotChecked
                                status: "unknown"
                                text: qsTr("Encrypted: Windows not checked")
                            }
                            Repeater {
                                model: machine.verdicts
                                delegate: StatusBadge {
                                    required property var modelData
                                    status: Theme.verdictStatus(modelData.verdict)
                                    text: modelData.name + ": " + modelData.verdictText
                                }
                            }
                        }
                        Text {
                            Layout.fillWidth: true
                            visible: machine.blockers.length > 0
                            text: qsTr("Blockers: %1").arg(machine.blockers.join(", "))
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontCaption
                            color: Theme.blockerColor
                            wrapMode: Text.Wrap
                        }
                        Text {
                            Layout.fillWidth: true
                            // on the machine's own clock when its time zone is known
                            text: qsTr("Scanned %1").arg(machine.scanTimeText)
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontCaption
                            color: Theme.textMuted
                            elide: Text.ElideRight
                        }
                        Text {
                            Layout.fillWidth: true
                            visible: machine.note !== ""
                            text: machine.note
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontCaption
                            font.italic: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                            maximumLineCount: 3
                            elide: Text.ElideRight
                        }
                    }
                }

                BusyIndicator {
                    palette.dark: Theme.accent
                    anchors.centerIn: parent
                    running: App.fleet.busy
                    visible: running
                }
            }
        }

        ActionBar {
            leftItems: [
                AppButton {
                    objectName: "backButton"
                    text: qsTr("Back to saving")
                    onClicked: screen.navigate("export")
                },
                PowerButtons {}
            ]
            AppButton {
                objectName: "rebuildFleetButton"
                text: qsTr("Read the reports again")
                enabled: !App.fleet.busy && App.fleet.folder !== ""
                onClicked: App.fleet.build(App.fleet.folder)
            }
        }
    }
}
