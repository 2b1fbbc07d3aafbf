// SPDX-License-Identifier: GPL-3.0-or-later
// The guides (media creation, in-place upgrade, clean install) from media/guides/<lang>/: their
// sections and steps, the official links, and a QR code of the chosen link for a phone.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import UpgradeScan

FocusScope {
    id: screen

    signal navigate(string screen)
    property string returnTo: "start"
    property int linkIndex: 0
    readonly property var current: App.guides.count > 0 && App.guides.selectedIndex >= 0
                                   ? App.guides.guide(App.guides.selectedIndex) : ({})
    readonly property var links: current.links || []

    // Opens a guide, at a section when an anchor is given (a finding's guide link).
    function show(guideId, anchor) {
        const row = App.guides.rowOf(guideId)
        if (row < 0)
            return
        App.guides.select(row)
        if (anchor)
            Qt.callLater(scrollTo, anchor)
    }
    function scrollTo(anchor) {
        const index = App.guides.sectionOf(App.guides.selectedIndex, anchor)
        const item = index >= 0 ? sectionRepeater.itemAt(index) : null
        if (item)
            guideView.contentY = Math.min(item.y, Math.max(0, guideView.contentHeight - guideView.height))
    }
    function openLink(link) {
        if (link.startsWith("#"))
            scrollTo(link.substring(1))
        else if (links.indexOf(link) >= 0)
            linkIndex = links.indexOf(link) // shown as a QR code: the live system has no browser
    }
    onCurrentChanged: {
        linkIndex = 0
        guideView.contentY = 0
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
                Layout.preferredWidth: Math.round(Theme.sideColumn * 0.72)
                Layout.fillHeight: true
                clip: true
                focus: true
                spacing: Theme.spacingS
                model: App.guides
                currentIndex: App.guides.selectedIndex
                keyNavigationEnabled: true
                boundsBehavior: Flickable.StopAtBounds
                onCurrentIndexChanged: if (activeFocus && currentIndex >= 0) App.guides.select(currentIndex)
                Keys.onRightPressed: guideView.forceActiveFocus()
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Guides")

                delegate: ChoiceCard {
                    id: guideCard
                    required property int index
                    required property string title
                    required property int sectionCount
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
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("%n section(s)", "", guideCard.sectionCount)
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontCaption
                        color: Theme.textMuted
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

                Flickable {
                    id: guideView
                    objectName: "guideSteps"
                    anchors.fill: parent
                    anchors.margins: Theme.spacingL
                    anchors.rightMargin: Theme.spacingS
                    contentHeight: guideColumn.implicitHeight
                    clip: true
                    activeFocusOnTab: true
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar {
                        policy: guideView.contentHeight > guideView.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
                    }
                    function scrollBy(dy) {
                        contentY = Math.max(0, Math.min(contentHeight - height, contentY + dy))
                    }
                    Keys.onUpPressed: scrollBy(-Theme.fontBody * 4)
                    Keys.onDownPressed: scrollBy(Theme.fontBody * 4)
                    Keys.onPressed: event => {
                        if (event.key === Qt.Key_PageDown || event.key === Qt.Key_Space) {
                            scrollBy(height * 0.9)
                            event.accepted = true
                        } else if (event.key === Qt.Key_PageUp) {
                            scrollBy(-height * 0.9)
                            event.accepted = true
                        }
                    }
                    Keys.onLeftPressed: guideList.forceActiveFocus()

                    ColumnLayout {
                        id: guideColumn
                        width: guideView.width - Theme.spacingL
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
                            linkColor: Theme.accent
                            wrapMode: Text.Wrap
                            onLinkActivated: link => screen.openLink(link)
                        }
                        Repeater {
                            id: sectionRepeater
                            model: screen.current.sections || []
                            delegate: ColumnLayout {
                                id: section
                                required property var modelData
                                Layout.fillWidth: true
                                Layout.topMargin: Theme.spacingS
                                spacing: Theme.spacingS
                                Rectangle {
                                    Layout.fillWidth: true
                                    Layout.preferredHeight: Theme.borderWidth
                                    color: Theme.border
                                }
                                Text {
                                    Layout.fillWidth: true
                                    text: section.modelData.title
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontLarge
                                    font.weight: Font.DemiBold
                                    color: Theme.text
                                    wrapMode: Text.Wrap
                                    Accessible.role: Accessible.Heading
                                }
                                Text {
                                    Layout.fillWidth: true
                                    text: section.modelData.markdown
                                    textFormat: Text.MarkdownText
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontBody
                                    color: Theme.text
                                    linkColor: Theme.accent
                                    wrapMode: Text.Wrap
                                    lineHeight: 1.1
                                    onLinkActivated: link => screen.openLink(link)
                                }
                            }
                        }
                    }
                }
                FocusFrame {
                    shown: guideView.activeFocus
                }
            }

            // --- the link and its QR code ------------------------------------------------------
            ColumnLayout {
                Layout.preferredWidth: Theme.qrSize + Theme.spacingS
                Layout.maximumWidth: Theme.qrSize + Theme.spacingS
                Layout.fillHeight: true
                spacing: Theme.spacingS
                visible: screen.links.length > 0

                QrCode {
                    objectName: "guideQr"
                    Layout.fillWidth: true
                    link: screen.links[Math.min(screen.linkIndex, screen.links.length - 1)] || ""
                }
                Repeater {
                    model: screen.links.length > 1 ? screen.links : []
                    delegate: AppButton {
                        required property int index
                        required property string modelData
                        Layout.fillWidth: true
                        kind: index === screen.linkIndex ? "primary" : "secondary"
                        font.pixelSize: Theme.fontCaption
                        text: qsTr("Link %1").arg(index + 1)
                        Accessible.name: modelData
                        onClicked: screen.linkIndex = index
                    }
                }
                Item { Layout.fillHeight: true }
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
