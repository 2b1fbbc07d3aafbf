// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/expression.h"
#include "engine/expression_lexer.h"
#include "engine/function_table.h"
#include "facts/fact_catalog.h"

#include <QRegularExpression>
#include <climits>
#include <cmath>

namespace urs {

namespace {

using expr::isKeyword;
using expr::Token;
using expr::tokenize;

class Parser {
public:
    Parser(const QString &text, const ParseScope &scope)
        : m_tokens(tokenize(text))
        , m_scope(scope)
    {
    }

    ExprPtr parseAll()
    {
        ExprPtr e = parseOr();
        if (peek().type != Token::Type::End)
            throw ExpressionError(peek().column, QStringLiteral("unexpected '%1'").arg(peek().text));
        return e;
    }

private:
    const Token &peek() const { return m_tokens[m_pos]; }
    Token next() { return m_tokens[m_pos++]; }
    bool acceptOp(const QString &op)
    {
        if (peek().type == Token::Type::Op && peek().text == op) {
            ++m_pos;
            return true;
        }
        return false;
    }
    bool acceptWord(const QString &w)
    {
        if (peek().type == Token::Type::Name && peek().text == w) {
            ++m_pos;
            return true;
        }
        return false;
    }
    void expectOp(const QString &op)
    {
        if (!acceptOp(op))
            throw ExpressionError(peek().column,
                QStringLiteral("expected '%1' but found '%2'")
                    .arg(op, peek().type == Token::Type::End ? QStringLiteral("the end") : peek().text));
    }

    static void requireType(const ExprPtr &e, ValueType want, const QString &what)
    {
        if (e->type != want)
            throw ExpressionError(e->column,
                QStringLiteral("%1 needs a %2, but this is a %3")
                    .arg(what, valueTypeName(want), valueTypeName(e->type)));
    }

    static ExprPtr make(
        Expr::Kind kind, ValueType type, int column, QList<ExprPtr> args = {}, QString name = {})
    {
        auto e = std::make_shared<Expr>();
        e->kind = kind;
        e->type = type;
        e->column = column;
        e->args = std::move(args);
        e->name = std::move(name);
        return e;
    }

    ExprPtr parseOr()
    {
        ExprPtr left = parseAnd();
        while (peek().type == Token::Type::Name && peek().text == QLatin1String("or")) {
            const int col = next().column;
            ExprPtr right = parseAnd();
            requireType(left, ValueType::Bool, QStringLiteral("'or'"));
            requireType(right, ValueType::Bool, QStringLiteral("'or'"));
            left = make(Expr::Kind::Or, ValueType::Bool, col, {left, right});
        }
        return left;
    }

    ExprPtr parseAnd()
    {
        ExprPtr left = parseNot();
        while (peek().type == Token::Type::Name && peek().text == QLatin1String("and")) {
            const int col = next().column;
            ExprPtr right = parseNot();
            requireType(left, ValueType::Bool, QStringLiteral("'and'"));
            requireType(right, ValueType::Bool, QStringLiteral("'and'"));
            left = make(Expr::Kind::And, ValueType::Bool, col, {left, right});
        }
        return left;
    }

    ExprPtr parseNot()
    {
        if (peek().type == Token::Type::Name && peek().text == QLatin1String("not")) {
            const int col = next().column;
            ExprPtr operand = parseNot();
            requireType(operand, ValueType::Bool, QStringLiteral("'not'"));
            return make(Expr::Kind::Not, ValueType::Bool, col, {operand});
        }
        return parseCompare();
    }

    ExprPtr parseCompare()
    {
        ExprPtr left = parseAdd();
        static const QStringList cmp = {QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("<"),
            QStringLiteral("<="), QStringLiteral(">"), QStringLiteral(">=")};
        if (peek().type == Token::Type::Op && cmp.contains(peek().text)) {
            const Token op = next();
            ExprPtr right = parseAdd();
            const bool ordering = op.text != QLatin1String("==") && op.text != QLatin1String("!=");
            if (left->type != right->type)
                throw ExpressionError(op.column,
                    QStringLiteral("'%1' compares a %2 with a %3")
                        .arg(op.text, valueTypeName(left->type), valueTypeName(right->type)));
            if (ordering && left->type != ValueType::Number && left->type != ValueType::DateTime)
                throw ExpressionError(op.column,
                    QStringLiteral("'%1' orders numbers or dates, not a %2")
                        .arg(op.text, valueTypeName(left->type)));
            if (!ordering && (left->type == ValueType::List || left->type == ValueType::Object))
                throw ExpressionError(op.column,
                    QStringLiteral("'%1' cannot compare lists; use contains() or count()").arg(op.text));
            return make(Expr::Kind::Compare, ValueType::Bool, op.column, {left, right}, op.text);
        }
        if (peek().type == Token::Type::Name && peek().text == QLatin1String("in")) {
            const int col = next().column;
            ExprPtr right = parseAdd();
            requireType(right, ValueType::List, QStringLiteral("the right side of 'in'"));
            if (left->type == ValueType::List || left->type == ValueType::Object)
                throw ExpressionError(col,
                    QStringLiteral("'in' looks up a single value, not a %1").arg(valueTypeName(left->type)));
            return make(Expr::Kind::Compare, ValueType::Bool, col, {left, right}, QStringLiteral("in"));
        }
        return left;
    }

