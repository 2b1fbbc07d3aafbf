// SPDX-License-Identifier: GPL-3.0-or-later
// The title line of a screen and one sentence under it.
import QtQuick
import QtQuick.Layouts

ColumnLayout {
    property string title: ""
    property string subtitle: ""

    spacing: Theme.spacingXs

    Text {
        Layout.fillWidth: true
        text: parent.title
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        font.weight: Font.DemiBold
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
    }
    Text {
        Layout.fillWidth: true
        visible: text !== ""
        text: parent.subtitle
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
}
