// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile registry hives: SYNTHETIC damage, patched byte by byte into a copy of the REAL Windows
// 8.1 SYSTEM hive (tests/data/hives/real/win81-x64-SYSTEM.xz), that hivex still opens but that
// lies about its structure: counts far beyond the data, a subkey list that loops back to an
// ancestor, a value claiming 1 GiB, flipped bits. Each read through the damage must be
// Unreadable naming the key (and where its record is), never a hang, a crash, an empty list or
// a made-up value; a whole scan over such a SYSTEM hive must end, with the facts read through
// the damage unknown and saying why. docs/robustness.md quotes the messages printed here.
//
// The layout patched (the Windows registry file format; hivex's struct ntreg_*_record): the file
// starts with the 4096-byte base block, then hive bins; an offset stored in the hive is relative
// to the first bin, so file offset = stored offset + 0x1000. hivex names a key or a value by
// the file offset of its cell, whose first 4 bytes are the cell size. From there:
//   key node "nk":   0x04 "nk", 0x14 parent key offset, 0x18 subkey count, 0x20 subkey list
//                    offset, 0x28 value count, 0x2c value list offset, 0x50 the name
//   subkey list "lh": 0x04 "lh", 0x06 entry count, 0x08 the entries: a key offset and a name
//                    hash, 8 bytes each
//   value "vk":      0x04 "vk", 0x08 data length (bit 31: data inline), 0x0c data offset,
//                    0x10 type, 0x18 the name
#include "common/scan_error.h"
#include "facts/fact_set.h"
#include "fake_volume.h"
#include "hive_test_data.h"
#include "windows/hive.h"
#include "windows/windows_inspector.h"
#include "windows_layout.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>
#include <hivex.h>

using namespace urs;
using namespace urs::test;

namespace {

const QString kServices = QStringLiteral("ControlSet001\\Services");
const QString kComputerName = QStringLiteral("ControlSet001\\Control\\ComputerName\\ComputerName");

enum class Damage {
    SubkeyCount, // the key's subkey count (nk +0x18) becomes `value`
    ValueCount, // the key's value count (nk +0x28) becomes `value`
    SubkeyToAncestor, // the first entry of the key's subkey list points at ControlSet001
    SubkeyToItself, // ... at the key itself
    SubkeyToRoot, // ... at the root key
    FlipSubkeySignature, // one bit of the first subkey's "nk" flipped
    FlipListSignature, // one bit of the key's "lh" flipped
    ValueLength, // the data length of the key's value `name` (vk +0x08) becomes `value`
    ValueOffset, // ... its data offset (vk +0x0c)
};

// The file offset of the key at path, as hivex names it (0 for "no such key").
qint64 keyOffset(const QString &hive, const QString &path)
{
    hive_h *h = hivex_open(QFile::encodeName(hive).constData(), 0);
    if (!h)
        return 0;
    hive_node_h node = hivex_root(h);
    for (const QString &part : path.split(QLatin1Char('\\'), Qt::SkipEmptyParts))
        node = node ? hivex_node_get_child(h, node, part.toUtf8().constData()) : 0;
    hivex_close(h);
    return qint64(node);
}

// The file offset of value name of the key at path.
qint64 valueOffset(const QString &hive, const QString &path, const QString &name)
{
    const qint64 key = keyOffset(hive, path);
    hive_h *h = key > 0 ? hivex_open(QFile::encodeName(hive).constData(), 0) : nullptr;
    if (!h)
        return 0;
    const hive_value_h value = hivex_node_get_value(h, hive_node_h(key), name.toUtf8().constData());
    hivex_close(h);
    return qint64(value);
}

quint32 u32At(const QByteArray &b, qint64 at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}
void setU32(QByteArray &b, qint64 at, quint32 v)
{
    qToLittleEndian<quint32>(v, b.data() + at);
}

} // namespace

