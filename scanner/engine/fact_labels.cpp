// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/fact_labels.h"

#include "common/size_text.h"
#include "engine/yaml_reader.h"
#include "facts/fact_catalog.h"

#include <QJsonArray>
#include <QJsonObject>

namespace urs {

namespace {

// The key a value is listed under: a text as it is, a whole number in decimal.
std::optional<QString> valueKey(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble() && value.toDouble() == double(qint64(value.toDouble())))
        return QString::number(qint64(value.toDouble()));
    return std::nullopt;
}

// A field of an item as text: texts as they are, numbers without a needless fraction, byte
// counts ("*_bytes") as Windows shows sizes, lists of texts joined; anything else is empty.
QString fieldText(const QString &field, const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble() && field.endsWith(QLatin1String("_bytes")))
        return sizeText(qint64(v.toDouble()));
    if (v.isDouble())
        return valueKey(v).value_or(QString::number(v.toDouble()));
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue &x : v.toArray())
            if (x.isString() && !x.toString().isEmpty())
                parts << x.toString();
        return parts.join(QStringLiteral(", "));
    }
    return {};
}

// Fills an item template; a "[...]" part is dropped when one of its holes is empty.
QString fillItem(const QString &pattern, const QJsonObject &item)
{
    QString out;
    QString part;
    bool inPart = false;
    bool partEmpty = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        QString piece;
        if (c == QLatin1Char('[')) {
            inPart = true;
            partEmpty = false;
            part.clear();
            continue;
        }
        if (c == QLatin1Char(']')) {
            if (!partEmpty)
                out += part;
            inPart = false;
            continue;
        }
        if (c == QLatin1Char('{')) {
            const qsizetype close = pattern.indexOf(QLatin1Char('}'), i);
            const QString field = pattern.mid(i + 1, close - i - 1);
            piece = fieldText(field, item.value(field));
            partEmpty = partEmpty || piece.trimmed().isEmpty();
            i = close;
        } else {
            piece = c;
        }
        (inPart ? part : out) += piece;
    }
    return out.trimmed();
}

// An item template is checked when loaded: holes closed and named, parts not nested.
void checkItem(const YamlReader &r, const YAML::Node &node, const QString &pattern)
{
    int depth = 0;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('['))
            ++depth;
        if (c == QLatin1Char(']'))
            --depth;
        if (depth < 0 || depth > 1)
            r.fail(node, QStringLiteral("'[' and ']' in '%1' must pair up, one level deep").arg(pattern));
        if (c == QLatin1Char('{')) {
            const qsizetype close = pattern.indexOf(QLatin1Char('}'), i);
            if (close < 0 || close == i + 1)
                r.fail(node, QStringLiteral("a '{' in '%1' is not closed or names no field").arg(pattern));
            i = close;
        }
    }
    if (depth != 0)
        r.fail(node, QStringLiteral("a '[' in '%1' is not closed").arg(pattern));
}

} // namespace

void FactLabels::load(const YamlReader &r, const YAML::Node &node)
{
    r.requireMap(node, QStringLiteral("fact_labels"));
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString fact = r.string(it->first, QStringLiteral("a fact name in fact_labels"));
        const FactSpec *spec = FactCatalog::find(fact);
        if (!spec)
            r.fail(it->first, QStringLiteral("unknown fact '%1' (not in the fact catalogue)").arg(fact));
        if (m_labels.contains(fact))
            r.fail(it->first, QStringLiteral("fact '%1' is labelled twice").arg(fact));
        const QString what = QStringLiteral("the label of %1").arg(fact);
        r.allowOnly(
            it->second, {QStringLiteral("name"), QStringLiteral("values"), QStringLiteral("item")}, what);
        FactLabel label;
        label.name = r.localized(r.required(it->second, QStringLiteral("name"), what), what);
        if (const YAML::Node item = it->second["item"]; item.IsDefined() && !item.IsNull()) {
            if (spec->type != FactType::ObjectList)
                r.fail(item, QStringLiteral("%1 is not a list of objects: it takes no item").arg(fact));
            label.item = r.localized(item, QStringLiteral("the item of %1").arg(fact));
            checkItem(r, item, label.item.en);
            checkItem(r, item, label.item.ja);
        }
        const YAML::Node values = it->second["values"];
        if (values.IsDefined() && !values.IsNull()) {
            // Only a text or a whole number is one of a few values; yes/no, dates and lists have
            // their own wording.
            if (spec->type != FactType::String && spec->type != FactType::Integer)
                r.fail(values,
                    QStringLiteral("%1 is not a text or a whole number: it takes no values").arg(fact));
            r.requireMap(values, QStringLiteral("values of %1").arg(fact));
            for (auto v = values.begin(); v != values.end(); ++v) {
                const QString raw = r.string(v->first, QStringLiteral("a value of %1").arg(fact));
                bool isNumber = false;
                raw.toLongLong(&isNumber);
                if (spec->type == FactType::Integer && !isNumber)
                    r.fail(v->first, QStringLiteral("%1 is a whole number, not '%2'").arg(fact, raw));
                label.values.insert(
                    raw, r.localized(v->second, QStringLiteral("the words for %1 = %2").arg(fact, raw)));
            }
        }
        m_labels.insert(fact, label);
    }
}

QString FactLabels::name(const QString &fact, const QString &lang) const
{
    const auto it = m_labels.constFind(fact);
    return it == m_labels.constEnd() ? fact : it->name.in(lang);
}

std::optional<QString> FactLabels::valueWords(
    const QString &fact, const QJsonValue &value, const QString &lang) const
{
    const auto it = m_labels.constFind(fact);
    const std::optional<QString> key = valueKey(value);
    if (it == m_labels.constEnd() || !key)
        return std::nullopt;
    const auto words = it->values.constFind(*key);
    if (words == it->values.constEnd())
        return std::nullopt;
    return words->in(lang);
}

std::optional<QString> FactLabels::itemWords(
    const QString &fact, const QJsonValue &item, const QString &lang) const
{
    const auto it = m_labels.constFind(fact);
    if (it == m_labels.constEnd() || it->item.en.isEmpty() || !item.isObject())
        return std::nullopt;
    const QString text = fillItem(it->item.in(lang), item.toObject());
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

FactLabels FactLabels::only(const QSet<QString> &facts) const
{
    FactLabels out;
    for (const QString &fact : facts)
        if (const auto it = m_labels.constFind(fact); it != m_labels.constEnd())
            out.m_labels.insert(fact, *it);
    return out;
}

} // namespace urs
