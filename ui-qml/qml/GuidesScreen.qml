// SPDX-License-Identifier: GPL-3.0-or-later
// The guides (media creation, in-place upgrade, clean install) from media/guides/<lang>/: their
// sections and steps, the official links, and a QR code of the chosen link for a phone.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import UpgradeScan

FocusScope {
    id: screen

    signal navigate(string screen)
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
        if (anchor) {
            pendingAnchor = anchor
            scrollLater.restart()
        }
    }
    property string pendingAnchor: ""
    // Scroll once the newly chosen guide's sections exist.
    Timer {
        id: scrollLater
        interval: 0
        onTriggered: screen.scrollTo(screen.pendingAnchor)
    }
    function scrollTo(anchor) {
        const index = App.guides.sectionOf(App.guides.selectedIndex, anchor)
        const item = index >= 0 ? sectionRepeater.itemAt(index) : null
        guideColumn.forceLayout() // the sections may have been made this very moment
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
                // Wide enough for the longest word of a title ("インプレースアップグレード").
                Layout.preferredWidth: Math.round(Theme.sideColumn * 0.8)
                Layout.fillHeight: true
                clip: true
                // room for the focus ring, which is drawn outside the card
                topMargin: Theme.focusGap + Theme.focusWidth
                bottomMargin: Theme.focusGap + Theme.focusWidth
                leftMargin: Theme.focusGap + Theme.focusWidth
                rightMargin: Theme.focusGap + Theme.focusWidth
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
                    required property string navLabel
                    width: ListView.view.width - ListView.view.leftMargin - ListView.view.rightMargin
                    selected: index === App.guides.selectedIndex
                    focusShown: ListView.isCurrentItem && ListView.view.activeFocus
                    Accessible.name: title
                    onClicked: {
                        App.guides.select(index)
                        guideList.forceActiveFocus()
                    }
                    // Breaks between words only, Japanese included (GuideListModel's navLabel).
                    Text {
                        objectName: "guideNavLabel"
                        Layout.fillWidth: true
                        text: guideCard.navLabel
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

                    Column {
                        id: guideColumn
                        width: guideView.width - Theme.spacingL
                        spacing: Theme.spacingM

                        Text {
                            width: parent.width
                            text: screen.current.title || ""
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontTitle
                            font.weight: Font.DemiBold
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        Text {
                            width: parent.width
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
                            delegate: Column {
                                id: section
                                required property var modelData
                                width: guideColumn.width
                                topPadding: Theme.spacingS
                                spacing: Theme.spacingS
                                Rectangle {
                                    width: parent.width
                                    height: Theme.borderWidth
                                    color: Theme.border
                                }
                                Text {
                                    width: parent.width
                                    text: section.modelData.title
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontLarge
                                    font.weight: Font.DemiBold
                                    color: Theme.text
                                    wrapMode: Text.Wrap
                                    Accessible.role: Accessible.Heading
                                }
                                Text {
                                    width: parent.width
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
                        leftPadding: Theme.spacingS
                        rightPadding: Theme.spacingS
                        // The end of the address tells the pages apart ("…/windows10", "…/windows11").
                        text: "…/" + modelData.replace(/\/+$/, "").split("/").pop()
                        Accessible.name: qsTr("Show the code of %1").arg(modelData)
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
                onClicked: screen.navigate("back") // to the screen the guides were opened from
            }
        }
    }
}
