// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/rule_book.h"

#include <optional>

namespace urs {

class FactSet;

// Judges one rule for one target: the first outcome whose condition holds decides; a condition
// that is unknown stops the search and makes the finding "unknown" (a more severe outcome
// might have applied), so unknown facts never turn into a pass.
class RuleEvaluator {
public:
    RuleEvaluator(const RuleBook &book, const FactSet &facts, const QDateTime &scanTime);
    // nullopt when the rule's "applies" condition is false. target is null for rules that are
    // the same for every target.
    std::optional<Finding> evaluate(const Rule &rule, const Target *target) const;

private:
    QList<Evidence> evidence(const Rule &rule) const;
    const RuleBook &m_book;
    const FactSet &m_facts;
    QDateTime m_scanTime;
};

} // namespace urs
