// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace urs {

// A QR code as inline SVG (libqrencode), so a phone can open a guide from a printed report
// without the HTML loading any image.
class QrSvg {
public:
    // Encodes text (8-bit mode, error correction M: survives a crease or a smudge on paper).
    // Returns an empty string when the text is too long for any QR version.
    static QString encode(const QString &text, int pixelSize = 116);
};

} // namespace urs
