// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/text_template.h"

#include "engine/expression_evaluator.h"
#include "engine/rule_data.h"

namespace urs {

TextTemplate TextTemplate::parse(const QString &text, const ParseScope &scope)
{
    TextTemplate t;
    QString literal;
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        const QChar c = text[i];
        if ((c == QLatin1Char('{') || c == QLatin1Char('}')) && i + 1 < n && text[i + 1] == c) {
            literal += c;
            i += 2;
            continue;
        }
        if (c == QLatin1Char('}'))
            throw ExpressionError(i + 1, QStringLiteral("'}' without '{' (write '}}' for a brace)"));
        if (c != QLatin1Char('{')) {
            literal += c;
            ++i;
            continue;
        }
        const int close = int(text.indexOf(QLatin1Char('}'), i + 1));
        if (close < 0)
            throw ExpressionError(i + 1, QStringLiteral("'{' is not closed (write '{{' for a brace)"));
        if (!literal.isEmpty())
            t.m_parts << Part {literal, nullptr};
        literal.clear();
        try {
            t.m_parts << Part {{}, ExpressionParser::parse(text.mid(i + 1, close - i - 1), scope)};
        } catch (const ExpressionError &e) {
            throw ExpressionError(i + 1 + e.column(), e.message());
        }
        i = close + 1;
    }
    if (!literal.isEmpty())
        t.m_parts << Part {literal, nullptr};
    return t;
}

// A fact in a hole shows its value's words when the rule data has them ("Legacy BIOS mode (CSM)",
// not "bios"); anything else its plain text.
static QString holeText(const Expr &expr, const EvalContext &context)
{
    const Value v = ExpressionEvaluator::evaluate(expr, context);
    if (expr.kind == Expr::Kind::Fact && context.data)
        if (const std::optional<QString> words
            = context.data->factLabels.valueWords(expr.name, v.toJson(), context.lang))
            return *words;
    return v.text(context.lang);
}

QString TextTemplate::render(const EvalContext &context) const
{
    QString out;
    for (const Part &p : m_parts)
        out += p.expr ? holeText(*p.expr, context) : p.literal;
    return out.trimmed();
}

LocalizedText LocalizedTemplate::render(EvalContext context) const
{
    LocalizedText t;
    context.lang = QStringLiteral("en");
    t.en = en.render(context);
    context.lang = QStringLiteral("ja");
    t.ja = ja.render(context);
    return t;
}

} // namespace urs
