// SPDX-License-Identifier: GPL-3.0-or-later
// Where the app reads from and writes to: mounts (SYNTHETIC root), destinations, guides
// (SYNTHETIC markdown), the QR code, and the command line.
#include "app_config.h"
#include "app_language.h"
#include "destination_list_model.h"
#include "fake_mounts.h"
#include "guide_list_model.h"
#include "mount_table.h"
#include "qr_image_provider.h"
#include "source/source_location.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace urs::ui;

namespace {

void write(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
}

// SYNTHETIC guide in the shape of media/guides/<lang>/*.md.
const char *kGuide
    = "# Make installation media\n"
      "\n"
      "You need an **8 GB** stick. Official page: https://www.microsoft.com/software-download/windows11.\n"
      "\n"
      "## On another PC\n"
      "\n"
      "1. Download the tool.\n"
      "2. Run it and pick *USB flash drive*:\n"
      "   ```\n"
      "   MediaCreationTool.exe /Eula Accept\n"
      "   ```\n"
      "\n"
      "See https://www.microsoft.com/software-download/windows11 and\n"
      "<https://support.microsoft.com/windows/reinstall-windows>.\n"
      "\n"
      "<a id=\"back-here\"></a>\n"
      "## Back on this PC\n"
      "\n"
      "1) Plug the stick in.\n"
      "Not part of the step.\n";

} // namespace

