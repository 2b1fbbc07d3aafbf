// SPDX-License-Identifier: GPL-3.0-or-later
// One table of words for verdicts and statuses: the CLI text and the report say the same thing
// in each language, and no two verdicts or statuses share a word.
#include "engine/assessment_text.h"
#include "engine/status_words.h"
#include "report/report_strings.h"

#include <QSet>
#include <QtTest>

using namespace urs;

class TestStatusWords : public QObject {
    Q_OBJECT
private slots:
    void sameWordsEverywhere_data();
    void sameWordsEverywhere();
    void distinct_data();
    void distinct();
};

void TestStatusWords::sameWordsEverywhere_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ja") << QStringLiteral("ja");
}

void TestStatusWords::sameWordsEverywhere()
{
    QFETCH(QString, lang);
    const ReportStrings report(lang);
    for (Verdict v :
        {Verdict::Ready, Verdict::ReadyAfterFixes, Verdict::CleanInstallOnly, Verdict::NotSupported}) {
        QCOMPARE(report.verdict(v), StatusWords::verdict(v, lang));
        Assessment a;
        TargetVerdict t;
        t.targetId = QStringLiteral("synthetic-target");
        t.name = {QStringLiteral("Synthetic target"), QStringLiteral("Synthetic target")};
        t.verdict = v;
        a.targets = {t};
        const QString text = assessmentToText(a, lang);
        QVERIFY2(text.contains(StatusWords::verdict(v, lang).toUpper()), qPrintable(text));
    }
    for (FindingStatus s : {FindingStatus::Pass, FindingStatus::Advisory, FindingStatus::Warning,
             FindingStatus::Blocker, FindingStatus::Unknown})
        QCOMPARE(report.status(s), StatusWords::status(s, lang));
}

void TestStatusWords::distinct_data()
{
    sameWordsEverywhere_data();
}

void TestStatusWords::distinct()
{
    QFETCH(QString, lang);
    QSet<QString> words;
    for (Verdict v :
        {Verdict::Ready, Verdict::ReadyAfterFixes, Verdict::CleanInstallOnly, Verdict::NotSupported})
        words << StatusWords::verdict(v, lang);
    QCOMPARE(words.size(), 4);
    QSet<QString> statuses, groups;
    for (FindingStatus s : {FindingStatus::Pass, FindingStatus::Advisory, FindingStatus::Warning,
             FindingStatus::Blocker, FindingStatus::Unknown}) {
        statuses << StatusWords::status(s, lang);
        groups << StatusWords::statusGroup(s, lang);
    }
    QCOMPARE(statuses.size(), 5);
    QCOMPARE(groups.size(), 5);
}

QTEST_GUILESS_MAIN(TestStatusWords)
#include "tst_status_words.moc"
