// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/log_pattern.h"
#include "engine/assessment.h"
#include "engine/error_code_table.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace urs {

class FactSet;
class RuleBook;

// Loads the rule files strictly and judges a fact set against the targets.
class RuleEngine {
public:
    // Throws ScanError(RulesInvalid) with file and line when any rule file is broken.
    explicit RuleEngine(const QString &rulesDir);
    ~RuleEngine();

    // The installed rules, or the source tree's copy when running from a build directory.
    static QString defaultRulesDir();
    QStringList targetIds() const;
    QString rulesVersion() const;
    // What the rule data knows about setup and update logs (rules/setup-logs.yaml,
    // rules/error-codes.yaml).
    const LogPatterns &logPatterns() const;
    const ErrorCodeTable &errorCodes() const;
    // The free space a target needs on the Windows volume for an architecture ("x86" uses
    // min_free_x86, anything else min_free); nullopt for an unknown target or parameter.
    std::optional<qint64> minFreeBytes(const QString &targetId, const QString &architecture) const;

    // targets empty: every target. scanTime decides lifecycle facts.
    Assessment evaluate(const FactSet &facts, const QStringList &targets, const QDateTime &scanTime) const;

private:
    // Adds to each encrypted blocker the titles of the checks that needed the Windows volume.
    void sayWhatWasNotChecked(QList<Finding> &findings) const;

    std::unique_ptr<RuleBook> m_book;
};

} // namespace urs
