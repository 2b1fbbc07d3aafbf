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
    // Qt 6.4 does not look in qrc:/qt/qml by default (6.5 does); the module's qmldir is there.
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
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
