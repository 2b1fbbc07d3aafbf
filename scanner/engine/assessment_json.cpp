// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/assessment_json.h"

#include <QJsonArray>

namespace urs {

namespace {

QJsonObject textJson(const LocalizedText &t)
{
    return QJsonObject {{QStringLiteral("en"), t.en}, {QStringLiteral("ja"), t.ja}};
}

LocalizedText textFrom(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    return LocalizedText {o.value(QStringLiteral("en")).toString(), o.value(QStringLiteral("ja")).toString()};
}

QJsonObject guideJson(const GuideLink &g)
{
    return QJsonObject {{QStringLiteral("guide"), g.guide}, {QStringLiteral("section"), g.section},
        {QStringLiteral("title"), textJson(g.title)}, {QStringLiteral("url"), g.url}};
}

GuideLink guideFrom(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    return GuideLink {o.value(QStringLiteral("guide")).toString(),
        o.value(QStringLiteral("section")).toString(), textFrom(o.value(QStringLiteral("title"))),
        o.value(QStringLiteral("url")).toString()};
}

QJsonObject findingJson(const Finding &f)
{
    QJsonArray evidence;
    for (const Evidence &e : f.evidence) {
        QJsonObject o {{QStringLiteral("fact"), e.fact},
            {QStringLiteral("value"), e.value.isUndefined() ? QJsonValue(QJsonValue::Null) : e.value},
            {QStringLiteral("provenance"), e.provenance}};
        if (!e.unknownReason.isEmpty())
            o.insert(QStringLiteral("unknown_reason"), e.unknownReason);
        evidence.append(o);
    }
    QJsonArray remedy;
    for (const RemedyStep &s : f.remedy) {
        QJsonObject o {{QStringLiteral("text"), textJson(s.text)}};
        if (!s.command.isEmpty())
            o.insert(QStringLiteral("command"), s.command);
        remedy.append(o);
    }
    QJsonArray guides;
    for (const GuideLink &g : f.guides)
        guides.append(guideJson(g));
    return QJsonObject {{QStringLiteral("id"), f.id}, {QStringLiteral("target"), f.target},
        {QStringLiteral("check"), f.check}, {QStringLiteral("status"), statusName(f.status)},
        {QStringLiteral("kind"), f.kind}, {QStringLiteral("title"), textJson(f.title)},
        {QStringLiteral("meaning"), textJson(f.meaning)}, {QStringLiteral("evidence"), evidence},
        {QStringLiteral("remedy"), remedy}, {QStringLiteral("guides"), guides}};
}

Finding findingFrom(const QJsonObject &o)
{
    Finding f;
    f.id = o.value(QStringLiteral("id")).toString();
    f.target = o.value(QStringLiteral("target")).toString();
    f.check = o.value(QStringLiteral("check")).toString();
    f.status = statusFromName(o.value(QStringLiteral("status")).toString());
    f.kind = o.value(QStringLiteral("kind")).toString();
    f.title = textFrom(o.value(QStringLiteral("title")));
    f.meaning = textFrom(o.value(QStringLiteral("meaning")));
    for (const QJsonValue &v : o.value(QStringLiteral("evidence")).toArray()) {
        const QJsonObject e = v.toObject();
        f.evidence << Evidence {e.value(QStringLiteral("fact")).toString(), e.value(QStringLiteral("value")),
            e.value(QStringLiteral("provenance")).toString(),
            e.value(QStringLiteral("unknown_reason")).toString()};
    }
    for (const QJsonValue &v : o.value(QStringLiteral("remedy")).toArray())
        f.remedy << RemedyStep {textFrom(v.toObject().value(QStringLiteral("text"))),
            v.toObject().value(QStringLiteral("command")).toString()};
    for (const QJsonValue &v : o.value(QStringLiteral("guides")).toArray())
        f.guides << guideFrom(v);
    return f;
}

QJsonObject planJson(const UpgradePlan &p)
{
    QJsonArray steps;
    for (const PlanStep &s : p.steps) {
        QJsonObject o {{QStringLiteral("place"), s.place},
            {QStringLiteral("place_label"), textJson(s.placeLabel)}, {QStringLiteral("kind"), s.kind},
            {QStringLiteral("kind_label"), textJson(s.kindLabel)},
            {QStringLiteral("action"), textJson(s.action)}};
        if (!s.findingId.isEmpty())
            o.insert(QStringLiteral("finding"), s.findingId);
        if (!s.guide.guide.isEmpty())
            o.insert(QStringLiteral("guide"), guideJson(s.guide));
        steps.append(o);
    }
    return QJsonObject {{QStringLiteral("target"), p.targetId}, {QStringLiteral("route"), p.route},
        {QStringLiteral("headline"), textJson(p.headline)}, {QStringLiteral("detail"), textJson(p.detail)},
        {QStringLiteral("steps"), steps}};
}

UpgradePlan planFrom(const QJsonObject &o)
{
    UpgradePlan p;
    p.targetId = o.value(QStringLiteral("target")).toString();
    p.route = o.value(QStringLiteral("route")).toString();
    p.headline = textFrom(o.value(QStringLiteral("headline")));
    p.detail = textFrom(o.value(QStringLiteral("detail")));
    for (const QJsonValue &v : o.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject s = v.toObject();
        PlanStep step;
        step.place = s.value(QStringLiteral("place")).toString();
        step.placeLabel = textFrom(s.value(QStringLiteral("place_label")));
        step.kind = s.value(QStringLiteral("kind")).toString();
        step.kindLabel = textFrom(s.value(QStringLiteral("kind_label")));
        step.findingId = s.value(QStringLiteral("finding")).toString();
        step.action = textFrom(s.value(QStringLiteral("action")));
        if (s.contains(QStringLiteral("guide")))
            step.guide = guideFrom(s.value(QStringLiteral("guide")));
        p.steps << step;
    }
    return p;
}

// {"hardware.firmware.type": {"name": {"en", "ja"}, "values": {"bios": {"en", "ja"}}}}
QJsonObject factLabelsJson(const FactLabels &labels)
{
    QJsonObject out;
    for (auto it = labels.entries().constBegin(); it != labels.entries().constEnd(); ++it) {
        QJsonObject o {{QStringLiteral("name"), textJson(it->name)}};
        QJsonObject values;
        for (auto v = it->values.constBegin(); v != it->values.constEnd(); ++v)
            values.insert(v.key(), textJson(v.value()));
        if (!values.isEmpty())
            o.insert(QStringLiteral("values"), values);
        if (!it->item.en.isEmpty())
            o.insert(QStringLiteral("item"), textJson(it->item));
        out.insert(it.key(), o);
    }
    return out;
}

FactLabels factLabelsFrom(const QJsonObject &json)
{
    FactLabels labels;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QJsonObject o = it.value().toObject();
        FactLabel label {
            textFrom(o.value(QStringLiteral("name"))), {}, textFrom(o.value(QStringLiteral("item")))};
        const QJsonObject values = o.value(QStringLiteral("values")).toObject();
        for (auto v = values.constBegin(); v != values.constEnd(); ++v)
            label.values.insert(v.key(), textFrom(v.value()));
        labels.insert(it.key(), label);
    }
    return labels;
}

} // namespace

