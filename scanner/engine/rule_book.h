// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/plan_rules.h"
#include "engine/rule_data.h"
#include "engine/text_template.h"

#include <QDate>

namespace urs {

// How a blocker can be overcome; decides the verdict (docs/rules.md, "Verdicts").
//   fixable  - the owner can fix it before an in-place upgrade (fast startup, free space, ...)
//   hardware - the machine does not qualify (CPU, TPM, RAM, ...)
//   path     - the hardware qualifies but there is no in-place path (8.1 -> 11, x86 -> x64)
//   encrypted - the Windows volume is encrypted, so nothing that needs it could be checked: the
//              verdict waits until it is decrypted and scanned again (only the hardware can
//              still rule a target out)
//   info     - never decides a verdict
enum class BlockerKind { Fixable, Hardware, Path, Encrypted, Info };
QString blockerKindName(BlockerKind kind);

struct RemedyTemplate {
    LocalizedTemplate text;
    TextTemplate command;
    ExprPtr when; // optional: shown only when true
};

struct Outcome {
    FindingStatus status = FindingStatus::Unknown;
    ExprPtr when; // null: always (the last outcome only)
    BlockerKind kind = BlockerKind::Info;
    LocalizedTemplate meaning;
    QList<RemedyTemplate> remedy;
    QStringList guides; // "guide#section"
    int line = 0;
};

struct Rule {
    QString id;
    QString check; // checklist item, "16.2"
    QString file;
    int line = 0;
    QStringList targets; // empty: every target
    bool perTarget = false; // evaluated once per target (uses target params or a subset)
    BlockerKind kind = BlockerKind::Info;
    LocalizedText title;
    QList<QPair<QString, ExprPtr>> lets;
    ExprPtr applies; // optional: no finding when false
    QList<Outcome> outcomes;
    LocalizedTemplate unknownMeaning;
    QStringList unknownGuides;
    QStringList facts; // every fact the rule refers to, for the evidence
    bool canBlock = false;
    bool appliesTo(const QString &targetId) const { return targets.isEmpty() || targets.contains(targetId); }
};

struct LifecycleDates {
    QDate end;
    QDate esuEnd; // invalid: no ESU
};

struct Target {
    QString id;
    LocalizedText name;
    QString family; // windows10 | windows11
    QDate release;
    QStringList architectures; // x86, x64
    bool defaultCandidate = false;
    LifecycleDates consumer;
    LifecycleDates business;
    QHash<QString, Value> params;
    QString twoHopVia;
    ExprPtr twoHopWhen;
    QStringList guides;
};

struct GuideSection {
    QString guide;
    QString section;
    LocalizedText title;
    QString url;
};

// Everything loaded from the rule files.
class RuleBook {
public:
    QString dir;
    QString version;
    QList<Target> targets;
    QList<Rule> rules;
    RuleData data;
    QMap<QString, GuideSection> guideSections; // "guide#section"
    QHash<QString, LocalizedText> verdictTexts;
    PlanRules plan;

    const Target *target(const QString &id) const
    {
        for (const Target &t : targets)
            if (t.id == id)
                return &t;
        return nullptr;
    }
    GuideLink guideLink(const QString &ref) const
    {
        const GuideSection s = guideSections.value(ref);
        return GuideLink {s.guide, s.section, s.title, s.url};
    }
};

} // namespace urs