class TestUiSources : public QObject {
    Q_OBJECT

private slots:
    void mountsUnescape_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("space") << "/media/USB\\040STICK"
                               << "/media/USB STICK";
        QTest::newRow("tab+backslash") << "/a\\011b\\134c"
                                       << "/a\tb\\c";
        QTest::newRow("plain") << "/media/UPGRADESCAN"
                               << "/media/UPGRADESCAN";
        QTest::newRow("trailing backslash") << "/x\\"
                                            << "/x\\";
        QTest::newRow("not octal") << "/x\\09z"
                                   << "/x\\09z";
    }
    void mountsUnescape()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QCOMPARE(
            urs::unescapeMountField(field.toUtf8()), expected); // the scanner's, MountTable reads with it
    }

    void mountsFromFakeRoot()
    {
        QTemporaryDir dir;
        const QString root = test::makeFakeMountsRoot(dir.path());
        const MountTable table(root);
        QCOMPARE(table.diskOf(QStringLiteral("sdb1")), QStringLiteral("sdb"));
        QCOMPARE(table.diskOf(QStringLiteral("nvme0n1p3")), QStringLiteral("nvme0n1"));
        QCOMPARE(table.diskOf(QStringLiteral("sdb")), QStringLiteral("sdb"));
        QCOMPARE(table.diskOf(QStringLiteral("sdz9")), QString());
        const QList<MountedDrive> drives = table.drives();
        // sysfs, squashfs (a loop device) and overlay are left out; the DVD stays, read-only.
        QCOMPARE(drives.size(), 4);
        QCOMPARE(drives[0].device, QStringLiteral("/dev/sr0"));
        QVERIFY(drives[0].readOnly);
        QCOMPARE(drives[1].mountPoint, QStringLiteral("/media/UPGRADESCAN"));
        QVERIFY(drives[1].bootMedium);
        QVERIFY(drives[1].removable);
        QCOMPARE(drives[1].label, QStringLiteral("SanDisk Ultra Fit"));
        QCOMPARE(drives[1].path, root + QStringLiteral("/media/UPGRADESCAN"));
        QCOMPARE(drives[2].mountPoint, QStringLiteral("/media/USB STICK"));
        QVERIFY(drives[2].removable);
        QVERIFY(!drives[2].bootMedium);
        QCOMPARE(drives[3].fsType, QStringLiteral("ext4"));
        QVERIFY(!drives[3].removable);
        QVERIFY(MountTable(dir.path() + QStringLiteral("/missing")).drives().isEmpty());
    }

    void destinationsPreferTheStick()
    {
        QTemporaryDir dir;
        const QString root = test::makeFakeMountsRoot(dir.path());
        DestinationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMountsRoot(root);
        model.refresh();
        // The read-only DVD is not offered; the stick comes first, the internal disk last.
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.selectedFolder(), root + QStringLiteral("/media/UPGRADESCAN/reports"));
        QCOMPARE(model.data(model.index(0, 0), DestinationListModel::BootMediumRole).toBool(), true);
        QCOMPARE(model.data(model.index(1, 0), DestinationListModel::DeviceRole).toString(),
            QStringLiteral("/dev/sdc1"));
        const QModelIndex last = model.index(2, 0);
        QCOMPARE(
            model.data(last, DestinationListModel::DeviceRole).toString(), QStringLiteral("/dev/nvme0n1p3"));
        QVERIFY(model.data(last, DestinationListModel::DetailRole)
                    .toString()
                    .startsWith(QStringLiteral("/dev/nvme0n1p3 · ")));
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(model.data(model.index(r, 0), DestinationListModel::WritableRole).toBool());

        // A configured folder wins over the stick; a chosen one wins over both.
        model.setConfiguredFolder(dir.path() + QStringLiteral("/configured"));
        model.select(1);
        const QString kept = model.selectedFolder();
        model.refresh();
        QCOMPARE(model.selectedFolder(), kept);
        DestinationListModel fresh;
        fresh.setMountsRoot(root);
        fresh.setConfiguredFolder(dir.path() + QStringLiteral("/configured"));
        fresh.refresh();
        QCOMPARE(fresh.selectedFolder(), dir.path() + QStringLiteral("/configured"));
        fresh.chooseFolder(QUrl::fromLocalFile(dir.path() + QStringLiteral("/picked")).toString());
        QCOMPARE(fresh.selectedFolder(), dir.path() + QStringLiteral("/picked"));
        QCOMPARE(fresh.data(fresh.index(fresh.selectedIndex(), 0), DestinationListModel::KindRole).toString(),
            QStringLiteral("custom"));
    }

    // Where the report goes by itself when a scan ends, and the drive the Export screen names
    // for it. "{root}" is the fake live system's root; "" means no save without the user.
    void autoSaveFolder_data()
    {
        QTest::addColumn<QString>("configured");
        QTest::addColumn<QString>("remembered");
        QTest::addColumn<bool>("withStick");
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("drive");
        QTest::newRow("the stick's data partition") << ""
                                                    << "" << true << "{root}/media/UPGRADESCAN/reports"
                                                    << "This USB stick · /dev/sdb1 (vfat)";
        QTest::newRow("--reports wins over the stick") << "{root}/mnt/data/reports"
                                                       << "" << true << "{root}/mnt/data/reports"
                                                       << "Drive · /dev/nvme0n1p3 (ext4)";
        QTest::newRow("the folder of the last report wins over both")
            << "{root}/mnt/data/reports"
            << "{root}/media/USB STICK/reports" << true << "{root}/media/USB STICK/reports"
            << "Removable drive · /dev/sdc1 (exfat)";
        QTest::newRow("no stick and nothing configured: the user chooses") << ""
                                                                           << "" << false << ""
                                                                           << "";
    }

    void autoSaveFolder()
    {
        QFETCH(QString, configured);
        QFETCH(QString, remembered);
        QFETCH(bool, withStick);
        QFETCH(QString, folder);
        QFETCH(QString, drive);
        QTemporaryDir dir;
        const QString root = withStick ? test::makeFakeMountsRoot(dir.path()) : dir.path();
        const auto expand = [&root](QString s) { return s.replace(QStringLiteral("{root}"), root); };
        DestinationListModel model;
        model.setMountsRoot(root);
        model.setConfiguredFolder(expand(configured));
        model.refresh();
        if (!remembered.isEmpty())
            model.remember(expand(remembered));
        QCOMPARE(model.autoSaveFolder(), expand(folder));
        if (!remembered.isEmpty()) {
            QCOMPARE(model.selectedFolder(), expand(remembered)); // shown chosen on the Export screen
            model.refresh();
            QCOMPARE(model.selectedFolder(), expand(remembered)); // and for the next machine
        }
        QCOMPARE(model.driveText(expand(folder) + QStringLiteral("/PC_20261125T120000Z.zip")), drive);
    }

    void guideParsesStepsSectionsAndLink()
    {
        const GuideDocument doc
            = GuideDocument::parse(QStringLiteral("media-creation"), QString::fromUtf8(kGuide));
        QCOMPARE(doc.title, QStringLiteral("Make installation media"));
        QVERIFY(doc.intro.startsWith(QLatin1String("You need an **8 GB** stick.")));
        QCOMPARE(doc.links,
            (QStringList {"https://www.microsoft.com/software-download/windows11",
                "https://support.microsoft.com/windows/reinstall-windows"}));
        QCOMPARE(doc.url(), doc.links.first());
        QCOMPARE(doc.sections.size(), 2);
        QCOMPARE(doc.sections[0].anchor, QStringLiteral("on-another-pc")); // made from the heading
        QCOMPARE(doc.sections[0].title, QStringLiteral("On another PC"));
        QCOMPARE(doc.sections[0].steps.size(), 2);
        QCOMPARE(doc.sections[0].steps[0].text, QStringLiteral("Download the tool."));
        QVERIFY(doc.sections[0].steps[1].text.contains(QLatin1String("MediaCreationTool.exe /Eula Accept")));
        QVERIFY(!doc.sections[0].markdown.contains(QLatin1String("<a id")));
        QCOMPARE(doc.sections[1].anchor, QStringLiteral("back-here")); // from <a id>
        QCOMPARE(doc.sectionOf(QStringLiteral("back-here")), 1);
        QCOMPARE(doc.sectionOf(QStringLiteral("nowhere")), -1);
        QCOMPARE(doc.sections[1].steps.size(), 1);
        QCOMPARE(doc.sections[1].steps[0].number, 1);
        QCOMPARE(doc.sections[1].steps[0].text, QStringLiteral("Plug the stick in."));
        QVERIFY(doc.sections[1].markdown.endsWith(QLatin1String("Not part of the step.")));
        QCOMPARE(doc.stepCount(), 3);
        QCOMPARE(GuideDocument::slug(QStringLiteral("Fast startup & hibernation")),
            QStringLiteral("fast-startup-hibernation"));
        const GuideDocument empty = GuideDocument::parse(QStringLiteral("x"), QString());
        QCOMPARE(empty.title, QStringLiteral("x"));
        QVERIFY(empty.sections.isEmpty());
        QVERIFY(empty.url().isEmpty());
    }

    void guideListFollowsLanguage()
    {
        QTemporaryDir dir;
        write(dir.filePath("en/clean-install.md"), QStringLiteral("# Clean install\n\n1. Back up.\n"));
        write(dir.filePath("en/media-creation.md"), QString::fromUtf8(kGuide));
        write(dir.filePath("en/zz-extra.md"), QStringLiteral("# Extra\n"));
        write(dir.filePath("ja/media-creation.md"),
            QStringLiteral("# インストール メディアの作成\n\n1. ツールをダウンロードします。\n"));
        AppLanguage language;
        GuideListModel model(&language);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFolder(dir.path());
        QCOMPARE(model.rowCount(), 3);
        // The technician's order: media, (in-place), clean install, then the rest by name.
        QCOMPARE(model.data(model.index(0, 0), GuideListModel::GuideIdRole).toString(),
            QStringLiteral("media-creation"));
        QCOMPARE(model.data(model.index(1, 0), GuideListModel::GuideIdRole).toString(),
            QStringLiteral("clean-install"));
        QCOMPARE(model.rowOf(QStringLiteral("zz-extra")), 2);
        model.select(1);
        language.setLanguage(QStringLiteral("ja"));
        QCOMPARE(model.selectedIndex(), 1); // the selection survives the reload
        QCOMPARE(model.data(model.index(0, 0), GuideListModel::TitleRole).toString(),
            QStringLiteral("インストール メディアの作成"));
        // No Japanese clean-install guide: the English one is shown.
        QCOMPARE(model.data(model.index(1, 0), GuideListModel::TitleRole).toString(),
            QStringLiteral("Clean install"));
        QCOMPARE(model.guide(0).value("sections").toList().size(), 0); // no "## " in that one
        QCOMPARE(model.data(model.index(0, 0), GuideListModel::StepCountRole).toInt(), 0);
        language.setLanguage(QStringLiteral("en"));
        QCOMPARE(model.data(model.index(0, 0), GuideListModel::StepCountRole).toInt(), 3);
        QCOMPARE(model.sectionOf(0, QStringLiteral("back-here")), 1);
    }

    void qrCodeHasFinderPatterns()
    {
        const QString link = QStringLiteral("https://www.microsoft.com/software-download/windows11");
        const QImage modules = QrImageProvider::encode(link);
        QVERIFY(!modules.isNull());
        const int n = modules.width() - 8; // quiet zone of 4 modules on each side
        QCOMPARE(modules.height(), modules.width());
        QCOMPARE((n - 17) % 4, 0); // versions are 21, 25, 29, ... modules wide
        QVERIFY(n > 21); // 53 bytes do not fit version 1
        auto dark = [&modules](int x, int y) { return qGray(modules.pixel(x + 4, y + 4)) < 128; };
        // The three finder patterns: a dark 7x7 ring with a 3x3 core, light between.
        for (const QPoint corner : {QPoint(0, 0), QPoint(n - 7, 0), QPoint(0, n - 7)}) {
            QVERIFY(dark(corner.x(), corner.y()));
            QVERIFY(dark(corner.x() + 6, corner.y() + 6));
            QVERIFY(!dark(corner.x() + 1, corner.y() + 1));
            QVERIFY(dark(corner.x() + 3, corner.y() + 3));
        }
        QVERIFY(qGray(modules.pixel(0, 0)) > 128); // quiet zone is light
        // Rendering keeps whole pixels per module.
        const QImage big = QrImageProvider::render(link, 300);
        QCOMPARE(big.width() % modules.width(), 0);
        QVERIFY(big.width() <= 300);
        QrImageProvider provider;
        QSize size;
        const QImage viaId = provider.requestImage(
            QString::fromLatin1(QUrl::toPercentEncoding(link)), &size, QSize(200, 200));
        QCOMPARE(size, viaId.size());
        QCOMPARE(viaId.width() / (viaId.width() / modules.width()), modules.width());
    }

    void configParsesTheCommandLine()
    {
        AppConfig c;
        QString error;
        QVERIFY(AppConfig::parse({"--hardware-root", "/hw", "--lang", "ja", "--fullscreen", "--no-discovery",
                                     "--scan-time", "2026-11-25T10:00:00Z", "--reports", "/r"},
            &c, &error));
        QCOMPARE(c.hardwareRoot, QStringLiteral("/hw"));
        QCOMPARE(c.language, QStringLiteral("ja"));
        QVERIFY(c.fullscreen);
        QVERIFY(!c.discoverDisks);
        QCOMPARE(c.reportsDir, QStringLiteral("/r"));
        QCOMPARE(c.scanTime, QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC));
        QVERIFY(AppConfig::parse({"--windowed"}, &c, &error));
        QVERIFY(!c.fullscreen);
        QVERIFY(!AppConfig::parse({"--lang", "fr"}, &c, &error));
        QVERIFY(error.contains(QLatin1String("fr")));
        QVERIFY(!AppConfig::parse({"--scan-time", "yesterday"}, &c, &error));
        QVERIFY(!AppConfig::parse({"--bogus"}, &c, &error));
        QVERIFY(!AppConfig::usage().isEmpty());
    }
};

QTEST_MAIN(TestUiSources)
#include "tst_ui_sources.moc"
