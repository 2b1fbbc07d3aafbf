// SPDX-License-Identifier: GPL-3.0-or-later
#include "hardware/edid_parser.h"

#include "common/core_text.h"

#include <cmath>

namespace urs {

EdidInfo EdidParser::parse(const QByteArray &edid)
{
    EdidInfo info;
    if (edid.isEmpty()) {
        info.error = coreText("EDID is empty (nothing connected)");
        return info;
    }
    if (edid.size() < 128) {
        info.error = coreText("EDID is %1 bytes, shorter than its 128-byte base block").arg(edid.size());
        return info;
    }
    static const QByteArray header("\x00\xFF\xFF\xFF\xFF\xFF\xFF\x00", 8);
    if (!edid.startsWith(header)) {
        info.error = coreText("EDID lacks the 00 FF FF FF FF FF FF 00 header");
        return info;
    }
    quint8 sum = 0;
    for (int i = 0; i < 128; ++i)
        sum = quint8(sum + quint8(edid[i]));
    if (sum != 0) {
        info.error = coreText("EDID base block checksum does not add up");
        return info;
    }
    info.valid = true;
    const auto b = [&](int i) { return int(quint8(edid[i])); };

    // Preferred mode: the first 18-byte descriptor is a detailed timing when its pixel clock
    // (bytes 54-55) is non-zero (E-EDID 1.4 section 3.10.2).
    const bool timing = b(54) != 0 || b(55) != 0;
    if (timing) {
        const int w = b(56) | ((b(58) & 0xF0) << 4);
        const int h = b(59) | ((b(61) & 0xF0) << 4);
        if (w > 0 && h > 0) {
            info.widthPx = w;
            info.heightPx = h;
        }
        const int wmm = b(66) | ((b(68) & 0xF0) << 4);
        const int hmm = b(67) | ((b(68) & 0x0F) << 8);
        if (wmm > 0 && hmm > 0) {
            info.widthMm = wmm;
            info.heightMm = hmm;
        }
    }
    // Bytes 21/22: size in cm; when one of them is 0 the other is an aspect ratio (or the
    // display is a projector with no fixed size).
    if (!info.widthMm && b(21) > 0 && b(22) > 0) {
        info.widthMm = b(21) * 10;
        info.heightMm = b(22) * 10;
    }
    if (info.widthMm && info.heightMm) {
        const double inches = std::hypot(double(*info.widthMm), double(*info.heightMm)) / 25.4;
        info.diagonalInches = std::round(inches * 10.0) / 10.0;
    }
    return info;
}

} // namespace urs
