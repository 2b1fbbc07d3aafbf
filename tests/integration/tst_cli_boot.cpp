// SPDX-License-Identifier: GPL-3.0-or-later
// How Windows itself boots, end to end through the CLI: the BCD store on the disk decides the
// uefi rule, not how the scanner was started. The captured laptop-2014 tree booted the scanner in
// legacy BIOS mode; the images carry SYNTHETIC BCD stores (tests/data/hives/bcd-*.reg): the GPT
// ones winload.efi on the ESP, mbr-basic winload.exe in its active System Reserved partition, and
// the sample winload.efi on its ESP.
#include "cli_runner.h"
#include "file_hash.h"
#include "fixture_paths.h"

#include <QJsonArray>

using namespace urs::test;

namespace {
QString hardware(const QString &tree)
{
    return repoPath(QStringLiteral("tests/data/hardware/") + tree);
}

// The finding of rule id for target (or for every target) in `check --json` output.
QJsonObject finding(const QJsonObject &json, const QString &id, const QString &target)
{
    for (const QJsonValue &v : json.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        const QString t = f.value(QStringLiteral("target")).toString();
        if (f.value(QStringLiteral("id")).toString() == id && (t.isEmpty() || t == target))
            return f;
    }
    return {};
}

QString remedyText(const QJsonObject &finding)
{
    QStringList out;
    for (const QJsonValue &step : finding.value(QStringLiteral("remedy")).toArray())
        out << step.toObject().value(QStringLiteral("text")).toObject().value(QStringLiteral("en")).toString()
                + QLatin1Char(' ') + step.toObject().value(QStringLiteral("command")).toString();
    return out.join(QLatin1Char('\n'));
}

QStringList evidenceFacts(const QJsonObject &finding)
{
    QStringList out;
    for (const QJsonValue &e : finding.value(QStringLiteral("evidence")).toArray())
        out << e.toObject().value(QStringLiteral("fact")).toString();
    return out;
}
} // namespace

