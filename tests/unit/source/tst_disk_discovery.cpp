// SPDX-License-Identifier: GPL-3.0-or-later
// discoverDisks over a fake hardware root: root/sys/block/<name>/{size,removable,device/model}
// as the kernel lays them out, and root/dev/<name> links to the fixture images (synthetic).
#include "image_fixtures.h"
#include "source/disk_discovery.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>
#include <stdexcept>

using namespace urs;
using namespace urs::test;

namespace {
void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

void addDisk(const QString &root, const QString &name, qint64 sectors, bool removable,
    const QByteArray &model, const QString &image)
{
    const QString sys = root + "/sys/block/" + name;
    writeFile(sys + "/size", QByteArray::number(sectors) + "\n");
    writeFile(sys + "/removable", removable ? "1\n" : "0\n");
    if (!model.isEmpty())
        writeFile(sys + "/device/model", model + "   \n");
    if (!image.isEmpty()) {
        QDir().mkpath(root + "/dev");
        QVERIFY(QFile::link(image, root + "/dev/" + name));
    }
}
} // namespace

class TestDiskDiscovery : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { URS_REQUIRE_IMAGES(); }

    void listsDisksAndTheirWindows()
    {
        QTemporaryDir root;
        const qint64 gptSize = QFileInfo(imagePath("gpt-basic")).size();
        addDisk(root.path(), "sda", gptSize / 512, false, "Synthetic SSD", imagePath("gpt-basic"));
        addDisk(root.path(), "sdb", QFileInfo(imagePath("two-windows")).size() / 512, true, "USB Stick",
            imagePath("two-windows"));
        addDisk(root.path(), "sdc", 0, true, "Card Reader", QString()); // no medium
        addDisk(root.path(), "sdd", 2048, false, "", imagePath("garbage")); // not a disk layout
        addDisk(root.path(), "nvme0n1", 1000, false, "Missing Node", QString()); // no /dev node
        for (const char *skipped : {"loop0", "ram0", "zram0", "sr0"})
            addDisk(root.path(), skipped, 100, false, "skip me", imagePath("gpt-basic"));

        const QList<DiscoveredDisk> disks = discoverDisks(root.path());
        QStringList devices;
        for (const DiscoveredDisk &d : disks)
            devices << QFileInfo(d.device).fileName();
        QCOMPARE(devices, (QStringList {"nvme0n1", "sda", "sdb", "sdc", "sdd"}));

        const DiscoveredDisk &nvme = disks[0];
        QVERIFY(nvme.error.contains("does not exist"));

        const DiscoveredDisk &sda = disks[1];
        QCOMPARE(sda.device, root.path() + "/dev/sda");
        QCOMPARE(sda.sizeBytes, gptSize);
        QCOMPARE(sda.model, QStringLiteral("Synthetic SSD"));
        QVERIFY(!sda.removable);
        QVERIFY2(sda.error.isEmpty(), qPrintable(sda.error));
        QCOMPARE(sda.partitionStyle.value_or(PartitionStyle::Other), PartitionStyle::Gpt);
        QCOMPARE(sda.partitions.size(), 4);
        QCOMPARE(sda.installations.size(), 1);
        QCOMPARE(sda.installations[0].partitionIndex, 3);

        const DiscoveredDisk &sdb = disks[2];
        QVERIFY(sdb.removable);
        QCOMPARE(sdb.installations.size(), 2);

        QCOMPARE(disks[3].error, QStringLiteral("no medium (size 0)"));
        QVERIFY(disks[4].error.contains("no partition table"));

        const QJsonObject json = sdb.toJson();
        QCOMPARE(json["device"].toString(), sdb.device);
        QCOMPARE(json["model"].toString(), QStringLiteral("USB Stick"));
        QCOMPARE(json["removable"].toBool(), true);
        QCOMPARE(json["partition_style"].toString(), QStringLiteral("gpt"));
        QCOMPARE(json["partitions"].toArray().size(), 4);
        QCOMPARE(json["partitions"].toArray()[2].toObject()["role"].toString(), QStringLiteral("windows"));
        QCOMPARE(json["windows_installations"].toArray().size(), 2);
        QVERIFY(!json.contains("error"));
        QVERIFY(disks[3].toJson().contains("error"));

        const QString text = sda.toText();
        QVERIFY2(text.startsWith(sda.device), qPrintable(text));
        QVERIFY2(text.contains("Synthetic SSD"), qPrintable(text));
        QVERIFY2(text.contains("EFI system partition"), qPrintable(text));
        QVERIFY2(text.contains("\"Windows\""), qPrintable(text));
        QVERIFY2(text.contains("Windows 1: partition 3"), qPrintable(text));
        QVERIFY2(disks[3].toText().contains("cannot be read: no medium"), qPrintable(disks[3].toText()));
        QVERIFY2(disks[4].toText().contains("no partition table"), qPrintable(disks[4].toText()));
    }

    // The scanner's own stick is neither listed nor opened, however it is named.
    void excludedDisksAreLeftOut_data()
    {
        QTest::addColumn<QStringList>("excluded");
        QTest::addColumn<QStringList>("listed");
        const QStringList both {"sda", "sdb"};
        QTest::newRow("none") << QStringList {} << both;
        QTest::newRow("kernel name") << QStringList {"sdb"} << QStringList {"sda"};
        QTest::newRow("device path") << QStringList {"/dev/sdb"} << QStringList {"sda"};
        QTest::newRow("a partition of it") << QStringList {"sdb1"} << QStringList {"sda"};
        QTest::newRow("spaces around") << QStringList {" sdb "} << QStringList {"sda"};
        QTest::newRow("both") << both << QStringList {};
        QTest::newRow("no such disk") << QStringList {"sdz"} << both;
        QTest::newRow("empty name") << QStringList {""} << both;
        QTest::newRow("parent folder") << QStringList {".."} << both;
    }
    void excludedDisksAreLeftOut()
    {
        QFETCH(QStringList, excluded);
        QFETCH(QStringList, listed);
        QTemporaryDir root;
        addDisk(root.path(), "sda", 2048, false, "Internal", QString());
        addDisk(root.path(), "sdb", 2048, true, "Stick", QString());
        QVERIFY(QDir().mkpath(root.path() + "/sys/block/sdb/sdb1"));
        QStringList opened;
        const QList<DiscoveredDisk> disks = discoverDisks(
            root.path(), [&opened](const QString &device, DiscoveredDisk &) { opened << device; }, excluded);
        QStringList devices;
        for (const DiscoveredDisk &d : disks)
            devices << QFileInfo(d.device).fileName();
        QCOMPARE(devices, listed);
        QCOMPARE(opened.size(), listed.size()); // an excluded disk is not even opened
    }
    // The committed laptop-2014 tree: its internal disk sda and the live stick sdb.
    void laptopTreeWithoutItsStick()
    {
        const QString laptop
            = qEnvironmentVariable("URS_SOURCE_DIR") + QStringLiteral("/tests/data/hardware/laptop-2014");
        auto noOpen = [](const QString &, DiscoveredDisk &) {};
        QCOMPARE(discoverDisks(laptop, noOpen).size(), 2);
        const QList<DiscoveredDisk> disks = discoverDisks(laptop, noOpen, {QStringLiteral("sdb")});
        QCOMPARE(disks.size(), 1);
        QCOMPARE(disks[0].model, QStringLiteral("ST500LM021-1KJ15"));
        QVERIFY(!disks[0].removable);
    }

    // An empty sys/block is "no disks"; a missing one is a failure naming it, never "no disks".
    void emptySysBlockHasNoDisks()
    {
        QTemporaryDir root;
        QVERIFY(QDir().mkpath(root.path() + QStringLiteral("/sys/block")));
        QVERIFY(discoverDisks(root.path()).isEmpty());
    }
    void missingSysBlockIsAnError()
    {
        QTemporaryDir root;
        try {
            discoverDisks(root.path());
            QFAIL("no error");
        } catch (const ScanError &e) {
            QCOMPARE(e.kind(), ScanErrorKind::SourceUnreadable);
            QCOMPARE(e.input(), root.path() + QStringLiteral("/sys/block"));
        }
    }

    // A disk whose opening fails keeps its row with the reason, whatever was thrown: a
    // ScanError (bad input) or another exception (a bug in a reader: the safety net of
    // disk_discovery.cpp, docs/errors.md); the listing goes on to the next disk.
    void failedOpenIsKeptWithItsReason_data()
    {
        QTest::addColumn<bool>("scanError");
        QTest::newRow("ScanError") << true;
        QTest::newRow("any other exception") << false;
    }
    void failedOpenIsKeptWithItsReason()
    {
        QFETCH(bool, scanError);
        QTemporaryDir root;
        addDisk(root.path(), QStringLiteral("sda"), 2048, false, "SYNTHETIC A", QString());
        addDisk(root.path(), QStringLiteral("sdb"), 2048, false, "SYNTHETIC B", QString());
        const QList<DiscoveredDisk> disks
            = discoverDisks(root.path(), [&](const QString &device, DiscoveredDisk &) {
                  if (!device.endsWith(QLatin1String("sda")))
                      return;
                  if (scanError)
                      throw ScanError(
                          ScanErrorKind::SourceUnreadable, device, QStringLiteral("SYNTHETIC unreadable"));
                  throw std::runtime_error("SYNTHETIC reader bug");
              });
        QCOMPARE(disks.size(), 2);
        QVERIFY2(disks[0].error.contains(scanError ? "SYNTHETIC unreadable" : "SYNTHETIC reader bug"),
            qPrintable(disks[0].error));
        QCOMPARE(disks[1].error, QString());
    }
};

QTEST_GUILESS_MAIN(TestDiskDiscovery)
#include "tst_disk_discovery.moc"
