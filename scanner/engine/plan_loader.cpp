// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/plan_loader.h"

#include "engine/data_loader.h"

namespace urs {

const QStringList &PlanRules::textKeys()
{
    static const QStringList keys = {QStringLiteral("headline-ready"), QStringLiteral("headline-in-place"),
        QStringLiteral("headline-clean-install-ready"), QStringLiteral("headline-clean-install"),
        QStringLiteral("headline-decrypt-first"), QStringLiteral("headline-none"),
        QStringLiteral("work-fix-one"), QStringLiteral("work-fixes"), QStringLiteral("work-check-one"),
        QStringLiteral("work-checks"), QStringLiteral("work-both"), QStringLiteral("detail-supported"),
        QStringLiteral("detail-esu"), QStringLiteral("detail-ended"), QStringLiteral("detail-needs"),
        QStringLiteral("confirm-generic"), QStringLiteral("list-more"), QStringLiteral("list-last"),
        QStringLiteral("kind-fix"), QStringLiteral("kind-confirm"), QStringLiteral("kind-recommended"),
        QStringLiteral("kind-install")};
    return keys;
}

const QStringList &PlanRules::routes()
{
    static const QStringList r
        = {QStringLiteral("in-place"), QStringLiteral("clean-install"), QStringLiteral("decrypt-first")};
    return r;
}

void PlanLoader::load(const YamlReader &r, const YAML::Node &node)
{
    r.requireMap(node, QStringLiteral("plan"));
    r.allowOnly(node,
        {QStringLiteral("places"), QStringLiteral("texts"), QStringLiteral("finish"),
            QStringLiteral("steps")},
        QStringLiteral("plan"));
    PlanRules &plan = m_book.plan;
    loadPlaces(r, r.required(node, QStringLiteral("places"), QStringLiteral("plan")));

    const YAML::Node texts = r.required(node, QStringLiteral("texts"), QStringLiteral("plan"));
    r.allowOnly(texts, PlanRules::textKeys(), QStringLiteral("plan texts"));
    for (const QString &key : PlanRules::textKeys())
        plan.texts.insert(key,
            r.localized(
                r.required(texts, key, QStringLiteral("plan texts")), QStringLiteral("plan text ") + key));

    loadFinish(r, r.required(node, QStringLiteral("finish"), QStringLiteral("plan")));

    const YAML::Node steps = r.required(node, QStringLiteral("steps"), QStringLiteral("plan"));
    r.requireSequence(steps, QStringLiteral("plan steps"));
    for (const YAML::Node &s : steps)
        loadStep(r, s);
    // A rule without a step entry would silently drop out of every plan.
    for (const Rule &rule : m_book.rules)
        if (!plan.steps.contains(rule.id))
            r.fail(steps,
                QStringLiteral("rule '%1' (%2:%3) has no entry in the plan's steps")
                    .arg(rule.id, rule.file)
                    .arg(rule.line));
}

void PlanLoader::loadPlaces(const YamlReader &r, const YAML::Node &node)
{
    r.requireSequence(node, QStringLiteral("plan places"));
    for (const YAML::Node &p : node) {
        r.allowOnly(p, {QStringLiteral("id"), QStringLiteral("label")}, QStringLiteral("a plan place"));
        PlanPlace place;
        place.id = r.requiredString(p, QStringLiteral("id"), QStringLiteral("a plan place"));
        if (m_book.plan.place(place.id))
            r.fail(p, QStringLiteral("duplicate plan place '%1'").arg(place.id));
        place.label = r.localized(r.required(p, QStringLiteral("label"), QStringLiteral("place ") + place.id),
            QStringLiteral("label of place ") + place.id);
        m_book.plan.places << place;
    }
    if (!m_book.plan.place(QStringLiteral("install")))
        r.fail(node, QStringLiteral("the plan needs a place 'install' for its finishing steps"));
}

QString PlanLoader::checkedPlace(const YamlReader &r, const YAML::Node &node, const QString &what) const
{
    const QString id = r.string(node, what);
    if (!m_book.plan.place(id))
        r.fail(node,
            QStringLiteral("%1 names the place '%2', which the plan's places do not list").arg(what, id));
    return id;
}

void PlanLoader::loadStep(const YamlReader &r, const YAML::Node &s)
{
    const QString what = QStringLiteral("a plan step");
    r.allowOnly(s,
        {QStringLiteral("rule"), QStringLiteral("place"), QStringLiteral("do"), QStringLiteral("need"),
            QStringLiteral("confirm"), QStringLiteral("advisory")},
        what);
    PlanStepRule step;
    step.ruleId = r.requiredString(s, QStringLiteral("rule"), what);
    const auto rule = std::find_if(
        m_book.rules.cbegin(), m_book.rules.cend(), [&](const Rule &x) { return x.id == step.ruleId; });
    if (rule == m_book.rules.cend())
        r.fail(s["rule"],
            QStringLiteral("the plan step names the rule '%1', which no rule file defines").arg(step.ruleId));
    if (m_book.plan.steps.contains(step.ruleId))
        r.fail(s["rule"], QStringLiteral("the rule '%1' has two plan steps").arg(step.ruleId));
    const QString stepWhat = QStringLiteral("plan step of ") + step.ruleId;

    const YAML::Node place = r.required(s, QStringLiteral("place"), stepWhat);
    if (place.IsMap()) {
        for (auto it = place.begin(); it != place.end(); ++it) {
            const QString kind = QString::fromStdString(it->first.Scalar());
            if (!kind.isEmpty()
                && !QStringList {QStringLiteral("fixable"), QStringLiteral("hardware"),
                    QStringLiteral("path"), QStringLiteral("encrypted"), QStringLiteral("info")}
                        .contains(kind))
                r.fail(it->first, QStringLiteral("%1: '%2' is no kind of finding").arg(stepWhat, kind));
            step.placeByKind.insert(kind, checkedPlace(r, it->second, stepWhat));
        }
        if (!step.placeByKind.contains(QString()))
            r.fail(
                place, QStringLiteral("%1: the place needs a \"\" entry for the other kinds").arg(stepWhat));
    } else {
        step.placeByKind.insert(QString(), checkedPlace(r, place, stepWhat));
    }
    step.action = r.localized(r.required(s, QStringLiteral("do"), stepWhat), stepWhat);
    if (s["need"].IsDefined())
        step.need = r.localized(s["need"], stepWhat + QStringLiteral(" (need)"));
    else if (rule->kind == BlockerKind::Hardware)
        r.fail(s,
            QStringLiteral("%1: a hardware rule must say what a target would need ('need')").arg(stepWhat));
    if (s["confirm"].IsDefined())
        step.confirm = r.localized(s["confirm"], stepWhat + QStringLiteral(" (confirm)"));
    if (s["advisory"].IsDefined())
        step.advisory = r.boolean(s["advisory"], stepWhat + QStringLiteral(" (advisory)"));
    m_book.plan.steps.insert(step.ruleId, step);
}

void PlanLoader::loadFinish(const YamlReader &r, const YAML::Node &node)
{
    r.allowOnly(node, PlanRules::routes(), QStringLiteral("plan finish"));
    for (const QString &route : PlanRules::routes()) {
        const YAML::Node list = r.required(node, route, QStringLiteral("plan finish"));
        r.requireSequence(list, QStringLiteral("plan finish ") + route);
        QList<FinishStep> steps;
        for (const YAML::Node &f : list) {
            const QString what = QStringLiteral("a finishing step of ") + route;
            r.allowOnly(f, {QStringLiteral("do"), QStringLiteral("guide")}, what);
            FinishStep step;
            step.action = r.localized(r.required(f, QStringLiteral("do"), what), what);
            step.guide = r.optionalString(f, QStringLiteral("guide"), what);
            if (!step.guide.isEmpty() && step.guide != QLatin1String("media"))
                DataLoader::guideRefs(r, f["guide"], m_book, what);
            steps << step;
        }
        m_book.plan.finish.insert(route, steps);
    }
}

} // namespace urs
