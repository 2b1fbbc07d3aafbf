// SPDX-License-Identifier: GPL-3.0-or-later
// How Windows itself boots, from the disk: the BCD store (a registry hive read with hivex) on the
// EFI system partition's FAT or the active partition's NTFS, read through libtsk. SYNTHETIC BCD
// stores (tests/data/hives/bcd-*.reg, built with hivexregedit by the "hives" fixture and placed
// on the images by build-images.sh: winload.efi on gpt-basic's and bitlocker's ESP, winload.exe
// in mbr-basic's active System Reserved partition).
#include "common/scan_error.h"
#include "facts/fact_set.h"
#include "fixture_paths.h"
#include "hive_test_data.h"
#include "source/source.h"
#include "windows/bcd_store.h"
#include "windows/boot_inspector.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace urs;
using namespace urs::test;

namespace {
const QString kUefiLoader = QStringLiteral("{2ad6f0e4-81b0-11e5-9a7c-b8ca3a5e1f02}");
const QString kLegacyLoader = QStringLiteral("{6c3b9a54-4e1f-11e3-8f2a-d4bed9a1c0e7}");

FactSet inspect(const QString &path)
{
    const auto source = Source::open(path);
    FactSet facts;
    BootInspector(*source).collect(facts);
    return facts;
}

QJsonValue valueOf(const FactSet &facts, const QString &name)
{
    return facts.value(name).value_or(QJsonValue(QJsonValue::Undefined));
}

QString provenanceOf(const FactSet &facts, const QString &name)
{
    const Fact *f = facts.find(name);
    return f ? f->provenance.text() : QString();
}

QString reasonOf(const FactSet &facts, const QString &name)
{
    const Fact *f = facts.find(name);
    return f && !f->known ? f->unknownReason : QString();
}

// A folder holding a Windows volume (the two machine hives), for the folder source.
void makeWindowsFolder(const QString &root)
{
    QVERIFY(QDir(root).mkpath(QStringLiteral("Windows/System32/config")));
    for (const char *hive : {"SOFTWARE", "SYSTEM"})
        QVERIFY(QFile::copy(syntheticHive(QStringLiteral("software-81-pro-x64")),
            root + QStringLiteral("/Windows/System32/config/") + QLatin1String(hive)));
}
} // namespace

