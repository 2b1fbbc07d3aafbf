// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/report_text.h"

#include "common/core_text.h"
#include "common/date_text.h"
#include "facts/fact_catalog.h"
#include "report/machine_time_zone.h"
#include "report/report_strings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <functional>

namespace urs {

// Long values (a list of 150 programs, 2,000 servicing packages) would bury a report; they
// are cut here, and facts.json beside the report keeps them whole.
static QString cut(const QString &text, int maxChars)
{
    return text.size() <= maxChars ? text : text.left(maxChars - 1) + QChar(0x2026);
}

static QString compact(const QJsonValue &v)
{
    const QJsonDocument doc = v.isObject() ? QJsonDocument(v.toObject()) : QJsonDocument(v.toArray());
    return cut(QString::fromUtf8(doc.toJson(QJsonDocument::Compact)), 160);
}

// The first kMaxListItems items, each as itemText says, and how many more there are.
static QString listText(const QJsonArray &items, const ReportStrings &s,
    const std::function<QString(const QJsonValue &)> &itemText)
{
    const qsizetype shown = std::min<qsizetype>(items.size(), ReportText::kMaxListItems);
    QStringList parts;
    for (qsizetype i = 0; i < shown; ++i)
        parts << itemText(items.at(i));
    QString text = parts.join(QStringLiteral(", "));
    if (items.size() > shown)
        text += QStringLiteral(" %1").arg(s.text("more_items").arg(items.size() - shown).arg(items.size()));
    return text;
}

QString ReportText::value(const QJsonValue &v, const ReportStrings &s)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return s.text("unknown_value");
    case QJsonValue::Bool:
        return s.text(v.toBool() ? "yes" : "no");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::String:
        return cut(v.toString(), 400);
    case QJsonValue::Array: {
        const QJsonArray items = v.toArray();
        if (items.isEmpty())
            return QStringLiteral("[]");
        return listText(items, s, [&s](const QJsonValue &item) {
            return item.isObject() || item.isArray() ? compact(item) : value(item, s);
        });
    }
    case QJsonValue::Object:
        return compact(v);
    }
    return {};
}

QString ReportText::factValue(const QString &fact, const QJsonValue &v, const ReportStrings &s)
{
    if (v.isDouble()
        && (fact.endsWith(QLatin1String("_bytes")) || fact == QLatin1String("hardware.memory_bytes")))
        return QStringLiteral("%1 (%2)").arg(s.bytes(qint64(v.toDouble())), value(v, s));
    return value(v, s);
}

// Running text writes a date the language's way (2026 年 10 月 13 日); the CSV columns keep
// ISO 8601 (localTime(), ReportStrings::dateTime()) for spreadsheets.
static QString utcText(const QDateTime &utc, const ReportStrings &s)
{
    return dateTimeText(utc.toUTC(), s.lang()) + QStringLiteral(" UTC");
}

QString ReportText::factWords(
    const FactLabels &labels, const QString &fact, const QJsonValue &v, const ReportStrings &s)
{
    const QString lang = s.lang();
    if (const std::optional<QString> words = labels.valueWords(fact, v, lang))
        return *words;
    if ((v.isArray() && v.toArray().isEmpty()) || (v.isString() && v.toString().isEmpty()))
        return s.text("none_value");
    if (v.isArray()) {
        return listText(v.toArray(), s, [&](const QJsonValue &item) {
            return labels.itemWords(fact, item, lang).value_or(value(QJsonArray {item}, s));
        });
    }
    const FactSpec *spec = FactCatalog::find(fact);
    if (spec && spec->type == FactType::DateTime) {
        const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
        if (t.isValid())
            return utcText(t, s);
    }
    return factValue(fact, v, s);
}

QString ReportText::evidence(const Evidence &e, const ReportStrings &s)
{
    if (e.value.isNull() || e.value.isUndefined()) {
        return e.unknownReason.isEmpty()
            ? QStringLiteral("%1: %2").arg(e.fact, s.text("evidence_unknown"))
            : QStringLiteral("%1: %2 (%3)")
                  .arg(e.fact, s.text("evidence_unknown"), CoreText::in(e.unknownReason, s.lang()));
    }
    QString text = QStringLiteral("%1 = %2").arg(e.fact, factValue(e.fact, e.value, s));
    if (!e.provenance.isEmpty())
        text += QStringLiteral(" (%1 %2)")
                    .arg(s.text("evidence_source"), CoreText::in(e.provenance, s.lang()));
    return text;
}

QString ReportText::localTime(const QDateTime &local, const QString &zoneName, const ReportStrings &s)
{
    if (!local.isValid())
        return {};
    return s.text("local_time")
        .arg(local.toString(QStringLiteral("yyyy-MM-dd HH:mm")), zoneName,
            MachineTimeZone::offsetText(local.offsetFromUtc() / 60))
        .simplified();
}

QString ReportText::displayTime(
    const QDateTime &utc, const QDateTime &local, const QString &zoneName, const ReportStrings &s)
{
    if (!local.isValid())
        return utcText(utc, s);
    return s.text("local_time")
        .arg(dateTimeText(local, s.lang()), zoneName, MachineTimeZone::offsetText(local.offsetFromUtc() / 60))
        .simplified();
}

QString ReportText::scanTime(
    const QDateTime &utc, const QDateTime &local, const QString &zoneName, const ReportStrings &s)
{
    if (!local.isValid())
        return utcText(utc, s);
    return s.text("local_and_utc").arg(displayTime(utc, local, zoneName, s), utcText(utc, s));
}

QString ReportText::targetName(const Assessment &a, const QString &targetId, const QString &lang)
{
    for (const TargetVerdict &t : a.targets)
        if (t.targetId == targetId)
            return t.name.in(lang).isEmpty() ? targetId : t.name.in(lang);
    return targetId;
}

} // namespace urs
