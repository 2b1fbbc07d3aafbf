// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/rule_book.h"

namespace urs {

class FactSet;

// Turns one target's findings into its verdict (docs/rules.md, "Verdicts"):
//   a hardware blocker          -> not-supported     (reasons: the hardware blockers)
//   else an encrypted blocker   -> windows-not-checked (reasons: those; Windows could not be read)
//   else a path blocker         -> clean-install-only (reasons: the path blockers; two-hop shown
//                                  when the via target can be reached in place)
//   else a fixable blocker      -> ready-after-fixes (reasons: the fixable blockers)
//   else an unknown that could block -> ready-after-fixes, "once confirmed" (reasons: those)
//   else                        -> ready
// and says where the target stands in its lifecycle on the scan date.
class VerdictBuilder {
public:
    VerdictBuilder(const RuleBook &book, const FactSet &facts, const QDateTime &scanTime);
    // findings: every finding that concerns this target; done: verdicts already built (the
    // two-hop via target is built first).
    TargetVerdict build(const Target &target, const QList<Finding> &findings,
        const QHash<QString, TargetVerdict> &done) const;
    // "supported", "esu" or "ended" on the scan date, for the edition class of the source.
    QString lifecycleState(const Target &target) const;
    // The newest default candidate still supported on the scan date.
    QString defaultTarget() const;

private:
    const LifecycleDates &dates(const Target &target, QString *classKey) const;
    LocalizedText fill(const QString &key, const QHash<QString, LocalizedText> &values) const;
    const RuleBook &m_book;
    const FactSet &m_facts;
    QDateTime m_scanTime;
};

} // namespace urs
