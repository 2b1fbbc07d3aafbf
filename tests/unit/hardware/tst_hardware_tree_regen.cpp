// SPDX-License-Identifier: GPL-3.0-or-later
// The binary files of the committed SYNTHETIC trees (SMBIOS, ACPI, efivars, EDID) are made by
// make_hardware_tree from tests/fixtures/hardware/trees/*.yaml. This test regenerates each tree
// into a temporary directory and compares bytes, so the descriptions and the committed files
// never drift apart.
#include "hardware_test_util.h"
#include "hardware_tree_writer.h"

#include <QCryptographicHash>

using namespace urs;
using namespace urs::test;
using urs::fixtures::HardwareTreeWriter;

class TestHardwareTreeRegen : public QObject {
    Q_OBJECT

    static QString description(const QString &tree)
    {
        return sourceDir() + QStringLiteral("/tests/fixtures/hardware/trees/") + tree
            + QStringLiteral(".yaml");
    }

private slots:
    void everyDescriptionHasATree()
    {
        const QStringList yamls = QDir(sourceDir() + QStringLiteral("/tests/fixtures/hardware/trees"))
                                      .entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
        QStringList names;
        for (const QString &y : yamls)
            names << QFileInfo(y).completeBaseName();
        QStringList expected = treeNames();
        expected.sort();
        QCOMPARE(names, expected);
    }

    void regeneratesCommittedFiles_data()
    {
        QTest::addColumn<QString>("tree");
        for (const QString &t : treeNames())
            QTest::newRow(qPrintable(t)) << t;
    }
    void regeneratesCommittedFiles()
    {
        QFETCH(QString, tree);
        QTemporaryDir out;
        const QStringList written = HardwareTreeWriter::write(description(tree), out.path());
        QVERIFY(written.contains(QStringLiteral("sys/firmware/dmi/tables/DMI")));
        QVERIFY(written.contains(QStringLiteral("sys/firmware/dmi/tables/smbios_entry_point")));
        for (const QString &rel : written) {
            QFile fresh(out.path() + QLatin1Char('/') + rel);
            QFile committed(treeDir(tree) + QLatin1Char('/') + rel);
            QVERIFY2(fresh.open(QIODevice::ReadOnly), qPrintable(rel));
            QVERIFY2(committed.open(QIODevice::ReadOnly),
                qPrintable(QStringLiteral("%1/%2 is not committed; run make_hardware_tree").arg(tree, rel)));
            QVERIFY2(fresh.readAll() == committed.readAll(),
                qPrintable(
                    QStringLiteral("%1/%2 differs from its description; regenerate it").arg(tree, rel)));
        }
        // And no committed binary file is left over from an older description.
        QDirIterator it(treeDir(tree), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString rel = it.next().mid(treeDir(tree).size() + 1);
            if (HardwareTreeWriter::isGeneratedLocation(rel))
                QVERIFY2(written.contains(rel),
                    qPrintable(QStringLiteral("%1/%2 is not generated").arg(tree, rel)));
        }
    }

    void writerIsDeterministicAndNotTrivial()
    {
        // Two runs give the same bytes, and different descriptions give different tables.
        const auto a = HardwareTreeWriter::generate(description(QStringLiteral("laptop-2014")));
        const auto b = HardwareTreeWriter::generate(description(QStringLiteral("laptop-2014")));
        const auto c = HardwareTreeWriter::generate(description(QStringLiteral("vm")));
        QCOMPARE(a, b);
        QVERIFY(a.value(QStringLiteral("sys/firmware/dmi/tables/DMI"))
            != c.value(QStringLiteral("sys/firmware/dmi/tables/DMI")));
    }

    void badDescriptionNamesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.yaml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("smbios:\n  entry_point: \"16\"\n  version: \"2.7\"\n");
        f.close();
        try {
            HardwareTreeWriter::generate(path);
            QFAIL("no error for a bad entry point kind");
        } catch (const std::runtime_error &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(path), e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestHardwareTreeRegen)
#include "tst_hardware_tree_regen.moc"
