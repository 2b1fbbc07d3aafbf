// SPDX-License-Identifier: GPL-3.0-or-later
// Where the user is in the flow: 1 Disk, 2 Target, 3 Scan, 4 Results, 5 Export.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

RowLayout {
    id: steps

    property int current: 0
    // Narrow windows show the name of the current step only.
    property bool compact: false
    readonly property var names: [qsTr("Windows"), qsTr("Target"), qsTr("Scan"), qsTr("Results"), qsTr("Report")]

    spacing: Theme.spacingS
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Step %1 of %2: %3").arg(current + 1).arg(names.length).arg(names[current] || "")

    Repeater {
        model: steps.names
        delegate: RowLayout {
            id: stepItem
            required property int index
            required property string modelData
            readonly property bool done: index < steps.current
            readonly property bool active: index === steps.current
            spacing: Theme.spacingXs

            Rectangle {
                visible: stepItem.index > 0
                Layout.preferredWidth: Theme.spacingM
                Layout.preferredHeight: Theme.borderWidth
                color: Theme.headerMuted
            }
            Rectangle {
                Layout.preferredWidth: Math.round(Theme.fontBody * 1.6)
                Layout.preferredHeight: Layout.preferredWidth
                radius: width / 2
                color: stepItem.active ? Theme.surface : "transparent"
                border.width: Theme.borderWidth
                border.color: stepItem.active || stepItem.done ? Theme.headerText : Theme.headerMuted
                Text {
                    anchors.centerIn: parent
                    text: stepItem.done ? "✓" : String(stepItem.index + 1)
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                    color: stepItem.active ? Theme.headerBackground : stepItem.done ? Theme.headerText : Theme.headerMuted
                }
            }
            Text {
                visible: !steps.compact || stepItem.active
                text: stepItem.modelData
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                font.weight: stepItem.active ? Font.DemiBold : Font.Normal
                color: stepItem.active || stepItem.done ? Theme.headerText : Theme.headerMuted
            }
        }
    }
}
