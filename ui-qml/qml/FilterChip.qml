// SPDX-License-Identifier: GPL-3.0-or-later
// A toggle for one finding status, with its count.
import QtQuick
import QtQuick.Controls.Basic

AbstractButton {
    id: chip

    property string status: "unknown"
    property int count: 0

    checkable: true
    focusPolicy: Qt.StrongFocus
    implicitHeight: Theme.chipHeight
    implicitWidth: implicitContentWidth + leftPadding + rightPadding
    leftPadding: Theme.spacingM - Theme.spacingXs / 2
    rightPadding: leftPadding
    Keys.onReturnPressed: toggle()
    Keys.onEnterPressed: toggle()
    Accessible.role: Accessible.CheckBox
    Accessible.checked: checked

    contentItem: Text {
        text: Theme.statusGlyph(chip.status) + " " + chip.text + " " + chip.count
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        font.weight: chip.checked ? Font.DemiBold : Font.Normal
        font.strikeout: !chip.checked
        color: chip.checked ? Theme.statusColor(chip.status) : Theme.textMuted
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
    background: Rectangle {
        radius: height / 2
        color: chip.checked ? Theme.statusSoft(chip.status) : Theme.surface
        border.width: Theme.borderWidth
        border.color: chip.checked ? Theme.statusColor(chip.status) : Theme.border

        FocusFrame {
            baseRadius: parent.radius
            shown: chip.visualFocus
        }
    }
}
