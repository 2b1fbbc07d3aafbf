// SPDX-License-Identifier: GPL-3.0-or-later
// Step 2: which Windows to move to. Names and what each means today come from the rules.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import UpgradeScan

FocusScope {
    id: screen

    signal navigate(string screen)
    readonly property bool canStart: App.targets.selectedIndex >= 0 && App.disks.selectedCanScan

    function startScan() {
        if (canStart && App.startScan())
            navigate("scan")
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingM

        ScreenTitle {
            Layout.fillWidth: true
            title: qsTr("Which Windows do you want to move to?")
            subtitle: App.disks.selectedTitle !== ""
                      ? qsTr("Checking %1. Support dates are as of the scan date.").arg(App.disks.selectedTitle)
                      : ""
        }

        Rectangle {
            Layout.fillWidth: true
            visible: App.targets.error !== ""
            implicitHeight: errorText.implicitHeight + 2 * Theme.spacingM
            radius: Theme.radius
            color: Theme.blockerSoft
            Text {
                id: errorText
                objectName: "rulesError"
                anchors.fill: parent
                anchors.margins: Theme.spacingM
                // Said in the app's language, the file named; the rule files are part of the
                // scanner, so the way out is a good copy of the scanner, not an edit.
                text: App.targets.error + "\n" + qsTr("Without its rules the scanner cannot judge any target. Write the scanner stick again from its image (or install the app again), then start it again.")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                color: Theme.blockerColor
                wrapMode: Text.Wrap
            }
        }

        ListView {
            id: targetList
            objectName: "targetList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            // room for the focus ring, which is drawn outside the card
            topMargin: Theme.focusGap + Theme.focusWidth
            bottomMargin: Theme.focusGap + Theme.focusWidth
            leftMargin: Theme.focusGap + Theme.focusWidth
            rightMargin: Theme.focusGap + Theme.focusWidth
            focus: true
            spacing: Theme.spacingS
            model: App.targets
            currentIndex: App.targets.selectedIndex
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            Keys.onReturnPressed: screen.startScan()
            Keys.onEnterPressed: screen.startScan()
            onCurrentIndexChanged: if (activeFocus && currentIndex >= 0) App.targets.select(currentIndex)
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Targets")

            delegate: ChoiceCard {
                id: card
                required property int index
                required property string name
                required property string lifecycle
                required property bool isAll
                required property bool isDefault

                width: ListView.view.width - ListView.view.leftMargin - ListView.view.rightMargin
                selected: index === App.targets.selectedIndex
                focusShown: ListView.isCurrentItem && ListView.view.activeFocus
                Accessible.name: name
                onClicked: {
                    App.targets.select(index)
                    targetList.forceActiveFocus()
                }
                onDoubleClicked: screen.startScan()

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS
                    Rectangle {
                        // a radio mark: the choice is one of these
                        Layout.preferredWidth: Math.round(Theme.fontBody * 1.3)
                        Layout.preferredHeight: Layout.preferredWidth
                        radius: width / 2
                        color: Theme.surface
                        border.width: Theme.borderWidth + 1
                        border.color: card.selected ? Theme.accent : Theme.borderStrong
                        Rectangle {
                            anchors.centerIn: parent
                            width: parent.width * 0.5
                            height: width
                            radius: width / 2
                            color: Theme.accent
                            visible: card.selected
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        text: card.name
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontLarge
                        font.weight: Font.DemiBold
                        color: Theme.text
                        elide: Text.ElideRight
                    }
                    StatusBadge {
                        visible: card.isDefault
                        status: "pass"
                        text: qsTr("Recommended")
                    }
                }
                Text {
                    Layout.fillWidth: true
                    Layout.leftMargin: Math.round(Theme.fontBody * 1.3) + Theme.spacingS
                    visible: text !== ""
                    text: card.lifecycle
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                }
            }

            BusyIndicator {
                palette.dark: Theme.accent
                anchors.centerIn: parent
                running: App.targets.busy && targetList.count === 0
                visible: running
            }
        }

        // Typed before the scan, so the report saved when it ends holds them.
        ReportNotesFields {
            Layout.fillWidth: true
        }

        ActionBar {
            leftItems: AppButton {
                objectName: "backButton"
                text: qsTr("Back")
                onClicked: screen.navigate("start")
            }
            AppButton {
                objectName: "startScanButton"
                kind: "primary"
                text: qsTr("Start the scan")
                enabled: screen.canStart && !App.scan.running
                onClicked: screen.startScan()
            }
        }
    }
}
