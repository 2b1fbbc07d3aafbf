// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/function_table.h"

namespace urs {

// Evaluates a parsed expression with three-valued logic: "a and b" is false when either is
// false, unknown when either is unknown and neither false; "or" likewise; comparisons with an
// unknown side are unknown. Functions see unknown arguments only when they ask for them.
class ExpressionEvaluator {
public:
    static Value evaluate(const Expr &expr, const EvalContext &context);
};

} // namespace urs
