// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/value.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <memory>
#include <optional>
#include <stdexcept>

namespace urs {

struct FunctionSpec;
class RuleData;
struct Expr;
using ExprPtr = std::shared_ptr<const Expr>;

// A node of a parsed rule expression. Every node carries its static type, checked when the
// rule files are loaded, so a rule that compares a date with a number never reaches a scan.
struct Expr {
    enum class Kind {
        Literal,
        Fact,
        TargetParam,
        Let,
        ScanTime,
        List,
        Not,
        Negate,
        And,
        Or,
        Compare,
        Arith,
        Call
    };
    Kind kind = Kind::Literal;
    ValueType type = ValueType::Unknown;
    Value literal; // Literal
    QString name; // Fact, TargetParam (without "target."), Let; operator for Compare/Arith
    QList<ExprPtr> args; // operands, list items or call arguments
    const FunctionSpec *function = nullptr;
    int column = 0; // 1-based, for messages
};

// A mistake in an expression, with the column where it was found.
class ExpressionError : public std::runtime_error {
public:
    ExpressionError(int column, const QString &message)
        : std::runtime_error(message.toStdString())
        , m_column(column)
        , m_message(message)
    {
    }
    int column() const { return m_column; }
    const QString &message() const { return m_message; }

private:
    int m_column;
    QString m_message;
};

// What a name may refer to where the expression stands.
struct ParseScope {
    const RuleData *data = nullptr; // for the named matchers (lists, CPU data)
    QHash<QString, ValueType> lets; // the rule's named sub-expressions
    QHash<QString, ValueType> targetParams; // params every applicable target defines
    bool targetParamsAllowed = true;
    // Filled while parsing: facts and target params the expression refers to, in order.
    QStringList *factsUsed = nullptr;
    QStringList *paramsUsed = nullptr;
};

// The small expression language of the rule files (docs/rules.md):
//   facts by catalogue name (hardware.cpu.cores), target.<param>, let names, scan_time;
//   literals: 35GB 4GiB 1000MHz 2.5 "text" true false [list, of, values];
//   not, and, or, == != < <= > >= in, + - * /, parentheses, and registered functions.
class ExpressionParser {
public:
    // Throws ExpressionError. expectedType Unknown: any type is accepted.
    static ExprPtr parse(
        const QString &text, const ParseScope &scope, ValueType expectedType = ValueType::Unknown);
    // Number with an optional unit: "35GB", "4GiB", "1000MHz"; nullopt when not such a literal.
    static std::optional<double> parseQuantity(const QString &text);
};

} // namespace urs
