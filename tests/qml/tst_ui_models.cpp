// SPDX-License-Identifier: GPL-3.0-or-later
// The list models of the app over SYNTHETIC data (synthetic_data.cpp): order, filters, roles,
// selection, and the language switch. QAbstractItemModelTester checks every model's contract.
#include "app_language.h"
#include "disk_list_model.h"
#include "finding_list_model.h"
#include "line_breaks.h"
#include "plan_step_list_model.h"
#include "synthetic_data.h"
#include "target_list_model.h"
#include "verdict_list_model.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace urs;
using namespace urs::ui;

class TestUiModels : public QObject {
    Q_OBJECT

private:
    static QStringList column(const QAbstractItemModel &m, int role)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.data(m.index(r, 0), role).toString();
        return out;
    }

private slots:
    void findingsSortedBySeverity()
    {
        FindingListModel model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAssessment(test::syntheticAssessment());
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(column(model, FindingListModel::StatusRole),
            (QStringList {
                "blocker", "blocker", "warning", "warning", "unknown", "advisory", "pass", "pass"}));
        // Within a status, checklist items sort numerically: "4" before "16.2".
        QCOMPARE(model.data(model.index(2, 0), FindingListModel::FindingIdRole).toString(),
            QStringLiteral("free-space"));
        QCOMPARE(model.data(model.index(3, 0), FindingListModel::FindingIdRole).toString(),
            QStringLiteral("fast-startup"));
    }

    void findingsTargetFilter()
    {
        FindingListModel model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAssessment(test::syntheticAssessment());
        QSignalSpy filterSpy(&model, &FindingListModel::filterChanged);
        model.setTargetFilter(QStringLiteral("win10-22h2"));
        QCOMPARE(filterSpy.count(), 1);
        // The two CPU blockers belong to the Windows 11 targets only.
        QCOMPARE(model.rowCount(), 6);
        QVERIFY(!column(model, FindingListModel::FindingIdRole).contains(QStringLiteral("cpu-supported")));
        QCOMPARE(model.counts().value(QStringLiteral("blocker")).toInt(), 0);
        model.setTargetFilter(QStringLiteral("win11-25h2"));
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.counts().value(QStringLiteral("blocker")).toInt(), 1);
        QCOMPARE(model.data(model.index(0, 0), FindingListModel::TargetRole).toString(),
            QStringLiteral("win11-25h2"));
    }

    void findingsStatusFilter()
    {
        FindingListModel model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAssessment(test::syntheticAssessment());
        QVERIFY(model.isStatusShown(QStringLiteral("pass")));
        model.toggleStatus(QStringLiteral("pass"));
        QVERIFY(!model.isStatusShown(QStringLiteral("pass")));
        QCOMPARE(model.rowCount(), 6);
        // Counts ignore the status filter: the chips keep their numbers.
        QCOMPARE(model.counts().value(QStringLiteral("pass")).toInt(), 2);
        model.setStatusFilter({QStringLiteral("warning")});
        QCOMPARE(
            column(model, FindingListModel::FindingIdRole), (QStringList {"free-space", "fast-startup"}));
        model.toggleStatus(QStringLiteral("warning"));
        QCOMPARE(model.rowCount(), 0);
        model.toggleStatus(QStringLiteral("no-such-status"));
        QCOMPARE(model.statusFilter(), QStringList());
        QCOMPARE(model.rowOf(QStringLiteral("fast-startup")), -1);
    }

    void findingDetailCarriesEvidenceAndRemedy()
    {
        FindingListModel model(nullptr);
        model.setAssessment(test::syntheticAssessment());
        const int row = model.rowOf(QStringLiteral("fast-startup"));
        QVERIFY(row >= 0);
        const QVariantMap d = model.detail(row);
        QCOMPARE(d.value("title").toString(), QStringLiteral("Fast startup is on"));
        QCOMPARE(d.value("check").toString(), QStringLiteral("16.2"));
        const QVariantList evidence = d.value("evidence").toList();
        QCOMPARE(evidence.size(), 1);
        // The report's words: the value as "yes", the fact by its name for people (when the
        // assessment carries the labels), never a dotted fact name in place of a name.
        QCOMPARE(evidence[0].toMap().value("value").toString(), QStringLiteral("yes"));
        QVERIFY(!evidence[0].toMap().value("name").toString().isEmpty());
        QVERIFY(
            evidence[0].toMap().value("provenance").toString().contains(QLatin1String("HiberbootEnabled")));
        const QVariantList remedy = d.value("remedy").toList();
        QCOMPARE(remedy.size(), 1);
        QCOMPARE(remedy[0].toMap().value("command").toString(), QStringLiteral("powercfg /h off"));
        QCOMPARE(d.value("guides").toList()[0].toMap().value("guide").toString(),
            QStringLiteral("in-place-upgrade"));
        // An unknown fact keeps its reason and no stand-in value.
        const QVariantMap tpm = model.detail(model.rowOf(QStringLiteral("tpm-2")));
        const QVariantMap e = tpm.value("evidence").toList()[0].toMap();
        QCOMPARE(e.value("known").toBool(), false);
        QCOMPARE(e.value("value").toString(), QString());
        QVERIFY(e.value("unknownReason").toString().contains(QLatin1String("/sys/class/tpm")));
        QVERIFY(model.detail(99).isEmpty());
    }

    // Where labels may wrap: an address after a "/" only, a title between words only (U+200B
    // marks a break, U+2060 forbids one).
    void lineBreaks()
    {
        const QChar brk = LineBreaks::kBreak;
        const QChar join = LineBreaks::kJoin;
        const auto parts = [&](QString s) {
            s.remove(join);
            return s.split(brk);
        };
        const QString url = QStringLiteral("https://www.microsoft.com/software-download/windows10");
        QCOMPARE(QString(LineBreaks::url(url)).remove(brk).remove(join), url);
        QCOMPARE(parts(LineBreaks::url(url)),
            (QStringList {"https://www.microsoft.com/", "software-download/", "windows10"}));
        QCOMPARE(parts(LineBreaks::urlsIn(QStringLiteral("See https://a.example/b-c/d. Then go."))),
            (QStringList {"See https://a.example/", "b-c/", "d. Then go."}));
        QCOMPARE(LineBreaks::urlsIn(QStringLiteral("no address here")), QStringLiteral("no address here"));
        QCOMPARE(parts(LineBreaks::phrases(QStringLiteral("メディアからのインプレースアップグレード"))),
            (QStringList {QStringLiteral("メディアからの"), QStringLiteral("インプレースアップグレード")}));
        QCOMPARE(parts(LineBreaks::phrases(QStringLiteral("インストールメディアの作成"))),
            (QStringList {QStringLiteral("インストールメディアの"), QStringLiteral("作成")}));
        QCOMPARE(parts(LineBreaks::phrases(QStringLiteral("クリーンインストール"))),
            QStringList {QStringLiteral("クリーンインストール")});
        const QString md = LineBreaks::markdownAutolinks(QStringLiteral("Open <https://a.example/b_c/d>."));
        QVERIFY(QString(md).remove(join).startsWith(QStringLiteral("Open [https:")));
        QVERIFY(md.endsWith(QStringLiteral("](<https://a.example/b_c/d>).")));
        QCOMPARE(parts(md.section(QLatin1Char(']'), 0, 0).mid(6)),
            (QStringList {"https://a.example/", "b\\_c/", "d"}));
        QCOMPARE(LineBreaks::phrases(QStringLiteral("In-place upgrade")),
            QStringLiteral("In-") + join + QStringLiteral("place upgrade"));
    }

    void findingsAffectTargets()
    {
        FindingListModel model(nullptr);
        model.setAssessment(test::syntheticAssessment());
        model.setTargetFilter(QStringLiteral("win11-25h2"));
        const auto affects = [&](const char *id) {
            return model.data(model.index(model.rowOf(QLatin1String(id))), FindingListModel::AffectsRole)
                .toString();
        };
        QCOMPARE(affects("cpu-supported"), QStringLiteral("Affects: Windows 11 25H2, Windows 11 24H2"));
        QCOMPARE(affects("tpm-2"), QStringLiteral("Affects all targets"));
        QCOMPARE(affects("memory"), QString());
        QCOMPARE(model.detail(model.rowOf(QStringLiteral("fast-startup"))).value("affects").toString(),
            QStringLiteral("Affects all targets"));
        QCOMPARE(model.heading(), QStringLiteral("Findings for Windows 11 25H2 (7)"));
        QSignalSpy heading(&model, &FindingListModel::headingChanged);
        model.setStatusFilter({QStringLiteral("blocker")});
        QCOMPARE(heading.count(), 1);
        QCOMPARE(model.heading(), QStringLiteral("Findings for Windows 11 25H2 (1)"));
        model.setTargetFilter({});
        QCOMPARE(model.heading(), QStringLiteral("Findings (2)"));
    }

    void verdictsAndLanguage()
    {
        AppLanguage language;
        VerdictListModel model(&language);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy selection(&model, &VerdictListModel::selectionChanged);
        model.setAssessment(test::syntheticAssessment());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.selectedTargetId(), QStringLiteral("win11-25h2"));
        QVERIFY(selection.count() >= 1);
        const QModelIndex w10 = model.index(2, 0);
        QCOMPARE(
            model.data(w10, VerdictListModel::VerdictRole).toString(), QStringLiteral("ready-after-fixes"));
        QCOMPARE(model.data(w10, VerdictListModel::GuideRole).toString(), QStringLiteral("in-place-upgrade"));
        QCOMPARE(model.data(model.index(0, 0), VerdictListModel::GuideRole).toString(), QString());
        // Reasons are shown by title, not id.
        QCOMPARE(model.data(w10, VerdictListModel::ReasonsRole).toStringList(),
            (QStringList {"Fast startup is on", "Not enough free space"}));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        language.setLanguage(QStringLiteral("ja"));
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.data(w10, VerdictListModel::SummaryRole)
                    .toString()
                    .contains(QStringLiteral("高速スタートアップ")));
        // The verdict words come from the Linguist translation.
        QCOMPARE(model.data(w10, VerdictListModel::VerdictTextRole).toString(),
            QStringLiteral("対処後にアップグレード可能"));
        language.setLanguage(QStringLiteral("en"));
        QCOMPARE(model.data(w10, VerdictListModel::VerdictTextRole).toString(),
            QStringLiteral("Ready after fixes"));
        model.select(2);
        QCOMPARE(model.selectedTargetId(), QStringLiteral("win10-22h2"));
        model.select(7);
        QCOMPARE(model.selectedIndex(), 2);
    }

    // Each role of the plan's steps, in both languages: the engine's order and texts as they
    // are, numbered from 1.
    void planStepRoles_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("role");
        QTest::addColumn<QVariant>("expected");
        using M = PlanStepListModel;
        const auto row = [](const char *name, const char *lang, int r, M::Role role, const QVariant &v) {
            QTest::newRow(name) << QString::fromLatin1(lang) << r << int(role) << v;
        };
        row("number of the first", "en", 0, M::NumberRole, 1);
        row("number of the last", "en", 5, M::NumberRole, 6);
        row("place", "en", 0, M::PlaceRole, QStringLiteral("windows"));
        row("place label", "en", 0, M::PlaceLabelRole, QStringLiteral("In Windows"));
        row("place label, ja", "ja", 0, M::PlaceLabelRole, QStringLiteral("Windows で"));
        row("place of a route step", "en", 3, M::PlaceRole, QStringLiteral("install"));
        row("kind of a blocker", "en", 0, M::KindRole, QStringLiteral("fix"));
        row("kind label", "en", 0, M::KindLabelRole, QStringLiteral("Must be fixed"));
        row("kind label, ja", "ja", 0, M::KindLabelRole, QStringLiteral("必須"));
        row("kind of an advice", "en", 2, M::KindRole, QStringLiteral("recommended"));
        row("kind of a route step", "ja", 4, M::KindLabelRole, QStringLiteral("アップグレード"));
        row("action", "en", 1, M::ActionRole, QStringLiteral("Turn off fast startup and hibernation"));
        row("action, ja", "ja", 1, M::ActionRole,
            QStringLiteral("高速スタートアップと休止状態を無効にします"));
        row("action as display", "en", 1, M::Role(Qt::DisplayRole),
            QStringLiteral("Turn off fast startup and hibernation"));
        row("guide", "en", 3, M::GuideIdRole, QStringLiteral("media-creation"));
        row("guide section", "en", 3, M::GuideSectionRole, QStringLiteral("win10"));
        row("guide title, ja", "ja", 3, M::GuideTitleRole, QStringLiteral("Windows 10 22H2 のメディア"));
        row("finding", "en", 0, M::FindingIdRole, QStringLiteral("free-space"));
        row("no finding for a route step", "en", 3, M::FindingIdRole, QString());
    }
    void planStepRoles()
    {
        QFETCH(QString, lang);
        QFETCH(int, row);
        QFETCH(int, role);
        QFETCH(QVariant, expected);
        AppLanguage language;
        language.setLanguage(lang);
        PlanStepListModel model(&language);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(test::syntheticAssessment().plan);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.data(model.index(row, 0), role), expected);
        // step() gives the same by role name, for QML.
        const QByteArray name = model.roleNames().value(role, "action");
        QCOMPARE(
            model.step(row).toMap().value(QString::fromLatin1(name)), model.data(model.index(row, 0), role));
    }

    void planHeadlineDetailAndLanguage()
    {
        AppLanguage language;
        PlanStepListModel model(&language);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy texts(&model, &PlanStepListModel::textsChanged);
        QSignalSpy count(&model, &PlanStepListModel::countChanged);
        model.setPlan(test::syntheticAssessment().plan);
        QCOMPARE(count.count(), 1);
        QCOMPARE(model.targetId(), QStringLiteral("win10-22h2"));
        QCOMPARE(model.route(), QStringLiteral("in-place"));
        QCOMPARE(model.headline(),
            QStringLiteral("Best path: upgrade to Windows 10 22H2 in place after 2 fixes."));
        QVERIFY2(
            model.detail().contains(QLatin1String("(they ended on 2026-10-13)")), qPrintable(model.detail()));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        texts.clear();
        language.setLanguage(QStringLiteral("ja"));
        QCOMPARE(texts.count(), 1);
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.headline().startsWith(QStringLiteral("最適な方法: ")));
        // Dates in Japanese prose as the glossary writes them.
        QVERIFY2(
            model.detail().contains(QStringLiteral("2026 年 10 月 13 日に終了")), qPrintable(model.detail()));
        QVERIFY(model.step(6).toMap().isEmpty());
        QVERIFY(model.step(-1).toMap().isEmpty());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.headline(), QString());
        QCOMPARE(model.targetId(), QString());
    }

    // A step opens its finding even when the status filter hid it; a finding of another target
    // stays hidden; the plan's target is found by id among the verdicts.
    void stepFindingIsRevealed()
    {
        FindingListModel findings(nullptr);
        findings.setAssessment(test::syntheticAssessment());
        findings.setTargetFilter(QStringLiteral("win10-22h2"));
        findings.setStatusFilter({});
        QCOMPARE(findings.rowOf(QStringLiteral("fast-startup")), -1);
        const int row = findings.reveal(QStringLiteral("fast-startup"));
        QVERIFY(row >= 0);
        QCOMPARE(findings.data(findings.index(row), FindingListModel::FindingIdRole).toString(),
            QStringLiteral("fast-startup"));
        QVERIFY(findings.isStatusShown(QStringLiteral("warning")));
        QCOMPARE(findings.reveal(QStringLiteral("cpu-supported")), -1);
        QVERIFY(!findings.isStatusShown(QStringLiteral("blocker")));
        VerdictListModel verdicts(nullptr);
        verdicts.setAssessment(test::syntheticAssessment());
        QCOMPARE(verdicts.rowOf(QStringLiteral("win10-22h2")), 2);
        QCOMPARE(verdicts.rowOf(QStringLiteral("win7")), -1);
    }

    void targetsDefaultAndAll()
    {
        TargetListModel model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<TargetChoice> targets = test::syntheticTargetChoices();
        std::reverse(targets.begin(), targets.end()); // the default is found by id, not position
        model.setTargets(targets, test::syntheticDefaultTarget());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.selectedTargets(), QStringList {QStringLiteral("win11-25h2")});
        QCOMPARE(
            model.data(model.index(model.selectedIndex(), 0), TargetListModel::IsDefaultRole).toBool(), true);
        QVERIFY(model.data(model.index(0, 0), TargetListModel::LifecycleRole)
                    .toString()
                    .contains(QLatin1String("2025-10-14")));
        QCOMPARE(model.data(model.index(3, 0), TargetListModel::IsAllRole).toBool(), true);
        model.select(3);
        QCOMPARE(model.selectedTargets(), QStringList()); // empty: every target
        // A reload keeps the user's choice.
        model.setTargets(test::syntheticTargetChoices(), test::syntheticDefaultTarget());
        QCOMPARE(model.selectedIndex(), 3);
        model.select(0);
        model.setTargets(test::syntheticTargetChoices(), test::syntheticDefaultTarget());
        QCOMPARE(model.selectedTargets(), QStringList {QStringLiteral("win11-25h2")});
        // One target: no "all" row.
        model.setTargets({test::syntheticTargetChoices().last()}, test::syntheticDefaultTarget());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.selectedTargets(), QStringList {QStringLiteral("win10-22h2")});
        // The default is whatever the session names; the app prefers no target of its own.
        TargetListModel other(nullptr);
        other.setTargets(test::syntheticTargetChoices(), QStringLiteral("win10-22h2"));
        QCOMPARE(other.selectedTargets(), QStringList {QStringLiteral("win10-22h2")});
        QCOMPARE(other.data(other.index(0, 0), TargetListModel::IsDefaultRole).toBool(), false);
        QCOMPARE(other.data(other.index(2, 0), TargetListModel::IsDefaultRole).toBool(), true);
    }

    // The real rules through a session: the list is the session's targetChoices(), newest
    // first, and the selection its defaultTargetId().
    void targetsComeFromTheSession()
    {
        const auto session = std::make_shared<ScanSession>();
        TargetListModel model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(session);
        model.reload(nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(!model.busy(), 20000);
        QCOMPARE(model.error(), QString());
        const FactSet none;
        const QList<TargetChoice> choices = session->targetChoices(none);
        QVERIFY(choices.size() > 1);
        QCOMPARE(model.rowCount(), choices.size() + 1);
        for (int i = 0; i < choices.size(); ++i)
            QCOMPARE(model.data(model.index(i, 0), TargetListModel::TargetIdRole).toString(), choices[i].id);
        QCOMPARE(model.selectedTargets(), QStringList {session->defaultTargetId(none)});
        QVERIFY(model.data(model.index(model.selectedIndex(), 0), TargetListModel::IsDefaultRole).toBool());
    }

    void targetsReportRuleErrors()
    {
        TargetListModel model(nullptr);
        QSignalSpy error(&model, &TargetListModel::errorChanged);
        SessionOptions options;
        options.rulesDir = QStringLiteral("/nonexistent/rules");
        model.setSession(std::make_shared<ScanSession>(options));
        model.reload(nullptr);
        QTRY_VERIFY(!model.busy());
        QTRY_COMPARE(error.count(), 1);
        QCOMPARE(model.error(),
            QStringLiteral(
                "The rules could not be read from /nonexistent/rules: the rules folder does not exist"));
    }

    // In Japanese the sentence is Japanese and names the file; the loader's detail stays as
    // it is; the command line's tip (--rules) is not shown.
    void ruleErrorsInJapanese()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile broken(dir.filePath(QStringLiteral("targets.yaml")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("version: 1\nno_such_section: 1\n");
        broken.close();
        AppLanguage language;
        TargetListModel model(&language);
        QSignalSpy error(&model, &TargetListModel::errorChanged);
        SessionOptions options;
        options.rulesDir = dir.path();
        model.setSession(std::make_shared<ScanSession>(options));
        model.reload(nullptr);
        QTRY_VERIFY(!model.busy());
        QTRY_COMPARE(error.count(), 1);
        const QString file = QDir(dir.path()).dirName() + QStringLiteral("/targets.yaml:2");
        QVERIFY2(model.error().startsWith(QStringLiteral("The rules could not be read from ") + file + ": "),
            qPrintable(model.error()));
        language.setLanguage(QStringLiteral("ja"));
        QCOMPARE(error.count(), 2);
        QVERIFY2(model.error().startsWith(file + QStringLiteral(" からルールを読み込めませんでした: ")),
            qPrintable(model.error()));
        QVERIFY(model.error().contains(QLatin1String("no_such_section")));
        QVERIFY(!model.error().contains(QLatin1String("--rules")));
        language.setLanguage(QStringLiteral("en"));
    }

    void diskRowsFromDiscovery()
    {
        DiscoveredDisk windows;
        windows.device = QStringLiteral("/dev/sda");
        windows.model = QStringLiteral("SSD");
        windows.sizeBytes = 256000000000;
        windows.installations
            = {WindowsInstallation {1, 2, QStringLiteral("Windows"), QStringLiteral("sda2")},
                WindowsInstallation {2, 4, QStringLiteral("Windows"), QStringLiteral("sda4")}};
        DiscoveredDisk locked;
        locked.device = QStringLiteral("/dev/sdb");
        PartitionInfo p;
        p.bitlocker = true;
        locked.partitions = {p};
        DiscoveredDisk stick; // the scanner's own stick: removable, no Windows, not listed
        stick.device = QStringLiteral("/dev/sdc");
        stick.removable = true;
        DiscoveredDisk broken;
        broken.device = QStringLiteral("/dev/sdd");
        broken.removable = true;
        broken.error = QStringLiteral("I/O error");
        const QList<DiskRow> rows = rowsForDisks({windows, locked, stick, broken});
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0].windowsIndex, 1);
        QCOMPARE(rows[1].windowsIndex, 2);
        QCOMPARE(rows[1].volumeName, QStringLiteral("sda4"));
        QCOMPARE(rows[2].sourcePath, QStringLiteral("/dev/sdb"));
        QVERIFY(rows[2].bitlockerSeen);
        QCOMPARE(rows[3].error, QStringLiteral("I/O error"));
    }

    void diskModelRolesAndSelection()
    {
        DiskListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy selection(&model, &DiskListModel::selectionChanged);
        model.setRows(test::syntheticDiskRows());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.selectedIndex(), 0);
        QVERIFY(selection.count() >= 1);
        QCOMPARE(model.selectedSource(), QStringLiteral("/dev/sda"));
        QCOMPARE(model.selectedWindowsIndex(), 1);
        QVERIFY(model.selectedFacts() != nullptr);
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(model.data(first, DiskListModel::TitleRole).toString(), QStringLiteral("Windows 8.1 Pro"));
        QCOMPARE(model.data(first, DiskListModel::SubtitleRole).toString(),
            QStringLiteral("Professional · build 9600 · OFFICE-PC-07"));
        QCOMPARE(model.data(first, DiskListModel::FreeTextRole).toString(), QStringLiteral("12.4 GB"));
        QCOMPARE(model.data(first, DiskListModel::EncryptedRole).toInt(), 0);
        QCOMPARE(model.data(first, DiskListModel::FastStartupRole).toInt(), 1);
        QCOMPARE(model.data(first, DiskListModel::HibernatedRole).toInt(), 0);
        QCOMPARE(
            model.data(model.index(1, 0), DiskListModel::StatusRole).toString(), QStringLiteral("reading"));
        QCOMPARE(model.data(model.index(1, 0), DiskListModel::CanScanRole).toBool(), false);
        QCOMPARE(
            model.data(model.index(2, 0), DiskListModel::StatusRole).toString(), QStringLiteral("encrypted"));
        QCOMPARE(model.data(model.index(2, 0), DiskListModel::EncryptedRole).toInt(), 1);
        // Scanned for its hardware: the report then says Windows was not checked.
        QCOMPARE(model.data(model.index(2, 0), DiskListModel::CanScanRole).toBool(), true);
        model.select(2);
        QVERIFY(model.selectedCanScan());
        QCOMPARE(model.selectedWindowsIndex(), 0);
        QCOMPARE(model.selectedSource(), QStringLiteral("/dev/sdb"));
        model.select(9);
        QCOMPARE(model.selectedIndex(), 2);
    }

    void diskModelOpensAPathInTheBackground()
    {
        DiskListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(std::make_shared<ScanSession>());
        QSignalSpy busy(&model, &DiskListModel::busyChanged);
        model.addSource(QStringLiteral("file:///nonexistent/disk.img"));
        QVERIFY(model.busy());
        QTRY_VERIFY(!model.busy());
        QCOMPARE(busy.count(), 2);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex row = model.index(0, 0);
        QCOMPARE(model.data(row, DiskListModel::SourcePathRole).toString(),
            QStringLiteral("/nonexistent/disk.img"));
        QCOMPARE(model.data(row, DiskListModel::StatusRole).toString(), QStringLiteral("error"));
        QVERIFY(model.data(row, DiskListModel::ErrorRole)
                    .toString()
                    .contains(QLatin1String("/nonexistent/disk.img")));
        QCOMPARE(model.data(row, DiskListModel::CanScanRole).toBool(), false);
        QCOMPARE(model.data(row, DiskListModel::CustomRole).toBool(), true);
    }

    // A hardware root without sys/block: the disks cannot be listed, and the model says so
    // instead of showing "no disks"; a refresh that lists them clears it.
    void diskModelExposesAFailedDiscovery()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        DiskListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy errorChanged(&model, &DiskListModel::discoveryErrorChanged);
        SessionOptions options;
        options.hardwareRoot = root.path();
        model.setSession(std::make_shared<ScanSession>(options));
        model.refresh();
        QTRY_VERIFY(!model.busy());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(errorChanged.count(), 1);
        QVERIFY2(model.discoveryError().contains(root.path() + QStringLiteral("/sys/block")),
            qPrintable(model.discoveryError()));
        QCOMPARE(model.property("discoveryError").toString(), model.discoveryError());

        QVERIFY(QDir().mkpath(root.path() + QStringLiteral("/sys/block")));
        model.refresh();
        QTRY_VERIFY(!model.busy());
        QCOMPARE(model.discoveryError(), QString());
        QCOMPARE(errorChanged.count(), 2);
    }
};

QTEST_MAIN(TestUiModels)
#include "tst_ui_models.moc"
