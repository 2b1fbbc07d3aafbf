// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/value.h"

#include "common/date_text.h"
#include "facts/fact.h"

#include <QJsonDocument>
#include <QStringList>

namespace urs {

QString valueTypeName(ValueType type)
{
    switch (type) {
    case ValueType::Unknown:
        return QStringLiteral("unknown");
    case ValueType::Bool:
        return QStringLiteral("yes/no");
    case ValueType::Number:
        return QStringLiteral("number");
    case ValueType::String:
        return QStringLiteral("text");
    case ValueType::DateTime:
        return QStringLiteral("date");
    case ValueType::List:
        return QStringLiteral("list");
    case ValueType::Object:
        return QStringLiteral("object");
    case ValueType::Any:
        return QStringLiteral("any");
    }
    return {};
}

ValueType valueTypeForFact(FactType type)
{
    switch (type) {
    case FactType::Bool:
        return ValueType::Bool;
    case FactType::Integer:
        return ValueType::Number;
    case FactType::String:
        return ValueType::String;
    case FactType::DateTime:
        return ValueType::DateTime;
    case FactType::StringList:
    case FactType::ObjectList:
        return ValueType::List;
    case FactType::Object:
        return ValueType::Object;
    }
    return ValueType::Unknown;
}

Value Value::fromFact(const Fact *fact)
{
    if (!fact || !fact->known)
        return {};
    const FactSpec *spec = FactCatalog::find(fact->name);
    if (spec && spec->type == FactType::DateTime) {
        const QDateTime t = QDateTime::fromString(fact->value.toString(), Qt::ISODate);
        return t.isValid() ? Value(t.toUTC()) : Value();
    }
    return fromJson(fact->value);
}

Value Value::fromJson(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Bool:
        return json.toBool();
    case QJsonValue::Double:
        return json.toDouble();
    case QJsonValue::String:
        return json.toString();
    case QJsonValue::Array:
        return json.toArray();
    case QJsonValue::Object:
        return json.toObject();
    default:
        return {};
    }
}

bool Value::operator==(const Value &other) const
{
    if (type() != other.type())
        return false;
    if (type() == ValueType::String)
        return toString().compare(other.toString(), Qt::CaseInsensitive) == 0;
    return m_v == other.m_v;
}

QJsonValue Value::toJson() const
{
    switch (type()) {
    case ValueType::Bool:
        return toBool();
    case ValueType::Number:
        return toNumber();
    case ValueType::String:
        return toString();
    case ValueType::DateTime:
        return toDateTime().toString(Qt::ISODate);
    case ValueType::List:
        return toList();
    case ValueType::Object:
        return toObject();
    default:
        return QJsonValue::Null;
    }
}

static QString numberText(double n)
{
    if (n == double(qint64(n)))
        return QString::number(qint64(n));
    return QString::number(n, 'f', 1);
}

QString Value::text(const QString &lang) const
{
    const bool ja = lang == QLatin1String("ja");
    switch (type()) {
    case ValueType::Unknown:
        return ja ? QStringLiteral("不明") : QStringLiteral("unknown");
    case ValueType::Bool:
        return toBool() ? (ja ? QStringLiteral("はい") : QStringLiteral("yes"))
                        : (ja ? QStringLiteral("いいえ") : QStringLiteral("no"));
    case ValueType::Number:
        return numberText(toNumber());
    case ValueType::String:
        return toString();
    case ValueType::DateTime: {
        const QDateTime t = toDateTime();
        return t.time() == QTime(0, 0) ? dateText(t.date(), lang)
                                       : dateTimeText(t, lang) + QStringLiteral(" UTC");
    }
    case ValueType::List: {
        QStringList items;
        for (const QJsonValue &v : toList())
            items << (v.isObject()
                    ? QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact))
                    : fromJson(v).text(lang));
        if (items.isEmpty())
            return ja ? QStringLiteral("なし") : QStringLiteral("none");
        return items.join(ja ? QStringLiteral("、") : QStringLiteral(", "));
    }
    case ValueType::Object:
        return QString::fromUtf8(QJsonDocument(toObject()).toJson(QJsonDocument::Compact));
    case ValueType::Any:
        break;
    }
    return {};
}

} // namespace urs
