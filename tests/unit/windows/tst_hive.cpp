// SPDX-License-Identifier: GPL-3.0-or-later
// Hive and HiveKey on REAL hives (values from tests/data/hives/real/PROVENANCE.md, read
// there with hivex's own tools) and on bad input.
#include "broken_hive.h"
#include "common/scan_error.h"
#include "fake_volume.h"
#include "hive_test_data.h"
#include "windows/hive.h"
#include "windows/registry_codec.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace urs;
using namespace urs::test;

class TestHive : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString real(const QString &name) { return expandRealHive(name, m_dir.path()); }
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.path() + QLatin1Char('/') + name;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Every decompressed real hive is byte for byte the one PROVENANCE.md describes.
    void sha256MatchesProvenance_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("expected");
        QFile doc(realHivesDir() + QStringLiteral("/PROVENANCE.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        static const QRegularExpression line(
            QStringLiteral("^([0-9a-f]{64})  (\\S+)$"), QRegularExpression::MultilineOption);
        auto it = line.globalMatch(QString::fromUtf8(doc.readAll()));
        int rows = 0;
        while (it.hasNext()) {
            const auto m = it.next();
            if (m.captured(2) == QLatin1String("minimal-empty.hive"))
                continue; // not compressed
            QTest::newRow(qPrintable(m.captured(2))) << m.captured(2) << m.captured(1).toLatin1();
            ++rows;
        }
        QCOMPARE(rows, 8);
    }
    void sha256MatchesProvenance()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, expected);
        QCOMPARE(sha256Of(real(name)), expected);
    }

    // hive, key, value, kind, expected: the facts PROVENANCE.md lists for each real hive.
    void provenanceValues_data()
    {
        QTest::addColumn<QString>("hive");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *tag, const char *hive, const char *key, const char *value, const char *kind,
                       const QString &expected) {
            QTest::newRow(tag) << QString::fromLatin1(hive) << QString::fromLatin1(key)
                               << QString::fromLatin1(value) << QString::fromLatin1(kind) << expected;
        };
        const char *w81 = "win81-x64-SYSTEM";
        row("81 Select Current", w81, "Select", "Current", "dword", "1");
        row("81 only ControlSet001", w81, "", "", "children-matching ^ControlSet", "ControlSet001");
        row("81 ComputerName", w81, "ControlSet001\\Control\\ComputerName\\ComputerName", "ComputerName",
            "sz", "SENSEI");
        row("81 HiberbootEnabled", w81, "ControlSet001\\Control\\Session Manager\\Power", "HiberbootEnabled",
            "dword", "1");
        row("81 HibernateEnabled", w81, "ControlSet001\\Control\\Power", "HibernateEnabled", "dword", "1");
        row("81 wuauserv", w81, "ControlSet001\\Services\\wuauserv", "Start", "dword", "3");
        row("81 TrustedInstaller", w81, "ControlSet001\\Services\\TrustedInstaller", "Start", "dword", "3");
        row("81 BITS", w81, "ControlSet001\\Services\\BITS", "Start", "dword", "2");
        row("81 CryptSvc", w81, "ControlSet001\\Services\\CryptSvc", "Start", "dword", "2");
        row("81 PendingFileRenameOperations", w81, "ControlSet001\\Control\\Session Manager",
            "PendingFileRenameOperations", "multi-contains",
            "\\??\\C:\\Users\\master\\AppData\\Local\\Temp\\nsp9C0.tmp\\");
        row("81 no W3SVC", w81, "ControlSet001\\Services\\W3SVC", "", "key-absent", "");
        row("81 no WAS", w81, "ControlSet001\\Services\\WAS", "", "key-absent", "");
        row("81 469 services", w81, "ControlSet001\\Services", "", "child-count", "469");
        row("81 PROCESSOR_ARCHITECTURE", w81, "ControlSet001\\Control\\Session Manager\\Environment",
            "PROCESSOR_ARCHITECTURE", "sz", "AMD64");
        row("81 ShutdownTime", w81, "ControlSet001\\Control\\Windows", "ShutdownTime", "filetime",
            "2015-12-12T03:30:15Z");
        row("81 TimeZoneKeyName", w81, "ControlSet001\\Control\\TimeZoneInformation", "TimeZoneKeyName", "sz",
            "Pacific Standard Time");

        const char *w7 = "win7-x86-SYSTEM";
        row("7 Select Current", w7, "Select", "Current", "dword", "1");
        row("7 control sets", w7, "", "", "children-matching ^ControlSet", "ControlSet001,ControlSet002");
        row("7 ComputerName", w7, "ControlSet001\\Control\\ComputerName\\ComputerName", "ComputerName", "sz",
            "WKS-WIN732BITA");
        row("7 no HiberbootEnabled", w7, "ControlSet001\\Control\\Session Manager\\Power", "HiberbootEnabled",
            "value-absent", "");
        row("7 HibernateEnabled", w7, "ControlSet001\\Control\\Power", "HibernateEnabled", "dword", "1");
        row("7 wuauserv", w7, "ControlSet001\\Services\\wuauserv", "Start", "dword", "2");
        row("7 TrustedInstaller", w7, "ControlSet001\\Services\\TrustedInstaller", "Start", "dword", "3");
        row("7 PROCESSOR_ARCHITECTURE", w7, "ControlSet001\\Control\\Session Manager\\Environment",
            "PROCESSOR_ARCHITECTURE", "sz", "x86");
        row("7 467 services", w7, "ControlSet001\\Services", "", "child-count", "467");
        row("7 ShutdownTime", w7, "ControlSet001\\Control\\Windows", "ShutdownTime", "filetime",
            "2012-04-04T01:58:40Z");

        const char *nu = "win81-NTUSER.DAT";
        row("NTUSER root keys", nu, "", "", "children",
            "AppEvents,Console,Control Panel,Environment,EUDC,Keyboard "
            "Layout,Network,Printers,Software,System");
        row("NTUSER Software keys", nu, "Software", "", "children",
            "AppDataLow,Microsoft,Mine,Policies,RegisteredApplications,Spotify,Wow6432Node");

        const char *n4 = "nt4-SOFTWARE";
        const char *cv = "Microsoft\\Windows NT\\CurrentVersion";
        row("NT4 CurrentVersion", n4, cv, "CurrentVersion", "sz", "4.0");
        row("NT4 CurrentBuildNumber", n4, cv, "CurrentBuildNumber", "sz", "1381");
        row("NT4 CSDVersion", n4, cv, "CSDVersion", "sz", "Service Pack 3");
        row("NT4 no ProductName", n4, cv, "ProductName", "value-absent", "");
        row("NT4 RegisteredOwner", n4, cv, "RegisteredOwner", "sz", "Me");
        row("NT4 no CBS", n4, "Microsoft\\Windows\\CurrentVersion\\Component Based Servicing", "",
            "key-absent", "");
        row("NT4 no InetStp", n4, "Microsoft\\InetStp", "", "key-absent", "");
        row("NT4 no Uninstall", n4, "Microsoft\\Windows\\CurrentVersion\\Uninstall", "", "key-absent", "");

        const char *s4 = "nt4-SYSTEM";
        row("NT4 ComputerName", s4, "ControlSet001\\Control\\ComputerName\\ComputerName", "ComputerName",
            "sz", "SERVER");
        row("NT4 ProductType", s4, "ControlSet001\\Control\\ProductOptions", "ProductType", "sz", "LanmanNT");
        row("NT4 no wuauserv", s4, "ControlSet001\\Services\\wuauserv", "", "key-absent", "");
        row("NT4 no Session Manager Power", s4, "ControlSet001\\Control\\Session Manager\\Power",
            "HiberbootEnabled", "not-found", "");

        const char *ps = "partial-software";
        // PROVENANCE.md says "no Microsoft\Windows NT\CurrentVersion": the key is there (it is
        // the per-user key, with subkeys such as Winlogon) but holds none of its values.
        row("partial CurrentVersion has no values", ps, cv, "", "value-count", "0");
        row("partial no ProductName", ps, cv, "ProductName", "value-absent", "");
        row("partial no CurrentVersion value", ps, cv, "CurrentVersion", "value-absent", "");
        row("partial 5 Uninstall entries", ps, "Microsoft\\Windows\\CurrentVersion\\Uninstall", "",
            "child-count", "5");
    }
    void provenanceValues()
    {
        QFETCH(QString, hive);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        const Hive h = Hive::openFile(real(hive), QStringLiteral("HIVE"));
        const auto k = h.key(key);
        if (kind == QLatin1String("key-absent")) {
            QVERIFY(!k);
            QCOMPARE(k.status(), HiveReadStatus::KeyAbsent);
            QVERIFY2(k.reason().contains(key), qPrintable(k.reason()));
            return;
        }
        if (kind == QLatin1String("not-found")) {
            QVERIFY(!h.dword(key, value));
            QVERIFY(h.dword(key, value).absent());
            return;
        }
        QVERIFY2(k, qPrintable(k.reason()));
        if (kind == QLatin1String("sz")) {
            const auto r = k->string(value);
            QVERIFY2(r, qPrintable(r.reason()));
            QCOMPARE(*r, expected);
            QCOMPARE(r.where(), QStringLiteral("HIVE\\") + key + QLatin1Char('\\') + value);
        } else if (kind == QLatin1String("dword")) {
            const auto r = k->dword(value);
            QVERIFY2(r, qPrintable(r.reason()));
            QCOMPARE(QString::number(*r), expected);
        } else if (kind == QLatin1String("value-absent")) {
            const auto r = k->dword(value);
            QCOMPARE(r.status(), HiveReadStatus::ValueAbsent);
            QVERIFY(r.reason().contains(value));
        } else if (kind == QLatin1String("multi-contains")) {
            const auto r = k->multiString(value);
            QVERIFY2(r, qPrintable(r.reason()));
            QVERIFY2(r->contains(expected), qPrintable(r->join(QLatin1Char('|'))));
        } else if (kind == QLatin1String("filetime")) {
            const auto r = k->binary(value);
            QVERIFY2(r, qPrintable(r.reason()));
            QCOMPARE(r->size(), 8);
            const auto t = RegistryCodec::fromFileTimeBytes(*r);
            QVERIFY(t);
            QCOMPARE(t->toUTC().toString(Qt::ISODate), expected);
        } else if (kind == QLatin1String("value-count")) {
            QCOMPARE(QString::number(k->valueNames()->size()), expected);
        } else if (kind == QLatin1String("child-count")) {
            QCOMPARE(QString::number(k->children()->size()), expected);
        } else if (kind == QLatin1String("children")) {
            QCOMPARE(k->childNames()->join(QLatin1Char(',')), expected);
        } else if (kind.startsWith(QLatin1String("children-matching "))) {
            const QRegularExpression re(kind.mid(18));
            QCOMPARE(k->childNames()->filter(re).join(QLatin1Char(',')), expected);
        } else {
            QFAIL(qPrintable(QStringLiteral("unknown kind ") + kind));
        }
    }

    void dirtyHiveOpensAndSaysSo()
    {
        const Hive h = Hive::openFile(real(QStringLiteral("win81-x64-SYSTEM")), QStringLiteral("SYSTEM"));
        QVERIFY(h.isDirty()); // sequence numbers 0xcd and 0xcc
        const Hive clean = Hive::openFile(real(QStringLiteral("nt4-SYSTEM")), QStringLiteral("SYSTEM"));
        QVERIFY(!clean.isDirty());
        QVERIFY(h.headerLastWritten().has_value());
        QVERIFY(h.root().lastWrite().has_value());
        QCOMPARE(h.root().lastWrite()->date().year(), 2015);
    }

    void namesAreCaseInsensitive()
    {
        const Hive h = Hive::openFile(real(QStringLiteral("win81-x64-SYSTEM")), QStringLiteral("SYSTEM"));
        const auto r = h.string(QStringLiteral("controlset001\\CONTROL\\computername\\ComputerName"),
            QStringLiteral("computername"));
        QVERIFY2(r, qPrintable(r.reason()));
        QCOMPARE(*r, QStringLiteral("SENSEI"));
        QCOMPARE(h.dword(QStringLiteral("SELECT"), QStringLiteral("current")).valueOr(0), 1u);
    }

    void wrongTypeIsUnknownWithReason()
    {
        const Hive h = Hive::openFile(real(QStringLiteral("win81-x64-SYSTEM")), QStringLiteral("SYSTEM"));
        const auto asString = h.string(QStringLiteral("Select"), QStringLiteral("Current"));
        QVERIFY(!asString);
        QCOMPARE(asString.status(), HiveReadStatus::WrongType);
        QVERIFY2(asString.reason().contains(QStringLiteral("REG_DWORD")), qPrintable(asString.reason()));
        QVERIFY(asString.reason().contains(QStringLiteral("SYSTEM\\Select\\Current")));
        const auto asDword = h.dword(QStringLiteral("ControlSet001\\Control\\ComputerName\\ComputerName"),
            QStringLiteral("ComputerName"));
        QCOMPARE(asDword.status(), HiveReadStatus::WrongType);
        QVERIFY(asDword.reason().contains(QStringLiteral("REG_SZ")));
    }

    void missingKeyReasonNamesTheKeyAndWhereTheWalkStopped()
    {
        // A SYSTEM hive has no Microsoft key at all.
        const Hive h = Hive::openFile(real(QStringLiteral("win7-x86-SYSTEM")), QStringLiteral("SOFTWARE"));
        const auto r = h.string(
            QStringLiteral("Microsoft\\Windows NT\\CurrentVersion"), QStringLiteral("ProductName"));
        QCOMPARE(r.status(), HiveReadStatus::KeyAbsent);
        QCOMPARE(r.reason(),
            QStringLiteral("key SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion absent (SOFTWARE has no "
                           "subkey Microsoft)"));
        QCOMPARE(r.where(), QStringLiteral("SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProductName"));
        const Hive partial
            = Hive::openFile(real(QStringLiteral("partial-software")), QStringLiteral("SOFTWARE"));
        const auto v = partial.string(
            QStringLiteral("Microsoft\\Windows NT\\CurrentVersion"), QStringLiteral("ProductName"));
        QCOMPARE(v.status(), HiveReadStatus::ValueAbsent);
        QCOMPARE(v.reason(),
            QStringLiteral(
                "value ProductName absent from key SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion"));
    }

    // REG_QWORD (a FILETIME Windows wrote at boot) and the wrong-type answer for it.
    void qwordValue()
    {
        const Hive h = Hive::openFile(real(QStringLiteral("win81-x64-SYSTEM")), QStringLiteral("SYSTEM"));
        const auto q = h.qword(
            QStringLiteral("ControlSet001\\Control\\CMF\\SqmData"), QStringLiteral("SystemStartTime"));
        QVERIFY2(q, qPrintable(q.reason()));
        QCOMPARE(*q, quint64(130943643968521510ULL));
        QCOMPARE(RegistryCodec::fromFileTime(qint64(*q))->toString(Qt::ISODate),
            QStringLiteral("2015-12-12T03:26:36Z"));
        const auto d = h.dword(
            QStringLiteral("ControlSet001\\Control\\CMF\\SqmData"), QStringLiteral("SystemStartTime"));
        QCOMPARE(d.status(), HiveReadStatus::WrongType);
        QVERIFY(d.reason().contains(QStringLiteral("REG_QWORD")));
    }

    // PendingFileRenameOperations pairs a source with a target; "" targets must survive
    // (hivex_value_multiple_strings would stop at the first one).
    void multiStringKeepsEmptyTargets()
    {
        const Hive h = Hive::openFile(real(QStringLiteral("win81-x64-SYSTEM")), QStringLiteral("SYSTEM"));
        const auto r = h.multiString(QStringLiteral("ControlSet001\\Control\\Session Manager"),
            QStringLiteral("PendingFileRenameOperations"));
        QVERIFY2(r, qPrintable(r.reason()));
        // Two pairs, both "delete": src1, "", src2, "" (the last "" merges into the terminator).
        QCOMPARE(r->size(), 3);
        QCOMPARE(r->at(0),
            QStringLiteral("\\??\\C:\\Users\\master\\AppData\\Local\\Temp\\nsp9C0.tmp\\nsProcess.dll"));
        QCOMPARE(r->at(1), QString());
        QCOMPARE(r->at(2), QStringLiteral("\\??\\C:\\Users\\master\\AppData\\Local\\Temp\\nsp9C0.tmp\\"));
    }

    void openOnVolumeReadsThroughMemfdAndNeverWrites()
    {
        QTemporaryDir root;
        FakeVolume volume(root.path());
        volume.addCopy(
            QStringLiteral("Windows/System32/config/SYSTEM"), real(QStringLiteral("win81-x64-SYSTEM")));
        const QString host = root.path() + QStringLiteral("/Windows/System32/config/SYSTEM");
        const QByteArray before = sha256Of(host);
        const QDateTime mtime = QFileInfo(host).lastModified();
        {
            const Hive h = Hive::openOnVolume(
                volume, QStringLiteral("windows\\system32\\CONFIG\\system"), QStringLiteral("SYSTEM"));
            QCOMPARE(h.string(QStringLiteral("ControlSet001\\Control\\ComputerName\\ComputerName"),
                          QStringLiteral("ComputerName"))
                         .valueOr({}),
                QStringLiteral("SENSEI"));
            QVERIFY(h.origin().contains(QStringLiteral("system32\\CONFIG\\system"), Qt::CaseInsensitive)
                || h.origin().contains(QStringLiteral("system32/CONFIG/system"), Qt::CaseInsensitive));
        }
        QCOMPARE(volume.copied.size(), 1);
        QCOMPARE(sha256Of(host), before);
        QCOMPARE(QFileInfo(host).lastModified(), mtime);
    }

    void badInputIsHiveUnreadable_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expectedText");
        QTest::addColumn<QString>("expectedAdvice");
        const QString dir = m_dir.path();
        QTest::newRow("corrupted-SYSTEM")
            << real(QStringLiteral("corrupted-SYSTEM")) << QStringLiteral("damaged at offset 0x1a000")
            << QStringLiteral("repair");
        QTest::newRow("win9x SYSTEM.DAT")
            << real(QStringLiteral("win9x-SYSTEM.DAT"))
            << QStringLiteral("not a Windows NT registry hive (magic 'CREG': a Windows 9x registry)")
            << QStringLiteral("clean install");
        QTest::newRow("empty") << writeFile(QStringLiteral("empty"), {}) << QStringLiteral("empty (0 bytes)")
                               << QStringLiteral("repair");
        QByteArray random(64 * 1024, Qt::Uninitialized);
        for (char &c : random)
            c = char(QRandomGenerator::global()->bounded(256));
        random[0] = 'x'; // never "regf" by chance
        QTest::newRow("random bytes")
            << writeFile(QStringLiteral("random"), random) << QStringLiteral("not a Windows NT registry hive")
            << QStringLiteral("NT-family");
        QFile sys(real(QStringLiteral("win81-x64-SYSTEM")));
        QVERIFY(sys.open(QIODevice::ReadOnly));
        const QByteArray whole = sys.readAll();
        QTest::newRow("truncated mid-bin") << writeFile(QStringLiteral("trunc1"), whole.left(300000))
                                           << QStringLiteral("truncated") << QStringLiteral("repair");
        QTest::newRow("truncated at bin boundary") << writeFile(QStringLiteral("trunc2"), whole.left(0x49000))
                                                   << QStringLiteral("truncated") << QStringLiteral("repair");
        QTest::newRow("header only") << writeFile(QStringLiteral("header"), whole.left(4096))
                                     << QStringLiteral("too short") << QStringLiteral("repair");
        QByteArray badBin = whole;
        badBin.replace(0x3000, 4, "XXXX");
        QTest::newRow("bad hbin") << writeFile(QStringLiteral("badbin"), badBin)
                                  << QStringLiteral("damaged at offset 0x3000") << QStringLiteral("repair");
        QByteArray badSum = whole;
        badSum[0x30] = 'Z'; // inside the file name: only the checksum notices
        QTest::newRow("bad checksum") << writeFile(QStringLiteral("badsum"), badSum)
                                      << QStringLiteral("checksum") << QStringLiteral("repair");
    }
    void badInputIsHiveUnreadable()
    {
        QFETCH(QString, file);
        QFETCH(QString, expectedText);
        QFETCH(QString, expectedAdvice);
        try {
            Hive::openFile(file, QStringLiteral("SYSTEM"));
            QFAIL("opened");
        } catch (const ScanError &e) {
            QCOMPARE(e.kind(), ScanErrorKind::HiveUnreadable);
            QCOMPARE(e.input(), file);
            QVERIFY2(e.text().contains(file), qPrintable(e.text()));
            QVERIFY2(e.message().contains(expectedText), qPrintable(e.message()));
            QVERIFY2(e.whatToDo().contains(expectedAdvice, Qt::CaseInsensitive), qPrintable(e.whatToDo()));
        }
    }

    // SYNTHETIC damage (broken_hive.h) to one list of one key of the REAL 8.1 SYSTEM hive: reading
    // that list is Unreadable, naming the key and its record's offset, never an empty list; the
    // other list of the same key still reads.
    void brokenKeyListIsUnreadable_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("subkeys"); // which list is broken: subkeys, or else values
        QTest::addColumn<QString>("where");
        QTest::newRow("Services subkeys")
            << "ControlSet001\\Services" << true << "SYSTEM\\ControlSet001\\Services";
        QTest::newRow("root subkeys") << "" << true << "SYSTEM";
        QTest::newRow("Select values") << "Select" << false << "SYSTEM\\Select";
        QTest::newRow("Session Manager values") << "ControlSet001\\Control\\Session Manager" << false
                                                << "SYSTEM\\ControlSet001\\Control\\Session Manager";
    }
    void brokenKeyListIsUnreadable()
    {
        QFETCH(QString, key);
        QFETCH(bool, subkeys);
        QFETCH(QString, where);
        const QString broken
            = m_dir.path() + QStringLiteral("/broken-") + QString::fromLatin1(QTest::currentDataTag());
        const qint64 record = breakKeyList(real(QStringLiteral("win81-x64-SYSTEM")), key,
            subkeys ? KeyList::Subkeys : KeyList::Values, broken);
        const Hive h = Hive::openFile(broken, QStringLiteral("SYSTEM"));
        const auto k = h.key(key);
        QVERIFY2(k, qPrintable(k.reason()));
        // Every read through the broken list says which list of which key, and where its record is.
        const QString expected
            = QStringLiteral("cannot list the %1 of %2 (key record at hive offset 0x%3): hivex: ")
                  .arg(subkeys ? QStringLiteral("subkeys") : QStringLiteral("values"), where)
                  .arg(record, 0, 16);
        auto check = [&](const auto &read) {
            QVERIFY(!read);
            QCOMPARE(read.status(), HiveReadStatus::Unreadable);
            QVERIFY2(read.reason().contains(expected), qPrintable(read.reason()));
        };
        if (subkeys) {
            check(k->children());
            check(k->childNames());
            check(k->child(QStringLiteral("NoSuchKey"))); // cannot tell "absent" either
            QVERIFY2(k->valueNames(), qPrintable(k->valueNames().reason()));
        } else {
            check(k->valueNames());
            check(k->hasValue(QStringLiteral("NoSuchValue")));
            check(k->dword(QStringLiteral("NoSuchValue"))); // cannot tell "absent" either
            QVERIFY2(k->children(), qPrintable(k->children().reason()));
        }
    }

    void nt4HivesAreReadable()
    {
        const Hive sw = Hive::openFile(real(QStringLiteral("nt4-SOFTWARE")), QStringLiteral("SOFTWARE"));
        QCOMPARE(
            sw.string(QStringLiteral("Microsoft\\Windows NT\\CurrentVersion"), QStringLiteral("SystemRoot"))
                .valueOr({}),
            QStringLiteral("C:\\WINNT"));
        const Hive sys = Hive::openFile(real(QStringLiteral("nt4-SYSTEM")), QStringLiteral("SYSTEM"));
        QCOMPARE(sys.root().childNames()->join(QLatin1Char(',')),
            QStringLiteral("ControlSet001,ControlSet002,Select,Setup"));
    }

    void missingFileIsHiveUnreadableNamingIt()
    {
        const QString path = m_dir.path() + QStringLiteral("/no-such-hive");
        try {
            Hive::openFile(path, QStringLiteral("SOFTWARE"));
            QFAIL("opened");
        } catch (const ScanError &e) {
            QCOMPARE(e.kind(), ScanErrorKind::HiveUnreadable);
            QVERIFY(e.text().contains(path));
        }
    }

    // Regression (tests/fuzz/fuzz_hive): a value whose 32-bit type word is none of REG_NONE ..
    // REG_QWORD (a damaged hive; Windows also stores such types, e.g. 0xffff0011 for device
    // properties) is read with that number as its type and refused by the typed reads, naming
    // it. hivex hands the word over in a C enum whose C++ range it exceeds: reading it back was
    // undefined behaviour, which UBSan reports here in the build-asan run.
    void oddValueTypeIsWrongTypeNamingIt_data()
    {
        QTest::addColumn<quint32>("type");
        QTest::addColumn<QString>("typeText");
        QTest::newRow("1025 (found by fuzz_hive)") << quint32(1025) << QStringLiteral("type 0x401");
        QTest::newRow("0xffff0011") << quint32(0xffff0011u) << QStringLiteral("type 0xffff0011");
    }
    void oddValueTypeIsWrongTypeNamingIt()
    {
        QFETCH(quint32, type);
        QFETCH(QString, typeText);
        // hivex's minimal hive with a REG_BINARY "Odd" on the root, then the type word of its
        // value record ("vk": type at +0x0c, name at +0x14) overwritten.
        const QString path = m_dir.path() + QStringLiteral("/odd-type-%1.hive").arg(type, 0, 16);
        QFile::remove(path);
        QVERIFY(QFile::copy(realHivesDir() + QStringLiteral("/minimal-empty.hive"), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        hive_h *w = hivex_open(QFile::encodeName(path).constData(), HIVEX_OPEN_WRITE);
        QVERIFY(w);
        char name[] = "Odd";
        char data[] = "\x01\x02\x03\x04";
        const hive_set_value value {name, hive_t_REG_BINARY, 4, data};
        QCOMPARE(hivex_node_set_value(w, hivex_root(w), &value, 0), 0);
        QCOMPARE(hivex_commit(w, nullptr, 0), 0);
        hivex_close(w);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        const qsizetype vk = bytes.indexOf(QByteArray("vk\x03\x00", 4));
        QVERIFY(vk > 0 && bytes.mid(vk + 0x14, 3) == "Odd");
        qToLittleEndian<quint32>(type, bytes.data() + vk + 0x0c);
        QVERIFY(f.seek(0) && f.write(bytes) == bytes.size());
        f.close();

        const Hive h = Hive::openFile(path, QStringLiteral("SOFTWARE"));
        const auto raw = h.root().raw(QStringLiteral("Odd"));
        QVERIFY2(raw, qPrintable(raw.reason()));
        QCOMPARE(quint32(raw->first), type);
        QCOMPARE(raw->second, QByteArray("\x01\x02\x03\x04", 4));
        const QList<HiveRead<QString>> strings
            = {h.string({}, QStringLiteral("Odd")), h.root().string(QStringLiteral("odd"))};
        for (const HiveRead<QString> &s : strings) {
            QCOMPARE(s.status(), HiveReadStatus::WrongType);
            QVERIFY2(s.reason().contains(typeText), qPrintable(s.reason()));
        }
        QCOMPARE(h.binary({}, QStringLiteral("Odd")).status(), HiveReadStatus::WrongType);
    }
};

QTEST_GUILESS_MAIN(TestHive)
#include "tst_hive.moc"
