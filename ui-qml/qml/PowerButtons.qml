// SPDX-License-Identifier: GPL-3.0-or-later
// Shut down and Restart, where a technician ends (Start, Results, Export); shown on the live
// system only (--power-controls). While a result is on screen that no report holds yet, they ask
// first: switching off loses it.
import QtQuick
import QtQuick.Layouts
import UpgradeScan

RowLayout {
    id: buttons

    // "poweroff" or "reboot"
    function request(action) {
        if (App.unsavedResult) {
            confirm.action = action
            confirm.open()
            return
        }
        run(action)
    }
    function run(action) {
        const started = action === "reboot" ? App.power.restart() : App.power.powerOff()
        if (!started)
            failure.open()
    }

    visible: App.powerControls
    spacing: Theme.spacingM

    AppButton {
        objectName: "shutDownButton"
        text: qsTr("Shut down")
        onClicked: buttons.request("poweroff")
    }
    AppButton {
        objectName: "restartButton"
        text: qsTr("Restart")
        onClicked: buttons.request("reboot")
    }

    QuestionPopup {
        id: confirm
        objectName: "powerConfirm"

        property string action: "poweroff"

        title: action === "reboot" ? qsTr("Restart without saving the report?")
                                   : qsTr("Shut down without saving the report?")
        message: qsTr("This result has not been written to a report yet. It is lost when the machine switches off.")
        safeButton: keepButton

        AppButton {
            id: keepButton
            objectName: "powerCancelButton"
            kind: "primary"
            text: qsTr("Cancel")
            onClicked: confirm.close()
        }
        AppButton {
            objectName: "powerConfirmButton"
            text: confirm.action === "reboot" ? qsTr("Restart anyway") : qsTr("Shut down anyway")
            onClicked: {
                confirm.close()
                buttons.run(confirm.action)
            }
        }
    }

    ModalPopup {
        id: failure
        objectName: "powerFailure"
        tint: Theme.blockerSoft
        edge: Theme.blockerColor
        onOpened: closeButton.forceActiveFocus()

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingM
            Text {
                Layout.fillWidth: true
                text: App.power.errorText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
            }
            AppButton {
                id: closeButton
                Layout.alignment: Qt.AlignRight
                text: qsTr("Close")
                onClicked: failure.close()
            }
        }
    }
}
