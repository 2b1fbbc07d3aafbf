// SPDX-License-Identifier: GPL-3.0-or-later
// The visible focus ring: drawn just outside its parent when the parent has keyboard focus,
// with a halo just inside the parent's edge, so the ring stands out on any background and
// next to an accent button alike (Theme.focus). It takes no room beside the parent's own but
// the ring's width, which the lists keep free around their items.
import QtQuick

Rectangle {
    id: ring

    property bool shown: false
    property real baseRadius: Theme.radius

    anchors.fill: parent
    anchors.margins: -Theme.focusWidth
    radius: baseRadius + Theme.focusWidth
    color: "transparent"
    border.width: Theme.focusWidth
    border.color: Theme.focus
    visible: shown

    Rectangle {
        anchors.fill: parent
        anchors.margins: Theme.focusWidth
        radius: ring.baseRadius
        color: "transparent"
        border.width: Theme.focusGap
        border.color: Theme.focusHalo
    }
}