class TestBootStore : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(syntheticHive(QStringLiteral("bcd-uefi"))),
            "run the hives fixture first (ctest -R fixture_hives)");
        QVERIFY2(QFile::exists(image(QStringLiteral("gpt-basic"))),
            "run the images fixture first (ctest -R fixture_images)");
    }

    // The store itself, opened from the fixture hive: {bootmgr}'s default, each object's type
    // and path; a loader's own element 23000003 (its resume object) is not taken for a default.
    void storeObjects_data()
    {
        QTest::addColumn<QString>("hive");
        QTest::addColumn<QString>("defaultId");
        QTest::addColumn<QString>("loaderPath");
        QTest::addColumn<QString>("bootmgrPath");
        QTest::newRow("UEFI") << "bcd-uefi" << kUefiLoader << "\\Windows\\system32\\winload.efi"
                              << "\\EFI\\Microsoft\\Boot\\bootmgfw.efi";
        QTest::newRow("BIOS") << "bcd-legacy" << kLegacyLoader << "\\Windows\\system32\\winload.exe"
                              << "";
    }
    void storeObjects()
    {
        QFETCH(QString, hive);
        QFETCH(QString, defaultId);
        QFETCH(QString, loaderPath);
        QFETCH(QString, bootmgrPath);
        const BcdStore store(Hive::openFile(syntheticHive(hive), QStringLiteral("\\Boot\\BCD")));
        const auto def = store.defaultObject();
        QVERIFY2(def.ok(), qPrintable(def.reason()));
        QCOMPARE(*def, defaultId);
        QCOMPARE(def.where(),
            QStringLiteral(
                "\\Boot\\BCD\\Objects\\{9dea862c-5cdd-4e70-acc1-f32b344d4795}\\Elements\\23000003\\Element"));
        const auto objects = store.objects();
        QVERIFY2(objects.ok(), qPrintable(objects.reason()));
        int loaders = 0;
        bool sawBootmgr = false, sawDefault = false;
        for (const BcdObject &o : *objects) {
            if (o.id == BcdStore::kBootMgrId) {
                sawBootmgr = true;
                QCOMPARE(o.type, BcdStore::kTypeBootMgr);
                QCOMPARE(o.path, bootmgrPath); // a BIOS boot manager has no path element
                QCOMPARE(o.description, QStringLiteral("Windows Boot Manager"));
            }
            if (o.type != BcdStore::kTypeOsLoader)
                continue;
            ++loaders;
            QVERIFY(o.path.endsWith(loaderPath.right(4), Qt::CaseInsensitive));
            QVERIFY(o.pathWhere.endsWith(QStringLiteral("\\Elements\\12000002\\Element")));
            if (o.id == defaultId) {
                sawDefault = true;
                QCOMPARE(o.path, loaderPath);
                QCOMPARE(o.description, QStringLiteral("Windows 8.1"));
                QCOMPARE(o.systemRoot, QStringLiteral("\\Windows"));
            }
        }
        QVERIFY(sawBootmgr);
        QVERIFY(sawDefault);
        QCOMPARE(loaders, 2); // Windows 8.1 and its recovery environment
    }

    // The disk images, read through libtsk: the ESP's FAT, the active partition's NTFS.
    void imageFacts_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("store");
        QTest::addColumn<QString>("where"); // in the store's provenance
        QTest::addColumn<QJsonValue>("bootManager");
        QTest::newRow("GPT, BCD on the ESP")
            << "gpt-basic"
            << "uefi"
            << "\\EFI\\Microsoft\\Boot\\BCD"
            << "partition 1 (FAT), the EFI system partition" << QJsonValue(true);
        QTest::newRow("MBR, BCD on the active System Reserved")
            << "mbr-basic"
            << "legacy"
            << "\\Boot\\BCD"
            << "partition 1 (NTFS, \"System Reserved\"), the active partition" << QJsonValue(false);
        QTest::newRow("BitLocker Windows volume, readable ESP") << "bitlocker"
                                                                << "uefi"
                                                                << "\\EFI\\Microsoft\\Boot\\BCD"
                                                                << "partition 1 (FAT)" << QJsonValue(true);
    }
    void imageFacts()
    {
        QFETCH(QString, name);
        QFETCH(QString, mode);
        QFETCH(QString, store);
        QFETCH(QString, where);
        QFETCH(QJsonValue, bootManager);
        const QByteArray before = sparseSha256Of(image(name));
        const FactSet facts = inspect(image(name));
        QCOMPARE(valueOf(facts, QStringLiteral("windows.boot.mode")), QJsonValue(mode));
        QCOMPARE(valueOf(facts, QStringLiteral("windows.boot.bcd_path")), QJsonValue(store));
        QVERIFY2(provenanceOf(facts, QStringLiteral("windows.boot.bcd_path")).contains(where),
            qPrintable(provenanceOf(facts, QStringLiteral("windows.boot.bcd_path"))));
        const QString loader = mode == QLatin1String("uefi") ? kUefiLoader : kLegacyLoader;
        QCOMPARE(valueOf(facts, QStringLiteral("windows.boot.default_object")), QJsonValue(loader));
        const QString path = mode == QLatin1String("uefi")
            ? QStringLiteral("\\Windows\\system32\\winload.efi")
            : QStringLiteral("\\Windows\\system32\\winload.exe");
        QCOMPARE(valueOf(facts, QStringLiteral("windows.boot.loader_path")), QJsonValue(path));
        // Where the mode came from: the default loader's path element in that store.
        QCOMPARE(provenanceOf(facts, QStringLiteral("windows.boot.mode")),
            QStringLiteral("hive %1\\Objects\\%2\\Elements\\12000002\\Element").arg(store, loader));
        const QJsonArray loaders = valueOf(facts, QStringLiteral("windows.boot.loaders")).toArray();
        QCOMPARE(loaders.size(), 2);
        QCOMPARE(loaders.at(0).toObject().value(QStringLiteral("default")).toBool()
                + loaders.at(1).toObject().value(QStringLiteral("default")).toBool(),
            1);
        QCOMPARE(valueOf(facts, QStringLiteral("source.esp.has_windows_boot_manager")), bootManager);
        // Every fact the inspector owns is there, known or with a reason.
        for (const QString &fact : BootInspector::factNames())
            QVERIFY2(facts.contains(fact), qPrintable(fact));
        QCOMPARE(sparseSha256Of(image(name)), before); // read-only
    }

    // No store where the firmware would look: unknown, saying where it looked.
    void noStoreIsUnknownWithTheReason_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QJsonValue>("bootManager"); // Undefined: unknown
        QTest::newRow("GPT, ESP without a BCD") << "hibernated"
                                                << "no EFI system partition holds" << QJsonValue(true);
        QTest::newRow("a lone NTFS volume") << "dirty"
                                            << "holds a single volume" << QJsonValue(QJsonValue::Undefined);
    }
    void noStoreIsUnknownWithTheReason()
    {
        QFETCH(QString, name);
        QFETCH(QString, reason);
        QFETCH(QJsonValue, bootManager);
        const FactSet facts = inspect(image(name));
        for (const char *fact : {"windows.boot.mode", "windows.boot.bcd_path", "windows.boot.loader_path",
                 "windows.boot.default_object", "windows.boot.loaders"}) {
            QVERIFY2(!facts.value(QLatin1String(fact)), fact);
            QVERIFY2(reasonOf(facts, QLatin1String(fact)).contains(reason),
                qPrintable(reasonOf(facts, QLatin1String(fact))));
        }
        QCOMPARE(valueOf(facts, QStringLiteral("source.esp.has_windows_boot_manager")), bootManager);
        if (bootManager.isUndefined())
            QVERIFY(!reasonOf(facts, QStringLiteral("source.esp.has_windows_boot_manager")).isEmpty());
    }

    // A folder holding a Windows volume set up without a System Reserved partition: \Boot\BCD on
    // the volume itself (the folder source's only "partition"). A broken store names itself.
    void folderSource()
    {
        QTemporaryDir dir;
        makeWindowsFolder(dir.path());
        QCOMPARE(valueOf(inspect(dir.path()), QStringLiteral("windows.boot.mode")), QJsonValue::Undefined);

        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("Boot")));
        QVERIFY(QFile::copy(
            syntheticHive(QStringLiteral("bcd-legacy")), dir.path() + QStringLiteral("/Boot/BCD")));
        FactSet facts = inspect(dir.path());
        QCOMPARE(valueOf(facts, QStringLiteral("windows.boot.mode")), QJsonValue(QStringLiteral("legacy")));
        QVERIFY(provenanceOf(facts, QStringLiteral("windows.boot.bcd_path"))
                    .contains(QStringLiteral("the volume")));

        QFile broken(dir.path() + QStringLiteral("/Boot/BCD"));
        QVERIFY(broken.remove());
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("synthetic: not a registry hive\n");
        broken.close();
        facts = inspect(dir.path());
        QCOMPARE(valueOf(facts, QStringLiteral("windows.boot.bcd_path")),
            QJsonValue(QStringLiteral("\\Boot\\BCD")));
        QVERIFY(!facts.value(QStringLiteral("windows.boot.mode")));
        QVERIFY2(
            reasonOf(facts, QStringLiteral("windows.boot.mode")).contains(QStringLiteral("cannot be read")),
            qPrintable(reasonOf(facts, QStringLiteral("windows.boot.mode"))));
    }
};

QTEST_GUILESS_MAIN(TestBootStore)
#include "tst_boot_store.moc"
