// SPDX-License-Identifier: GPL-3.0-or-later
// The live stick has no GPU stack: the app runs on linuxfb with Qt Quick's software renderer,
// which draws no shader effects and no layer effects (they vanish without an error). This loads
// the main window with the software backend, shows every screen over SYNTHETIC data, grabs it,
// and checks that something was drawn and that no item needs what the software renderer lacks.
#include "app_config.h"
#include "app_context.h"
#include "app_startup.h"
#include "disk_list_model.h"
#include "fake_mounts.h"
#include "scan_controller.h"
#include "synthetic_data.h"
#include "target_list_model.h"

#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(UpgradeScanPlugin)

using namespace urs;
using namespace urs::ui;

namespace {

// Items the software renderer cannot draw, by class name.
const QStringList kNeedsAGpu {QStringLiteral("QQuickShaderEffect"),
    QStringLiteral("QQuickShaderEffectSource"), QStringLiteral("QQuickMultiEffect"),
    QStringLiteral("QQuickParticleSystem"), QStringLiteral("QQuick3DViewport")};

void collectItems(QQuickItem *item, QList<QQuickItem *> *out)
{
    out->append(item);
    for (QQuickItem *child : item->childItems())
        collectItems(child, out);
}

// What in the window the software renderer would drop: "ClassName objectName (why)".
QStringList unsupportedItems(QQuickWindow *window)
{
    QList<QQuickItem *> items;
    collectItems(window->contentItem(), &items);
    QStringList found;
    for (QQuickItem *item : items) {
        for (const QString &cls : kNeedsAGpu)
            if (item->inherits(cls.toLatin1().constData()))
                found << QStringLiteral("%1 %2").arg(cls, item->objectName());
        const auto *layer = item->property("layer").value<QObject *>();
        if (layer && layer->property("enabled").toBool())
            found << QStringLiteral("%1 %2 (layer.enabled)")
                         .arg(item->metaObject()->className(), item->objectName());
    }
    return found;
}

// How many different colours a grid of samples over the image holds.
int coloursIn(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

} // namespace

class TestUiSoftware : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString source = qEnvironmentVariable("URS_SOURCE_DIR");
        AppConfig &config = AppConfig::current();
        config.discoverDisks = false;
        config.language = QStringLiteral("en");
        config.hardwareRoot = source + QStringLiteral("/tests/data/hardware/laptop-2014");
        config.mountsRoot = test::makeFakeMountsRoot(m_temp.filePath(QStringLiteral("mounts")));
        config.scanTime = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
        config.powerControls = true; // the buttons the stick shows are drawn too
        prepareEngine(m_engine);
        m_engine.load(QUrl(mainQmlUrl()));
        QVERIFY(!m_engine.rootObjects().isEmpty());
        m_window = qobject_cast<QQuickWindow *>(m_engine.rootObjects().first());
        QVERIFY(m_window);
        m_window->resize(1024, 768);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QCOMPARE(m_window->rendererInterface()->graphicsApi(), QSGRendererInterface::Software);
        m_app = m_engine.singletonInstance<AppContext *>(qmlTypeId("UpgradeScan", 1, 0, "App"));
        QVERIFY(m_app);
        m_app->disks()->setRows(test::syntheticDiskRows());
        m_app->targets()->waitForIdle();
        m_app->targets()->setTargets(test::syntheticTargetChoices(), test::syntheticDefaultTarget());
        m_app->scan()->setResult(test::syntheticResult());
    }

    void cleanupTestCase()
    {
        if (m_app)
            m_app->waitForIdle();
    }

    void everyScreenIsDrawn_data()
    {
        QTest::addColumn<QString>("screen");
        for (const char *s : {"start", "target", "scan", "results", "export", "guides", "batch"})
            QTest::newRow(s) << QString::fromLatin1(s);
    }
    void everyScreenIsDrawn()
    {
        QFETCH(QString, screen);
        QCOMPARE(m_window->rendererInterface()->graphicsApi(), QSGRendererInterface::Software);
        m_window->setProperty("screen", screen);
        QTRY_VERIFY(m_window->property("currentScreen").value<QQuickItem *>() != nullptr);
        QTest::qWait(50); // let the layouts settle
        const QStringList unsupported = unsupportedItems(m_window);
        QVERIFY2(unsupported.isEmpty(), qPrintable(unsupported.join(QStringLiteral(", "))));
        const QImage image = m_window->grabWindow();
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1024, 768) * m_window->devicePixelRatio());
        // The header's dark band, and a screen with text and controls on it, not a blank.
        QCOMPARE(QColor(image.pixel(4, 4)), QColor(QStringLiteral("#1f2a37")));
        QVERIFY2(coloursIn(image) >= 8, qPrintable(QString::number(coloursIn(image))));
        const QString dir = qEnvironmentVariable("URS_SCREENSHOT_DIR");
        if (!dir.isEmpty() && QDir().mkpath(dir))
            image.save(dir + QStringLiteral("/software-") + screen + QStringLiteral(".png"));
    }

private:
    QTemporaryDir m_temp;
    QQmlApplicationEngine m_engine;
    QQuickWindow *m_window = nullptr;
    AppContext *m_app = nullptr;
};

int main(int argc, char *argv[])
{
    // As on the stick: the software renderer, chosen before the first window exists.
    qputenv("QT_QUICK_BACKEND", "software");
    urs::ui::prepareProcess();
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication app(argc, argv);
    TestUiSoftware test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ui_software.moc"
