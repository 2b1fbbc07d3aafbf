// SPDX-License-Identifier: GPL-3.0-or-later
// The technician's name, the machine's asset tag and a note, for its report (App.notes). On the
// Target screen before the scan, so the report saved when it ends holds them, and on the Export
// screen to change them afterwards.
import QtQuick
import QtQuick.Layouts
import UpgradeScan

GridLayout {
    id: fields

    // Two rows (name and tag side by side, the note below) where the screen is wide enough.
    property bool wide: true

    columns: wide ? 4 : 2
    columnSpacing: Theme.spacingS
    rowSpacing: Theme.spacingS

    component FieldLabel: Text {
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
        Layout.alignment: Qt.AlignVCenter
    }

    FieldLabel { text: qsTr("Technician") }
    TextInputField {
        objectName: "technicianField"
        Layout.fillWidth: true
        Layout.preferredWidth: Theme.controlHeight * 4 // the two share the row equally
        text: App.notes.technician
        maximumLength: App.notes.maxTechnicianLength
        placeholderText: qsTr("Your name")
        Accessible.name: qsTr("Technician")
        onTextEdited: App.notes.technician = text
    }
    FieldLabel { text: qsTr("Asset tag") }
    TextInputField {
        objectName: "assetTagField"
        Layout.fillWidth: true
        Layout.preferredWidth: Theme.controlHeight * 4
        text: App.notes.assetTag
        maximumLength: App.notes.maxAssetTagLength
        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
        Accessible.name: qsTr("Asset tag")
        onTextEdited: App.notes.assetTag = text
    }
    FieldLabel { text: qsTr("Note") }
    TextInputField {
        objectName: "noteField"
        Layout.fillWidth: true
        Layout.columnSpan: fields.columns - 1
        text: App.notes.note
        maximumLength: App.notes.maxNoteLength
        placeholderText: qsTr("Anything the report should say about this machine")
        Accessible.name: qsTr("Note")
        onTextEdited: App.notes.note = text
    }
}
