// SPDX-License-Identifier: GPL-3.0-or-later
// The guides (media creation, in-place upgrade, clean install) from media/guides/<lang>/: their
// steps, the official link and a QR code of it for a phone.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import UpgradeScan

FocusScope {
    id: screen

    signal navigate(string screen)
    property string returnTo: "start"
    readonly property var current: App.guides.count > 0 && App.guides.selectedIndex >= 0
                                   ? App.guides.guide(App.guides.selectedIndex) : ({})

    function show(guideId) {
        const row = App.guides.rowOf(guideId)
        if (row >= 0)
            App.guides.select(row)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingM

        ScreenTitle {
            Layout.fillWidth: true
            title: qsTr("Guides")
            subtitle: qsTr("Step by step, for after the scan. Scan the code to read the official page on a phone.")
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingL

            ListView {
                id: guideList
                objectName: "guideList"
                Layout.preferredWidth: Math.round(Theme.sideColumn * 0.8)
                Layout.fillHeight: true
                clip: true
                focus: true
                spacing: Theme.spacingS
                model: App.guides
                currentIndex: App.guides.selectedIndex
                keyNavigationEnabled: true
                boundsBehavior: Flickable.StopAtBounds
                onCurrentIndexChanged: if (activeFocus && currentIndex >= 0) App.guides.select(currentIndex)
                Keys.onRightPressed: stepsView.forceActiveFocus()
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Guides")

                delegate: ChoiceCard {
                    id: guideCard
                    required property int index
                    required property string title
                    width: ListView.view.width
                    selected: index === App.guides.selectedIndex
                    focusShown: ListView.isCurrentItem && ListView.view.activeFocus
                    Accessible.name: title
                    onClicked: {
                        App.guides.select(index)
                        guideList.forceActiveFocus()
                    }
                    Text {
                        Layout.fillWidth: true
                        text: guideCard.title
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.DemiBold
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                }

                Text {
                    anchors.centerIn: parent
                    width: parent.width
                    visible: guideList.count === 0
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("No guides found in %1.").arg(App.guides.folder)
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                }
            }

            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                radius: Theme.radius
                color: Theme.surface
                border.width: Theme.borderWidth
                border.color: Theme.border

                RowLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.spacingL
                    spacing: Theme.spacingL

                    Flickable {
                        id: stepsView
                        objectName: "guideSteps"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        contentHeight: stepsColumn.implicitHeight
                        clip: true
                        activeFocusOnTab: true
                        boundsBehavior: Flickable.StopAtBounds
                        ScrollBar.vertical: ScrollBar { policy: stepsView.contentHeight > stepsView.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded }
                        Keys.onUpPressed: contentY = Math.max(0, contentY - Theme.fontBody * 3)
                        Keys.onDownPressed: contentY = Math.max(0, Math.min(contentHeight - height, contentY + Theme.fontBody * 3))
                        Keys.onLeftPressed: guideList.forceActiveFocus()

                        FocusFrame {
                            shown: stepsView.activeFocus
                            baseRadius: Theme.radiusSmall
                        }

                        ColumnLayout {
                            id: stepsColumn
                            width: stepsView.width - Theme.spacingL
                            spacing: Theme.spacingM

                            Text {
                                Layout.fillWidth: true
                                text: screen.current.title || ""
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontTitle
                                font.weight: Font.DemiBold
                                color: Theme.text
                                wrapMode: Text.Wrap
                            }
                            Text {
                                Layout.fillWidth: true
                                visible: text !== ""
                                text: screen.current.intro || ""
                                textFormat: Text.MarkdownText
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontBody
                                color: Theme.text
                                wrapMode: Text.Wrap
                                onLinkActivated: link => Qt.openUrlExternally(link)
                            }
                            Repeater {
                                model: screen.current.steps || []
                                delegate: ColumnLayout {
                                    id: step
                                    required property int index
                                    required property var modelData
                                    readonly property var steps: screen.current.steps || []
                                    readonly property bool newSection: modelData.section !== ""
                                        && (index === 0 || steps[index - 1].section !== modelData.section)
                                    Layout.fillWidth: true
                                    spacing: Theme.spacingS
                                    Text {
                                        Layout.fillWidth: true
                                        Layout.topMargin: Theme.spacingS
                                        visible: step.newSection
                                        text: step.modelData.section
                                        font.family: Theme.fontFamily
                                        font.pixelSize: Theme.fontLarge
                                        font.weight: Font.DemiBold
                                        color: Theme.text
                                        wrapMode: Text.Wrap
                                    }
                                    RowLayout {
                                        Layout.fillWidth: true
                                        spacing: Theme.spacingM
                                        Rectangle {
                                            Layout.alignment: Qt.AlignTop
                                            Layout.preferredWidth: Math.round(Theme.fontBody * 1.7)
                                            Layout.preferredHeight: Layout.preferredWidth
                                            radius: width / 2
                                            color: Theme.accentSoft
                                            Text {
                                                anchors.centerIn: parent
                                                text: String(step.modelData.number)
                                                font.family: Theme.fontFamily
                                                font.pixelSize: Theme.fontSmall
                                                font.weight: Font.DemiBold
                                                color: Theme.accent
                                            }
                                        }
                                        Text {
                                            Layout.fillWidth: true
                                            text: step.modelData.text
                                            textFormat: Text.MarkdownText
                                            font.family: Theme.fontFamily
                                            font.pixelSize: Theme.fontBody
                                            color: Theme.text
                                            wrapMode: Text.Wrap
                                            onLinkActivated: link => Qt.openUrlExternally(link)
                                        }
                                    }
                                }
                            }
                        }
                    }

                    QrCode {
                        objectName: "guideQr"
                        Layout.alignment: Qt.AlignTop
                        Layout.preferredWidth: Theme.qrSize + Theme.spacingL
                        link: screen.current.url || ""
                    }
                }
            }
        }

        ActionBar {
            leftItems: AppButton {
                objectName: "backButton"
                text: qsTr("Back")
                onClicked: screen.navigate(screen.returnTo)
            }
        }
    }
}
