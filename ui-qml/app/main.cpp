// SPDX-License-Identifier: GPL-3.0-or-later
// upgrade-scan-app: the touch and keyboard face of the scanner. It only calls the library.
#include "app_config.h"
#include "app_startup.h"
#include "common/log.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(UpgradeScanPlugin)

int main(int argc, char *argv[])
{
    using namespace urs::ui;
    // --help works without a display (it is read before the GUI starts).
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--help") == 0 || qstrcmp(argv[i], "-h") == 0) {
            std::printf("%s", qPrintable(AppConfig::usage()));
            return 0;
        }
    }
    urs::ui::prepareProcess();
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("upgrade-scan-app"));
    QGuiApplication::setApplicationVersion(QStringLiteral(URS_VERSION));
    QGuiApplication::setOrganizationName(QStringLiteral("upgrade-readiness-scanner"));

    AppConfig &config = AppConfig::current();
    config.fullscreen = isKioskPlatform(QGuiApplication::platformName());
    config.applyEnvironment();
    QString error;
    if (!AppConfig::parse(app.arguments().mid(1), &config, &error)) {
        std::fprintf(stderr, "upgrade-scan-app: %s\n", qPrintable(error));
        return 2;
    }
    // The stick's settings file fills in what the command line left open; a bad value in it is
    // a warning, never a reason not to start.
    for (const QString &warning : config.applySettingsFile())
        urs::log()->warn("{}", warning.toStdString());

    QQmlApplicationEngine engine;
    prepareEngine(engine);
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(10); },
        Qt::QueuedConnection);
    engine.load(QUrl(mainQmlUrl()));
    if (engine.rootObjects().isEmpty()) {
        urs::log()->error("the main window could not be created from {}", mainQmlUrl().toStdString());
        return 10;
    }
    return QGuiApplication::exec();
}
