// SPDX-License-Identifier: GPL-3.0-or-later
// No English on the Japanese screens (docs/glossary.md): lupdate, run over the sources as the
// build's update_translations target runs it, finds nothing untranslated in app_ja.ts (the
// screens) or scanner_ja.ts (the core's progress, errors and reasons); the embedded app_ja.qm
// says what app_ja.ts says; and what the models show of a real scan in Japanese holds no
// English but names, codes, paths and machine values.
#include "app_language.h"
#include "common/core_text.h"
#include "finding_list_model.h"
#include "format.h"
#include "japanese_text.h"
#include "session/scan_session.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace urs;
using namespace urs::ui;

namespace {

struct Message {
    QString context;
    QString source;
    QString translation;
    QString type; // "", "unfinished", "vanished", "obsolete"
};

QList<Message> readTs(const QString &path)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            m = Message {context, xml.readElementText(), {}, {}};
        } else if (xml.name() == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            m.translation = xml.readElementText();
            out << m;
        }
    }
    return out;
}

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

} // namespace

class TestUiTranslations : public QObject {
    Q_OBJECT
private slots:
    void lupdateFindsNothingUntranslated_data();
    void lupdateFindsNothingUntranslated();
    void appQmSaysWhatTheTsSays();
    void coreTextsFollowTheAppLanguage();
    void findingsOfAScanInJapanese();
    void guidesInJapanese();
};

