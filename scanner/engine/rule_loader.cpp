// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/rule_loader.h"

#include "common/log.h"
#include "common/scan_error.h"
#include "engine/data_loader.h"
#include "engine/log_knowledge_loader.h"
#include "engine/plan_loader.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>

namespace urs {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

struct RuleFile {
    YamlReader reader;
    YAML::Node root;
};

// Top-level sections a rule file may hold; the singletons may appear in one file only.
const QStringList kSections = {QStringLiteral("version"), QStringLiteral("targets"),
    QStringLiteral("verdict_texts"), QStringLiteral("editions"), QStringLiteral("cpu_family_gate"),
    QStringLiteral("cpu_list"), QStringLiteral("program_list"), QStringLiteral("gpu_families"),
    QStringLiteral("guides"), QStringLiteral("rules"), QStringLiteral("plan"), QStringLiteral("error_codes"),
    QStringLiteral("log_patterns"), QStringLiteral("fact_labels")};
const QStringList kSingletons = {QStringLiteral("version"), QStringLiteral("targets"),
    QStringLiteral("verdict_texts"), QStringLiteral("editions"), QStringLiteral("cpu_family_gate"),
    QStringLiteral("gpu_families"), QStringLiteral("guides"), QStringLiteral("plan"),
    QStringLiteral("error_codes"), QStringLiteral("log_patterns"), QStringLiteral("fact_labels")};

FindingStatus parseStatus(const YamlReader &r, const YAML::Node &node)
{
    bool ok = false;
    const FindingStatus s = statusFromName(r.string(node, QStringLiteral("status")), &ok);
    if (!ok)
        r.fail(node,
            QStringLiteral("unknown status '%1' (allowed: pass, advisory, warning, blocker, unknown)")
                .arg(qs(node.Scalar())));
    return s;
}

BlockerKind parseKind(const YamlReader &r, const YAML::Node &node)
{
    const QString k = r.string(node, QStringLiteral("kind"));
    for (BlockerKind kind : {BlockerKind::Fixable, BlockerKind::Hardware, BlockerKind::Path,
             BlockerKind::Encrypted, BlockerKind::Info})
        if (blockerKindName(kind) == k)
            return kind;
    r.fail(
        node, QStringLiteral("unknown kind '%1' (allowed: fixable, hardware, path, encrypted, info)").arg(k));
}

LocalizedTemplate localizedTemplate(const YamlReader &r, const YAML::Node &node, const ParseScope &scope,
    const QString &what, bool embedded = false)
{
    const LocalizedText text = embedded ? r.localizedIn(node, what) : r.localized(node, what);
    LocalizedTemplate t;
    for (const char *lang : {"en", "ja"}) {
        const bool en = QLatin1String(lang) == QLatin1String("en");
        try {
            (en ? t.en : t.ja) = TextTemplate::parse(en ? text.en : text.ja, scope);
        } catch (const ExpressionError &e) {
            r.fail(node[lang],
                QStringLiteral("bad text in %1 (%2): %3 at column %4")
                    .arg(what, QLatin1String(lang), e.message())
                    .arg(e.column()));
        }
    }
    return t;
}

// Parameters every target of the rule defines, with one type.
QHash<QString, ValueType> commonParams(const RuleBook &book, const QStringList &targets)
{
    QHash<QString, ValueType> common;
    bool first = true;
    for (const Target &t : book.targets) {
        if (!targets.isEmpty() && !targets.contains(t.id))
            continue;
        QHash<QString, ValueType> mine;
        for (auto it = t.params.constBegin(); it != t.params.constEnd(); ++it)
            mine.insert(it.key(), it.value().type());
        if (first) {
            common = mine;
            first = false;
            continue;
        }
        for (auto it = common.begin(); it != common.end();) {
            if (mine.value(it.key(), ValueType::Unknown) != it.value())
                it = common.erase(it);
            else
                ++it;
        }
    }
    return common;
}

Rule parseRule(const YamlReader &r, const YAML::Node &node, const RuleBook &book)
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    r.allowOnly(node,
        {QStringLiteral("id"), QStringLiteral("check"), QStringLiteral("title"), QStringLiteral("kind"),
            QStringLiteral("targets"), QStringLiteral("applies"), QStringLiteral("let"),
            QStringLiteral("outcomes"), QStringLiteral("unknown"), QStringLiteral("unknown_guides")},
        QStringLiteral("a rule"));
    Rule rule;
    rule.file = r.file();
    rule.line = YamlReader::line(node);
    rule.id = r.requiredString(node, QStringLiteral("id"), QStringLiteral("a rule"));
    if (!idPattern.match(rule.id).hasMatch())
        r.fail(node["id"],
            QStringLiteral("rule id '%1' must be lower-case letters, digits and '-'").arg(rule.id));
    const QString what = QStringLiteral("rule ") + rule.id;
    rule.check = r.requiredString(node, QStringLiteral("check"), what);
    rule.title
        = r.localized(r.required(node, QStringLiteral("title"), what), QStringLiteral("title of ") + what);
    rule.kind = parseKind(r, r.required(node, QStringLiteral("kind"), what));
    const YAML::Node targets = r.required(node, QStringLiteral("targets"), what);
    if (!(targets.IsScalar() && targets.Scalar() == "all")) {
        rule.targets = r.stringList(targets, QStringLiteral("targets of ") + what);
        for (const QString &t : rule.targets)
            if (!book.target(t))
                r.fail(targets,
                    QStringLiteral("%1 names target '%2', which targets.yaml does not define").arg(what, t));
    }

