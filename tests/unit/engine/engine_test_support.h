// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the rule-engine tests: fact fixtures (tests/data/facts, synthetic), the
// fixed scan time, finding lookup, and broken copies of the rule files.
#pragma once

#include "common/scan_error.h"
#include "engine/rule_engine.h"
#include "facts/fact_catalog.h"
#include "facts/fact_set.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace urs::test {

// Lifecycle results depend on the scan date; the tests judge as of this moment.
inline QDateTime scanTime()
{
    return QDateTime::fromString(QStringLiteral("2026-11-25T12:00:00Z"), Qt::ISODate);
}

inline QString sourceDir()
{
    const QString dir = qEnvironmentVariable("URS_SOURCE_DIR");
    return dir.isEmpty() ? QStringLiteral(URS_RULES_SOURCE_DIR "/..") : dir;
}
inline QString rulesDir()
{
    return sourceDir() + QStringLiteral("/rules");
}

inline QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (doc.isNull())
        qFatal("%s: %s", qPrintable(path), qPrintable(error.errorString()));
    return doc.object();
}

// A fact fixture by name ("desktop-2019"), with facts replaced: a value, or {"$unknown": why}.
inline FactSet loadFacts(const QString &name, const QJsonObject &replace = {})
{
    FactSet facts
        = FactSet::fromJson(readJson(sourceDir() + QStringLiteral("/tests/data/facts/%1.json").arg(name)));
    for (auto it = replace.constBegin(); it != replace.constEnd(); ++it) {
        const Provenance prov {ProvenanceKind::Derived, QStringLiteral("test override")};
        if (it.value().isObject() && it.value().toObject().contains(QStringLiteral("$unknown")))
            facts.setUnknown(
                it.key(), it.value().toObject().value(QStringLiteral("$unknown")).toString(), prov);
        else
            facts.set(it.key(), it.value(), prov);
    }
    return facts;
}

inline const RuleEngine &engine()
{
    static const RuleEngine e(rulesDir());
    return e;
}

// The finding of a rule for a target (a finding that is the same for every target has target "").
inline const Finding *findFinding(const Assessment &a, const QString &id, const QString &target = {})
{
    for (const Finding &f : a.findings)
        if (f.id == id && (f.target.isEmpty() || target.isEmpty() || f.target == target))
            return &f;
    return nullptr;
}

inline const TargetVerdict *verdictFor(const Assessment &a, const QString &target)
{
    for (const TargetVerdict &v : a.targets)
        if (v.targetId == target)
            return &v;
    return nullptr;
}

// Copies every file under from to the same place under to.
inline void copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(path);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QVERIFY(QFile::copy(path, target));
    }
}

// The 1-based line of text where needle first stands, or -1.
inline int lineOf(const QString &text, const QString &needle)
{
    const qsizetype at = text.indexOf(needle);
    return at < 0 ? -1 : int(text.left(at).count(QLatin1Char('\n'))) + 1;
}

// Loads a copy of the rules with find replaced by replace in file (relative to rules/) and
// checks that it is refused as invalid at "rules/<file>:<line of lineAt>" with message.
inline void expectBrokenRules(const QString &file, const QString &find, const QString &replace,
    const QString &lineAt, const QString &message)
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString rules = tmp.path() + QStringLiteral("/rules");
    copyTree(rulesDir(), rules);
    QFile f(rules + QLatin1Char('/') + file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(f.readAll());
    f.close();
    QVERIFY2(text.contains(find), qPrintable(QStringLiteral("%1 no longer holds '%2'").arg(file, find)));
    text.replace(text.indexOf(find), find.size(), replace);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text.toUtf8());
    f.close();
    const int line = lineOf(text, lineAt);
    QVERIFY2(line > 0, qPrintable(lineAt));
    try {
        RuleEngine engine(rules);
        QFAIL("a broken rule file was loaded");
    } catch (const ScanError &e) {
        QCOMPARE(e.kind(), ScanErrorKind::RulesInvalid);
        QCOMPARE(e.exitCode(), 5);
        QCOMPARE(e.input(), QStringLiteral("rules/%1:%2").arg(file).arg(line));
        QVERIFY2(e.message().contains(message), qPrintable(e.text()));
    }
}

} // namespace urs::test
