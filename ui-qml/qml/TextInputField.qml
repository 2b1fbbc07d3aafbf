// SPDX-License-Identifier: GPL-3.0-or-later
// A one-line text field in the Theme, with the focus ring.
import QtQuick
import QtQuick.Controls.Basic

TextField {
    id: field

    implicitHeight: Theme.controlHeight
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    color: Theme.text
    placeholderTextColor: Theme.textMuted
    selectByMouse: true
    leftPadding: Theme.spacingM
    rightPadding: Theme.spacingM

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.width: field.activeFocus ? Theme.borderWidth + 1 : Theme.borderWidth
        border.color: field.activeFocus ? Theme.accent : Theme.borderStrong
        FocusFrame {
            shown: field.activeFocus
        }
    }
}