    QStringList params;
    ParseScope scope;
    scope.data = &book.data;
    scope.targetParams = commonParams(book, rule.targets);
    scope.factsUsed = &rule.facts;
    scope.paramsUsed = &params;
    if (node["let"].IsDefined()) {
        const YAML::Node lets = node["let"];
        r.requireMap(lets, QStringLiteral("let of ") + what);
        for (auto it = lets.begin(); it != lets.end(); ++it) {
            const QString name = qs(it->first.Scalar());
            if (name.contains(QLatin1Char('.')) || scope.lets.contains(name) || FunctionTable::find(name))
                r.fail(
                    it->first, QStringLiteral("let name '%1' in %2 is taken or has a dot").arg(name, what));
            ExprPtr e = DataLoader::expression(
                r, it->second, scope, ValueType::Unknown, QStringLiteral("let %1 of %2").arg(name, what));
            scope.lets.insert(name, e->type);
            rule.lets << qMakePair(name, e);
        }
    }
    if (node["applies"].IsDefined())
        rule.applies = DataLoader::expression(
            r, node["applies"], scope, ValueType::Bool, QStringLiteral("applies of ") + what);

    const YAML::Node outcomes = r.required(node, QStringLiteral("outcomes"), what);
    r.requireSequence(outcomes, QStringLiteral("outcomes of ") + what);
    if (outcomes.size() < 2)
        r.fail(outcomes, QStringLiteral("%1 needs at least two outcomes (a check has two sides)").arg(what));
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
        const YAML::Node o = outcomes[i];
        r.allowOnly(o,
            {QStringLiteral("status"), QStringLiteral("when"), QStringLiteral("kind"),
                QStringLiteral("meaning"), QStringLiteral("remedy"), QStringLiteral("guides")},
            QStringLiteral("an outcome of ") + what);
        Outcome out;
        out.line = YamlReader::line(o);
        out.status = parseStatus(
            r, r.required(o, QStringLiteral("status"), QStringLiteral("an outcome of ") + what));
        out.kind = o["kind"].IsDefined() ? parseKind(r, o["kind"]) : rule.kind;
        if (out.status == FindingStatus::Blocker && out.kind == BlockerKind::Info)
            r.fail(o,
                QStringLiteral("a blocker of %1 needs kind fixable, hardware, path or encrypted").arg(what));
        if (o["when"].IsDefined())
            out.when = DataLoader::expression(
                r, o["when"], scope, ValueType::Bool, QStringLiteral("when of ") + what);
        else if (i + 1 != outcomes.size())
            r.fail(o, QStringLiteral("only the last outcome of %1 may leave out 'when'").arg(what));
        out.meaning = localizedTemplate(r,
            r.required(o, QStringLiteral("meaning"), QStringLiteral("an outcome of ") + what), scope,
            QStringLiteral("meaning of ") + what);
        if (o["remedy"].IsDefined()) {
            const YAML::Node steps = o["remedy"];
            r.requireSequence(steps, QStringLiteral("remedy of ") + what);
            for (const YAML::Node &s : steps) {
                r.allowOnly(s,
                    {QStringLiteral("en"), QStringLiteral("ja"), QStringLiteral("command"),
                        QStringLiteral("when")},
                    QStringLiteral("a remedy step of ") + what);
                RemedyTemplate step;
                step.text = localizedTemplate(r, s, scope, QStringLiteral("a remedy step of ") + what, true);
                if (s["command"].IsDefined()) {
                    try {
                        step.command
                            = TextTemplate::parse(r.string(s["command"], QStringLiteral("command")), scope);
                    } catch (const ExpressionError &e) {
                        r.fail(s["command"],
                            QStringLiteral("bad command in %1: %2 at column %3")
                                .arg(what, e.message())
                                .arg(e.column()));
                    }
                }
                if (s["when"].IsDefined())
                    step.when = DataLoader::expression(r, s["when"], scope, ValueType::Bool,
                        QStringLiteral("a remedy step's when of ") + what);
                out.remedy << step;
            }
        }
        if (o["guides"].IsDefined())
            out.guides = DataLoader::guideRefs(r, o["guides"], book, QStringLiteral("guides of ") + what);
        rule.canBlock = rule.canBlock || out.status == FindingStatus::Blocker;
        rule.outcomes << out;
    }
    rule.unknownMeaning = localizedTemplate(
        r, r.required(node, QStringLiteral("unknown"), what), scope, QStringLiteral("unknown of ") + what);
    if (node["unknown_guides"].IsDefined())
        rule.unknownGuides = DataLoader::guideRefs(
            r, node["unknown_guides"], book, QStringLiteral("unknown_guides of ") + what);
    rule.perTarget = !rule.targets.isEmpty() || !params.isEmpty();
    return rule;
}

} // namespace

