// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in functions of the rule expression language. Data-driven matchers (CPU list,
// family gate, program lists, GPU table, editions) are in matcher_functions.cpp.
#include "engine/function_table.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>

namespace urs {

using VT = ValueType;

QString requireStringLiteral(const QList<ExprPtr> &args, int index, const QString &function)
{
    const ExprPtr &a = args.value(index);
    if (!a || a->kind != Expr::Kind::Literal || a->type != VT::String)
        throw ExpressionError(a ? a->column : 1,
            QStringLiteral("argument %1 of %2() must be a quoted text").arg(index + 1).arg(function));
    return a->literal.toString();
}

static QList<double> numbers(const QJsonArray &list)
{
    QList<double> out;
    for (const QJsonValue &v : list)
        if (v.isDouble())
            out << v.toDouble();
    return out;
}

static Value smbiosDate(const QString &text)
{
    // SMBIOS type 0 writes MM/DD/YYYY (older tables MM/DD/YY, meaning 19YY).
    QDate d = QDate::fromString(text.trimmed(), QStringLiteral("MM/dd/yyyy"));
    if (!d.isValid()) {
        d = QDate::fromString(text.trimmed(), QStringLiteral("MM/dd/yy"));
        if (d.isValid() && d.year() >= 2000)
            d = d.addYears(-100);
    }
    return d.isValid() ? Value(QDateTime(d, QTime(0, 0), Qt::UTC)) : Value();
}

QList<FunctionSpec> builtinFunctions()
{
    QList<FunctionSpec> f;
    f << FunctionSpec {QStringLiteral("known"), {VT::Any}, 1, false, VT::Bool, -1, true, {},
        [](const QList<Value> &a, const EvalContext &) { return Value(!a[0].isUnknown()); },
        QStringLiteral("known(x): true when x is known (never unknown itself)")};
    f << FunctionSpec {QStringLiteral("contains"), {VT::Any, VT::Any}, 2, false, VT::Bool, -1, false,
        [](const QList<ExprPtr> &a, const RuleData *) {
            if (a[0]->type != VT::List && a[0]->type != VT::String)
                throw ExpressionError(
                    a[0]->column, QStringLiteral("contains() looks inside a list or a text"));
            if (a[0]->type == VT::String && a[1]->type != VT::String)
                throw ExpressionError(a[1]->column, QStringLiteral("contains(text, x) needs a text x"));
        },
        [](const QList<Value> &a, const EvalContext &) -> Value {
            if (a[0].type() == VT::String)
                return a[0].toString().contains(a[1].toString(), Qt::CaseInsensitive);
            for (const QJsonValue &v : a[0].toList())
                if (Value::fromJson(v) == a[1])
                    return true;
            return false;
        },
        QStringLiteral("contains(list, x) / contains(text, part): case-insensitive")};
    f << FunctionSpec {QStringLiteral("count"), {VT::List}, 1, false, VT::Number, -1, false, {},
        [](const QList<Value> &a, const EvalContext &) { return Value(qint64(a[0].toList().size())); },
        QStringLiteral("count(list): number of items")};
    f << FunctionSpec {QStringLiteral("pluck"), {VT::List, VT::String}, 2, false, VT::List, -1, false,
        [](const QList<ExprPtr> &a, const RuleData *) {
            requireStringLiteral(a, 1, QStringLiteral("pluck"));
        },
        [](const QList<Value> &a, const EvalContext &) {
            QJsonArray out;
            for (const QJsonValue &v : a[0].toList()) {
                const QJsonValue field = v.toObject().value(a[1].toString());
                if (!field.isUndefined() && !field.isNull())
                    out.append(field);
            }
            return Value(out);
        },
        QStringLiteral("pluck(objects, \"field\"): the field of each object that has it")};
    f << FunctionSpec {QStringLiteral("first"), {VT::List}, 1, false, VT::String, -1, false, {},
        [](const QList<Value> &a, const EvalContext &) {
            const QJsonArray list = a[0].toList();
            return Value(list.isEmpty() ? QString() : list.first().toVariant().toString());
        },
        QStringLiteral("first(list): the first item as text, \"\" for an empty list")};
    // Log lines as the findings quote them: where each line is, then the line itself.
    f << FunctionSpec {QStringLiteral("quoted_lines"), {VT::List}, 1, false, VT::String, -1, false, {},
        [](const QList<Value> &a, const EvalContext &c) {
            QStringList lines;
            for (const QJsonValue &v : a[0].toList()) {
                const QJsonObject o = v.toObject();
                const QString where = c.lang == QLatin1String("ja")
                    ? QStringLiteral("%1 の %2 行目").arg(o.value(QStringLiteral("file")).toString())
                    : QStringLiteral("%1, line %2").arg(o.value(QStringLiteral("file")).toString());
                lines << QStringLiteral("%1: \u201C%2\u201D")
                             .arg(where.arg(o.value(QStringLiteral("line")).toInteger()),
                                 o.value(QStringLiteral("text")).toString());
            }
            return Value(lines.join(QLatin1Char('\n')));
        },
        QStringLiteral(
            "quoted_lines(objects with file, line, text): \"file, line N: \u201Ctext\u201D\" per line")};
    f << FunctionSpec {QStringLiteral("where"), {VT::List, VT::String, VT::Any}, 3, false, VT::List, -1,
        false,
        [](const QList<ExprPtr> &a, const RuleData *) {
            requireStringLiteral(a, 1, QStringLiteral("where"));
        },
        [](const QList<Value> &a, const EvalContext &) {
            QJsonArray out;
            for (const QJsonValue &v : a[0].toList())
                if (Value::fromJson(v.toObject().value(a[1].toString())) == a[2])
                    out.append(v);
            return Value(out);
        },
        QStringLiteral("where(objects, \"field\", value): the objects whose field equals value")};
    for (const bool isMax : {true, false}) {
        f << FunctionSpec {isMax ? QStringLiteral("max") : QStringLiteral("min"), {VT::List}, 1, false,
            VT::Number, -1, false, {},
            [isMax](const QList<Value> &a, const EvalContext &) -> Value {
                const QList<double> n = numbers(a[0].toList());
                if (n.isEmpty())
                    return {};
                return isMax ? *std::max_element(n.begin(), n.end()) : *std::min_element(n.begin(), n.end());
            },
            QStringLiteral("max(list) / min(list): of the numbers in a list; unknown when empty")};
    }
    f << FunctionSpec {QStringLiteral("matches"), {VT::String, VT::String}, 2, false, VT::Bool, -1, false,
        [](const QList<ExprPtr> &a, const RuleData *) {
            const QString re = requireStringLiteral(a, 1, QStringLiteral("matches"));
            if (!QRegularExpression(re).isValid())
                throw ExpressionError(
                    a[1]->column, QStringLiteral("matches(): invalid regular expression '%1'").arg(re));
        },
        [](const QList<Value> &a, const EvalContext &) {
            return Value(QRegularExpression(a[1].toString(), QRegularExpression::CaseInsensitiveOption)
                             .match(a[0].toString())
                             .hasMatch());
        },
        QStringLiteral("matches(text, \"regex\"): case-insensitive regular expression search")};
    f << FunctionSpec {QStringLiteral("if"), {VT::Bool, VT::Any, VT::Any}, 3, false, VT::Any, 1, true,
        [](const QList<ExprPtr> &a, const RuleData *) {
            if (a[1]->type != a[2]->type)
                throw ExpressionError(
                    a[2]->column, QStringLiteral("both branches of if() must have the same type"));
        },
        [](const QList<Value> &a, const EvalContext &) -> Value {
            if (a[0].isUnknown())
                return {};
            return a[0].toBool() ? a[1] : a[2];
        },
        QStringLiteral("if(condition, a, b): a or b; unknown when the condition is")};
    f << FunctionSpec {QStringLiteral("coalesce"), {VT::Any}, 1, true, VT::Any, 0, true, {},
        [](const QList<Value> &a, const EvalContext &) -> Value {
            for (const Value &v : a)
                if (!v.isUnknown())
                    return v;
            return {};
        },
        QStringLiteral("coalesce(a, b, ...): the first known argument")};
    f << FunctionSpec {QStringLiteral("latest"), {VT::DateTime}, 1, true, VT::DateTime, -1, true, {},
        [](const QList<Value> &a, const EvalContext &) -> Value {
            Value best;
            for (const Value &v : a)
                if (!v.isUnknown() && (best.isUnknown() || v.toDateTime() > best.toDateTime()))
                    best = v;
            return best;
        },
        QStringLiteral("latest(date, ...): the newest known date")};
    f << FunctionSpec {QStringLiteral("days"), {VT::DateTime, VT::DateTime}, 2, false, VT::Number, -1, false,
        {},
        [](const QList<Value> &a, const EvalContext &) {
            return Value(double(a[0].toDateTime().secsTo(a[1].toDateTime())) / 86400.0);
        },
        QStringLiteral("days(from, to): days from one date to another (negative when to is earlier)")};
    f << FunctionSpec {QStringLiteral("hours"), {VT::DateTime, VT::DateTime}, 2, false, VT::Number, -1, false,
        {},
        [](const QList<Value> &a, const EvalContext &) {
            return Value(double(a[0].toDateTime().secsTo(a[1].toDateTime())) / 3600.0);
        },
        QStringLiteral("hours(from, to): hours from one time to another")};
    f << FunctionSpec {QStringLiteral("year"), {VT::DateTime}, 1, false, VT::Number, -1, false, {},
        [](const QList<Value> &a, const EvalContext &) { return Value(a[0].toDateTime().date().year()); },
        QStringLiteral("year(date): the year")};
    f << FunctionSpec {QStringLiteral("date"), {VT::String}, 1, false, VT::DateTime, -1, false,
        [](const QList<ExprPtr> &a, const RuleData *) {
            const QString s = requireStringLiteral(a, 0, QStringLiteral("date"));
            if (!QDate::fromString(s, Qt::ISODate).isValid())
                throw ExpressionError(
                    a[0]->column, QStringLiteral("date() wants YYYY-MM-DD, not '%1'").arg(s));
        },
        [](const QList<Value> &a, const EvalContext &) {
            return Value(QDateTime(QDate::fromString(a[0].toString(), Qt::ISODate), QTime(0, 0), Qt::UTC));
        },
        QStringLiteral("date(\"YYYY-MM-DD\"): a date (midnight UTC)")};
    f << FunctionSpec {QStringLiteral("smbios_date"), {VT::String}, 1, false, VT::DateTime, -1, false, {},
        [](const QList<Value> &a, const EvalContext &) { return smbiosDate(a[0].toString()); },
        QStringLiteral("smbios_date(text): an SMBIOS MM/DD/YYYY date; unknown when malformed")};
    f << FunctionSpec {QStringLiteral("gb"), {VT::Number}, 1, false, VT::String, -1, false, {},
        [](const QList<Value> &a, const EvalContext &) {
            return Value(QStringLiteral("%1 GB").arg(a[0].toNumber() / 1e9, 0, 'f', 1));
        },
        QStringLiteral("gb(bytes): \"12.3 GB\" (decimal gigabytes, as Windows setup and disks state sizes)")};
    f << FunctionSpec {QStringLiteral("gib"), {VT::Number}, 1, false, VT::String, -1, false, {},
        [](const QList<Value> &a, const EvalContext &) {
            return Value(QStringLiteral("%1 GiB").arg(a[0].toNumber() / (1024.0 * 1024 * 1024), 0, 'f', 1));
        },
        QStringLiteral("gib(bytes): \"3.9 GiB\" (binary, as memory is sized)")};
    f << FunctionSpec {QStringLiteral("round"), {VT::Number}, 1, false, VT::Number, -1, false, {},
        [](const QList<Value> &a, const EvalContext &) {
            // Half to even, as PowerShell's [int] cast that HardwareReadiness.ps1 measures with.
            return Value(std::nearbyint(a[0].toNumber()));
        },
        QStringLiteral("round(x): the nearest whole number, halves to even (PowerShell's [int])")};
    return f;
}

const QList<FunctionSpec> &FunctionTable::all()
{
    static const QList<FunctionSpec> table = builtinFunctions() + matcherFunctions();
    return table;
}

const FunctionSpec *FunctionTable::find(const QString &name)
{
    static const QHash<QString, const FunctionSpec *> index = [] {
        QHash<QString, const FunctionSpec *> h;
        for (const FunctionSpec &f : all())
            h.insert(f.name, &f);
        return h;
    }();
    return index.value(name, nullptr);
}

} // namespace urs
