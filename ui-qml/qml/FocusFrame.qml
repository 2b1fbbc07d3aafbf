// SPDX-License-Identifier: GPL-3.0-or-later
// The visible focus ring: drawn just outside its parent when the parent has keyboard focus.
import QtQuick

Rectangle {
    property bool shown: false
    property real baseRadius: Theme.radius

    anchors.fill: parent
    anchors.margins: -Theme.focusGap
    radius: baseRadius + Theme.focusGap
    color: "transparent"
    border.width: Theme.focusWidth
    border.color: Theme.focus
    visible: shown
}
