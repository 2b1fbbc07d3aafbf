// SPDX-License-Identifier: GPL-3.0-or-later
// `upgrade-scan check` errors that need no disk: they must be refused before any scan.
#include "engine_test_support.h"

#include <QProcess>
#include <QTemporaryDir>

class TestCmdCheck : public QObject {
    Q_OBJECT
private:
    static int run(const QStringList &args, QString *stderrText)
    {
        QProcess p;
        p.start(qEnvironmentVariable("URS_CLI"), QStringList {QStringLiteral("check")} + args);
        if (!p.waitForFinished(30000))
            return -1;
        *stderrText = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("URS_CLI").isEmpty())
            QSKIP("URS_CLI is not set (run through ctest)");
    }

    void unknownTargetListsTheValidIds()
    {
        QString text;
        QCOMPARE(run({QStringLiteral("--source"), QStringLiteral("/nonexistent.img"),
                         QStringLiteral("--target"), QStringLiteral("win12")},
                     &text),
            2);
        QVERIFY2(text.contains(QStringLiteral("unknown target 'win12'")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("win10-22h2, win11-24h2, win11-25h2, or all")));
    }

    void brokenRulesExitFive()
    {
        QTemporaryDir tmp;
        QFile f(tmp.path() + QStringLiteral("/bad.yaml"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("version: \"1\"\nrules: [\n");
        f.close();
        QString text;
        QCOMPARE(run({QStringLiteral("--source"), QStringLiteral("/nonexistent.img"),
                         QStringLiteral("--rules"), tmp.path()},
                     &text),
            5);
        QVERIFY2(text.contains(QStringLiteral("bad.yaml:")), qPrintable(text));
    }

    void usageErrors()
    {
        QString text;
        QCOMPARE(run({}, &text), 2);
        QVERIFY(text.contains(QStringLiteral("--source")));
        QCOMPARE(run({QStringLiteral("--source"), QStringLiteral("x"), QStringLiteral("--lang"),
                         QStringLiteral("fr")},
                     &text),
            2);
        QVERIFY(text.contains(QStringLiteral("en or ja")));
    }
};

QTEST_GUILESS_MAIN(TestCmdCheck)
#include "tst_cmd_check.moc"
