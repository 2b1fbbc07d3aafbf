// SPDX-License-Identifier: GPL-3.0-or-later
// The verdict for one target. The selected banner also explains the way there: what the verdict
// means, the findings that decided it, the support dates, and the guide to follow.
import QtQuick
import QtQuick.Layouts

ChoiceCard {
    id: banner

    property string name: ""
    property string verdict: ""
    property string verdictText: ""
    property string summary: ""
    property string lifecycle: ""
    property string pathText: ""
    property var reasons: []
    property string guide: ""
    readonly property string status: Theme.verdictStatus(verdict)

    signal openGuide(string guideId)

    accentStatus: status
    Accessible.name: name + ": " + verdictText

    Text {
        Layout.fillWidth: true
        text: banner.name
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.weight: Font.DemiBold
        color: Theme.text
        wrapMode: Text.Wrap
    }
    RowLayout {
        spacing: Theme.spacingS
        Rectangle {
            Layout.preferredWidth: Math.round(Theme.fontLarge * 1.3)
            Layout.preferredHeight: Layout.preferredWidth
            radius: width / 2
            color: Theme.statusColor(banner.status)
            Text {
                anchors.centerIn: parent
                text: Theme.statusGlyph(banner.status)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                font.weight: Font.Bold
                color: Theme.textOnAccent
            }
        }
        Text {
            Layout.fillWidth: true
            text: banner.verdictText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            font.weight: Font.DemiBold
            color: Theme.statusColor(banner.status)
            wrapMode: Text.Wrap
        }
    }
    Text {
        Layout.fillWidth: true
        visible: text !== ""
        text: banner.summary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        color: Theme.text
        wrapMode: Text.Wrap
        maximumLineCount: banner.selected ? 8 : 2
        elide: Text.ElideRight
    }

    // --- the way there (selected banner only) ---------------------------------------------
    ColumnLayout {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingXs
        visible: banner.selected
        spacing: Theme.spacingS

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.borderWidth
            color: Theme.border
        }
        Text {
            Layout.fillWidth: true
            text: banner.pathText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            visible: banner.reasons.length > 0
            text: qsTr("Decided by: %1").arg(banner.reasons.join(qsTr(", ")))
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            visible: banner.lifecycle !== ""
            text: banner.lifecycle
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        AppButton {
            visible: banner.guide !== ""
            kind: "quiet"
            leftPadding: 0
            text: banner.guide === "clean-install" ? qsTr("Clean install guide →") : qsTr("In-place upgrade guide →")
            onClicked: banner.openGuide(banner.guide)
        }
    }
}
