// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QQuickImageProvider>

namespace urs::ui {

// "image://qr/<percent-encoded text>" in QML: a QR code of the text (libqrencode), black on
// white with the 4-module quiet zone ISO/IEC 18004 asks for, so a phone camera opens the link.
class QrImageProvider : public QQuickImageProvider {
public:
    QrImageProvider();
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

    // The code as an image with one pixel per module (quiet zone included); null on failure.
    static QImage encode(const QString &text);
    // Scaled to fit side x side pixels with whole pixels per module.
    static QImage render(const QString &text, int side);
};

} // namespace urs::ui
