// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/assessment.h"

#include <QHash>
#include <QList>
#include <QString>

namespace urs {

// Where a plan step happens; the order of the places is the order of the plan (rules/plan.yaml).
struct PlanPlace {
    QString id;
    LocalizedText label;
};

// How one rule's finding becomes a plan step.
struct PlanStepRule {
    QString ruleId;
    // The place by the finding's kind ("fixable", "hardware", ...); the key "" serves any kind.
    // One rule can point two ways: a TPM switched off is fixed in firmware setup, a missing one
    // only by other hardware.
    QHash<QString, QString> placeByKind;
    LocalizedText action; // "Turn off fast startup"
    LocalizedText need; // what a target ruled out by this rule would need ("a newer processor")
    LocalizedText confirm; // the step when the rule could not be checked; empty: the generic text
    bool advisory = false; // an advisory of this rule is a step too (the licence check)

    QString placeFor(const QString &findingKind) const
    {
        return placeByKind.value(findingKind, placeByKind.value(QString()));
    }
};

// A step at the end of every plan of one route ("in-place", "clean-install", "decrypt-first").
struct FinishStep {
    LocalizedText action; // may hold {target}
    QString guide; // "guide#section", or "media": the media-creation section the target names
};

struct PlanRules {
    QList<PlanPlace> places;
    QHash<QString, LocalizedText> texts; // headline and detail templates, by key
    QHash<QString, PlanStepRule> steps; // by rule id; every rule has one
    QHash<QString, QList<FinishStep>> finish; // by route

    const PlanPlace *place(const QString &id) const
    {
        for (const PlanPlace &p : places)
            if (p.id == id)
                return &p;
        return nullptr;
    }
    int placeOrder(const QString &id) const
    {
        for (int i = 0; i < places.size(); ++i)
            if (places[i].id == id)
                return i;
        return int(places.size());
    }
    static const QStringList &textKeys();
    static const QStringList &routes();
};

} // namespace urs
