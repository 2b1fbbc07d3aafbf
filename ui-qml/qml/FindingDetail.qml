// SPDX-License-Identifier: GPL-3.0-or-later
// One finding opened: what it means, what to do (remedy steps, commands shown verbatim), the
// evidence it rests on (each fact with where it was read), and guide links. Esc closes it.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Templates as T
import QtQuick.Layouts

Popup {
    id: popup

    property var detail: ({})
    signal openGuide(string guideId, string section)

    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    anchors.centerIn: T.Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * Theme.spacingXl : 800, Math.round(820 * Theme.scale))
    height: Math.min(parent ? parent.height - 2 * Theme.spacingXl : 600, content.implicitHeight + closeRow.implicitHeight + 3 * Theme.spacingL)
    padding: Theme.spacingL

    T.Overlay.modal: Rectangle { color: Theme.shade }
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.border
    }
    onOpened: closeButton.forceActiveFocus()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: content.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded }

            ColumnLayout {
                id: content
                width: flick.width - Theme.spacingM
                spacing: Theme.spacingM

                // No rule id and no checklist number here: they are ours, not the customer's
                // (report.json and findings.csv keep them).
                StatusBadge {
                    status: popup.detail.status || "unknown"
                    text: popup.detail.statusText || ""
                }
                Text {
                    Layout.fillWidth: true
                    text: popup.detail.title || ""
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.DemiBold
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Text {
                    objectName: "detailAffects"
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: popup.detail.affects || ""
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                }
                Text {
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: popup.detail.meaning || ""
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.Wrap
                }

                // --- what to do ---------------------------------------------------------------
                Text {
                    visible: (popup.detail.remedy || []).length > 0
                    text: qsTr("What to do")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLarge
                    font.weight: Font.DemiBold
                    color: Theme.text
                    Layout.topMargin: Theme.spacingS
                }
                Repeater {
                    model: popup.detail.remedy || []
                    delegate: RowLayout {
                        id: stepRow
                        required property int index
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: Theme.spacingM
                        Rectangle {
                            Layout.alignment: Qt.AlignTop
                            Layout.preferredWidth: Math.round(Theme.fontBody * 1.6)
                            Layout.preferredHeight: Layout.preferredWidth
                            radius: width / 2
                            color: Theme.accentSoft
                            Text {
                                anchors.centerIn: parent
                                text: String(stepRow.index + 1)
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                                font.weight: Font.DemiBold
                                color: Theme.accent
                            }
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacingXs
                            Text {
                                Layout.fillWidth: true
                                text: stepRow.modelData.text
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontBody
                                color: Theme.text
                                wrapMode: Text.Wrap
                            }
                            Rectangle {
                                visible: stepRow.modelData.command !== ""
                                Layout.fillWidth: true
                                implicitHeight: command.implicitHeight + 2 * Theme.spacingS
                                radius: Theme.radiusSmall
                                color: Theme.codeBackground
                                TextEdit {
                                    id: command
                                    anchors.fill: parent
                                    anchors.margins: Theme.spacingS
                                    text: stepRow.modelData.command
                                    readOnly: true
                                    selectByMouse: true
                                    wrapMode: TextEdit.WrapAnywhere
                                    font.family: Theme.monoFamily
                                    font.pixelSize: Theme.fontSmall
                                    color: Theme.text
                                }
                            }
                        }
                    }
                }

                // --- evidence -----------------------------------------------------------------
                Text {
                    visible: (popup.detail.evidence || []).length > 0
                    text: qsTr("Evidence")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLarge
                    font.weight: Font.DemiBold
                    color: Theme.text
                    Layout.topMargin: Theme.spacingS
                }
                Repeater {
                    model: popup.detail.evidence || []
                    delegate: Rectangle {
                        id: evidenceRow
                        required property var modelData
                        Layout.fillWidth: true
                        implicitHeight: evidenceColumn.implicitHeight + 2 * Theme.spacingS
                        radius: Theme.radiusSmall
                        color: Theme.surfaceAlt
                        border.width: Theme.borderWidth
                        border.color: Theme.border
                        ColumnLayout {
                            id: evidenceColumn
                            anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacingS }
                            spacing: 2
                            Text {
                                Layout.fillWidth: true
                                text: evidenceRow.modelData.name + ": " + (evidenceRow.modelData.known ? evidenceRow.modelData.value : qsTr("unknown"))
                                font.family: Theme.monoFamily
                                font.pixelSize: Theme.fontSmall
                                color: evidenceRow.modelData.known ? Theme.text : Theme.unknownColor
                                wrapMode: Text.WrapAnywhere
                            }
                            Text {
                                Layout.fillWidth: true
                                visible: !evidenceRow.modelData.known && evidenceRow.modelData.unknownReason !== ""
                                text: qsTr("Why unknown: %1").arg(evidenceRow.modelData.unknownReason)
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontCaption
                                color: Theme.textMuted
                                wrapMode: Text.Wrap
                            }
                            Text {
                                Layout.fillWidth: true
                                visible: evidenceRow.modelData.provenance !== ""
                                text: qsTr("Read from: %1").arg(evidenceRow.modelData.provenance)
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontCaption
                                color: Theme.textMuted
                                wrapMode: Text.WrapAnywhere
                            }
                        }
                    }
                }

                // --- guides -------------------------------------------------------------------
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS
                    visible: (popup.detail.guides || []).length > 0
                    Repeater {
                        model: popup.detail.guides || []
                        delegate: AppButton {
                            required property var modelData
                            kind: "secondary"
                            text: (modelData.title !== "" ? modelData.title : modelData.guide) + " →"
                            onClicked: {
                                popup.close()
                                popup.openGuide(modelData.guide, modelData.section)
                            }
                        }
                    }
                }
            }
        }

        RowLayout {
            id: closeRow
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            AppButton {
                id: closeButton
                objectName: "closeDetail"
                text: qsTr("Close")
                kind: "primary"
                onClicked: popup.close()
                Keys.onUpPressed: flick.flick(0, 800 * Theme.scale)
                Keys.onDownPressed: flick.flick(0, -800 * Theme.scale)
            }
        }
    }
}
