// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/expression.h"

namespace urs::expr {

// The tokens of the rule expression language (see ExpressionParser).
struct Token {
    enum class Type { End, Name, Number, String, Op } type = Type::End;
    QString text;
    double number = 0;
    int column = 0;
};

// Units a number literal may carry, as multipliers.
const QHash<QString, double> &units();
// Splits an expression; throws ExpressionError at the column of a bad character or literal.
QList<Token> tokenize(const QString &text);
bool isKeyword(const QString &word);

} // namespace urs::expr
