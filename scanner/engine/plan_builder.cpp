// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/plan_builder.h"

#include "engine/rule_book.h"
#include "engine/text_fill.h"

#include <algorithm>
#include <tuple>

namespace urs {

namespace {

bool inPlace(Verdict v)
{
    return v == Verdict::Ready || v == Verdict::ReadyAfterFixes;
}

// Lower is better: a path at all, then security updates, then keeping apps. A supported Windows
// reached by a clean install beats an in-place upgrade to one without updates.
std::tuple<int, int, int> rank(const TargetVerdict &t)
{
    const int possible = (inPlace(t.verdict) || t.verdict == Verdict::CleanInstallOnly) ? 0
        : t.verdict == Verdict::WindowsNotChecked                                       ? 1
                                                                                        : 2;
    const int support = t.lifecycleState == QLatin1String("supported") ? 0
        : t.lifecycleState == QLatin1String("esu")                     ? 1
                                                                       : 2;
    return {possible, support, inPlace(t.verdict) ? 0 : 1};
}

int kindOrder(const QString &kind)
{
    static const QStringList order
        = {QStringLiteral("fix"), QStringLiteral("confirm"), QStringLiteral("recommended")};
    return int(order.indexOf(kind));
}

} // namespace

LocalizedText PlanBuilder::text(const QString &key, const QHash<QString, LocalizedText> &values) const
{
    return fillText(m_book.plan.texts.value(key), values);
}

LocalizedText PlanBuilder::join(const QList<LocalizedText> &items) const
{
    return joinTexts(items, text(QStringLiteral("list-more")), text(QStringLiteral("list-last")));
}

int PlanBuilder::ruleOrder(const QString &ruleId) const
{
    for (qsizetype i = 0; i < m_book.rules.size(); ++i)
        if (m_book.rules[i].id == ruleId)
            return int(i);
    return int(m_book.rules.size());
}

const TargetVerdict *PlanBuilder::bestTarget(const QList<TargetVerdict> &targets) const
{
    const TargetVerdict *best = nullptr;
    for (const TargetVerdict &t : targets) {
        if (t.verdict == Verdict::NotSupported)
            continue;
        const Target *mine = m_book.target(t.targetId);
        const Target *theirs = best ? m_book.target(best->targetId) : nullptr;
        // Among equals the newer release: it is supported for longer.
        if (!best || rank(t) < rank(*best)
            || (rank(t) == rank(*best) && mine && theirs && mine->release > theirs->release))
            best = &t;
    }
    return best;
}

QList<PlanStep> PlanBuilder::findingSteps(
    const TargetVerdict &best, const QString &route, const QList<Finding> &findings) const
{
    struct Ordered {
        PlanStep step;
        int rule = 0;
    };
    QList<Ordered> ordered;
    for (const Finding &f : findings) {
        if (!f.target.isEmpty() && f.target != best.targetId)
            continue;
        const auto stepRule = m_book.plan.steps.constFind(f.id);
        if (stepRule == m_book.plan.steps.cend())
            continue;
        const auto rule = std::find_if(
            m_book.rules.cbegin(), m_book.rules.cend(), [&](const Rule &r) { return r.id == f.id; });
        QString kind;
        switch (f.status) {
        case FindingStatus::Blocker:
            // A path blocker is the route itself (the finishing steps), a hardware one would have
            // ruled this target out.
            if (f.kind != QLatin1String("path") && f.kind != QLatin1String("hardware"))
                kind = QStringLiteral("fix");
            break;
        case FindingStatus::Unknown:
            if (rule != m_book.rules.cend() && rule->canBlock)
                kind = QStringLiteral("confirm");
            break;
        case FindingStatus::Warning:
            kind = QStringLiteral("recommended");
            break;
        case FindingStatus::Advisory:
            if (stepRule->advisory)
                kind = QStringLiteral("recommended");
            break;
        case FindingStatus::Pass:
            break;
        }
        // Until the volume is decrypted only the decryption matters: the rest was not readable.
        if (kind.isEmpty() || (route == QLatin1String("decrypt-first") && kind != QLatin1String("fix")))
            continue;
        PlanStep step;
        // An unknown is confirmed where it would be fixed: a TPM that may be off, in firmware setup.
        step.place = kind == QLatin1String("confirm") ? stepRule->placeFor(QStringLiteral("fixable"))
                                                      : stepRule->placeFor(f.kind);
        if (const PlanPlace *place = m_book.plan.place(step.place))
            step.placeLabel = place->label;
        step.kind = kind;
        step.kindLabel = text(QStringLiteral("kind-") + kind);
        step.findingId = f.id;
        step.action = kind != QLatin1String("confirm") ? stepRule->action
            : !stepRule->confirm.en.isEmpty()
            ? stepRule->confirm
            : text(QStringLiteral("confirm-generic"), {{QStringLiteral("title"), f.title}});
        if (!f.guides.isEmpty())
            step.guide = f.guides.first();
        ordered << Ordered {step, ruleOrder(f.id)};
    }
    std::stable_sort(ordered.begin(), ordered.end(), [&](const Ordered &a, const Ordered &b) {
        return std::make_tuple(kindOrder(a.step.kind), m_book.plan.placeOrder(a.step.place), a.rule)
            < std::make_tuple(kindOrder(b.step.kind), m_book.plan.placeOrder(b.step.place), b.rule);
    });
    QList<PlanStep> steps;
    for (const Ordered &o : ordered)
        steps << o.step;
    return steps;
}

QList<PlanStep> PlanBuilder::finishSteps(const TargetVerdict &best, const QString &route) const
{
    QList<PlanStep> steps;
    const Target *target = m_book.target(best.targetId);
    for (const FinishStep &f : m_book.plan.finish.value(route)) {
        PlanStep step;
        step.place = QStringLiteral("install");
        step.placeLabel = m_book.plan.place(step.place)->label;
        step.kind = QStringLiteral("install");
        step.kindLabel = text(QStringLiteral("kind-install"));
        step.action = fillText(f.action, {{QStringLiteral("target"), best.name}});
        QString ref = f.guide;
        if (ref == QLatin1String("media") && target) {
            ref.clear();
            for (const QString &g : target->guides)
                if (g.startsWith(QLatin1String("media-creation#")))
                    ref = g;
        }
        if (!ref.isEmpty() && ref != QLatin1String("media"))
            step.guide = m_book.guideLink(ref);
        steps << step;
    }
    return steps;
}

LocalizedText PlanBuilder::headline(
    const TargetVerdict &best, const QString &route, const QList<PlanStep> &steps) const
{
    const auto count = [&](const QString &kind) {
        return int(
            std::count_if(steps.cbegin(), steps.cend(), [&](const PlanStep &s) { return s.kind == kind; }));
    };
    const int fixes = count(QStringLiteral("fix"));
    const int checks = count(QStringLiteral("confirm"));
    const LocalizedText fixText = fixes == 1
        ? text(QStringLiteral("work-fix-one"))
        : text(QStringLiteral("work-fixes"), {{QStringLiteral("n"), plainText(QString::number(fixes))}});
    const LocalizedText checkText = checks == 1
        ? text(QStringLiteral("work-check-one"))
        : text(QStringLiteral("work-checks"), {{QStringLiteral("n"), plainText(QString::number(checks))}});
    const LocalizedText work = fixes && checks
        ? text(QStringLiteral("work-both"),
            {{QStringLiteral("fixes"), fixText}, {QStringLiteral("checks"), checkText}})
        : fixes ? fixText
                : checkText;
    const QHash<QString, LocalizedText> values {
        {QStringLiteral("target"), best.name}, {QStringLiteral("work"), work}};
    const bool nothing = fixes + checks == 0;
    if (route == QLatin1String("decrypt-first"))
        return text(QStringLiteral("headline-decrypt-first"), values);
    if (route == QLatin1String("clean-install"))
        return text(nothing ? QStringLiteral("headline-clean-install-ready")
                            : QStringLiteral("headline-clean-install"),
            values);
    return text(nothing ? QStringLiteral("headline-ready") : QStringLiteral("headline-in-place"), values);
}

LocalizedText PlanBuilder::needs(const TargetVerdict &target) const
{
    QList<LocalizedText> items;
    QStringList seen;
    for (const QString &id : target.reasons) {
        const PlanStepRule rule = m_book.plan.steps.value(id);
        const LocalizedText need = rule.need;
        if (need.en.isEmpty() || seen.contains(need.en))
            continue;
        seen << need.en;
        items << need;
    }
    return join(items);
}

LocalizedText PlanBuilder::detail(const TargetVerdict *best, const QList<TargetVerdict> &targets) const
{
    QList<LocalizedText> sentences;
    if (best) {
        const QString key = best->lifecycleState == QLatin1String("supported")
            ? QStringLiteral("detail-supported")
            : best->lifecycleState == QLatin1String("esu") ? QStringLiteral("detail-esu")
                                                           : QStringLiteral("detail-ended");
        if (best->supportEnd.isValid())
            sentences << text(key,
                {{QStringLiteral("target"), best->name},
                    {QStringLiteral("date"), localizedDate(best->supportEnd)}});
        if (best->verdict == Verdict::CleanInstallOnly && !best->alternative.en.isEmpty())
            sentences << best->alternative;
    }
    // Targets ruled out by the hardware, grouped when they need the same things.
    QList<QPair<LocalizedText, QList<LocalizedText>>> groups;
    for (const TargetVerdict &t : targets) {
        if (t.verdict != Verdict::NotSupported)
            continue;
        const LocalizedText need = needs(t);
        if (need.en.isEmpty())
            continue;
        auto group = std::find_if(
            groups.begin(), groups.end(), [&](const auto &g) { return g.first.en == need.en; });
        if (group == groups.end())
            groups.append({need, {t.name}});
        else
            group->second << t.name;
    }
    for (const auto &g : groups)
        sentences << text(QStringLiteral("detail-needs"),
            {{QStringLiteral("targets"), join(g.second)}, {QStringLiteral("needs"), g.first}});
    LocalizedText out;
    for (const LocalizedText &s : sentences) {
        out.en += (out.en.isEmpty() ? QString() : QStringLiteral(" ")) + s.en;
        out.ja += s.ja;
    }
    return out;
}

UpgradePlan PlanBuilder::build(const QList<TargetVerdict> &targets, const QList<Finding> &findings) const
{
    UpgradePlan plan;
    const TargetVerdict *best = bestTarget(targets);
    if (!best) {
        plan.route = QStringLiteral("none");
        plan.headline = text(QStringLiteral("headline-none"));
        plan.detail = detail(nullptr, targets);
        return plan;
    }
    plan.targetId = best->targetId;
    plan.route = inPlace(best->verdict)              ? QStringLiteral("in-place")
        : best->verdict == Verdict::CleanInstallOnly ? QStringLiteral("clean-install")
                                                     : QStringLiteral("decrypt-first");
    plan.steps = findingSteps(*best, plan.route, findings);
    plan.headline = headline(*best, plan.route, plan.steps);
    plan.steps << finishSteps(*best, plan.route);
    plan.detail = detail(best, targets);
    return plan;
}

} // namespace urs
