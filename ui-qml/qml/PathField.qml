// SPDX-License-Identifier: GPL-3.0-or-later
// A text field for a path: no capitals or word suggestions from an on-screen keyboard.
import QtQuick

TextInputField {
    inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText | Qt.ImhUrlCharactersOnly
}
