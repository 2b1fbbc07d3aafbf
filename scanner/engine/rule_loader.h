// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/rule_book.h"

#include <memory>

namespace urs {

// Loads every *.yaml under a rules folder into one RuleBook. Nothing is half-loaded: the first
// mistake throws ScanError(RulesInvalid, "<file>:<line>", what is wrong).
class RuleLoader {
public:
    static std::unique_ptr<RuleBook> load(const QString &dir);
};

} // namespace urs
