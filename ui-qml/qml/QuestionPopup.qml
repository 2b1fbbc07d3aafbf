// SPDX-License-Identifier: GPL-3.0-or-later
// A question before something that cannot be undone: a title, what it means, and the answers
// (buttons, left to right). `safeButton` takes the focus when it opens.
import QtQuick
import QtQuick.Layouts

ModalPopup {
    id: question

    property string title: ""
    property string message: ""
    // The answer Return gives: the expected one that loses nothing. Esc closes without one.
    property Item safeButton: null
    default property alias answers: answerRow.data

    onOpened: if (safeButton) safeButton.forceActiveFocus()

    // contentItem, not a child: children of this file would go to `answers`. Declared as a
    // property (not inline in contentItem) so answerRow's id is not in a deferred object.
    readonly property Item body: ColumnLayout {
        spacing: Theme.spacingM
        Text {
            Layout.fillWidth: true
            text: question.title
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.weight: Font.DemiBold
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            text: question.message
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.Wrap
        }
        RowLayout {
            id: answerRow
            Layout.alignment: Qt.AlignRight
            Layout.topMargin: Theme.spacingS
            spacing: Theme.spacingM
        }
    }
    contentItem: body
}
