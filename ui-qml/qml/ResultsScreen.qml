// SPDX-License-Identifier: GPL-3.0-or-later
// Step 4: a verdict per target (left) and the findings grouped by status with filters (right).
// A finding opens its evidence and remedy steps.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Templates as T
import QtQuick.Layouts
import UpgradeScan

FocusScope {
    id: screen

    signal navigate(string screen)
    signal openGuide(string guideId, string section)

    property int detailRow: -1
    function openFinding(row) {
        detailRow = row
        detail.detail = App.findings.detail(row)
        detail.open()
    }
    // An open finding follows the language too (its texts come from the rules in en and ja).
    Connections {
        target: App.language
        function onLanguageChanged() {
            if (detail.opened)
                detail.detail = App.findings.detail(screen.detailRow)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingM

        ScreenTitle {
            Layout.fillWidth: true
            title: qsTr("Results")
            subtitle: App.scan.resultTitle
        }

        // The scanner was started in legacy BIOS mode: Secure Boot and the firmware's UEFI
        // state could not be read (how Windows itself boots comes from the disk).
        Rectangle {
            objectName: "legacyBootBanner"
            Layout.fillWidth: true
            visible: App.scan.scannerBootedLegacy
            implicitHeight: legacyBootText.implicitHeight + 2 * Theme.spacingS
            radius: Theme.radius
            color: Theme.warningSoft
            border.width: Theme.borderWidth
            border.color: Theme.warningColor
            Accessible.role: Accessible.AlertMessage
            Accessible.name: legacyBootText.text

            Text {
                id: legacyBootText
                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacingM }
                text: qsTr("This scanner was started in legacy BIOS mode, so Secure Boot and the firmware's UEFI state could not be read. Restart and choose the \"UEFI:\" USB entry for a complete scan.")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                color: Theme.text
                wrapMode: Text.Wrap
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingL

            // --- verdicts ----------------------------------------------------------------------
            ListView {
                id: verdictList
                objectName: "verdictList"
                Layout.preferredWidth: Theme.sideColumn
                Layout.fillHeight: true
                clip: true
                // room for the focus ring, which is drawn outside the card
                topMargin: Theme.focusGap + Theme.focusWidth
                bottomMargin: Theme.focusGap + Theme.focusWidth
                leftMargin: Theme.focusGap + Theme.focusWidth
                rightMargin: Theme.focusGap + Theme.focusWidth
                focus: true
                spacing: Theme.spacingS
                model: App.verdicts
                currentIndex: App.verdicts.selectedIndex
                keyNavigationEnabled: true
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}
                onCurrentIndexChanged: if (activeFocus && currentIndex >= 0) App.verdicts.select(currentIndex)
                Keys.onRightPressed: findingList.forceActiveFocus()
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Verdicts")

                delegate: VerdictBanner {
                    required property int index
                    required property string targetId
                    required property var model
                    width: ListView.view.width - ListView.view.leftMargin - ListView.view.rightMargin
                    name: model.name
                    verdict: model.verdict
                    verdictText: model.verdictText
                    summary: model.summary
                    lifecycle: model.lifecycle
                    pathText: model.pathText
                    reasons: model.reasons
                    guide: model.guide
                    selected: index === App.verdicts.selectedIndex
                    focusShown: ListView.isCurrentItem && ListView.view.activeFocus
                    onClicked: {
                        App.verdicts.select(index)
                        verdictList.forceActiveFocus()
                    }
                    onOpenGuide: guideId => screen.openGuide(guideId, "")
                }

                Text {
                    anchors.centerIn: parent
                    width: parent.width
                    visible: verdictList.count === 0
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("No verdict: the rules were not evaluated.")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                }
            }

            // --- findings ----------------------------------------------------------------------
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.spacingS

                // Which target the list shows: the verdict chosen on the left.
                Text {
                    objectName: "findingsHeading"
                    Layout.fillWidth: true
                    text: App.findings.heading
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLarge
                    font.weight: Font.DemiBold
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacingXs
                    Repeater {
                        model: App.findings.statuses
                        delegate: FilterChip {
                            required property string modelData
                            objectName: "filter-" + modelData
                            status: modelData
                            count: App.findings.counts[modelData] || 0
                            text: App.findings.statusLabels[modelData] || modelData
                            checked: App.findings.shown[modelData] === true
                            onToggled: App.findings.toggleStatus(modelData)
                        }
                    }
                }

                ListView {
                    id: findingList
                    objectName: "findingList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    // room for the focus ring, which is drawn outside the card
                    topMargin: Theme.focusGap + Theme.focusWidth
                    bottomMargin: Theme.focusGap + Theme.focusWidth
                    leftMargin: Theme.focusGap + Theme.focusWidth
                    rightMargin: Theme.focusGap + Theme.focusWidth
                    spacing: Theme.spacingXs
                    model: App.findings
                    keyNavigationEnabled: true
                    activeFocusOnTab: true
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar {}
                    Keys.onReturnPressed: if (currentIndex >= 0) screen.openFinding(currentIndex)
                    Keys.onEnterPressed: if (currentIndex >= 0) screen.openFinding(currentIndex)
                    Keys.onSpacePressed: if (currentIndex >= 0) screen.openFinding(currentIndex)
                    Keys.onLeftPressed: verdictList.forceActiveFocus()
                    Accessible.role: Accessible.List
                    Accessible.name: App.findings.heading

                    // Findings come most serious first; the first of each status carries its heading.
                    delegate: Column {
                        id: row
                        required property int index
                        required property string title
                        required property string status
                        required property string statusText
                        required property string meaning
                        required property string affects
                        required property bool sectionStart
                        width: ListView.view.width - ListView.view.leftMargin - ListView.view.rightMargin
                        spacing: Theme.spacingXs

                        Text {
                            visible: row.sectionStart
                            width: parent.width
                            topPadding: row.index > 0 ? Theme.spacingS : 0
                            text: row.statusText
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                            font.weight: Font.DemiBold
                            font.capitalization: Font.AllUppercase
                            color: Theme.textMuted
                            Accessible.role: Accessible.Heading
                        }
                        ChoiceCard {
                            width: parent.width
                            padding: Theme.spacingS
                            leftPadding: Theme.spacingL
                            accentStatus: row.status
                            focusShown: row.ListView.isCurrentItem && row.ListView.view.activeFocus
                            Accessible.name: row.statusText + ": " + row.title
                            onClicked: {
                                findingList.currentIndex = row.index
                                findingList.forceActiveFocus()
                                screen.openFinding(row.index)
                            }

                            RowLayout {
                                Layout.fillWidth: true
                                spacing: Theme.spacingS
                                Text {
                                    text: Theme.statusGlyph(row.status)
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontBody
                                    font.weight: Font.Bold
                                    color: Theme.statusColor(row.status)
                                    Layout.preferredWidth: Theme.iconSize
                                    horizontalAlignment: Text.AlignHCenter
                                }
                                ColumnLayout {
                                    Layout.fillWidth: true
                                    spacing: 0
                                    // Two lines each before anything is cut: a reason cut
                                    // mid-sentence says less than none.
                                    Text {
                                        Layout.fillWidth: true
                                        text: row.title
                                        font.family: Theme.fontFamily
                                        font.pixelSize: Theme.fontBody
                                        color: Theme.text
                                        wrapMode: Text.Wrap
                                        maximumLineCount: 2
                                        elide: Text.ElideRight
                                    }
                                    Text {
                                        objectName: "findingMeaning"
                                        Layout.fillWidth: true
                                        visible: text !== ""
                                        text: row.meaning
                                        font.family: Theme.fontFamily
                                        font.pixelSize: Theme.fontCaption
                                        color: Theme.textMuted
                                        wrapMode: Text.Wrap
                                        maximumLineCount: 2
                                        elide: Text.ElideRight
                                    }
                                    Text {
                                        objectName: "findingAffects"
                                        Layout.fillWidth: true
                                        visible: text !== ""
                                        text: row.affects
                                        font.family: Theme.fontFamily
                                        font.pixelSize: Theme.fontCaption
                                        font.weight: Font.DemiBold
                                        color: Theme.textMuted
                                        wrapMode: Text.Wrap
                                    }
                                }
                                Text {
                                    text: "›"
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontLarge
                                    color: Theme.textMuted
                                }
                            }
                        }
                    }

                    Text {
                        anchors.centerIn: parent
                        width: parent.width * 0.8
                        visible: findingList.count === 0
                        horizontalAlignment: Text.AlignHCenter
                        text: App.findings.totalCount === 0 ? qsTr("No findings.") : qsTr("No finding matches the filters.")
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
                    objectName: "newScanButton"
                    text: qsTr("Scan again")
                    onClicked: screen.navigate("target")
                },
                AppButton {
                    text: qsTr("Guides")
                    onClicked: screen.navigate("guides")
                },
                PowerButtons {}
            ]
            AppButton {
                objectName: "exportButton"
                kind: "primary"
                text: qsTr("Next: save the report")
                enabled: App.scan.hasResult
                onClicked: screen.navigate("export")
            }
        }
    }

    FindingDetail {
        id: detail
        objectName: "findingDetail"
        parent: T.Overlay.overlay
        onOpenGuide: (guideId, section) => screen.openGuide(guideId, section)
        onClosed: findingList.forceActiveFocus()
    }
}