void TestUiTranslations::lupdateFindsNothingUntranslated_data()
{
    QTest::addColumn<QString>("project"); // qt_add_lupdate's project file in the build tree
    QTest::addColumn<QString>("ts");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("app") << env("URS_APP_LUPDATE_PROJECT") << env("URS_SOURCE_DIR") + "/ui-qml/i18n/app_ja.ts"
                         << env("URS_APP_LUPDATE_OPTIONS").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QTest::newRow("core") << env("URS_CORE_LUPDATE_PROJECT")
                          << env("URS_SOURCE_DIR") + "/scanner/i18n/scanner_ja.ts"
                          << env("URS_CORE_LUPDATE_OPTIONS").split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// lupdate on a copy of the .ts (the sources' own file is left alone): a text added to the QML
// or the C++ without its Japanese comes out unfinished; one the .ts still holds but no source
// uses any more (vanished) means the file was not brought up to date.
void TestUiTranslations::lupdateFindsNothingUntranslated()
{
    QFETCH(QString, project);
    QFETCH(QString, ts);
    QFETCH(QStringList, options);
    QVERIFY2(QFileInfo::exists(project), qPrintable(project));
    for (const Message &m : readTs(ts))
        QVERIFY2(m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete"),
            qPrintable(QStringLiteral("%1 keeps a %2 text: %3").arg(ts, m.type, m.source)));

    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString json = tmp.filePath(QStringLiteral("project.json"));
    QProcess generate;
    generate.start(env("URS_CMAKE"),
        {QStringLiteral("-DIN_FILE=") + project, QStringLiteral("-DOUT_FILE=") + json, QStringLiteral("-P"),
            env("URS_LUPDATE_PROJECT_SCRIPT")});
    QVERIFY(generate.waitForFinished(60000));
    QVERIFY2(generate.exitCode() == 0, generate.readAllStandardError().constData());
    const QString copy = tmp.filePath(QFileInfo(ts).fileName());
    QVERIFY(QFile::copy(ts, copy));
    QProcess lupdate;
    lupdate.start(env("URS_LUPDATE"),
        QStringList {QStringLiteral("-silent"), QStringLiteral("-project"), json, QStringLiteral("-ts"), copy}
            + options);
    QVERIFY(lupdate.waitForFinished(300000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    QStringList untranslated;
    for (const Message &m : readTs(copy))
        if (m.type == QLatin1String("unfinished") || m.translation.trimmed().isEmpty())
            untranslated << QStringLiteral("%1: %2").arg(m.context, m.source);
    QVERIFY2(untranslated.isEmpty(),
        qPrintable(QStringLiteral("no Japanese for (run the update_translations target, then translate):\n  ")
            + untranslated.join(QStringLiteral("\n  "))));
}

// The app loads the compiled app_ja.qm (embedded at :/i18n): it must translate every text the
// .ts gives, as the .ts gives it.
void TestUiTranslations::appQmSaysWhatTheTsSays()
{
    AppLanguage language;
    language.setLanguage(QStringLiteral("ja"));
    QStringList wrong;
    int checked = 0;
    for (const Message &m : readTs(env("URS_SOURCE_DIR") + "/ui-qml/i18n/app_ja.ts")) {
        if (!m.type.isEmpty())
            continue;
        ++checked;
        const QString shown
            = QCoreApplication::translate(m.context.toUtf8().constData(), m.source.toUtf8().constData());
        if (shown != m.translation)
            wrong << QStringLiteral("%1: %2 -> %3").arg(m.context, m.source, shown);
    }
    QVERIFY(checked > 100);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    // The glossary's words where they used to differ.
    QCOMPARE(QCoreApplication::translate("ScanScreen", "Cancel"), QStringLiteral("キャンセル"));
    language.setLanguage(QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("ScanScreen", "Cancel"), QStringLiteral("Cancel"));
}

// Progress, errors and reasons made by the core are shown in the language the app speaks,
// and follow it when it changes.
void TestUiTranslations::coreTextsFollowTheAppLanguage()
{
    AppLanguage language;
    language.setLanguage(QStringLiteral("ja"));
    QCOMPARE(appLanguage(), QStringLiteral("ja"));
    QCOMPARE(appText(QStringLiteral("Reading the registry of /dev/sda partition 2")),
        QStringLiteral("/dev/sda のパーティション 2 のレジストリを読み取っています"));
    QCOMPARE(appText(QStringLiteral("/dev/sdb: the volume is BitLocker-encrypted")),
        QStringLiteral("/dev/sdb: ボリュームは BitLocker で暗号化されています"));
    QCOMPARE(appDateTime(QDateTime(QDate(2026, 10, 13), QTime(10, 0))),
        QStringLiteral("2026 年 10 月 13 日 10:00"));
    language.setLanguage(QStringLiteral("en"));
    QCOMPARE(appText(QStringLiteral("Reading the hardware")), QStringLiteral("Reading the hardware"));
}

// Everything the findings list and its detail view show of the sample's scan, in Japanese.
void TestUiTranslations::findingsOfAScanInJapanese()
{
    const QString sample = env("URS_SAMPLE_IMAGE");
    QVERIFY2(QFileInfo::exists(sample), qPrintable(sample));
    SessionOptions options;
    options.hardwareRoot = env("URS_SOURCE_DIR") + QStringLiteral("/tests/data/hardware/laptop-2014");
    options.rulesDir = env("URS_SOURCE_DIR") + QStringLiteral("/rules");
    options.scanTime = QDateTime(QDate(2026, 10, 13), QTime(10, 0), Qt::UTC);
    ScanSession session(options);
    ScanRequest request;
    request.sourcePath = sample;
    const ScanRecord record = session.scan(request);
    QVERIFY(record.assessment);

    AppLanguage language;
    language.setLanguage(QStringLiteral("ja"));
    FindingListModel model(&language);
    model.setAssessment(*record.assessment);
    model.setStatusFilter(model.statuses());
    QVERIFY(model.rowCount() > 0);

    QStringList shown {model.heading()};
    for (const QVariant &label : model.statusLabels())
        shown << label.toString();
    const QHash<int, QByteArray> roles = model.roleNames();
    for (int row = 0; row < model.rowCount(); ++row) {
        for (auto it = roles.constBegin(); it != roles.constEnd(); ++it) {
            const QVariant v = model.data(model.index(row), it.key());
            // Ids and status names are for the views, not for the reader.
            if (v.typeId() == QMetaType::QString && !it.value().endsWith("Id") && it.value() != "status"
                && it.value() != "target")
                shown << v.toString();
        }
        const QVariantMap detail = model.detail(row);
        shown << detail.value(QStringLiteral("title")).toString()
              << detail.value(QStringLiteral("meaning")).toString();
        for (const QVariant &e : detail.value(QStringLiteral("evidence")).toList()) {
            const QVariantMap ev = e.toMap();
            shown << ev.value(QStringLiteral("value")).toString()
                  << ev.value(QStringLiteral("provenance")).toString()
                  << ev.value(QStringLiteral("unknownReason")).toString();
        }
        for (const QVariant &s : detail.value(QStringLiteral("remedy")).toList())
            shown << s.toMap().value(QStringLiteral("text")).toString();
        for (const QVariant &g : detail.value(QStringLiteral("guides")).toList())
            shown << g.toMap().value(QStringLiteral("title")).toString();
    }
    QStringList values = test::machineValues(record.facts.toJson());
    values << sample;
    const QStringList english = test::englishIn(shown.join(QLatin1Char('\n')), values);
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
    language.setLanguage(QStringLiteral("en"));
}

// The Guides screen shows media/guides/ja as it is: commands and paths in code spans, names of
// buttons and menus in 「」.
void TestUiTranslations::guidesInJapanese()
{
    const QDir guides(env("URS_SOURCE_DIR") + QStringLiteral("/media/guides/ja"));
    const QStringList files = guides.entryList({QStringLiteral("*.md")}, QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &name : files) {
        QFile file(guides.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(file.readAll());
        text.remove(
            QRegularExpression(QStringLiteral("```.*?```"), QRegularExpression::DotMatchesEverythingOption));
        text.remove(QRegularExpression(QStringLiteral("`[^`]*`")));
        text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        text.remove(QRegularExpression(QStringLiteral("\\]\\([^)]*\\)")));
        const QStringList english = test::englishIn(text);
        QVERIFY2(english.isEmpty(), qPrintable(name + QLatin1Char('\n') + english.join(QLatin1Char('\n'))));
    }
}

QTEST_MAIN(TestUiTranslations)
#include "tst_ui_translations.moc"
