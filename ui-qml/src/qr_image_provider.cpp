// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr_image_provider.h"

#include "common/log.h"

#include <QUrl>
#include <memory>
#include <qrencode.h>

namespace urs::ui {

namespace {

struct QrFree {
    void operator()(QRcode *code) const { QRcode_free(code); }
};

constexpr int kQuietZone = 4; // modules, ISO/IEC 18004 section 6.3.8

} // namespace

QrImageProvider::QrImageProvider()
    : QQuickImageProvider(QQuickImageProvider::Image)
{
}

QImage QrImageProvider::encode(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    // Level M survives a scratched or glare-covered screen and keeps URLs small enough.
    std::unique_ptr<QRcode, QrFree> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
    if (!code) {
        log()->warn("QR code for '{}' could not be made", utf8.toStdString());
        return {};
    }
    const int n = code->width;
    const int side = n + 2 * kQuietZone;
    QImage img(side, side, QImage::Format_Grayscale8);
    img.fill(255);
    for (int y = 0; y < n; ++y) {
        uchar *line = img.scanLine(y + kQuietZone);
        for (int x = 0; x < n; ++x)
            if (code->data[y * n + x] & 1) // bit 0: the module is dark (qrencode.h)
                line[x + kQuietZone] = 0;
    }
    return img;
}

QImage QrImageProvider::render(const QString &text, int side)
{
    const QImage modules = encode(text);
    if (modules.isNull())
        return {};
    const int scale = std::max(1, side / modules.width());
    // Whole pixels per module keep the edges sharp for the phone's decoder.
    return modules.scaled(
        modules.width() * scale, modules.height() * scale, Qt::IgnoreAspectRatio, Qt::FastTransformation);
}

QImage QrImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const QString text = QUrl::fromPercentEncoding(id.toUtf8());
    const int side = requestedSize.isValid() ? std::min(requestedSize.width(), requestedSize.height()) : 256;
    QImage img = render(text, side);
    if (size)
        *size = img.size();
    return img;
}

} // namespace urs::ui
