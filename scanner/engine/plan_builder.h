// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/assessment.h"

namespace urs {

class RuleBook;
struct PlanStepRule;

// Turns the verdicts and findings into the plan: the best target among those judged, one
// sentence saying what it takes, and the steps in the order a technician takes them: what must be
// fixed, then what must be confirmed, then what is recommended, each by place (hardware, firmware
// setup, Windows, licence), and the installation last.
class PlanBuilder {
public:
    explicit PlanBuilder(const RuleBook &book)
        : m_book(book)
    {
    }
    // targets: the verdicts of the targets asked for; findings: theirs and the common ones.
    UpgradePlan build(const QList<TargetVerdict> &targets, const QList<Finding> &findings) const;

private:
    const TargetVerdict *bestTarget(const QList<TargetVerdict> &targets) const;
    QList<PlanStep> findingSteps(
        const TargetVerdict &best, const QString &route, const QList<Finding> &findings) const;
    QList<PlanStep> finishSteps(const TargetVerdict &best, const QString &route) const;
    LocalizedText headline(
        const TargetVerdict &best, const QString &route, const QList<PlanStep> &steps) const;
    LocalizedText detail(const TargetVerdict *best, const QList<TargetVerdict> &targets) const;
    LocalizedText needs(const TargetVerdict &target) const;
    LocalizedText text(const QString &key, const QHash<QString, LocalizedText> &values = {}) const;
    LocalizedText join(const QList<LocalizedText> &items) const;
    int ruleOrder(const QString &ruleId) const;
    const RuleBook &m_book;
};

} // namespace urs
