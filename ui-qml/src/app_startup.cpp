// SPDX-License-Identifier: GPL-3.0-or-later
#include "app_startup.h"

#include "qr_image_provider.h"

#include <QQmlEngine>
#include <QQuickStyle>

namespace urs::ui {

void prepareProcess()
{
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (platform.startsWith("linuxfb") && qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
        qputenv("QT_QUICK_BACKEND", "software");
}

void prepareEngine(QQmlEngine &engine)
{
    engine.addImageProvider(QStringLiteral("qr"), new QrImageProvider); // the engine owns it
}

bool isKioskPlatform(const QString &platformName)
{
    return platformName == QLatin1String("eglfs") || platformName == QLatin1String("linuxfb");
}

QString mainQmlUrl()
{
    return QStringLiteral("qrc:/qt/qml/UpgradeScan/Main.qml");
}

} // namespace urs::ui
