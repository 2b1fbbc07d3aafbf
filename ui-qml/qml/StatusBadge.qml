// SPDX-License-Identifier: GPL-3.0-or-later
// A small pill that names a status or a property ("Encrypted", "Blocker", "Recommended").
import QtQuick

Rectangle {
    id: badge

    property string status: "unknown"
    property string text: ""

    implicitWidth: label.implicitWidth + 2 * Theme.spacingS
    implicitHeight: label.implicitHeight + Theme.spacingXs
    radius: height / 2
    color: Theme.statusSoft(status)
    border.width: Theme.borderWidth
    border.color: Qt.lighter(Theme.statusColor(status), 1.6)

    Text {
        id: label
        anchors.centerIn: parent
        text: badge.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontCaption
        font.weight: Font.DemiBold
        color: Theme.statusColor(badge.status)
    }
}