    ExprPtr parseAdd()
    {
        ExprPtr left = parseMul();
        while (peek().type == Token::Type::Op
            && (peek().text == QLatin1String("+") || peek().text == QLatin1String("-"))) {
            const Token op = next();
            ExprPtr right = parseMul();
            requireType(left, ValueType::Number, QStringLiteral("'%1'").arg(op.text));
            requireType(right, ValueType::Number, QStringLiteral("'%1'").arg(op.text));
            left = make(Expr::Kind::Arith, ValueType::Number, op.column, {left, right}, op.text);
        }
        return left;
    }

    ExprPtr parseMul()
    {
        ExprPtr left = parseUnary();
        while (peek().type == Token::Type::Op
            && (peek().text == QLatin1String("*") || peek().text == QLatin1String("/"))) {
            const Token op = next();
            ExprPtr right = parseUnary();
            requireType(left, ValueType::Number, QStringLiteral("'%1'").arg(op.text));
            requireType(right, ValueType::Number, QStringLiteral("'%1'").arg(op.text));
            left = make(Expr::Kind::Arith, ValueType::Number, op.column, {left, right}, op.text);
        }
        return left;
    }

    ExprPtr parseUnary()
    {
        if (peek().type == Token::Type::Op && peek().text == QLatin1String("-")) {
            const int col = next().column;
            ExprPtr operand = parseUnary();
            requireType(operand, ValueType::Number, QStringLiteral("'-'"));
            return make(Expr::Kind::Negate, ValueType::Number, col, {operand});
        }
        return parsePrimary();
    }

    ExprPtr literal(const Value &v, int column)
    {
        ExprPtr e = make(Expr::Kind::Literal, v.type(), column);
        const_cast<Expr &>(*e).literal = v;
        return e;
    }

    ExprPtr parsePrimary()
    {
        const Token t = next();
        switch (t.type) {
        case Token::Type::End:
            throw ExpressionError(t.column, QStringLiteral("expected a value but the expression ends"));
        case Token::Type::Number:
            return literal(Value(t.number), t.column);
        case Token::Type::String:
            return literal(Value(t.text), t.column);
        case Token::Type::Op:
            if (t.text == QLatin1String("(")) {
                ExprPtr inner = parseOr();
                expectOp(QStringLiteral(")"));
                return inner;
            }
            if (t.text == QLatin1String("["))
                return parseList(t.column);
            throw ExpressionError(t.column, QStringLiteral("expected a value but found '%1'").arg(t.text));
        case Token::Type::Name:
            break;
        }
        if (t.text == QLatin1String("true") || t.text == QLatin1String("false"))
            return literal(Value(t.text == QLatin1String("true")), t.column);
        if (t.text == QLatin1String("scan_time"))
            return make(Expr::Kind::ScanTime, ValueType::DateTime, t.column);
        if (isKeyword(t.text))
            throw ExpressionError(t.column, QStringLiteral("expected a value but found '%1'").arg(t.text));
        if (peek().type == Token::Type::Op && peek().text == QLatin1String("("))
            return parseCall(t);
        if (t.text.startsWith(QLatin1String("target."))) {
            const QString param = t.text.mid(7);
            if (!m_scope.targetParamsAllowed)
                throw ExpressionError(t.column, QStringLiteral("target parameters cannot be used here"));
            if (!m_scope.targetParams.contains(param))
                throw ExpressionError(t.column,
                    QStringLiteral("target parameter '%1' is not defined by every target "
                                   "this rule applies to")
                        .arg(param));
            if (m_scope.paramsUsed && !m_scope.paramsUsed->contains(param))
                m_scope.paramsUsed->append(param);
            return make(Expr::Kind::TargetParam, m_scope.targetParams.value(param), t.column, {}, param);
        }
        if (t.text.contains(QLatin1Char('.'))) {
            const FactSpec *spec = FactCatalog::find(t.text);
            if (!spec)
                throw ExpressionError(
                    t.column, QStringLiteral("unknown fact '%1' (not in the fact catalogue)").arg(t.text));
            if (m_scope.factsUsed && !m_scope.factsUsed->contains(t.text))
                m_scope.factsUsed->append(t.text);
            return make(Expr::Kind::Fact, valueTypeForFact(spec->type), t.column, {}, t.text);
        }
        if (m_scope.lets.contains(t.text))
            return make(Expr::Kind::Let, m_scope.lets.value(t.text), t.column, {}, t.text);
        throw ExpressionError(
            t.column, QStringLiteral("unknown name '%1' (not a let name, a fact or a function)").arg(t.text));
    }

