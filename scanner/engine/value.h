// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "facts/fact_catalog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <variant>

namespace urs {

struct Fact;

// The static and dynamic types of the rule expression language. Any is used only in function
// signatures ("any type accepted here").
enum class ValueType { Unknown, Bool, Number, String, DateTime, List, Object, Any };
QString valueTypeName(ValueType type);
ValueType valueTypeForFact(FactType type);

// One value in a rule expression. Unknown is a value of its own: it propagates through
// comparisons (three-valued logic), so a rule whose facts are unknown ends up "unknown",
// never "pass".
class Value {
public:
    Value() = default; // unknown
    Value(bool b)
        : m_v(b)
    {
    }
    Value(double n)
        : m_v(n)
    {
    }
    Value(qint64 n)
        : m_v(double(n))
    {
    }
    Value(int n)
        : m_v(double(n))
    {
    }
    Value(const QString &s)
        : m_v(s)
    {
    }
    Value(const QDateTime &t)
        : m_v(t)
    {
    }
    Value(const QJsonArray &list)
        : m_v(list)
    {
    }
    Value(const QJsonObject &object)
        : m_v(object)
    {
    }

    static Value unknown() { return {}; }
    // A fact as the rules see it: unknown when missing or unknown, else typed by the catalogue.
    static Value fromFact(const Fact *fact);
    // A JSON value inside a list (object field, list element): numbers, strings, bools, lists.
    static Value fromJson(const QJsonValue &json);

    ValueType type() const { return ValueType(m_v.index()); }
    bool isUnknown() const { return m_v.index() == 0; }
    bool toBool() const { return std::get<bool>(m_v); }
    double toNumber() const { return std::get<double>(m_v); }
    const QString &toString() const { return std::get<QString>(m_v); }
    const QDateTime &toDateTime() const { return std::get<QDateTime>(m_v); }
    const QJsonArray &toList() const { return std::get<QJsonArray>(m_v); }
    const QJsonObject &toObject() const { return std::get<QJsonObject>(m_v); }

    bool operator==(const Value &other) const;
    // JSON form for evidence and tests (Null when unknown).
    QJsonValue toJson() const;
    // Text for messages: numbers without a needless fraction, dates as YYYY-MM-DD, lists
    // joined with ", "; unknown in the given language.
    QString text(const QString &lang) const;

private:
    std::variant<std::monostate, bool, double, QString, QDateTime, QJsonArray, QJsonObject> m_v;
};

} // namespace urs
