// SPDX-License-Identifier: GPL-3.0-or-later
// A small modal card over the window, the rest shaded: a question or a message with its buttons.
// Esc or a tap outside closes it.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Templates as T

Popup {
    id: popup

    property color tint: Theme.surface
    property color edge: Theme.border

    parent: T.Overlay.overlay
    anchors.centerIn: T.Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * Theme.spacingXl : 600, Math.round(560 * Theme.scale))
    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    padding: Theme.spacingL
    T.Overlay.modal: Rectangle { color: Theme.shade }
    background: Rectangle {
        radius: Theme.radius
        color: popup.tint
        border.width: Theme.borderWidth
        border.color: popup.edge
    }
}
