// SPDX-License-Identifier: GPL-3.0-or-later
// Step 5: the report, saved on the stick when the scan ended (its full path and drive), where
// else it can go, the technician's notes, and the reports already there with their verdicts
// (the fleet view, and the fleet summary over them). Saving twice asks before replacing;
// "Scan the next machine" asks before it discards a result no report holds.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import UpgradeScan

FocusScope {
    id: screen

    signal navigate(string screen)
    readonly property bool writing: App.exporter.state === ExportController.Writing
    readonly property bool failed: App.exporter.state === ExportController.Failed
    readonly property bool hasReport: App.exporter.filePath !== ""

    function nextMachine() {
        if (App.unsavedResult) {
            discardQuestion.open()
            return
        }
        App.nextMachine()
        screen.navigate("start")
    }
    function openFleet() {
        App.fleet.build(App.destinations.selectedFolder)
        screen.navigate("fleet")
    }

    Component.onCompleted: App.destinations.refresh()

    Connections {
        target: App.exporter
        function onStateChanged() {
            if (App.exporter.state === ExportController.AskReplace)
                replaceQuestion.open()
            else
                replaceQuestion.close()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingM

        ScreenTitle {
            Layout.fillWidth: true
            title: qsTr("Save the report")
            subtitle: qsTr("One zip per machine: a readable page, the data, and the evidence behind it.")
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingL

            // --- where ---------------------------------------------------------------------------
            ColumnLayout {
                Layout.preferredWidth: Theme.sideColumn + Theme.spacingXl * 2
                Layout.maximumWidth: Theme.sideColumn + Theme.spacingXl * 2
                Layout.fillHeight: true
                spacing: Theme.spacingS

                Text {
                    text: qsTr("Where")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLarge
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                ListView {
                    id: destinationList
                    objectName: "destinationList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: Theme.controlHeight * 2
                    clip: true
                    // room for the focus ring, which is drawn outside the card
                    topMargin: Theme.focusGap + Theme.focusWidth
                    bottomMargin: Theme.focusGap + Theme.focusWidth
                    leftMargin: Theme.focusGap + Theme.focusWidth
                    rightMargin: Theme.focusGap + Theme.focusWidth
                    focus: true
                    spacing: Theme.spacingS
                    model: App.destinations
                    currentIndex: App.destinations.selectedIndex
                    keyNavigationEnabled: true
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar {}
                    onCurrentIndexChanged: if (activeFocus && currentIndex >= 0) App.destinations.select(currentIndex)
                    Keys.onReturnPressed: writeButton.clicked()
                    Keys.onEnterPressed: writeButton.clicked()
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Destinations")

                    delegate: ChoiceCard {
                        id: card
                        required property int index
                        required property string title
                        required property string folder
                        required property string device
                        required property string freeText
                        required property bool removable
                        required property bool bootMedium
                        required property bool writable
                        required property string detail
                        width: ListView.view.width - ListView.view.leftMargin - ListView.view.rightMargin
                        padding: Theme.spacingS
                        leftPadding: Theme.spacingM
                        selected: index === App.destinations.selectedIndex
                        enabled: writable
                        focusShown: ListView.isCurrentItem && ListView.view.activeFocus
                        Accessible.name: title + ", " + folder
                        onClicked: {
                            App.destinations.select(index)
                            destinationList.forceActiveFocus()
                        }

                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacingS
                            Text {
                                Layout.fillWidth: true
                                text: card.title
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontBody
                                font.weight: Font.DemiBold
                                color: Theme.text
                                elide: Text.ElideRight
                            }
                            StatusBadge {
                                visible: card.removable && !card.bootMedium
                                status: "advisory"
                                text: qsTr("Removable")
                            }
                            StatusBadge {
                                visible: !card.writable
                                status: "unknown"
                                text: qsTr("Read-only")
                            }
                        }
                        Text {
                            Layout.fillWidth: true
                            text: card.folder
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                            elide: Text.ElideMiddle
                        }
                        Text {
                            Layout.fillWidth: true
                            visible: text !== ""
                            text: card.detail
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontCaption
                            color: Theme.textMuted
                        }
                    }

                    Text {
                        anchors.centerIn: parent
                        width: parent.width
                        visible: destinationList.count === 0
                        horizontalAlignment: Text.AlignHCenter
                        text: qsTr("No drive to write to. Plug in a USB stick or choose a folder.")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                        wrapMode: Text.Wrap
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS
                    AppButton {
                        text: qsTr("Other folder…")
                        onClicked: folderDialog.open()
                    }
                    AppButton {
                        text: qsTr("Look again")
                        onClicked: App.destinations.refresh()
                    }
                }
                AppButton {
                    id: writeButton
                    objectName: "writeButton"
                    Layout.fillWidth: true
                    kind: App.exporter.saved ? "secondary" : "primary"
                    text: screen.writing ? qsTr("Writing…")
                                         : screen.hasReport ? qsTr("Save again here") : qsTr("Save the report here")
                    enabled: App.exporter.canExport && App.destinations.selectedFolder !== ""
                    onClicked: if (enabled) App.exporter.exportTo(App.destinations.selectedFolder)
                }
                // Where the report is now: the full path and the drive, so the technician knows
                // what to take away; or why it is not saved.
                Rectangle {
                    objectName: "saveStatus"
                    Layout.fillWidth: true
                    visible: App.scan.hasResult
                    implicitHeight: resultColumn.implicitHeight + 2 * Theme.spacingM
                    radius: Theme.radius
                    color: screen.failed ? Theme.blockerSoft
                         : App.exporter.notesOutdated || !screen.hasReport ? Theme.warningSoft : Theme.passSoft
                    ColumnLayout {
                        id: resultColumn
                        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacingM }
                        spacing: Theme.spacingXs
                        Text {
                            objectName: "saveStatusTitle"
                            Layout.fillWidth: true
                            text: screen.writing ? qsTr("Writing the report…")
                                : screen.failed ? qsTr("The report was not written.")
                                : !screen.hasReport ? qsTr("Not saved yet.")
                                : App.exporter.notesOutdated ? qsTr("Saved, but without the notes typed since.")
                                : App.exporter.automatic ? qsTr("Saved when the scan ended") : qsTr("Report saved")
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            font.weight: Font.DemiBold
                            color: screen.failed ? Theme.blockerColor
                                 : App.exporter.notesOutdated || !screen.hasReport ? Theme.warningColor : Theme.passColor
                            wrapMode: Text.Wrap
                        }
                        Text {
                            objectName: "writtenFile"
                            Layout.fillWidth: true
                            visible: text !== ""
                            text: screen.failed ? App.exporter.errorText
                                : screen.hasReport ? App.exporter.filePath
                                : qsTr("Choose where it goes and save it.")
                            font.family: screen.hasReport && !screen.failed ? Theme.monoFamily : Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                            color: Theme.text
                            // The whole path: the folder tells where to look, the name which machine.
                            wrapMode: Text.WrapAnywhere
                            maximumLineCount: 4
                            elide: Text.ElideMiddle
                        }
                        Text {
                            objectName: "writtenDrive"
                            Layout.fillWidth: true
                            visible: screen.hasReport && !screen.failed
                            text: {
                                App.language.language // the drive's name follows the language
                                const drive = App.destinations.driveText(App.exporter.filePath)
                                return drive === "" ? App.exporter.fileSizeText
                                                    : qsTr("%1 · %2").arg(drive).arg(App.exporter.fileSizeText)
                            }
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontCaption
                            color: Theme.textMuted
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }

            // --- the fleet --------------------------------------------------------------------
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.spacingS

                Text {
                    text: qsTr("In the report")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLarge
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                ReportNotesFields {
                    Layout.fillWidth: true
                    Layout.bottomMargin: Theme.spacingS
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Reports in this folder (%1)").arg(reportList.count)
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontLarge
                        font.weight: Font.DemiBold
                        color: Theme.text
                        elide: Text.ElideRight
                    }
                    AppButton {
                        objectName: "fleetButton"
                        text: qsTr("Fleet summary")
                        enabled: reportList.count > 0 && !App.fleet.busy
                        onClicked: screen.openFleet()
                    }
                }
                ListView {
                    id: reportList
                    objectName: "reportList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    // room for the focus ring, which is drawn outside the card
                    topMargin: Theme.focusGap + Theme.focusWidth
                    bottomMargin: Theme.focusGap + Theme.focusWidth
                    leftMargin: Theme.focusGap + Theme.focusWidth
                    rightMargin: Theme.focusGap + Theme.focusWidth
                    spacing: Theme.spacingXs
                    model: App.reports
                    keyNavigationEnabled: true
                    activeFocusOnTab: true
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar {}
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Reports")

                    delegate: Rectangle {
                        id: report
                        required property int index
                        required property string fileName
                        required property string sizeText
                        required property string machine
                        required property string computerName
                        required property string os
                        required property string scanTimeText
                        required property var verdicts
                        required property string error
                        required property bool isNew
                        required property string heading
                        width: ListView.view.width - ListView.view.leftMargin - ListView.view.rightMargin
                        implicitHeight: reportColumn.implicitHeight + 2 * Theme.spacingS
                        radius: Theme.radius
                        color: isNew ? Theme.passSoft : Theme.surface
                        border.width: Theme.borderWidth
                        border.color: isNew ? Theme.passColor : Theme.border

                        FocusFrame {
                            shown: report.ListView.isCurrentItem && report.ListView.view.activeFocus
                        }
                        ColumnLayout {
                            id: reportColumn
                            anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacingS; leftMargin: Theme.spacingM }
                            spacing: 2
                            RowLayout {
                                Layout.fillWidth: true
                                Text {
                                    Layout.fillWidth: true
                                    text: report.heading
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontBody
                                    font.weight: Font.DemiBold
                                    color: Theme.text
                                    elide: Text.ElideRight
                                }
                                Text {
                                    text: report.scanTimeText
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontCaption
                                    color: Theme.textMuted
                                }
                            }
                            Text {
                                Layout.fillWidth: true
                                visible: report.os !== ""
                                text: report.os
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                                color: Theme.textMuted
                                elide: Text.ElideRight
                            }
                            Flow {
                                Layout.fillWidth: true
                                spacing: Theme.spacingXs
                                Repeater {
                                    model: report.verdicts
                                    delegate: StatusBadge {
                                        required property var modelData
                                        status: Theme.verdictStatus(modelData.verdict)
                                        text: modelData.name + ": " + modelData.verdictText
                                    }
                                }
                            }
                            Text {
                                Layout.fillWidth: true
                                visible: report.error !== ""
                                text: qsTr("Not readable: %1").arg(report.error)
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontCaption
                                color: Theme.blockerColor
                                wrapMode: Text.Wrap
                            }
                            Text {
                                Layout.fillWidth: true
                                text: report.fileName + " · " + report.sizeText
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontCaption
                                color: Theme.textMuted
                                elide: Text.ElideMiddle
                            }
                        }
                    }

                    Text {
                        anchors.centerIn: parent
                        width: parent.width * 0.8
                        visible: reportList.count === 0
                        horizontalAlignment: Text.AlignHCenter
                        text: App.reports.busy ? qsTr("Reading the reports…") : qsTr("No reports here yet.")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        color: Theme.textMuted
                        wrapMode: Text.Wrap
                    }
                }
            }
        }

        ActionBar {
            leftItems: [
                AppButton {
                    objectName: "backButton"
                    text: qsTr("Back to the results")
                    onClicked: screen.navigate("results")
                },
                PowerButtons {}
            ]
            AppButton {
                objectName: "nextMachineButton"
                kind: App.exporter.saved ? "primary" : "secondary"
                text: qsTr("Scan the next machine")
                onClicked: screen.nextMachine()
            }
        }
    }

    QuestionPopup {
        id: replaceQuestion
        objectName: "replaceQuestion"
        title: qsTr("This report is saved here already")
        message: qsTr("%1 is in this folder. Replace it with the report as it is now, or keep both (the new one gets a number)?")
                 .arg(App.exporter.existingFileName)
        safeButton: replaceButton
        // Esc or a tap outside: neither written nor replaced.
        onClosed: App.exporter.cancelReplace()

        AppButton {
            objectName: "replaceCancelButton"
            text: qsTr("Cancel")
            onClicked: replaceQuestion.close()
        }
        AppButton {
            objectName: "keepBothButton"
            text: qsTr("Keep both")
            onClicked: App.exporter.keepBoth()
        }
        AppButton {
            id: replaceButton
            objectName: "replaceButton"
            kind: "primary"
            text: qsTr("Replace")
            onClicked: App.exporter.replaceExisting()
        }
    }

    QuestionPopup {
        id: discardQuestion
        objectName: "discardQuestion"
        title: qsTr("Scan the next machine without saving?")
        message: App.exporter.notesOutdated
                 ? qsTr("The notes typed after the report was saved are not in it. They are lost when you go on.")
                 : qsTr("This result is not in a report yet. It is lost when you go on.")
        safeButton: stayButton

        AppButton {
            id: stayButton
            objectName: "discardCancelButton"
            kind: "primary"
            text: qsTr("Cancel")
            onClicked: discardQuestion.close()
        }
        AppButton {
            objectName: "discardButton"
            text: qsTr("Discard and go on")
            onClicked: {
                discardQuestion.close()
                App.nextMachine()
                screen.navigate("start")
            }
        }
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("Choose a folder for the report")
        onAccepted: App.destinations.chooseFolder(selectedFolder)
    }
}
