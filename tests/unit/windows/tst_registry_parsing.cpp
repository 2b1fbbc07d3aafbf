// SPDX-License-Identifier: GPL-3.0-or-later
// The small decoders: FILETIME, REG_MULTI_SZ, the WinHttpSettings blob, Windows paths and the
// regf header checks. Inputs are built here byte by byte.
#include "windows/hive_file_check.h"
#include "windows/registry_codec.h"
#include "windows/windows_paths.h"
#include "windows/winhttp_settings.h"

#include <QtEndian>
#include <QtTest>

using namespace urs;

namespace {
QByteArray le32(quint32 v)
{
    QByteArray b(4, '\0');
    qToLittleEndian(v, b.data());
    return b;
}
QByteArray utf16(const QString &s)
{
    return QByteArray(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
}
} // namespace

class TestRegistryParsing : public QObject {
    Q_OBJECT
private slots:
    void fileTime()
    {
        // 0x01D1348D6AD86031 is the win81 SYSTEM ShutdownTime: 2015-12-12 03:30:15 UTC.
        QCOMPARE(RegistryCodec::fromFileTime(0x01D1348D6AD86031LL)->toString(Qt::ISODate),
            QStringLiteral("2015-12-12T03:30:15Z"));
        QCOMPARE(RegistryCodec::fromFileTime(116444736000000000LL)->toString(Qt::ISODate),
            QStringLiteral("1970-01-01T00:00:00Z"));
        QVERIFY(!RegistryCodec::fromFileTime(0));
        QVERIFY(!RegistryCodec::fromFileTime(-5));
        QVERIFY(!RegistryCodec::fromFileTimeBytes(QByteArray(7, '\1')));
    }

