// SPDX-License-Identifier: GPL-3.0-or-later
// Step 1: the Windows installations found on this machine's disks, or a disk image or folder.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import UpgradeScan

FocusScope {
    id: screen

    signal navigate(string screen)
    readonly property bool canContinue: App.disks.selectedCanScan
    // True once the first frame of this screen could take input (the benchmark reads it).
    readonly property bool interactive: visible && diskList.count >= 0

    function proceed() {
        if (canContinue)
            navigate("target")
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingM

        ScreenTitle {
            Layout.fillWidth: true
            title: qsTr("Which Windows should be checked?")
            subtitle: qsTr("Pick an installation found on this machine, or open a disk image or folder.")
        }

        RowLayout {
            Layout.fillWidth: true
            visible: App.disks.busy
            spacing: Theme.spacingS
            BusyIndicator {
                palette.dark: Theme.accent
                running: App.disks.busy
                Layout.preferredWidth: Theme.iconSize * 1.4
                Layout.preferredHeight: Theme.iconSize * 1.4
            }
            Text {
                text: qsTr("Looking at the disks…")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
        }

        ListView {
            id: diskList
            objectName: "diskList"
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
            model: App.disks
            currentIndex: App.disks.selectedIndex
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            Keys.onReturnPressed: screen.proceed()
            Keys.onEnterPressed: screen.proceed()
            Keys.onSpacePressed: App.disks.select(currentIndex)
            onCurrentIndexChanged: if (activeFocus && currentIndex >= 0) App.disks.select(currentIndex)
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Windows installations")

            delegate: ChoiceCard {
                id: card
                required property int index
                required property string title
                required property string subtitle
                required property string location
                required property string sizeText
                required property string freeText
                required property int encrypted
                required property int hibernated
                required property int fastStartup
                required property string status
                required property string note
                required property string error
                required property bool canScan

                width: ListView.view.width - ListView.view.leftMargin - ListView.view.rightMargin
                selected: index === App.disks.selectedIndex
                focusShown: ListView.isCurrentItem && ListView.view.activeFocus
                dimmed: !canScan && status !== "reading"
                accentStatus: status === "ready" ? "" : status === "reading" ? "" : status === "encrypted" ? "warning" : "unknown"
                Accessible.name: title + ", " + subtitle
                onClicked: {
                    App.disks.select(index)
                    diskList.forceActiveFocus()
                }
                onDoubleClicked: screen.proceed()

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS
                    Text {
                        Layout.fillWidth: true
                        text: card.title
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontLarge
                        font.weight: Font.DemiBold
                        color: Theme.text
                        elide: Text.ElideRight
                    }
                    BusyIndicator {
                        palette.dark: Theme.accent
                        visible: card.status === "reading"
                        running: visible
                        Layout.preferredWidth: Theme.iconSize
                        Layout.preferredHeight: Theme.iconSize
                    }
                    StatusBadge {
                        visible: card.encrypted === 1
                        status: "warning"
                        text: qsTr("Encrypted")
                    }
                    StatusBadge {
                        visible: card.hibernated === 1
                        status: "warning"
                        text: qsTr("Hibernated")
                    }
                    StatusBadge {
                        visible: card.fastStartup === 1 && card.hibernated !== 1
                        status: "advisory"
                        text: qsTr("Fast startup on")
                    }
                }
                Text {
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: card.subtitle
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    elide: Text.ElideRight
                }
                Text {
                    Layout.fillWidth: true
                    text: card.freeText !== "" ? qsTr("%1 free of %2").arg(card.freeText).arg(card.sizeText)
                                               : card.sizeText !== "" ? qsTr("Size %1").arg(card.sizeText) : ""
                    visible: text !== ""
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                }
                Text {
                    Layout.fillWidth: true
                    text: card.location
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    elide: Text.ElideMiddle
                }
                Text {
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: card.note
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    color: card.status === "ready" ? Theme.warningColor : Theme.textMuted
                    wrapMode: Text.Wrap
                }
                Text {
                    Layout.fillWidth: true
                    visible: card.error !== "" && card.status !== "ready"
                    text: card.error
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                }
            }

            Text {
                objectName: "emptyText"
                anchors.centerIn: parent
                width: parent.width * 0.8
                visible: diskList.count === 0 && !App.disks.busy
                horizontalAlignment: Text.AlignHCenter
                // A discovery that failed is not "no disks": say what failed.
                text: App.disks.discoveryError !== ""
                    ? qsTr("The disks of this machine could not be listed: %1. Open a disk image or a folder below.").arg(App.disks.discoveryError)
                    : qsTr("No Windows installation was found on this machine's disks. Open a disk image or a folder below.")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: App.disks.discoveryError !== "" ? Theme.statusColor("blocker") : Theme.textMuted
                wrapMode: Text.Wrap
            }
        }

        // --- a disk image or folder -------------------------------------------------------------
        Text {
            text: qsTr("Or open a disk image, a device or a folder holding Windows:")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            PathField {
                id: pathField
                objectName: "pathField"
                Layout.fillWidth: true
                placeholderText: qsTr("/path/to/disk.img or /mnt/windows")
                onAccepted: openButton.clicked()
            }
            AppButton {
                text: qsTr("Image…")
                onClicked: imageDialog.open()
            }
            AppButton {
                text: qsTr("Folder…")
                onClicked: folderDialog.open()
            }
            AppButton {
                id: openButton
                objectName: "openSource"
                text: qsTr("Open")
                enabled: pathField.text.trim() !== ""
                onClicked: {
                    App.disks.addSource(pathField.text)
                    diskList.forceActiveFocus()
                }
            }
        }

        ActionBar {
            leftItems: [
                PowerButtons {}
            ]
            AppButton {
                objectName: "nextButton"
                kind: "primary"
                text: qsTr("Next: choose the target")
                enabled: screen.canContinue
                onClicked: screen.proceed()
            }
        }
    }

    FileDialog {
        id: imageDialog
        title: qsTr("Open a disk image")
        nameFilters: [qsTr("Disk images (*.img *.raw *.dd *.bin *.vhd)"), qsTr("All files (*)")]
        onAccepted: {
            pathField.text = App.localPath(selectedFile)
            App.disks.addSource(pathField.text)
        }
    }
    FolderDialog {
        id: folderDialog
        title: qsTr("Open a folder holding Windows")
        onAccepted: {
            pathField.text = App.localPath(selectedFolder)
            App.disks.addSource(pathField.text)
        }
    }
}
