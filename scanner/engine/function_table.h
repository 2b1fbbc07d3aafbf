// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/expression.h"

#include <QDateTime>
#include <functional>

namespace urs {

class FactSet;

// What an expression is evaluated against: one fact set, one target's parameters, the rule's
// let values and the scan time.
struct EvalContext {
    const FactSet *facts = nullptr;
    const RuleData *data = nullptr;
    const QHash<QString, Value> *targetParams = nullptr;
    QHash<QString, Value> lets;
    QDateTime scanTime;
    QString lang = QStringLiteral("en"); // for functions that return text
};

// One function of the expression language. Functions are looked up by name in a registered
// table (built-ins here, data-driven matchers in matcher_functions.cpp), never by if/else.
struct FunctionSpec {
    QString name;
    QList<ValueType> args; // argument types; Any accepts every type
    int minArgs = 0; // fewer than args.size() makes the rest optional
    bool variadic = false; // the last argument type repeats
    ValueType result = ValueType::Bool;
    int resultFromArg = -1; // >= 0: the result has the type of that argument
    bool acceptsUnknown = false; // false: any unknown argument makes the result unknown
    // Load-time checks beyond types (a literal list id, a valid pattern); throws ExpressionError.
    std::function<void(const QList<ExprPtr> &args, const RuleData *data)> validate;
    std::function<Value(const QList<Value> &args, const EvalContext &context)> call;
    QString help; // one line for docs/rules.md
};

class FunctionTable {
public:
    static const FunctionSpec *find(const QString &name);
    static const QList<FunctionSpec> &all();
};

// The two halves of the table.
QList<FunctionSpec> builtinFunctions();
QList<FunctionSpec> matcherFunctions();

// Helpers shared by the validate hooks.
QString requireStringLiteral(const QList<ExprPtr> &args, int index, const QString &function);

} // namespace urs
