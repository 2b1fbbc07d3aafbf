// SPDX-License-Identifier: GPL-3.0-or-later
// The ACPI MSDM table holds the owner's OEM product key: only its last 5 characters may appear,
// in facts, provenance, reasons or the log, whatever state the table is in. The key used here
// is fake (SYNTHETIC).
#include "acpi_table_builder.h"
#include "common/log.h"
#include "hardware/acpi_msdm.h"
#include "hardware_test_util.h"

#include <algorithm>
#include <spdlog/sinks/ostream_sink.h>
#include <sstream>

using namespace urs;
using namespace urs::test;
using urs::fixtures::AcpiTableBuilder;

namespace {

const QString kKey = QStringLiteral("ABCDE-FGHIJ-KLMNO-PQRST-VWXYZ");

// Everything the probe lets out: facts as JSON and text (values, reasons, provenance).
QString everything(const FactSet &facts)
{
    return QString::fromUtf8(QJsonDocument(facts.toJson()).toJson()) + facts.toText();
}

// Captures everything urs::log() writes, at every level, while it lives.
class LogCapture {
public:
    LogCapture()
    {
        m_sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(m_stream);
        m_sink->set_level(spdlog::level::trace);
        m_level = log()->level();
        log()->sinks().push_back(m_sink);
        log()->set_level(spdlog::level::trace);
    }
    ~LogCapture()
    {
        auto &sinks = log()->sinks();
        sinks.erase(std::remove(sinks.begin(), sinks.end(), m_sink), sinks.end());
        log()->set_level(m_level);
    }
    QString text() const { return QString::fromStdString(m_stream.str()); }

private:
    std::ostringstream m_stream;
    std::shared_ptr<spdlog::sinks::ostream_sink_mt> m_sink;
    spdlog::level::level_enum m_level;
};

// No part of the key but the last group leaks.
void verifyNoKey(const QString &text)
{
    QVERIFY(!text.contains(kKey));
    for (const QString &group : kKey.split(QLatin1Char('-')).mid(0, 4))
        QVERIFY2(!text.contains(group), qPrintable(group + " leaked"));
}

} // namespace

class TestAcpiMsdm : public QObject {
    Q_OBJECT
private slots:
    void tableLayout()
    {
        // Microsoft's layout: 36-byte header, five DWORDs, the 29-character key at offset 56.
        const QByteArray t = AcpiTableBuilder::msdm(kKey);
        QCOMPARE(t.size(), 85);
        QCOMPARE(t.left(4), QByteArray("MSDM"));
        QCOMPARE(t.mid(56, 29), kKey.toLatin1());
        QString why;
        QCOMPARE(AcpiMsdm::keyLast5(t, &why).value_or(QString()), QStringLiteral("VWXYZ"));
    }

    void damagedTables_data()
    {
        QTest::addColumn<QByteArray>("table");
        QTest::addColumn<QString>("reason");
        const QByteArray good = AcpiTableBuilder::msdm(kKey);
        QTest::newRow("empty") << QByteArray() << "not an MSDM table";
        QTest::newRow("other signature")
            << AcpiTableBuilder::table("SLIC", 1, good.mid(36)) << "not an MSDM table";
        QTest::newRow("cut") << good.left(70) << "beyond the 70 bytes read";
        QByteArray badSum = good;
        badSum[60] = 'Z';
        QTest::newRow("bad checksum") << badSum << "checksum";
        QTest::newRow("not key shaped")
            << AcpiTableBuilder::msdm(QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ123")) << "not a product key";
        QTest::newRow("lower case") << AcpiTableBuilder::msdm(kKey.toLower()) << "not a product key";
        QTest::newRow("short key") << AcpiTableBuilder::msdm(kKey.left(20)) << "too short";
    }
    void damagedTables()
    {
        QFETCH(QByteArray, table);
        QFETCH(QString, reason);
        QString why;
        QVERIFY(!AcpiMsdm::keyLast5(table, &why));
        QVERIFY2(why.contains(reason), qPrintable(why));
        QVERIFY2(why.contains(AcpiMsdm::kPath), qPrintable(why));
        verifyNoKey(why);
        verifyNoKey(why.toUpper());
    }

    void probeNeverLeaksTheKey_data()
    {
        QTest::addColumn<QByteArray>("table");
        QTest::addColumn<bool>("tailKnown");
        const QByteArray good = AcpiTableBuilder::msdm(kKey);
        QByteArray badSum = good;
        badSum[9] = char(badSum[9] + 1);
        QTest::newRow("committed laptop table") << QByteArray() << true;
        QTest::newRow("bad checksum") << badSum << false;
        QTest::newRow("cut") << good.left(80) << false;
    }
    void probeNeverLeaksTheKey()
    {
        QFETCH(QByteArray, table);
        QFETCH(bool, tailKnown);
        TempTree tree(treeDir(QStringLiteral("laptop-2014")));
        if (!table.isEmpty())
            tree.write(QStringLiteral("sys/firmware/acpi/tables/MSDM"), table);
        LogCapture capture;
        const FactSet facts = probe(tree.path());
        QCOMPARE(facts.value(QStringLiteral("hardware.acpi.msdm_present")).value_or(QJsonValue()),
            QJsonValue(true));
        const Fact *tail = facts.find(QStringLiteral("hardware.acpi.msdm_key_last5"));
        QCOMPARE(tail->known, tailKnown);
        if (tailKnown)
            QCOMPARE(tail->value.toString(), QStringLiteral("VWXYZ"));
        verifyNoKey(everything(facts));
        QVERIFY(!capture.text().isEmpty()); // the capture works: debug lines were written
        verifyNoKey(capture.text());
    }

    void absentAndInvisible()
    {
        TempTree tree;
        tree.write(QStringLiteral("sys/firmware/acpi/tables/APIC"), AcpiTableBuilder::table("APIC", 1, {}));
        FactSet facts = probe(tree.path());
        QCOMPARE(facts.value(QStringLiteral("hardware.acpi.msdm_present")).value_or(QJsonValue()),
            QJsonValue(false));
        QVERIFY(facts.find(QStringLiteral("hardware.acpi.msdm_key_last5"))
                    ->unknownReason.contains(QLatin1String("no MSDM")));

        TempTree empty;
        facts = probe(empty.path());
        const Fact *present = facts.find(QStringLiteral("hardware.acpi.msdm_present"));
        QVERIFY(!present->known); // no ACPI tables at all: cannot say "no key"
        QVERIFY2(present->unknownReason.contains(QLatin1String("/sys/firmware/acpi/tables")),
            qPrintable(present->unknownReason));
    }
};

QTEST_GUILESS_MAIN(TestAcpiMsdm)
#include "tst_acpi_msdm.moc"
