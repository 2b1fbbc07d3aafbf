// SPDX-License-Identifier: GPL-3.0-or-later
// bench_app: how fast the app is usable. Starts the app's window exactly as upgrade-scan-app
// does and prints the time from process start (and from main) to the first frame, to an
// interactive Start screen (shown, with the keyboard focus in it), and to the disk list being
// filled (discovery and the preview of --source, which reads the hives, done).
//   bench_app [--source IMG] [--hardware-root DIR] [upgrade-scan-app options]
#include "app_config.h"
#include "app_context.h"
#include "app_startup.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>
#include <unistd.h>

Q_IMPORT_QML_PLUGIN(UpgradeScanPlugin)

namespace {

// Milliseconds the process had run before main(): /proc/self/stat field 22 (start time in clock
// ticks after boot) against /proc/uptime (proc(5)). -1 when either cannot be read.
double msBeforeMain()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = stat.readAll();
    // The command name (field 2) may hold spaces; fields are counted after its ')'.
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startTicks = fields.at(19).toDouble(); // field 22 overall
    const double up = uptime.readAll().split(' ').value(0).toDouble();
    const long hz = sysconf(_SC_CLK_TCK);
    return hz > 0 ? (up - startTicks / double(hz)) * 1000.0 : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    const double beforeMain = msBeforeMain();
    urs::ui::prepareProcess();
    QGuiApplication app(argc, argv);

    urs::ui::AppConfig &config = urs::ui::AppConfig::current();
    config.discoverDisks = false; // never probe the benchmark machine's own disks
    config.applyEnvironment();
    QString error;
    if (!urs::ui::AppConfig::parse(app.arguments().mid(1), &config, &error)) {
        std::fprintf(stderr, "bench_app: %s\n", qPrintable(error));
        return 2;
    }

    qint64 firstFrame = -1;
    qint64 interactive = -1;
    qint64 listed = -1;
    QQmlApplicationEngine engine;
    urs::ui::prepareEngine(engine);
    const qint64 engineReady = clock.elapsed();
    engine.load(QUrl(urs::ui::mainQmlUrl()));
    const qint64 loaded = clock.elapsed();
    auto *window = engine.rootObjects().isEmpty()
        ? nullptr
        : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window) {
        std::fprintf(stderr, "bench_app: the main window was not created\n");
        return 1;
    }
    auto *context = engine.singletonInstance<urs::ui::AppContext *>(qmlTypeId("UpgradeScan", 1, 0, "App"));
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&] {
        if (firstFrame < 0)
            firstFrame = clock.elapsed();
    });
    // Interactive: the Start screen exists and has the keyboard focus. Listed: the disk list holds
    // what discovery and the preview found. Checked whenever focus, frames or the list change.
    const auto check = [&] {
        bool inStart = false;
        for (const QQuickItem *item = window->activeFocusItem(); item && !inStart; item = item->parentItem())
            inStart = item->objectName() == QLatin1String("startScreen");
        if (interactive < 0 && firstFrame >= 0 && inStart)
            interactive = clock.elapsed();
        if (listed < 0 && context && !context->disks()->busy())
            listed = clock.elapsed();
        if (interactive >= 0 && listed >= 0)
            app.quit();
    };
    QObject::connect(window, &QQuickWindow::activeFocusItemChanged, &app, check);
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, check, Qt::QueuedConnection);
    if (context)
        QObject::connect(context->disks(), &urs::ui::DiskListModel::busyChanged, &app, check);
    window->requestActivate();
    QTimer::singleShot(30000, &app, [&] {
        std::fprintf(stderr, "bench_app: timed out (focus window %s, active focus item %s)\n",
            QGuiApplication::focusWindow() == window ? "is the app" : "is not the app",
            window->activeFocusItem() ? window->activeFocusItem()->metaObject()->className() : "none");
        app.exit(1);
    });
    const int code = QGuiApplication::exec();

    const auto print = [&](const char *what, qint64 ms) {
        if (ms < 0)
            std::printf("bench_app: %-38s (not reached)\n", what);
        else if (beforeMain >= 0)
            std::printf("bench_app: %-38s %6lld ms from main, %6.0f ms from process start\n", what, ms,
                ms + beforeMain);
        else
            std::printf("bench_app: %-38s %6lld ms from main\n", what, ms);
    };
    std::printf("bench_app: platform %s, source %s\n", qPrintable(QGuiApplication::platformName()),
        config.source.isEmpty() ? "(none)" : qPrintable(config.source));
    print("QML engine ready", engineReady);
    print("Main.qml loaded", loaded);
    print("first frame", firstFrame);
    print("interactive Start screen", interactive);
    print("disk list filled (preview read)", listed);
    return code == 0 && firstFrame >= 0 && interactive >= 0 ? 0 : 1;
}