    ExprPtr parseList(int column)
    {
        QList<ExprPtr> items;
        if (!acceptOp(QStringLiteral("]"))) {
            do {
                ExprPtr item = parseOr();
                if (item->kind != Expr::Kind::Literal)
                    throw ExpressionError(
                        item->column, QStringLiteral("a list literal holds literal values only"));
                items << item;
            } while (acceptOp(QStringLiteral(",")));
            expectOp(QStringLiteral("]"));
        }
        QJsonArray array;
        for (const ExprPtr &item : items)
            array.append(item->literal.toJson());
        return literal(Value(array), column);
    }

    ExprPtr parseCall(const Token &nameToken)
    {
        const FunctionSpec *fn = FunctionTable::find(nameToken.text);
        if (!fn)
            throw ExpressionError(
                nameToken.column, QStringLiteral("unknown function '%1'").arg(nameToken.text));
        expectOp(QStringLiteral("("));
        QList<ExprPtr> args;
        if (!acceptOp(QStringLiteral(")"))) {
            do {
                args << parseOr();
            } while (acceptOp(QStringLiteral(",")));
            expectOp(QStringLiteral(")"));
        }
        const int maxArgs = fn->variadic ? INT_MAX : int(fn->args.size());
        if (args.size() < fn->minArgs || args.size() > maxArgs)
            throw ExpressionError(nameToken.column,
                QStringLiteral("%1() takes %2 argument(s), got %3")
                    .arg(fn->name)
                    .arg(fn->variadic ? QStringLiteral("%1 or more").arg(fn->minArgs)
                            : fn->minArgs == fn->args.size()
                            ? QString::number(fn->minArgs)
                            : QStringLiteral("%1 to %2").arg(fn->minArgs).arg(maxArgs))
                    .arg(args.size()));
        for (int i = 0; i < args.size(); ++i) {
            const ValueType want = fn->args[std::min(i, int(fn->args.size()) - 1)];
            if (want != ValueType::Any && args[i]->type != want)
                throw ExpressionError(args[i]->column,
                    QStringLiteral("argument %1 of %2() must be a %3, not a %4")
                        .arg(i + 1)
                        .arg(fn->name, valueTypeName(want), valueTypeName(args[i]->type)));
        }
        if (fn->resultFromArg >= 0 && fn->variadic) {
            for (const ExprPtr &a : args)
                if (a->type != args[fn->resultFromArg]->type)
                    throw ExpressionError(a->column,
                        QStringLiteral("all arguments of %1() must have the same type").arg(fn->name));
        }
        if (fn->validate)
            fn->validate(args, m_scope.data);
        const ValueType type = fn->resultFromArg >= 0 ? args[fn->resultFromArg]->type : fn->result;
        ExprPtr e = make(Expr::Kind::Call, type, nameToken.column, args, fn->name);
        const_cast<Expr &>(*e).function = fn;
        return e;
    }

    QList<Token> m_tokens;
    int m_pos = 0;
    const ParseScope &m_scope;
};

} // namespace

ExprPtr ExpressionParser::parse(const QString &text, const ParseScope &scope, ValueType expectedType)
{
    if (text.trimmed().isEmpty())
        throw ExpressionError(1, QStringLiteral("empty expression"));
    ExprPtr e = Parser(text, scope).parseAll();
    if (expectedType != ValueType::Unknown && e->type != expectedType)
        throw ExpressionError(1,
            QStringLiteral("this expression gives a %1, but a %2 is needed here")
                .arg(valueTypeName(e->type), valueTypeName(expectedType)));
    return e;
}

std::optional<double> ExpressionParser::parseQuantity(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([A-Za-z]*)\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const double n = m.captured(1).toDouble();
    if (m.captured(2).isEmpty())
        return n;
    if (!expr::units().contains(m.captured(2)))
        return std::nullopt;
    return n * expr::units().value(m.captured(2));
}

} // namespace urs
