// SPDX-License-Identifier: GPL-3.0-or-later
// EDID base block parsing (VESA E-EDID 1.4): preferred mode, image size, diagonal, and the
// damaged or empty EDIDs a disconnected or odd connector gives.
#include "edid_builder.h"
#include "hardware/edid_parser.h"
#include "hardware_test_util.h"

using namespace urs;
using namespace urs::test;
using urs::fixtures::EdidBuilder;
using urs::fixtures::EdidSpec;

namespace {

void fixChecksum(QByteArray &e)
{
    quint8 sum = 0;
    for (int i = 0; i < 127; ++i)
        sum = quint8(sum + quint8(e[i]));
    e[127] = char(quint8(0x100 - sum));
}

// Written byte by byte from the specification, independent of the fixture builder:
// 1920x1080 at 148.5 MHz, image 598 x 336 mm, max size 60 x 34 cm.
QByteArray handMadeEdid()
{
    QByteArray e(128, '\0');
    const char header[] = {0, char(0xFF), char(0xFF), char(0xFF), char(0xFF), char(0xFF), char(0xFF), 0};
    for (int i = 0; i < 8; ++i)
        e[i] = header[i];
    e[18] = 1;
    e[19] = 4;
    e[21] = 60;
    e[22] = 34;
    e[54] = 0x02; // 14850 x 10 kHz = 0x3A02
    e[55] = 0x3A;
    e[56] = char(0x80); // 1920 = 0x780
    e[58] = 0x70;
    e[59] = 0x38; // 1080 = 0x438
    e[61] = 0x40;
    e[66] = 0x56; // 598 = 0x256
    e[67] = 0x50; // 336 = 0x150
    e[68] = 0x21;
    fixChecksum(e);
    return e;
}

} // namespace

class TestEdidParser : public QObject {
    Q_OBJECT
private slots:
    void handMade()
    {
        const EdidInfo info = EdidParser::parse(handMadeEdid());
        QVERIFY2(info.valid, qPrintable(info.error));
        QCOMPARE(info.widthPx.value_or(0), 1920);
        QCOMPARE(info.heightPx.value_or(0), 1080);
        QCOMPARE(info.widthMm.value_or(0), 598);
        QCOMPARE(info.heightMm.value_or(0), 336);
        QCOMPARE(info.diagonalInches.value_or(0), 27.0); // 685.9 mm
    }

    void builderMatchesTheSpecification()
    {
        EdidSpec spec;
        spec.vendor = QStringLiteral("LGD");
        spec.widthCm = 28;
        spec.heightCm = 16;
        spec.widthPx = 1366;
        spec.heightPx = 768;
        spec.widthMm = 277;
        spec.heightMm = 156;
        const QByteArray e = EdidBuilder::build(spec);
        QCOMPARE(e.size(), 128);
        QCOMPARE(quint8(e[56]), quint8(1366 & 0xFF));
        QCOMPARE(quint8(e[58]) >> 4, 1366 >> 8);
        QCOMPARE(quint8(e[8]), quint8(0x30)); // "LGD" = 01100 00111 00100
        QCOMPARE(quint8(e[9]), quint8(0xE4));
        const EdidInfo info = EdidParser::parse(e);
        QVERIFY2(info.valid, qPrintable(info.error));
        QCOMPARE(info.diagonalInches.value_or(0), 12.5);
    }

    void sizeFromCentimetresWhenTimingHasNone()
    {
        QByteArray e = handMadeEdid();
        e[66] = e[67] = e[68] = 0;
        fixChecksum(e);
        const EdidInfo info = EdidParser::parse(e);
        QCOMPARE(info.widthMm.value_or(0), 600);
        QCOMPARE(info.heightMm.value_or(0), 340);
        QCOMPARE(info.diagonalInches.value_or(0), 27.2);
        QCOMPARE(info.widthPx.value_or(0), 1920);
    }

    void aspectRatioOrProjectorHasNoSize()
    {
        QByteArray e = handMadeEdid();
        e[66] = e[67] = e[68] = 0;
        e[21] = 0; // with one byte 0 the other is an aspect ratio
        e[22] = 79;
        fixChecksum(e);
        EdidInfo info = EdidParser::parse(e);
        QVERIFY(info.valid);
        QVERIFY(!info.widthMm);
        QVERIFY(!info.diagonalInches);
        e[22] = 0;
        fixChecksum(e);
        info = EdidParser::parse(e);
        QVERIFY(!info.diagonalInches);
    }

    void noDetailedTiming()
    {
        QByteArray e = handMadeEdid();
        e[54] = e[55] = 0; // a display descriptor, not a timing
        fixChecksum(e);
        const EdidInfo info = EdidParser::parse(e);
        QVERIFY(info.valid);
        QVERIFY(!info.widthPx);
        QCOMPARE(info.widthMm.value_or(0), 600); // from bytes 21/22
    }

    void damaged_data()
    {
        QTest::addColumn<QByteArray>("edid");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("short") << handMadeEdid().left(100) << "shorter than";
        QByteArray badHeader = handMadeEdid();
        badHeader[0] = 1;
        fixChecksum(badHeader);
        QTest::newRow("bad header") << badHeader << "header";
        QByteArray badSum = handMadeEdid();
        badSum[127] = char(badSum[127] + 1);
        QTest::newRow("bad checksum") << badSum << "checksum";
    }
    void damaged()
    {
        QFETCH(QByteArray, edid);
        QFETCH(QString, error);
        const EdidInfo info = EdidParser::parse(edid);
        QVERIFY(!info.valid);
        QVERIFY2(info.error.contains(error), qPrintable(info.error));
        QVERIFY(!info.widthPx);
        QVERIFY(!info.diagonalInches);
    }

    void probeSkipsEmptyAndKeepsDamagedConnectors()
    {
        TempTree tree;
        tree.write(QStringLiteral("sys/class/drm/card0-DP-1/edid"), QByteArray());
        tree.write(QStringLiteral("sys/class/drm/card0-HDMI-A-1/edid"), handMadeEdid().left(64));
        tree.write(QStringLiteral("sys/class/drm/card1-eDP-1/edid"), handMadeEdid());
        tree.write(QStringLiteral("sys/class/drm/card0/dev"), "226:0\n");
        const FactSet facts = probe(tree.path());
        QCOMPARE(jsonText(*facts.value(QStringLiteral("hardware.displays"))), jsonText(json(R"([
                     {"connector":"HDMI-A-1","width_mm":null,"height_mm":null,"diagonal_inches":null,"width_px":null,"height_px":null},
                     {"connector":"eDP-1","width_mm":598,"height_mm":336,"diagonal_inches":27,"width_px":1920,"height_px":1080}])")));
    }
};

QTEST_GUILESS_MAIN(TestEdidParser)
#include "tst_edid_parser.moc"