QJsonObject assessmentToJson(const Assessment &a)
{
    QJsonObject targets;
    QJsonArray order;
    for (const TargetVerdict &t : a.targets) {
        QJsonObject o {{QStringLiteral("verdict"), verdictName(t.verdict)},
            {QStringLiteral("reasons"), QJsonArray::fromStringList(t.reasons)},
            {QStringLiteral("to_confirm"), QJsonArray::fromStringList(t.toConfirm)},
            {QStringLiteral("name"), textJson(t.name)}, {QStringLiteral("summary"), textJson(t.summary)},
            {QStringLiteral("lifecycle"), textJson(t.lifecycle)},
            {QStringLiteral("lifecycle_state"), t.lifecycleState},
            {QStringLiteral("support_end"), t.supportEnd.toString(Qt::ISODate)}};
        if (!t.alternative.en.isEmpty())
            o.insert(QStringLiteral("alternative"), textJson(t.alternative));
        targets.insert(t.targetId, o);
        order.append(t.targetId);
    }
    QJsonArray findings;
    for (const Finding &f : a.findings)
        findings.append(findingJson(f));
    QJsonObject out {{QStringLiteral("rules_version"), a.rulesVersion},
        {QStringLiteral("scan_time"), a.scanTime.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("default_target"), a.defaultTarget}, {QStringLiteral("target_order"), order},
        {QStringLiteral("targets"), targets}, {QStringLiteral("plan"), planJson(a.plan)},
        {QStringLiteral("findings"), findings}};
    if (!a.factLabels.isEmpty())
        out.insert(QStringLiteral("fact_labels"), factLabelsJson(a.factLabels));
    return out;
}

Assessment assessmentFromJson(const QJsonObject &json)
{
    Assessment a;
    a.rulesVersion = json.value(QStringLiteral("rules_version")).toString();
    a.scanTime = QDateTime::fromString(json.value(QStringLiteral("scan_time")).toString(), Qt::ISODate);
    a.defaultTarget = json.value(QStringLiteral("default_target")).toString();
    const QJsonObject targets = json.value(QStringLiteral("targets")).toObject();
    QStringList order;
    for (const QJsonValue &v : json.value(QStringLiteral("target_order")).toArray())
        order << v.toString();
    if (order.isEmpty())
        order = targets.keys();
    for (const QString &id : order) {
        const QJsonObject o = targets.value(id).toObject();
        TargetVerdict t;
        t.targetId = id;
        t.verdict = verdictFromName(o.value(QStringLiteral("verdict")).toString());
        for (const QJsonValue &r : o.value(QStringLiteral("reasons")).toArray())
            t.reasons << r.toString();
        for (const QJsonValue &r : o.value(QStringLiteral("to_confirm")).toArray())
            t.toConfirm << r.toString();
        t.name = textFrom(o.value(QStringLiteral("name")));
        t.summary = textFrom(o.value(QStringLiteral("summary")));
        t.lifecycle = textFrom(o.value(QStringLiteral("lifecycle")));
        t.lifecycleState = o.value(QStringLiteral("lifecycle_state")).toString();
        t.supportEnd = QDate::fromString(o.value(QStringLiteral("support_end")).toString(), Qt::ISODate);
        t.alternative = textFrom(o.value(QStringLiteral("alternative")));
        a.targets << t;
    }
    for (const QJsonValue &v : json.value(QStringLiteral("findings")).toArray())
        a.findings << findingFrom(v.toObject());
    a.plan = planFrom(json.value(QStringLiteral("plan")).toObject());
    a.factLabels = factLabelsFrom(json.value(QStringLiteral("fact_labels")).toObject());
    return a;
}

} // namespace urs
