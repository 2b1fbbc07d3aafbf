// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/rule_engine.h"

#include "common/scan_error.h"
#include "engine/plan_builder.h"
#include "engine/rule_evaluator.h"
#include "engine/rule_loader.h"
#include "engine/verdict_builder.h"
#include "facts/fact_set.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace urs {

RuleEngine::RuleEngine(const QString &rulesDir)
    : m_book(RuleLoader::load(rulesDir))
{
}

RuleEngine::~RuleEngine() = default;

QString RuleEngine::defaultRulesDir()
{
    // A build tree runs with the source tree's rules (so an edited rule is used at once); an
    // installed program with the copy installed beside it.
    const QString source = QStringLiteral(URS_RULES_SOURCE_DIR);
    const QString installed = QStringLiteral(URS_RULES_INSTALL_DIR);
    if (QCoreApplication::instance()) {
        const QString relative
            = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/upgrade-scan/rules");
        if (QFileInfo(relative).isDir())
            return QFileInfo(relative).canonicalFilePath();
    }
    if (QFileInfo(installed).isDir() && !QFileInfo(source).isDir())
        return installed;
    return QFileInfo(source).isDir() ? source : installed;
}

QStringList RuleEngine::targetIds() const
{
    QStringList ids;
    for (const Target &t : m_book->targets)
        ids << t.id;
    return ids;
}

const LogPatterns &RuleEngine::logPatterns() const
{
    return m_book->data.logPatterns;
}

const ErrorCodeTable &RuleEngine::errorCodes() const
{
    return m_book->data.errorCodes;
}

QString RuleEngine::rulesVersion() const
{
    return m_book->version;
}

std::optional<qint64> RuleEngine::minFreeBytes(const QString &targetId, const QString &architecture) const
{
    const QString param
        = architecture == QLatin1String("x86") ? QStringLiteral("min_free_x86") : QStringLiteral("min_free");
    for (const Target &t : m_book->targets) {
        if (t.id != targetId)
            continue;
        const Value v = t.params.value(param);
        if (v.type() == ValueType::Number)
            return qint64(v.toNumber());
    }
    return std::nullopt;
}

// A finding that could not be decided because a fact of the Windows volume (windows.*, volume.*)
// is unknown; one decided from the hardware, or unknown for a hardware reason, is not.
static bool needsWindows(const Finding &f)
{
    if (f.status != FindingStatus::Unknown)
        return false;
    for (const Evidence &e : f.evidence)
        if (e.value.isNull()
            && (e.fact.startsWith(QLatin1String("windows.")) || e.fact.startsWith(QLatin1String("volume."))))
            return true;
    return false;
}

void RuleEngine::sayWhatWasNotChecked(QList<Finding> &findings) const
{
    // An encrypted Windows volume hides every Windows fact at once: its finding names the checks
    // that could not run (each once, in rule order), so no one takes the rest for the whole scan.
    LocalizedText titles;
    QStringList seen;
    for (const Finding &f : std::as_const(findings)) {
        if (!needsWindows(f) || seen.contains(f.id))
            continue;
        seen << f.id;
        titles.en += (titles.en.isEmpty() ? QString() : QStringLiteral("; ")) + f.title.en;
        titles.ja += (titles.ja.isEmpty() ? QString() : QStringLiteral("、")) + f.title.ja;
    }
    if (seen.isEmpty())
        return;
    LocalizedText list = m_book->verdictTexts.value(QStringLiteral("not-checked-list"));
    list.en.replace(QStringLiteral("{checks}"), titles.en);
    list.ja.replace(QStringLiteral("{checks}"), titles.ja);
    for (Finding &f : findings) {
        if (f.status != FindingStatus::Blocker || f.kind != QLatin1String("encrypted"))
            continue;
        f.meaning.en += QLatin1Char(' ') + list.en;
        f.meaning.ja += list.ja;
    }
}

Assessment RuleEngine::evaluate(
    const FactSet &facts, const QStringList &targets, const QDateTime &scanTime) const
{
    const QStringList valid = targetIds();
    const QStringList requested = targets.isEmpty() ? valid : targets;
    for (const QString &id : requested)
        if (!valid.contains(id))
            throw ScanError(ScanErrorKind::Usage, id, QStringLiteral("unknown target '%1'").arg(id),
                QStringLiteral("Valid targets: %1, or all").arg(valid.join(QStringLiteral(", "))));

    // Every target is judged, even one not asked for, since a two-hop path depends on another.
    const RuleEvaluator evaluator(*m_book, facts, scanTime);
    QList<Finding> all;
    for (const Rule &rule : m_book->rules) {
        if (!rule.perTarget) {
            if (auto f = evaluator.evaluate(rule, nullptr))
                all << *f;
            continue;
        }
        for (const Target &t : m_book->targets)
            if (rule.appliesTo(t.id))
                if (auto f = evaluator.evaluate(rule, &t))
                    all << *f;
    }

    sayWhatWasNotChecked(all);

    const VerdictBuilder builder(*m_book, facts, scanTime);
    QHash<QString, TargetVerdict> verdicts;
    std::function<void(const Target &)> build = [&](const Target &t) {
        if (verdicts.contains(t.id))
            return;
        if (const Target *via = m_book->target(t.twoHopVia))
            build(*via);
        QList<Finding> mine;
        for (const Finding &f : all)
            if (f.target == t.id || f.target.isEmpty())
                mine << f;
        verdicts.insert(t.id, builder.build(t, mine, verdicts));
    };
    for (const Target &t : m_book->targets)
        build(t);

    Assessment a;
    a.rulesVersion = m_book->version;
    a.scanTime = scanTime.toUTC();
    a.defaultTarget = builder.defaultTarget();
    for (const Finding &f : all)
        if (f.target.isEmpty() || requested.contains(f.target))
            a.findings << f;
    for (const QString &id : requested)
        a.targets << verdicts.value(id);
    a.plan = PlanBuilder(*m_book).build(a.targets, a.findings);
    QSet<QString> named;
    for (const Finding &f : std::as_const(a.findings))
        for (const Evidence &e : f.evidence)
            named.insert(e.fact);
    a.factLabels = m_book->data.factLabels.only(named);
    return a;
}

} // namespace urs
