// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace urs {

// What the 128-byte EDID base block (VESA E-EDID 1.4) says about a panel's size and preferred
// mode: bytes 21/22 give the maximum image size in cm; the first detailed timing descriptor at
// byte 54 is the preferred mode (pixels) and carries the image size in mm.
struct EdidInfo {
    bool valid = false;
    QString error;
    std::optional<int> widthMm;
    std::optional<int> heightMm;
    std::optional<int> widthPx;
    std::optional<int> heightPx;
    std::optional<double> diagonalInches; // one decimal
};

class EdidParser {
public:
    static EdidInfo parse(const QByteArray &edid);
};

} // namespace urs
