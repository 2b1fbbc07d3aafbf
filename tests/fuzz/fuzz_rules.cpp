// SPDX-License-Identifier: GPL-3.0-or-later
// Rule-file loading: the input is one YAML file of a private copy of the rules folder (made
// once per process), loaded strictly with RuleEngine (RuleLoader::load) and, when it loads,
// judged against a synthetic fact set (tests/data/facts/sample-81-laptop-2014.json) for every
// target. A broken rule file is ScanError(RulesInvalid) with file and line; anything else is a
// bug.
//
// Which file the input replaces: a first line "#@ <path>" naming a file of the folder
// ("#@ targets.yaml", "#@ checks/services.yaml"; a YAML comment, so the line is part of the
// file), else checks/services.yaml. The seeds (tests/fuzz/make-seeds.sh) are every rule file
// behind its own "#@" line, so each starts out as a folder that loads.
#include "common/scan_error.h"
#include "engine/rule_engine.h"
#include "facts/fact_set.h"
#include "fuzz_support.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

using namespace urs;

namespace {

const QString kDefaultFile = QStringLiteral("checks/services.yaml");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("fuzz setup: cannot read %s", qPrintable(path));
    return f.readAll();
}

struct RulesCopy {
    QString dir;
    QHash<QString, QByteArray> originals; // relative path -> bytes
    QString replaced; // the file the last input took the place of
    FactSet facts;
    QDateTime scanTime = QDateTime::fromString(QStringLiteral("2026-11-25T12:00:00Z"), Qt::ISODate);

    RulesCopy()
    {
        // $URS_FUZZ_RULES, else the source tree's rules (rules/ beside tests/).
        const QString from = qEnvironmentVariable("URS_FUZZ_RULES", QStringLiteral(URS_RULES_SOURCE_DIR));
        dir = fuzz::scratchDir() + QStringLiteral("/rules");
        // Every file: the rule files name others (cpu-lists/*.txt).
        QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = QDir(from).relativeFilePath(path);
            const QByteArray bytes = readAll(path);
            fuzz::writeFile(dir + QLatin1Char('/') + relative, bytes);
            if (relative.endsWith(QLatin1String(".yaml")))
                originals.insert(relative, bytes);
        }
        if (!originals.contains(kDefaultFile))
            qFatal("fuzz setup: %s has no %s", qPrintable(from), qPrintable(kDefaultFile));
        const QString factsPath
            = QStringLiteral(URS_FUZZ_SOURCE_DIR "/tests/data/facts/sample-81-laptop-2014.json");
        facts = FactSet::fromJson(QJsonDocument::fromJson(readAll(factsPath)).object());
    }

    // The file of the folder this input replaces (see the top of the file).
    QString fileFor(const QByteArray &input) const
    {
        if (!input.startsWith("#@ "))
            return kDefaultFile;
        const qsizetype end = input.indexOf('\n');
        const QString named = QString::fromUtf8(input.mid(3, end < 0 ? -1 : end - 3)).trimmed();
        // Only a name of the folder's own files: the input never names a path to write to.
        return originals.contains(named) ? named : kDefaultFile;
    }
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quiet();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static RulesCopy rules;
    const QByteArray input = fuzz::bytes(data, size);
    if (!rules.replaced.isEmpty())
        fuzz::writeFile(rules.dir + QLatin1Char('/') + rules.replaced, rules.originals.value(rules.replaced));
    rules.replaced = rules.fileFor(input);
    fuzz::writeFile(rules.dir + QLatin1Char('/') + rules.replaced, input);

    std::optional<RuleEngine> engine;
    try {
        engine.emplace(rules.dir);
    } catch (const ScanError &e) {
        fuzz::expected(e);
        return 0; // a broken rule file: refused with file and line, as documented
    }
    (void)engine->targetIds();
    (void)engine->minFreeBytes(QStringLiteral("win11-24h2"), QStringLiteral("x64"));
    (void)engine->evaluate(rules.facts, {}, rules.scanTime);
    return 0;
}
