// SPDX-License-Identifier: GPL-3.0-or-later
// A QR code of a link (drawn by the C++ image provider "qr", libqrencode), with the link below.
import QtQuick
import QtQuick.Layouts
import UpgradeScan

ColumnLayout {
    id: qr

    property string link: ""
    property int size: Theme.qrSize

    spacing: Theme.spacingS
    visible: link !== ""

    Rectangle {
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredWidth: qr.size
        Layout.preferredHeight: qr.size
        color: "white"
        border.width: Theme.borderWidth
        border.color: Theme.border
        radius: Theme.radiusSmall
        Image {
            objectName: "qrImage"
            anchors.fill: parent
            anchors.margins: Theme.spacingXs
            source: qr.link === "" ? "" : "image://qr/" + encodeURIComponent(qr.link)
            sourceSize.width: qr.size
            sourceSize.height: qr.size
            fillMode: Image.PreserveAspectFit
            smooth: false
            cache: true
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("QR code of %1").arg(qr.link)
        }
    }
    Text {
        objectName: "qrCaption"
        Layout.fillWidth: true
        Layout.maximumWidth: Math.max(qr.size * 1.4, implicitWidth > 0 ? qr.size : 0)
        horizontalAlignment: Text.AlignHCenter
        text: App.wrapBetweenWords(qsTr("Scan with a phone to open:"))
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontCaption
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
    Text {
        objectName: "qrLinkText"
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        // Wraps after a "/" only, never inside "software-download".
        text: App.breakableUrl(qr.link)
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontCaption
        color: Theme.accent
        wrapMode: Text.Wrap
    }
}
