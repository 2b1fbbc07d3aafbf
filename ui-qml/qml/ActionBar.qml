// SPDX-License-Identifier: GPL-3.0-or-later
// The bottom row of a screen: actions on the left (back) and on the right (the main one).
import QtQuick
import QtQuick.Layouts

Item {
    id: bar

    default property alias rightItems: right.data
    property alias leftItems: left.data

    Layout.fillWidth: true
    implicitHeight: Theme.controlHeight + Theme.spacingM

    Rectangle {
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: Theme.borderWidth
        color: Theme.border
    }
    RowLayout {
        id: left
        anchors { left: parent.left; bottom: parent.bottom }
        spacing: Theme.spacingM
    }
    RowLayout {
        id: right
        anchors { right: parent.right; bottom: parent.bottom }
        spacing: Theme.spacingM
    }
}
