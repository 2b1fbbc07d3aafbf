// SPDX-License-Identifier: GPL-3.0-or-later
// A card the user picks from a list (a disk, a target, a destination, a guide). Its list view
// keeps the keyboard focus; the card shows the ring when it is the list's current item.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

AbstractButton {
    id: card

    property bool selected: false
    property bool focusShown: false
    property bool dimmed: false        // shown, can be looked at, but cannot be used
    property string accentStatus: ""   // a status colour for the left stripe, or "" for none
    default property alias cardContent: column.data
    // Declared as a property (not inline in contentItem) so the id is not in a deferred object.
    readonly property Item body: ColumnLayout {
        id: column
        spacing: Theme.spacingXs
    }

    focusPolicy: Qt.NoFocus
    hoverEnabled: true
    implicitWidth: body.implicitWidth + leftPadding + rightPadding
    implicitHeight: Math.max(Theme.touchMin, body.implicitHeight + topPadding + bottomPadding)
    padding: Theme.spacingM
    leftPadding: Theme.spacingL

    contentItem: body

    background: Rectangle {
        radius: Theme.radius
        color: card.selected ? Theme.accentSoft : card.hovered ? Theme.surfaceAlt : Theme.surface
        border.width: card.selected ? Theme.focusWidth - 1 : Theme.borderWidth
        border.color: card.selected ? Theme.accent : Theme.border
        opacity: card.enabled && !card.dimmed ? 1.0 : 0.75

        Rectangle {
            visible: card.accentStatus !== ""
            width: Theme.spacingXs + 1
            radius: width / 2
            anchors { left: parent.left; top: parent.top; bottom: parent.bottom; margins: Theme.spacingS }
            color: Theme.statusColor(card.accentStatus)
        }

        FocusFrame {
            shown: card.focusShown
        }
    }
}