class TestCliBoot : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(image(QStringLiteral("gpt-basic"))), "run the images fixture first");
        QVERIFY2(QFile::exists(sample()), "run the sample fixture first");
    }

    void facts_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("store");
        QTest::addColumn<QString>("loader");
        QTest::addColumn<bool>("bootManager");
        QTest::newRow("gpt-basic") << image("gpt-basic") << "uefi"
                                   << "\\EFI\\Microsoft\\Boot\\BCD"
                                   << "\\Windows\\system32\\winload.efi" << true;
        QTest::newRow("mbr-basic") << image("mbr-basic") << "legacy"
                                   << "\\Boot\\BCD"
                                   << "\\Windows\\system32\\winload.exe" << false;
        QTest::newRow("sample") << sample() << "uefi"
                                << "\\EFI\\Microsoft\\Boot\\BCD"
                                << "\\Windows\\system32\\winload.efi" << true;
    }
    void facts()
    {
        QFETCH(QString, source);
        QFETCH(QString, mode);
        QFETCH(QString, store);
        QFETCH(QString, loader);
        QFETCH(bool, bootManager);
        const QByteArray before = sparseSha256Of(source);
        const CliRun r
            = runCli({"facts", "--source", source, "--hardware-root", hardware("laptop-2014"), "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject json = r.json();
        QCOMPARE(at(json, "/hardware/firmware/type"), QJsonValue("bios")); // the stick booted legacy
        QCOMPARE(at(json, "/windows/boot/mode"), QJsonValue(mode));
        QCOMPARE(at(json, "/windows/boot/bcd_path"), QJsonValue(store));
        QCOMPARE(at(json, "/windows/boot/loader_path"), QJsonValue(loader));
        QVERIFY(at(json, "/windows/boot/default_object").toString().startsWith(QLatin1Char('{')));
        QCOMPARE(at(json, "/windows/boot/loaders").toArray().size(), 2);
        QCOMPARE(at(json, "/source/esp/has_windows_boot_manager"), QJsonValue(bootManager));
        const QJsonObject provenance = json.value(QStringLiteral("provenance")).toObject();
        QVERIFY2(
            provenance.value("/windows/boot/mode").toString().startsWith("hive " + store + "\\Objects\\{"),
            qPrintable(provenance.value("/windows/boot/mode").toString()));
        QVERIFY(provenance.value("/windows/boot/bcd_path").toString().contains(QLatin1String("partition 1")));
        QCOMPARE(sparseSha256Of(source), before); // never written
    }

    // The case: a GPT disk whose Windows boots from its EFI partition, scanned after the
    // technician picked the stick's legacy entry. UEFI passes; Secure Boot is only unknown, with
    // the way to a complete scan.
    void uefiWindowsPassesWhateverTheStickDid()
    {
        for (const QString &source : {image("gpt-basic"), sample()}) {
            const CliRun r = runCli({"check", "--source", source, "--hardware-root", hardware("laptop-2014"),
                "--target", "win11-25h2", "--scan-time", "2026-11-25T12:00:00Z", "--json"});
            QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err));
            const QJsonObject json = r.json();
            const QJsonObject uefi = finding(json, "uefi", "win11-25h2");
            QCOMPARE(uefi.value("status").toString(), QStringLiteral("pass"));
            QVERIFY(evidenceFacts(uefi).contains("windows.boot.mode"));
            QVERIFY2(uefi.value("meaning").toObject().value("en").toString().contains("winload.efi"),
                qPrintable(uefi.value("meaning").toObject().value("en").toString()));
            QCOMPARE(finding(json, "partition-style", "win11-25h2").value("status").toString(),
                QStringLiteral("pass"));
            const QJsonObject secureBoot = finding(json, "secure-boot", "win11-25h2");
            QCOMPARE(secureBoot.value("status").toString(), QStringLiteral("unknown"));
            QVERIFY2(
                remedyText(secureBoot).contains("\"UEFI:\" USB entry"), qPrintable(remedyText(secureBoot)));
            const QJsonArray reasons = at(json, "/targets/win11-25h2/reasons").toArray();
            QVERIFY(!reasons.contains(QJsonValue("uefi")));
            QVERIFY(!reasons.contains(QJsonValue("secure-boot")));
        }
    }

    // No BCD store on the source (a lone volume) and a stick started in legacy mode on firmware
    // that has UEFI: whether Windows boots through UEFI is unconfirmed, not a blocker.
    void unreadableBootModeIsUnconfirmedNotBlocked()
    {
        const CliRun r
            = runCli({"check", "--source", image("dirty"), "--hardware-root", hardware("laptop-2014"),
                "--target", "win11-25h2", "--scan-time", "2026-11-25T12:00:00Z", "--json"});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err));
        const QJsonObject json = r.json();
        const QJsonObject uefi = finding(json, "uefi", "win11-25h2");
        QCOMPARE(uefi.value("status").toString(), QStringLiteral("unknown"));
        QVERIFY2(remedyText(uefi).contains("\"UEFI:\" USB entry"), qPrintable(remedyText(uefi)));
        QVERIFY(!at(json, "/targets/win11-25h2/reasons").toArray().contains(QJsonValue("uefi")));
        QVERIFY(at(json, "/targets/win11-25h2/to_confirm").toArray().contains(QJsonValue("uefi")));
    }

    // Windows booting legacy from an MBR disk on firmware that has UEFI: the MBR2GPT path, fixable.
    void legacyWindowsIsTheMbr2gptPath_data()
    {
        QTest::addColumn<QString>("tree");
        QTest::newRow("stick booted legacy (laptop-2014)") << "laptop-2014";
        QTest::newRow("stick booted UEFI (desktop-uefi-tpm2)") << "desktop-uefi-tpm2";
    }
    void legacyWindowsIsTheMbr2gptPath()
    {
        QFETCH(QString, tree);
        const CliRun r = runCli({"check", "--source", image("mbr-basic"), "--hardware-root", hardware(tree),
            "--target", "win11-24h2", "--scan-time", "2026-11-25T12:00:00Z", "--json"});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject json = r.json();
        const QJsonObject uefi = finding(json, "uefi", "win11-24h2");
        QCOMPARE(uefi.value("status").toString(), QStringLiteral("blocker"));
        QCOMPARE(uefi.value("kind").toString(), QStringLiteral("fixable"));
        QVERIFY(uefi.value("meaning").toObject().value("en").toString().contains("winload.exe"));
        QVERIFY2(remedyText(uefi).contains("mbr2gpt /convert"), qPrintable(remedyText(uefi)));
        const QJsonObject style = finding(json, "partition-style", "win11-24h2");
        QCOMPARE(style.value("status").toString(), QStringLiteral("blocker"));
        QCOMPARE(style.value("kind").toString(), QStringLiteral("fixable"));
    }

    // The Windows volume is encrypted, the ESP is not: how Windows boots is still read.
    void encryptedWindowsStillShowsHowItBoots()
    {
        const CliRun r = runCli(
            {"facts", "--source", image("bitlocker"), "--hardware-root", hardware("laptop-2014"), "--json"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(at(r.json(), "/volume/bitlocker"), QJsonValue(true));
        QCOMPARE(at(r.json(), "/windows/boot/mode"), QJsonValue("uefi"));
        QVERIFY(at(r.json(), "/windows/product_name_unknown").toString().contains("BitLocker"));
    }
};

QTEST_GUILESS_MAIN(TestCliBoot)
#include "tst_cli_boot.moc"
