// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/rule_evaluator.h"

#include "engine/expression_evaluator.h"
#include "facts/fact_set.h"

namespace urs {

QString blockerKindName(BlockerKind kind)
{
    switch (kind) {
    case BlockerKind::Fixable:
        return QStringLiteral("fixable");
    case BlockerKind::Hardware:
        return QStringLiteral("hardware");
    case BlockerKind::Path:
        return QStringLiteral("path");
    case BlockerKind::Encrypted:
        return QStringLiteral("encrypted");
    case BlockerKind::Info:
        return QStringLiteral("info");
    }
    return {};
}

RuleEvaluator::RuleEvaluator(const RuleBook &book, const FactSet &facts, const QDateTime &scanTime)
    : m_book(book)
    , m_facts(facts)
    , m_scanTime(scanTime)
{
}

QList<Evidence> RuleEvaluator::evidence(const Rule &rule) const
{
    QList<Evidence> out;
    for (const QString &name : rule.facts) {
        const Fact *f = m_facts.find(name);
        if (!f) {
            out << Evidence {name, QJsonValue::Null, QString(), QStringLiteral("not collected")};
            continue;
        }
        out << Evidence {name, f->known ? f->value : QJsonValue(QJsonValue::Null), f->provenance.text(),
            f->known ? QString() : f->unknownReason};
    }
    return out;
}

std::optional<Finding> RuleEvaluator::evaluate(const Rule &rule, const Target *target) const
{
    EvalContext c;
    c.facts = &m_facts;
    c.data = &m_book.data;
    c.targetParams = target ? &target->params : nullptr;
    c.scanTime = m_scanTime;
    for (const auto &let : rule.lets)
        c.lets.insert(let.first, ExpressionEvaluator::evaluate(*let.second, c));

    bool unknown = false;
    if (rule.applies) {
        const Value applies = ExpressionEvaluator::evaluate(*rule.applies, c);
        if (!applies.isUnknown() && !applies.toBool())
            return std::nullopt;
        unknown = applies.isUnknown();
    }
    const Outcome *chosen = nullptr;
    if (!unknown) {
        for (const Outcome &o : rule.outcomes) {
            if (!o.when) {
                chosen = &o;
                break;
            }
            const Value v = ExpressionEvaluator::evaluate(*o.when, c);
            if (v.isUnknown()) {
                unknown = true;
                break;
            }
            if (v.toBool()) {
                chosen = &o;
                break;
            }
        }
    }

    Finding f;
    f.id = rule.id;
    f.target = rule.perTarget && target ? target->id : QString();
    f.check = rule.check;
    f.title = rule.title;
    f.evidence = evidence(rule);
    if (!chosen) {
        // No outcome held, or one could not be decided: say so, never pass.
        f.status = FindingStatus::Unknown;
        f.kind = blockerKindName(rule.kind);
        f.meaning = rule.unknownMeaning.render(c);
        for (const QString &ref : rule.unknownGuides)
            f.guides << m_book.guideLink(ref);
        return f;
    }
    f.status = chosen->status;
    f.kind = blockerKindName(chosen->kind);
    f.meaning = chosen->meaning.render(c);
    for (const RemedyTemplate &step : chosen->remedy) {
        if (step.when) {
            const Value show = ExpressionEvaluator::evaluate(*step.when, c);
            if (show.isUnknown() || !show.toBool())
                continue;
        }
        EvalContext english = c;
        english.lang = QStringLiteral("en");
        f.remedy << RemedyStep {step.text.render(c), step.command.render(english)};
    }
    for (const QString &ref : chosen->guides)
        f.guides << m_book.guideLink(ref);
    return f;
}

} // namespace urs
