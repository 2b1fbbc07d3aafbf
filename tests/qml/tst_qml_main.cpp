// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the Quick Tests (tst_*.qml) of the app: each test file gets a fresh engine, and with it a
// fresh App built from the configuration set here (a SYNTHETIC mounts root, the sample's
// hardware tree, no probing of the build machine's disks).
#include "app_config.h"
#include "app_startup.h"
#include "qml_test_util.h"

#include <QDir>
#include <QQmlContext>
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(UpgradeScanPlugin)

class Setup : public QObject {
    Q_OBJECT

public:
    Setup() { urs::ui::prepareProcess(); }

public slots:
    void applicationAvailable()
    {
        m_util = std::make_unique<urs::ui::test::QmlTestUtil>();
        urs::ui::AppConfig &config = urs::ui::AppConfig::current();
        config.discoverDisks = false; // never look at the build machine's own disks
        config.language = QStringLiteral("en");
        config.hardwareRoot
            = qEnvironmentVariable("URS_SOURCE_DIR") + QStringLiteral("/tests/data/hardware/laptop-2014");
        config.mountsRoot = m_util->mountsRoot();
        config.scanTime = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
        // The real guides once they are written (media/guides), else a SYNTHETIC set.
        const QString source = qEnvironmentVariable("URS_SOURCE_DIR");
        const bool realGuides = !QDir(source + QStringLiteral("/media/guides/en"))
                                     .entryList({QStringLiteral("*.md")})
                                     .isEmpty();
        config.guidesDir = realGuides ? source + QStringLiteral("/media/guides")
                                      : source + QStringLiteral("/tests/qml/data/guides");
        config.applyEnvironment();
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        urs::ui::prepareEngine(*engine);
        engine->rootContext()->setContextProperty(QStringLiteral("testUtil"), m_util.get());
    }

private:
    std::unique_ptr<urs::ui::test::QmlTestUtil> m_util;
};

QUICK_TEST_MAIN_WITH_SETUP(upgrade_scan_app, Setup)

#include "tst_qml_main.moc"
