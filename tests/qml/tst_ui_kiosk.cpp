// SPDX-License-Identifier: GPL-3.0-or-later
// The app's side of the live stick: the options the stick's launcher passes, the settings file
// on the stick's UPGRADESCAN partition (upgradescan.ini, edited by hand: a bad value is a
// warning naming the file, the key and the value, and the default is used), which of the two
// wins, and the power control (a fake command records how it was called).
#include "app_config.h"
#include "kiosk_settings.h"
#include "power_control.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace urs::ui;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        return {};
    return path;
}

// -1: unset, 0: false, 1: true.
int tristate(const std::optional<bool> &v)
{
    return v ? int(*v) : -1;
}

// A shell script that appends its arguments to record and exits 0.
QString fakeCommand(const QTemporaryDir &dir, const QString &record)
{
    const QString path = writeFile(dir, QStringLiteral("fake-systemctl"),
        QStringLiteral("#!/bin/sh\necho \"$@\" >> '%1'\n").arg(record).toUtf8());
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestUiKiosk : public QObject {
    Q_OBJECT

private slots:
    void settingsFile_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<int>("enabled"); // -1 unset
        QTest::addColumn<int>("poweroffAfter"); // -1 unset
        QTest::addColumn<QStringList>("targets");
        QTest::addColumn<QString>("language"); // "" unset
        QTest::addColumn<QStringList>("warning"); // what the one warning names; {} no warning

        const QStringList none;
        QTest::newRow("empty file") << QByteArray() << -1 << -1 << none << "" << none;
        QTest::newRow("everything") << QByteArray("[batch]\nenabled=true\npoweroff_after_seconds=30\n"
                                                  "targets=win11-25h2, win10-22h2\n[app]\nlanguage=ja\n")
                                    << 1 << 30 << QStringList {"win11-25h2", "win10-22h2"} << "ja" << none;
        QTest::newRow("off, in other words")
            << QByteArray("[batch]\nenabled=No\n") << 0 << -1 << none << "" << none;
        QTest::newRow("on as 1") << QByteArray("[batch]\nenabled=1\n") << 1 << -1 << none << "" << none;
        QTest::newRow("wait for a key")
            << QByteArray("[batch]\npoweroff_after_seconds=0\n") << -1 << 0 << none << "" << none;
        QTest::newRow("one target, upper case") << QByteArray("[batch]\ntargets=WIN11-25H2\n") << -1 << -1
                                                << QStringList {"win11-25h2"} << "" << none;
        QTest::newRow("no targets: every target")
            << QByteArray("[batch]\ntargets=\n") << -1 << -1 << none << "" << none;
        QTest::newRow("comments and spaces")
            << QByteArray("; the stick of shop 3\n[batch]\nenabled = true\n[app]\nlanguage = EN \n") << 1
            << -1 << none << "en" << none;
        QTest::newRow("a line that is no setting")
            << QByteArray("# batch on\n[batch]\nenabled=true\n") << 1 << -1 << none << ""
            << QStringList {"neither [group] nor key=value", "comments start with ';'", "ignored"};
        QTest::newRow("flag not a flag")
            << QByteArray("[batch]\nenabled=maybe\n") << -1 << -1 << none << ""
            << QStringList {"[batch] enabled=\"maybe\"", "not true or false", "taken as false"};
        QTest::newRow("seconds not a number")
            << QByteArray("[batch]\npoweroff_after_seconds=soon\n") << -1 << -1 << none << ""
            << QStringList {"[batch] poweroff_after_seconds=\"soon\"", "whole number", "60 is used"};
        QTest::newRow("negative seconds") << QByteArray("[batch]\npoweroff_after_seconds=-5\n") << -1 << -1
                                          << none << "" << QStringList {"\"-5\"", "60 is used"};
        QTest::newRow("more than a day") << QByteArray("[batch]\npoweroff_after_seconds=90000\n") << -1 << -1
                                         << none << "" << QStringList {"\"90000\"", "86400"};
        QTest::newRow("target with a space")
            << QByteArray("[batch]\ntargets=win11-25h2,win 10\n") << -1 << -1 << none << ""
            << QStringList {"[batch] targets=\"win11-25h2,win 10\"", "'win 10'", "every target is scanned"};
        QTest::newRow("language not offered")
            << QByteArray("[app]\nlanguage=fr\n") << -1 << -1 << none << ""
            << QStringList {"[app] language=\"fr\"", "not en or ja", "system's language"};
        QTest::newRow("misspelt key")
            << QByteArray("[batch]\nenabled=true\npoweroff_after=30\n") << 1 << -1 << none << ""
            << QStringList {"[batch] poweroff_after", "not a setting", "ignored"};
        QTest::newRow("key outside a group") << QByteArray("language=ja\n") << -1 << -1 << none << ""
                                             << QStringList {"language is not a setting"};
    }
    void settingsFile()
    {
        QFETCH(QByteArray, ini);
        QFETCH(int, enabled);
        QFETCH(int, poweroffAfter);
        QFETCH(QStringList, targets);
        QFETCH(QString, language);
        QFETCH(QStringList, warning);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("upgradescan.ini"), ini);
        const KioskSettings s = KioskSettings::read(path);
        QCOMPARE(tristate(s.batchEnabled), enabled);
        QCOMPARE(s.poweroffAfterSeconds.value_or(-1), poweroffAfter);
        QCOMPARE(s.targets, targets);
        QCOMPARE(s.language.value_or(QString()), language);
        if (warning.isEmpty()) {
            QVERIFY2(s.warnings.isEmpty(), qPrintable(s.warnings.join('\n')));
            return;
        }
        QCOMPARE(s.warnings.size(), 1);
        QVERIFY2(s.warnings[0].startsWith(path + ": "), qPrintable(s.warnings[0])); // names the file
        for (const QString &part : warning)
            QVERIFY2(s.warnings[0].contains(part), qPrintable(s.warnings[0] + " lacks " + part));
    }

    // Most sticks have no settings file: that is no warning. A path that is no file is one.
    void settingsFileMissingOrUnreadable()
    {
        QVERIFY(KioskSettings::read(QString()).warnings.isEmpty());
        QVERIFY(KioskSettings::read(QStringLiteral("/nonexistent/upgradescan.ini")).warnings.isEmpty());
        QTemporaryDir dir;
        const KioskSettings s = KioskSettings::read(dir.path());
        QCOMPARE(s.warnings.size(), 1);
        QVERIFY2(s.warnings[0].contains(dir.path()) && s.warnings[0].contains("cannot be read"),
            qPrintable(s.warnings[0]));
        QVERIFY(!s.batchEnabled);
    }

    // The command line (and the environment) win over the file; the file fills what they leave.
    void commandLineWinsOverTheFile_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<bool>("batch");
        QTest::addColumn<int>("poweroffAfter");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("targets");
        QTest::addColumn<int>("warnings");
        const QByteArray file("[batch]\nenabled=true\npoweroff_after_seconds=10\ntargets=win10-22h2\n"
                              "[app]\nlanguage=ja\n");
        QTest::newRow("no file, no options")
            << QStringList {} << QByteArray() << false << 60 << "" << QStringList {} << 0;
        QTest::newRow("the file alone")
            << QStringList {} << file << true << 10 << "ja" << QStringList {"win10-22h2"} << 0;
        QTest::newRow("options win") << QStringList {"--batch-poweroff-after", "5", "--lang", "en"} << file
                                     << true << 5 << "en" << QStringList {"win10-22h2"} << 0;
        QTest::newRow("--batch although the file says no")
            << QStringList {"--batch"} << QByteArray("[batch]\nenabled=false\n") << true << 60 << ""
            << QStringList {} << 0;
        QTest::newRow("a bad value keeps the default")
            << QStringList {"--batch"} << QByteArray("[batch]\npoweroff_after_seconds=soon\n") << true << 60
            << "" << QStringList {} << 1;
        QTest::newRow("the option wins over a bad value")
            << QStringList {"--batch-poweroff-after", "0"}
            << QByteArray("[batch]\npoweroff_after_seconds=soon\n") << false << 0 << "" << QStringList {}
            << 1;
    }
    void commandLineWinsOverTheFile()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, ini);
        QFETCH(bool, batch);
        QFETCH(int, poweroffAfter);
        QFETCH(QString, language);
        QFETCH(QStringList, targets);
        QFETCH(int, warnings);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("upgradescan.ini"), ini);
        AppConfig c;
        QString error;
        QVERIFY2(AppConfig::parse(args + QStringList {"--settings", path}, &c, &error), qPrintable(error));
        QCOMPARE(c.settingsFile, path);
        QCOMPARE(c.applySettingsFile().size(), warnings);
        QCOMPARE(c.batch, batch);
        QCOMPARE(c.batchPoweroffAfterSeconds(), poweroffAfter);
        QCOMPARE(c.language, language);
        QCOMPARE(c.batchTargets, targets);
    }

    void liveOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("excluded");
        QTest::addColumn<bool>("powerControls");
        QTest::addColumn<bool>("batch");
        QTest::addColumn<int>("poweroffAfter");
        QTest::newRow("none") << QStringList {} << QStringList {} << false << false << 60;
        QTest::newRow("the launcher's line") << QStringList {"--fullscreen", "--reports",
            "/media/UPGRADESCAN/reports", "--settings", "/media/UPGRADESCAN/upgradescan.ini",
            "--exclude-disk", "sdb", "--power-controls", "--batch"}
                                             << QStringList {"sdb"} << true << true << 60;
        QTest::newRow("two disks left out")
            << QStringList {"--exclude-disk", "sdb", "--exclude-disk", "/dev/sdc"}
            << QStringList {"sdb", "/dev/sdc"} << false << false << 60;
        QTest::newRow("wait for a key")
            << QStringList {"--batch", "--batch-poweroff-after", "0"} << QStringList {} << false << true << 0;
    }
    void liveOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, excluded);
        QFETCH(bool, powerControls);
        QFETCH(bool, batch);
        QFETCH(int, poweroffAfter);
        AppConfig c;
        QString error;
        QVERIFY2(AppConfig::parse(args, &c, &error), qPrintable(error));
        QCOMPARE(c.excludedDisks, excluded);
        QCOMPARE(c.powerControls, powerControls);
        QCOMPARE(c.batch, batch);
        QCOMPARE(c.batchPoweroffAfterSeconds(), poweroffAfter);
    }

    void badLiveOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named"); // what the message must name
        QTest::newRow("negative seconds") << QStringList {"--batch-poweroff-after", "-1"} << "'-1'";
        QTest::newRow("seconds as a word") << QStringList {"--batch-poweroff-after", "soon"} << "'soon'";
        QTest::newRow("no disk name") << QStringList {"--exclude-disk"} << "exclude-disk";
        QTest::newRow("no settings file") << QStringList {"--settings"} << "settings";
    }
    void badLiveOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        AppConfig c;
        QString error;
        QVERIFY(!AppConfig::parse(args, &c, &error));
        QVERIFY2(error.contains(named), qPrintable(error));
    }

    void environment()
    {
        const QList<QPair<const char *, QByteArray>> vars {{"URS_APP_EXCLUDE_DISK", "sdb, nvme1n1"},
            {"URS_APP_POWER_CONTROLS", "1"}, {"URS_APP_BATCH", "1"}, {"URS_APP_BATCH_POWEROFF_AFTER", "7"},
            {"URS_APP_SETTINGS", "/media/UPGRADESCAN/upgradescan.ini"},
            {"URS_APP_POWER_COMMAND", "/bin/true"}};
        for (const auto &[name, value] : vars)
            qputenv(name, value);
        AppConfig c;
        c.applyEnvironment();
        for (const auto &[name, value] : vars)
            qunsetenv(name);
        QCOMPARE(c.excludedDisks, (QStringList {"sdb", "nvme1n1"}));
        QVERIFY(c.powerControls);
        QVERIFY(c.batch);
        QCOMPARE(c.batchPoweroffAfterSeconds(), 7);
        QCOMPARE(c.settingsFile, QStringLiteral("/media/UPGRADESCAN/upgradescan.ini"));
        QCOMPARE(c.powerCommand, QStringLiteral("/bin/true"));
    }

    void helpListsTheLiveOptions()
    {
        const QString help = AppConfig::usage();
        for (const char *option : {"--settings <FILE>", "--exclude-disk <NAME>", "--power-controls",
                 "--batch", "--batch-poweroff-after <SECONDS>"})
            QVERIFY2(help.contains(QLatin1String(option)), option);
    }

    void powerControlRunsItsCommand_data()
    {
        QTest::addColumn<bool>("restart");
        QTest::addColumn<QString>("action");
        QTest::newRow("shut down") << false << "poweroff";
        QTest::newRow("restart") << true << "reboot";
    }
    void powerControlRunsItsCommand()
    {
        QFETCH(bool, restart);
        QFETCH(QString, action);
        QTemporaryDir dir;
        const QString record = dir.filePath(QStringLiteral("called"));
        PowerControl power;
        QCOMPARE(power.program(), QStringLiteral("systemctl")); // the live system's default
        power.setCommand(fakeCommand(dir, record));
        QSignalSpy requested(&power, &PowerControl::requested);
        QVERIFY(restart ? power.restart() : power.powerOff());
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), action);
        QVERIFY(power.errorText().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(readAll(record), action + QLatin1Char('\n'), 10000);
    }

    void powerControlSaysWhenItCannot()
    {
        PowerControl power;
        power.setCommand(QStringLiteral("/nonexistent/systemctl"));
        QSignalSpy requested(&power, &PowerControl::requested);
        QSignalSpy error(&power, &PowerControl::errorTextChanged);
        QVERIFY(!power.powerOff());
        QCOMPARE(requested.count(), 0);
        QCOMPARE(error.count(), 1);
        QVERIFY2(
            power.errorText().contains("/nonexistent/systemctl poweroff"), qPrintable(power.errorText()));
        QVERIFY2(power.errorText().contains("power button"), qPrintable(power.errorText()));
    }
};

QTEST_MAIN(TestUiKiosk)
#include "tst_ui_kiosk.moc"
