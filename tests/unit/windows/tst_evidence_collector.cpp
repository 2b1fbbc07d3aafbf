// SPDX-License-Identifier: GPL-3.0-or-later
// EvidenceCollector on a SYNTHETIC volume: which setup logs are copied, how much of each, and
// that the copy starts on a whole line.
#include "facts/fact_set.h"
#include "fake_volume.h"
#include "windows/evidence_collector.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace urs;

class TestEvidenceCollector : public QObject {
    Q_OBJECT
private slots:
    void tailsAndWholeXml();
    void nothingListed();
};

void TestEvidenceCollector::tailsAndWholeXml()
{
    QTemporaryDir dir;
    const test::FakeVolume volume(dir.path());
    QByteArray log;
    for (int i = 0; i < 20000; ++i)
        log += "2025-03-01 10:00:00, Info  SYNTHETIC setup line " + QByteArray::number(i) + "\r\n";
    volume.addFile(QStringLiteral("$WINDOWS.~BT/Sources/Panther/setupact.log"), log);
    const QByteArray xml("<CompatReport><Hardware BlockingType=\"Hard\"/></CompatReport>");
    volume.addFile(QStringLiteral("$WINDOWS.~BT/Sources/Panther/CompatData_2025_03_01.xml"), xml);
    FactSet facts;
    facts.set(QStringLiteral("windows.earlier_attempts.logs"),
        QJsonArray {QJsonObject {{QStringLiteral("path"),
                        QStringLiteral("C:\\$WINDOWS.~BT\\Sources\\Panther\\setupact.log")}},
            QJsonObject {{QStringLiteral("path"),
                QStringLiteral("$WINDOWS.~BT/Sources/Panther/CompatData_2025_03_01.xml")}},
            QJsonObject {{QStringLiteral("path"), QStringLiteral("Windows/Panther/missing.log")}},
            QJsonObject {{QStringLiteral("path"), QStringLiteral("Windows/Panther/unrelated.txt")}}},
        {ProvenanceKind::File, QStringLiteral("synthetic")});
    const QList<EvidenceFile> files = EvidenceCollector::collect(volume, facts);
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.at(0).sourcePath, QStringLiteral("$WINDOWS.~BT/Sources/Panther/setupact.log"));
    QVERIFY(files.at(0).truncated);
    QCOMPARE(files.at(0).originalSize, log.size());
    QVERIFY(files.at(0).bytes.size() <= EvidenceCollector::kLogTailBytes);
    QVERIFY(files.at(0).bytes.startsWith("2025-03-01 10:00:00")); // starts on a whole line
    QVERIFY(log.endsWith(files.at(0).bytes)); // and is the tail
    QCOMPARE(files.at(1).bytes, xml);
    QVERIFY(!files.at(1).truncated);
    QVERIFY(files.at(0).name.isEmpty()); // the report names the zip members
}

void TestEvidenceCollector::nothingListed()
{
    QTemporaryDir dir;
    const test::FakeVolume volume(dir.path());
    FactSet facts;
    facts.setUnknown(QStringLiteral("windows.earlier_attempts.logs"), QStringLiteral("synthetic: not read"));
    QVERIFY(EvidenceCollector::collect(volume, facts).isEmpty());
}

QTEST_GUILESS_MAIN(TestEvidenceCollector)
#include "tst_evidence_collector.moc"
