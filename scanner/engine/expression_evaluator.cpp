// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/expression_evaluator.h"

#include "facts/fact_set.h"

namespace urs {

namespace {

Value compare(const QString &op, const Value &a, const Value &b)
{
    if (a.isUnknown() || b.isUnknown())
        return {};
    if (op == QLatin1String("in")) {
        for (const QJsonValue &item : b.toList())
            if (Value::fromJson(item) == a)
                return true;
        return false;
    }
    if (op == QLatin1String("=="))
        return a == b;
    if (op == QLatin1String("!="))
        return !(a == b);
    int order = 0;
    if (a.type() == ValueType::Number)
        order = a.toNumber() < b.toNumber() ? -1 : a.toNumber() > b.toNumber() ? 1 : 0;
    else if (a.type() == ValueType::DateTime)
        order = a.toDateTime() < b.toDateTime() ? -1 : a.toDateTime() > b.toDateTime() ? 1 : 0;
    else
        return {};
    if (op == QLatin1String("<"))
        return order < 0;
    if (op == QLatin1String("<="))
        return order <= 0;
    if (op == QLatin1String(">"))
        return order > 0;
    return order >= 0;
}

Value arithmetic(const QString &op, const Value &a, const Value &b)
{
    if (a.isUnknown() || b.isUnknown())
        return {};
    const double x = a.toNumber(), y = b.toNumber();
    if (op == QLatin1String("+"))
        return x + y;
    if (op == QLatin1String("-"))
        return x - y;
    if (op == QLatin1String("*"))
        return x * y;
    if (y == 0)
        return {};
    return x / y;
}

} // namespace

Value ExpressionEvaluator::evaluate(const Expr &e, const EvalContext &c)
{
    switch (e.kind) {
    case Expr::Kind::Literal:
        return e.literal;
    case Expr::Kind::Fact:
        return Value::fromFact(c.facts ? c.facts->find(e.name) : nullptr);
    case Expr::Kind::TargetParam:
        return c.targetParams ? c.targetParams->value(e.name) : Value();
    case Expr::Kind::Let:
        return c.lets.value(e.name);
    case Expr::Kind::ScanTime:
        return c.scanTime.isValid() ? Value(c.scanTime) : Value();
    case Expr::Kind::List:
        return e.literal;
    case Expr::Kind::Not: {
        const Value v = evaluate(*e.args[0], c);
        return v.isUnknown() ? v : Value(!v.toBool());
    }
    case Expr::Kind::Negate: {
        const Value v = evaluate(*e.args[0], c);
        return v.isUnknown() ? v : Value(-v.toNumber());
    }
    case Expr::Kind::And:
    case Expr::Kind::Or: {
        // Kleene logic: a decisive operand wins over an unknown one.
        const bool decisive = e.kind == Expr::Kind::Or;
        bool sawUnknown = false;
        for (const ExprPtr &arg : e.args) {
            const Value v = evaluate(*arg, c);
            if (v.isUnknown())
                sawUnknown = true;
            else if (v.toBool() == decisive)
                return decisive;
        }
        return sawUnknown ? Value() : Value(!decisive);
    }
    case Expr::Kind::Compare:
        return compare(e.name, evaluate(*e.args[0], c), evaluate(*e.args[1], c));
    case Expr::Kind::Arith:
        return arithmetic(e.name, evaluate(*e.args[0], c), evaluate(*e.args[1], c));
    case Expr::Kind::Call: {
        QList<Value> args;
        args.reserve(e.args.size());
        for (const ExprPtr &arg : e.args) {
            args << evaluate(*arg, c);
            if (args.last().isUnknown() && !e.function->acceptsUnknown)
                return {};
        }
        return e.function->call(args, c);
    }
    }
    return {};
}

} // namespace urs
