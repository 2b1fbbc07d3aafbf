// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/qr_svg.h"

#include "common/log.h"
#include "report/html_escape.h"

#include <memory>
#include <qrencode.h>

namespace urs {

namespace {
struct QrFree {
    void operator()(QRcode *q) const { QRcode_free(q); }
};
using QrPtr = std::unique_ptr<QRcode, QrFree>;
} // namespace

QString QrSvg::encode(const QString &text, int pixelSize)
{
    const QByteArray utf8 = text.toUtf8();
    QrPtr qr(QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M));
    if (!qr) {
        log()->warn("QR code not made for '{}...' ({} bytes): too long or out of memory", str(text.left(60)),
            utf8.size());
        return {};
    }
    // ISO/IEC 18004 asks for a quiet zone of 4 modules around the symbol.
    const int quiet = 4;
    const int width = qr->width;
    const int total = width + 2 * quiet;
    QString path;
    path.reserve(width * width * 4);
    for (int y = 0; y < width; ++y) {
        int x = 0;
        while (x < width) {
            // Bit 0 of each byte is the module colour (1 = dark), see qrencode.h.
            if (!(qr->data[y * width + x] & 1)) {
                ++x;
                continue;
            }
            int run = 1;
            while (x + run < width && (qr->data[y * width + x + run] & 1))
                ++run;
            path += QStringLiteral("M%1 %2h%3v1h-%3z").arg(x + quiet).arg(y + quiet).arg(run);
            x += run;
        }
    }
    return QStringLiteral("<svg class=\"qr\" viewBox=\"0 0 %1 %1\" "
                          "width=\"%2\" height=\"%2\" shape-rendering=\"crispEdges\" role=\"img\" "
                          "aria-label=\"%3\"><rect width=\"%1\" height=\"%1\" fill=\"#fff\"/>"
                          "<path fill=\"#111\" d=\"%4\"/></svg>")
        .arg(total)
        .arg(pixelSize)
        .arg(htmlEscape(text), path);
}

} // namespace urs
