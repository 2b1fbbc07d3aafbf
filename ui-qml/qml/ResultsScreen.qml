// SPDX-License-Identifier: GPL-3.0-or-later
// Step 4: a verdict per target (left) and the findings grouped by status with filters (right).
// A finding opens its evidence and remedy steps.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Templates as T
import QtQuick.Layouts
import UpgradeScan

FocusScope {
    id: screen

    signal navigate(string screen)
    signal openGuide(string guideId, string section)

    function openFinding(row) {
        detail.detail = App.findings.detail(row)
        detail.open()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingM

        ScreenTitle {
            Layout.fillWidth: true
            title: qsTr("Results")
            subtitle: App.disks.selectedTitle !== "" ? App.disks.selectedTitle : App.scan.sourcePath
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
                    width: ListView.view.width
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

                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS
                    Repeater {
                        model: App.findings.statuses
                        delegate: FilterChip {
                            required property string modelData
                            objectName: "filter-" + modelData
                            status: modelData
                            count: App.findings.counts[modelData] || 0
                            text: {
                                switch (modelData) {
                                case "blocker": return qsTr("Blockers")
                                case "warning": return qsTr("Warnings")
                                case "unknown": return qsTr("Unknown")
                                case "advisory": return qsTr("Advice")
                                default: return qsTr("Passed")
                                }
                            }
                            checked: App.findings.statusFilter.indexOf(modelData) >= 0
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
                    Accessible.name: qsTr("Findings")

                    section.property: "statusText"
                    section.criteria: ViewSection.FullString
                    section.delegate: Text {
                        required property string section
                        width: ListView.view ? ListView.view.width : 0
                        topPadding: Theme.spacingS
                        bottomPadding: Theme.spacingXs
                        text: section
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.DemiBold
                        font.capitalization: Font.AllUppercase
                        color: Theme.textMuted
                    }

                    delegate: ChoiceCard {
                        id: row
                        required property int index
                        required property string title
                        required property string status
                        required property string statusText
                        required property string check
                        required property string meaning
                        width: ListView.view.width
                        padding: Theme.spacingS
                        leftPadding: Theme.spacingL
                        accentStatus: status
                        focusShown: ListView.isCurrentItem && ListView.view.activeFocus
                        Accessible.name: statusText + ": " + title
                        onClicked: {
                            findingList.currentIndex = index
                            screen.openFinding(index)
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
                                Text {
                                    Layout.fillWidth: true
                                    text: row.title
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontBody
                                    color: Theme.text
                                    elide: Text.ElideRight
                                }
                                Text {
                                    Layout.fillWidth: true
                                    visible: text !== ""
                                    text: row.meaning
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontCaption
                                    color: Theme.textMuted
                                    elide: Text.ElideRight
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
                }
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