    void multiString_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("expected");
        const QByteArray nul(2, '\0');
        QTest::newRow("two") << utf16(QStringLiteral("a")) + nul + utf16(QStringLiteral("bc")) + nul + nul
                             << QStringList {QStringLiteral("a"), QStringLiteral("bc")};
        QTest::newRow("empty inside kept")
            << utf16(QStringLiteral("src")) + nul + nul + utf16(QStringLiteral("x")) + nul + nul
            << QStringList {QStringLiteral("src"), QString(), QStringLiteral("x")};
        QTest::newRow("pair with empty last")
            << utf16(QStringLiteral("src")) + nul + nul + nul << QStringList {QStringLiteral("src")};
        QTest::newRow("no terminator") << utf16(QStringLiteral("abc")) << QStringList {QStringLiteral("abc")};
        QTest::newRow("odd byte dropped") << utf16(QStringLiteral("ab")) + nul + nul + QByteArray(1, 'z')
                                          << QStringList {QStringLiteral("ab")};
        QTest::newRow("japanese") << utf16(QStringLiteral("一太郎")) + nul + nul
                                  << QStringList {QStringLiteral("一太郎")};
        QTest::newRow("empty") << QByteArray() << QStringList();
    }
    void multiString()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, expected);
        QCOMPARE(RegistryCodec::multiStringFromUtf16Le(bytes), expected);
    }

    void utf16StopsAtNul()
    {
        QCOMPARE(RegistryCodec::fromUtf16Le(
                     utf16(QStringLiteral("Tokyo Standard Time")) + QByteArray(2, '\0') + "junk"),
            QStringLiteral("Tokyo Standard Time"));
    }

    void winHttpDirect()
    {
        // `netsh winhttp reset proxy`: version 0x18, counter 0, flags 1 (direct), no strings.
        const QByteArray blob = le32(0x18) + le32(0) + le32(1) + le32(0) + le32(0);
        const auto parsed = WinHttpSettings::parse(blob);
        QVERIFY(std::holds_alternative<WinHttpSettings>(parsed));
        QVERIFY(!std::get<WinHttpSettings>(parsed).usesProxy());
    }

    void winHttpProxy()
    {
        const QByteArray proxy = "proxy.example:3128";
        const QByteArray bypass = "<local>";
        const QByteArray blob
            = le32(0x28) + le32(7) + le32(3) + le32(proxy.size()) + proxy + le32(bypass.size()) + bypass;
        const auto parsed = WinHttpSettings::parse(blob);
        QVERIFY(std::holds_alternative<WinHttpSettings>(parsed));
        const auto &s = std::get<WinHttpSettings>(parsed);
        QVERIFY(s.usesProxy());
        QCOMPARE(s.proxy, QStringLiteral("proxy.example:3128"));
        QCOMPARE(s.bypass, QStringLiteral("<local>"));
        QCOMPARE(s.flags, 3u);
    }

    void winHttpMalformed_data()
    {
        QTest::addColumn<QByteArray>("blob");
        QTest::addColumn<QString>("expected");
        QTest::newRow("short header")
            << QByteArray(12, '\0') << QStringLiteral("shorter than its 16-byte header");
        QTest::newRow("proxy past end") << le32(0x28) + le32(0) + le32(3) + le32(100) + QByteArray("abc")
                                        << QStringLiteral("proxy length 100 at offset 12");
        QTest::newRow("huge proxy length")
            << le32(0x28) + le32(0) + le32(3) + le32(0xFFFFFFFFu) << QStringLiteral("runs past the end");
        QTest::newRow("bypass past end") << le32(0x28) + le32(0) + le32(3) + le32(1) + "p" + le32(50) + "x"
                                         << QStringLiteral("bypass length 50");
        QTest::newRow("bypass length cut") << le32(0x28) + le32(0) + le32(3) + le32(1) + "p"
                + QByteArray(2, '\0') << QStringLiteral("no bypass length");
    }
    void winHttpMalformed()
    {
        QFETCH(QByteArray, blob);
        QFETCH(QString, expected);
        const auto parsed = WinHttpSettings::parse(blob);
        QVERIFY(std::holds_alternative<QString>(parsed));
        QVERIFY2(std::get<QString>(parsed).contains(expected), qPrintable(std::get<QString>(parsed)));
    }

    void windowsPaths_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // "-" = not on this volume
        QTest::newRow("drive") << "C:\\Users\\master"
                               << "Users/master";
        QTest::newRow("lower drive") << "c:\\Users\\master"
                                     << "Users/master";
        QTest::newRow("SystemDrive") << "%SystemDrive%\\Users\\bob"
                                     << "Users/bob";
        QTest::newRow("systemroot lower") << "%systemroot%\\system32\\config\\systemprofile"
                                          << "Windows/system32/config/systemprofile";
        QTest::newRow("kernel SystemRoot") << "\\SystemRoot\\System32\\drivers\\x.sys"
                                           << "Windows/System32/drivers/x.sys";
        QTest::newRow("NT prefix") << "\\??\\C:\\Temp\\a.tmp"
                                   << "Temp/a.tmp";
        QTest::newRow("other drive") << "D:\\Users\\bob"
                                     << "-";
        QTest::newRow("UNC") << "\\\\server\\share\\bob"
                             << "-";
        QTest::newRow("unexpanded") << "%USERPROFILE%\\x"
                                    << "-";
    }
    void windowsPaths()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const WindowsPaths paths(QStringLiteral("C:"), QStringLiteral("Windows"));
        const auto out = paths.toVolumePath(input);
        if (expected == QLatin1String("-"))
            QVERIFY2(!out, qPrintable(out.value_or(QString())));
        else
            QCOMPARE(out.value_or(QStringLiteral("(none)")), expected);
    }

    void windowsPathsBack()
    {
        const WindowsPaths paths(QStringLiteral("C:"), QStringLiteral("Windows"));
        QCOMPARE(paths.toWindowsPath(QStringLiteral("Users/bob/NTUSER.DAT")),
            QStringLiteral("C:\\Users\\bob\\NTUSER.DAT"));
        QCOMPARE(
            WindowsPaths::driveOf(QStringLiteral("e:\\Windows")).value_or(QString()), QStringLiteral("E:"));
        QVERIFY(!WindowsPaths::driveOf(QStringLiteral("\\Windows")));
    }

    void headerProblems_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QString>("expected"); // "" = no problem
        QByteArray good(4096, '\0');
        good.replace(0, 4, "regf");
        good.replace(40, 4, le32(0x2000));
        QTest::newRow("good") << good << qint64(0x3000) << QString();
        QTest::newRow("truncated") << good << qint64(0x2000) << QStringLiteral("truncated");
        QByteArray odd = good;
        odd.replace(40, 4, le32(0x1234));
        QTest::newRow("odd bins size") << odd << qint64(0x3000) << QStringLiteral("not a multiple of 4096");
        QTest::newRow("binary magic")
            << QByteArray("\x01\x02\x03\x04", 4) << qint64(4096) << QStringLiteral("magic bytes 01 02 03 04");
        QTest::newRow("text magic") << QByteArray("PK\x03\x04", 4) << qint64(4096)
                                    << QStringLiteral("magic bytes");
        QTest::newRow("reg text file")
            << QByteArray("Windows Registry Editor") << qint64(23) << QStringLiteral("magic 'Wind'");
    }
    void headerProblems()
    {
        QFETCH(QByteArray, head);
        QFETCH(qint64, size);
        QFETCH(QString, expected);
        const auto problem = HiveFileCheck::headerProblem(head, size);
        if (expected.isEmpty())
            QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
        else
            QVERIFY2(problem && problem->contains(expected),
                qPrintable(problem.value_or(QStringLiteral("(none)"))));
    }
};

QTEST_GUILESS_MAIN(TestRegistryParsing)
#include "tst_registry_parsing.moc"