std::unique_ptr<RuleBook> RuleLoader::load(const QString &dir)
{
    auto book = std::make_unique<RuleBook>();
    book->dir = dir;
    if (!QFileInfo(dir).isDir())
        throw ScanError(ScanErrorKind::RulesInvalid, dir, QStringLiteral("the rules folder does not exist"),
            QStringLiteral("Point --rules at a folder holding the rule files (*.yaml)"));
    QStringList paths;
    QDirIterator it(dir, {QStringLiteral("*.yaml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << it.next();
    paths.sort();
    if (paths.isEmpty())
        throw ScanError(ScanErrorKind::RulesInvalid, dir,
            QStringLiteral("no rule files (*.yaml) in the folder"),
            QStringLiteral("Point --rules at a folder holding the rule files"));

    // Parse every file first, then read the sections in dependency order.
    QList<RuleFile> files;
    QHash<QString, QPair<int, int>> singletonAt; // section -> (file index, line)
    QMultiHash<QString, int> sectionFiles;
    for (const QString &path : paths) {
        const QString shown = QDir(dir).relativeFilePath(path);
        YamlReader reader(QDir(dir).dirName() + QLatin1Char('/') + shown);
        YAML::Node root;
        try {
            root = YAML::LoadFile(path.toStdString());
        } catch (const YAML::Exception &e) {
            reader.failAt(e.mark.line + 1, QStringLiteral("not valid YAML: %1").arg(qs(e.msg)));
        }
        reader.allowOnly(root, kSections, QStringLiteral("a rule file"));
        for (auto s = root.begin(); s != root.end(); ++s) {
            const QString section = qs(s->first.Scalar());
            if (kSingletons.contains(section)) {
                if (singletonAt.contains(section)) {
                    const auto prev = singletonAt.value(section);
                    // The first one may stand in this very file (a key given twice in one
                    // mapping, which yaml-cpp keeps), which is not in files yet: indexing files
                    // with it read past the list (tests/fuzz/fuzz_rules found the crash).
                    const QString first
                        = prev.first < files.size() ? files[prev.first].reader.file() : reader.file();
                    reader.fail(s->first,
                        QStringLiteral("section '%1' is already given in %2:%3")
                            .arg(section, first)
                            .arg(prev.second));
                }
                singletonAt.insert(section, qMakePair(int(files.size()), YamlReader::line(s->first)));
            }
            sectionFiles.insert(section, int(files.size()));
        }
        files << RuleFile {reader, root};
    }
    for (const QString &section : kSingletons)
        if (!singletonAt.contains(section))
            throw ScanError(ScanErrorKind::RulesInvalid, dir,
                QStringLiteral("no rule file has the '%1' section").arg(section),
                QStringLiteral("Restore the rule files from the installed copy"));
    if (!sectionFiles.contains(QStringLiteral("rules")))
        throw ScanError(
            ScanErrorKind::RulesInvalid, dir, QStringLiteral("no rule file has a 'rules' section"));

    DataLoader data(*book);
    auto each = [&](const QString &section, auto &&fn) {
        QList<int> indexes = sectionFiles.values(section);
        std::sort(indexes.begin(), indexes.end());
        for (int i : indexes)
            fn(files[i].reader, files[i].root[section.toStdString()]);
    };
    each(QStringLiteral("version"), [&](const YamlReader &r, const YAML::Node &n) {
        book->version = r.string(n, QStringLiteral("version"));
    });
    each(QStringLiteral("guides"), [&](const YamlReader &r, const YAML::Node &n) { data.loadGuides(r, n); });
    each(QStringLiteral("editions"),
        [&](const YamlReader &r, const YAML::Node &n) { data.loadEditions(r, n); });
    each(QStringLiteral("cpu_family_gate"),
        [&](const YamlReader &r, const YAML::Node &n) { data.loadFamilyGate(r, n); });
    each(QStringLiteral("cpu_list"),
        [&](const YamlReader &r, const YAML::Node &n) { data.loadCpuList(r, n); });
    each(QStringLiteral("program_list"),
        [&](const YamlReader &r, const YAML::Node &n) { data.loadProgramList(r, n); });
    each(QStringLiteral("gpu_families"),
        [&](const YamlReader &r, const YAML::Node &n) { data.loadGpuFamilies(r, n); });
    each(QStringLiteral("error_codes"), [&](const YamlReader &r, const YAML::Node &n) {
        LogKnowledgeLoader::loadErrorCodes(r, n, book->data.errorCodes);
    });
    each(QStringLiteral("log_patterns"), [&](const YamlReader &r, const YAML::Node &n) {
        LogKnowledgeLoader::loadLogPatterns(r, n, book->data.logPatterns);
    });
    each(QStringLiteral("fact_labels"),
        [&](const YamlReader &r, const YAML::Node &n) { book->data.factLabels.load(r, n); });
    each(QStringLiteral("verdict_texts"),
        [&](const YamlReader &r, const YAML::Node &n) { data.loadVerdictTexts(r, n); });
    each(QStringLiteral("targets"), [&](const YamlReader &r, const YAML::Node &n) {
        data.loadTargets(r, n);
        data.finish(r, n);
    });
    QHash<QString, QString> ruleAt;
    each(QStringLiteral("rules"), [&](const YamlReader &r, const YAML::Node &n) {
        r.requireSequence(n, QStringLiteral("rules"));
        for (const YAML::Node &node : n) {
            Rule rule = parseRule(r, node, *book);
            if (ruleAt.contains(rule.id))
                r.fail(node["id"],
                    QStringLiteral("duplicate rule id '%1' (first at %2)")
                        .arg(rule.id, ruleAt.value(rule.id)));
            ruleAt.insert(rule.id, QStringLiteral("%1:%2").arg(rule.file).arg(rule.line));
            book->rules << rule;
        }
    });
    // After the rules: the plan names rules, and every rule must have its step.
    each(QStringLiteral("plan"),
        [&](const YamlReader &r, const YAML::Node &n) { PlanLoader(*book).load(r, n); });
    log()->debug("loaded {} rules for {} targets from {} (version {})", book->rules.size(),
        book->targets.size(), str(dir), str(book->version));
    return book;
}

} // namespace urs