class TestHostileHives : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_system; // the real SYSTEM hive, expanded
    QByteArray m_bytes; // and its bytes

    // A copy of the real SYSTEM hive with one damage done to the key at path; returns its path.
    QString damaged(Damage damage, const QString &path, quint32 value, const QString &valueName)
    {
        QByteArray b = m_bytes;
        const qint64 nk = keyOffset(m_system, path);
        if (nk <= 0 || b.mid(nk + 4, 2) != "nk")
            qFatal("no key %s in the real SYSTEM hive", qPrintable(path));
        const qint64 list = qint64(u32At(b, nk + 0x20)) + 0x1000;
        auto firstEntryTo = [&](qint64 target) {
            if (b.mid(list + 4, 2) != "lh")
                qFatal("the subkey list of %s is no 'lh' list", qPrintable(path));
            setU32(b, list + 8, quint32(target - 0x1000));
        };
        switch (damage) {
        case Damage::SubkeyCount:
            setU32(b, nk + 0x18, value);
            break;
        case Damage::ValueCount:
            setU32(b, nk + 0x28, value);
            break;
        case Damage::SubkeyToAncestor:
            firstEntryTo(keyOffset(m_system, QStringLiteral("ControlSet001")));
            break;
        case Damage::SubkeyToItself:
            firstEntryTo(nk);
            break;
        case Damage::SubkeyToRoot:
            firstEntryTo(keyOffset(m_system, QString()));
            break;
        case Damage::FlipSubkeySignature: {
            const qint64 first = qint64(u32At(b, list + 8)) + 0x1000;
            b[first + 4] = char(b[first + 4] ^ 0x01); // "nk" -> "ok"
            break;
        }
        case Damage::FlipListSignature:
            b[list + 4] = char(b[list + 4] ^ 0x04); // "lh" -> "hh"
            break;
        case Damage::ValueLength:
        case Damage::ValueOffset: {
            const qint64 vk = valueOffset(m_system, path, valueName);
            if (vk <= 0 || b.mid(vk + 4, 2) != "vk")
                qFatal("no value %s in %s", qPrintable(valueName), qPrintable(path));
            setU32(b, vk + (damage == Damage::ValueLength ? 0x08 : 0x0c), value);
            break;
        }
        }
        const QString out
            = m_dir.filePath(QStringLiteral("SYSTEM-") + QString::fromLatin1(QTest::currentDataTag()));
        QFile f(out);
        if (!f.open(QIODevice::WriteOnly) || f.write(b) != b.size())
            qFatal("cannot write %s", qPrintable(out));
        return out;
    }

    // The facts of a fake Windows volume with the SYNTHETIC SOFTWARE and the given SYSTEM.
    static FactSet scan(const QString &system)
    {
        QTemporaryDir root;
        FakeVolume volume(root.path());
        layOut(volume, {syntheticHive(QStringLiteral("software-81-pro-x64")), system, {}});
        FactSet facts;
        WindowsInspector(volume, QStringLiteral("Windows")).collect(facts);
        return facts;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_system = expandRealHive(QStringLiteral("win81-x64-SYSTEM"), m_dir.path());
        QFile f(m_system);
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_bytes = f.readAll();
        QVERIFY2(QFile::exists(syntheticHive(QStringLiteral("software-81-pro-x64"))),
            "run the hives fixture first (ctest -R fixture_hives)");
    }

    // Each damage read through HiveKey: Unreadable with the key, its record's offset and why;
    // then the whole scan over the damaged SYSTEM ends and the fact read through the damage is
    // unknown with the same reason.
    void damageIsUnreadableNamingTheKey_data()
    {
        QTest::addColumn<int>("damage");
        QTest::addColumn<QString>("key");
        QTest::addColumn<quint32>("value");
        QTest::addColumn<QString>("valueName"); // "": the subkey list is read, else this value
        QTest::addColumn<QString>("says");
        QTest::addColumn<QString>("fact"); // unknown after a whole scan, with the reason

        const QString thirdParty = QStringLiteral("windows.services.third_party");
        const QString computer = QStringLiteral("windows.computer_name");
        const QString ranged = QStringLiteral("hivex: Numerical result out of range");
        const QString damagedList = QStringLiteral("not this one: the subkey list is damaged");
        QTest::newRow("subkey count far beyond the list (2^31-1)")
            << int(Damage::SubkeyCount) << kServices << 0x7fffffffu << "" << ranged << thirdParty;
        QTest::newRow("subkey count one more than the list holds")
            << int(Damage::SubkeyCount) << kServices << 470u << ""
            << "hivex: Operation not supported" << thirdParty;
        QTest::newRow("value count far beyond the list (2^28)")
            << int(Damage::ValueCount) << kComputerName << 0x10000000u << "ComputerName" << ranged
            << computer;
        QTest::newRow("value count past the end of its list cell")
            << int(Damage::ValueCount) << kComputerName << 5000u << "ComputerName"
            << "hivex: Bad address" << computer;
        QTest::newRow("subkey list points back to an ancestor")
            << int(Damage::SubkeyToAncestor) << kServices << 0u << "" << damagedList << thirdParty;
        QTest::newRow("subkey list holds the key itself")
            << int(Damage::SubkeyToItself) << kServices << 0u << "" << damagedList << thirdParty;
        QTest::newRow("subkey list points at the root key")
            << int(Damage::SubkeyToRoot) << kServices << 0u << "" << damagedList << thirdParty;
        QTest::newRow("bit flipped in a subkey's signature")
            << int(Damage::FlipSubkeySignature) << kServices << 0u << ""
            << "hivex: Bad address" << thirdParty;
        QTest::newRow("bit flipped in the subkey list's signature")
            << int(Damage::FlipListSignature) << kServices << 0u << ""
            << "hivex: Operation not supported" << thirdParty;
        QTest::newRow("value claims 1 GiB of data") << int(Damage::ValueLength) << kComputerName
                                                    << 0x40000000u << "ComputerName" << ranged << computer;
        QTest::newRow("value data past the end of the hive")
            << int(Damage::ValueOffset) << kComputerName << 0x7ffffff0u << "ComputerName"
            << "hivex: Bad address" << computer;
    }
    void damageIsUnreadableNamingTheKey()
    {
        QFETCH(int, damage);
        QFETCH(QString, key);
        QFETCH(quint32, value);
        QFETCH(QString, valueName);
        QFETCH(QString, says);
        QFETCH(QString, fact);
        const QString path = damaged(Damage(damage), key, value, valueName);
        QElapsedTimer timer;
        timer.start();
        {
            const Hive hive = Hive::openFile(path, QStringLiteral("SYSTEM"));
            const auto k = hive.key(key);
            QVERIFY2(k, qPrintable(k.reason()));
            const QString where = QStringLiteral("SYSTEM\\") + key;
            if (valueName.isEmpty()) {
                const auto children = k->children();
                QVERIFY2(!children, "a damaged subkey list was read as a list");
                QCOMPARE(children.status(), HiveReadStatus::Unreadable);
                qInfo("%s", qPrintable(children.reason()));
                QVERIFY2(
                    children.reason().contains(QStringLiteral("cannot list the subkeys of %1 (key record "
                                                              "at hive offset 0x")
                                                   .arg(where)),
                    qPrintable(children.reason()));
                QVERIFY2(children.reason().contains(says), qPrintable(children.reason()));
                QCOMPARE(k->childNames().status(), HiveReadStatus::Unreadable);
            } else {
                const auto read = k->string(valueName);
                QVERIFY2(!read, "a damaged value was read");
                QCOMPARE(read.status(), HiveReadStatus::Unreadable);
                qInfo("%s", qPrintable(read.reason()));
                QVERIFY2(
                    read.reason().contains(where + QLatin1Char('\\') + valueName), qPrintable(read.reason()));
                QVERIFY2(read.reason().contains(says), qPrintable(read.reason()));
            }
        }
        // The whole scan over the damaged SYSTEM: it ends, and says why the fact is unknown.
        const FactSet facts = scan(path);
        const Fact *f = facts.find(fact);
        QVERIFY2(f, qPrintable(fact));
        QVERIFY2(!f->known, qPrintable(fact + QStringLiteral(" was read through the damage")));
        QVERIFY2(f->unknownReason.contains(says), qPrintable(f->unknownReason));
        QVERIFY2(timer.elapsed() < 20000, "the damage made the scan crawl");
    }

    // A key found by name through a list that loops back (ControlSet001\Services\ControlSet001)
    // is not the ancestor it points at: the walk is Unreadable, never a way round in circles.
    void walkThroughALoopIsUnreadable()
    {
        const QString path = damaged(Damage::SubkeyToAncestor, kServices, 0, {});
        const Hive hive = Hive::openFile(path, QStringLiteral("SYSTEM"));
        const auto loop = hive.key(kServices + QStringLiteral("\\ControlSet001\\Services"));
        QVERIFY(!loop);
        QCOMPARE(loop.status(), HiveReadStatus::Unreadable);
        qInfo("%s", qPrintable(loop.reason()));
        QVERIFY2(
            loop.reason().startsWith(QStringLiteral("cannot read key SYSTEM\\ControlSet001\\Services\\"
                                                    "ControlSet001\\Services: cannot list the subkeys of "
                                                    "SYSTEM\\ControlSet001\\Services")),
            qPrintable(loop.reason()));
        // The keys the list holds rightly still read.
        QVERIFY2(hive.key(kServices + QStringLiteral("\\wuauserv")),
            qPrintable(hive.key(kServices + QStringLiteral("\\wuauserv")).reason()));
    }

    // Bits flipped at random (a fixed seed per row) all over the hive bins, as a failing disk
    // or a bad copy leaves them: opening refuses the hive naming the file, or the whole scan ends
    // with what it could read. Never a crash (the build-asan run checks with the sanitizers) or a
    // hang.
    void randomBitFlipsNeverCrash_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("flips");
        for (quint32 seed : {6u, 7u, 8u, 9u, 10u, 11u})
            QTest::addRow("%d bits flipped (seed %u)", 4, seed) << seed << 4;
        for (quint32 seed : {1u, 2u, 3u, 4u})
            QTest::addRow("%d bits flipped (seed %u)", 64, seed) << seed << 64;
        QTest::addRow("%d bits flipped (seed %u)", 4096, 5u) << 5u << 4096;
    }
    void randomBitFlipsNeverCrash()
    {
        QFETCH(quint32, seed);
        QFETCH(int, flips);
        QByteArray b = m_bytes;
        QRandomGenerator gen(seed);
        for (int i = 0; i < flips; ++i) {
            const qint64 at = 0x1000 + qint64(gen.bounded(quint32(b.size() - 0x1000)));
            b[at] = char(b[at] ^ (1 << gen.bounded(8)));
        }
        const QString path = m_dir.filePath(QStringLiteral("SYSTEM-flipped-%1-%2").arg(seed).arg(flips));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(b) == b.size());
        f.close();
        QElapsedTimer timer;
        timer.start();
        try {
            const FactSet facts = scan(path);
            int unknown = 0;
            for (const Fact &fact : facts.all())
                unknown += fact.known ? 0 : 1;
            qInfo("scanned: %d of %d facts unknown", unknown, int(facts.all().size()));
            QVERIFY(facts.find(QStringLiteral("windows.computer_name")));
        } catch (const ScanError &e) {
            qInfo("%s", qPrintable(e.text()));
            QCOMPARE(e.kind(), ScanErrorKind::HiveUnreadable);
            QVERIFY2(e.text().contains(QStringLiteral("SYSTEM")), qPrintable(e.text()));
        }
        QVERIFY2(timer.elapsed() < 20000, "the damage made the scan crawl");
    }
};

QTEST_GUILESS_MAIN(TestHostileHives)
#include "tst_hostile_hives.moc"
