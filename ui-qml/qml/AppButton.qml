// SPDX-License-Identifier: GPL-3.0-or-later
// A button in the Theme: "primary" (the screen's main action), "secondary" or "quiet".
import QtQuick
import QtQuick.Controls.Basic

Button {
    id: control

    property string kind: "secondary"
    property bool darkBackground: false

    implicitHeight: Theme.controlHeight
    implicitWidth: Math.max(Theme.controlHeight * 2, implicitContentWidth + leftPadding + rightPadding)
    leftPadding: Theme.spacingL
    rightPadding: Theme.spacingL
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    font.weight: kind === "primary" ? Font.DemiBold : Font.Normal
    focusPolicy: Qt.StrongFocus
    Keys.onReturnPressed: if (enabled) clicked()
    Keys.onEnterPressed: if (enabled) clicked()

    contentItem: Text {
        text: control.text
        font: control.font
        color: !control.enabled ? (control.darkBackground ? Theme.headerMuted : Theme.textMuted)
             : control.kind === "primary" ? Theme.textOnAccent
             : control.darkBackground ? Theme.headerText : Theme.accent
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }

    background: Rectangle {
        radius: Theme.radius
        color: {
            if (control.kind === "primary")
                return !control.enabled ? Theme.disabled : control.down || control.hovered ? Theme.accentHover : Theme.accent
            if (control.kind === "quiet")
                return control.down || control.hovered ? (control.darkBackground ? "#33ffffff" : Theme.accentSoft) : "transparent"
            return control.down || control.hovered ? Theme.accentSoft : Theme.surface
        }
        border.width: control.kind === "secondary" ? Theme.borderWidth : 0
        border.color: control.enabled ? Theme.borderStrong : Theme.border

        FocusFrame {
            shown: control.visualFocus || (control.activeFocus && control.focusReason !== Qt.MouseFocusReason)
        }
    }
}
