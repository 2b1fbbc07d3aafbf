// SPDX-License-Identifier: GPL-3.0-or-later
// A small pill that names a status or a property ("Encrypted", "Blocker", "Recommended"); with
// status "" a neutral tag ("In Windows") in no status colour.
import QtQuick

Rectangle {
    id: badge

    property string status: "unknown"
    property string text: ""
    readonly property bool neutral: status === ""

    implicitWidth: label.implicitWidth + 2 * Theme.spacingS
    implicitHeight: label.implicitHeight + Theme.spacingXs
    radius: height / 2
    color: neutral ? Theme.surfaceAlt : Theme.statusSoft(status)
    border.width: Theme.borderWidth
    border.color: neutral ? Theme.borderStrong : Qt.lighter(Theme.statusColor(status), 1.6)

    Text {
        id: label
        anchors.centerIn: parent
        text: badge.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontCaption
        font.weight: Font.DemiBold
        color: badge.neutral ? Theme.text : Theme.statusColor(badge.status)
    }
}
