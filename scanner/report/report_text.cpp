// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/report_text.h"

#include "report/report_strings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace urs {

QString ReportText::value(const QJsonValue &v, const ReportStrings &s)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return s.text("unknown_value");
    case QJsonValue::Bool: return s.text(v.toBool() ? "yes" : "no");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::String: return v.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &item : v.toArray())
            parts << (item.isObject()  ? QString::fromUtf8(QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact))
                      : item.isArray() ? QString::fromUtf8(QJsonDocument(item.toArray()).toJson(QJsonDocument::Compact))
                                       : value(item, s));
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString ReportText::factValue(const QString &fact, const QJsonValue &v, const ReportStrings &s)
{
    if (v.isDouble() && (fact.endsWith(QLatin1String("_bytes")) || fact == QLatin1String("hardware.memory_bytes")))
        return QStringLiteral("%1 (%2)").arg(s.bytes(qint64(v.toDouble())), value(v, s));
    return value(v, s);
}

QString ReportText::evidence(const Evidence &e, const ReportStrings &s)
{
    if (e.value.isNull() || e.value.isUndefined()) {
        return e.unknownReason.isEmpty()
                   ? QStringLiteral("%1: %2").arg(e.fact, s.text("evidence_unknown"))
                   : QStringLiteral("%1: %2 (%3)").arg(e.fact, s.text("evidence_unknown"), e.unknownReason);
    }
    QString text = QStringLiteral("%1 = %2").arg(e.fact, factValue(e.fact, e.value, s));
    if (!e.provenance.isEmpty())
        text += QStringLiteral(" (%1 %2)").arg(s.text("evidence_source"), e.provenance);
    return text;
}

QString ReportText::targetName(const Assessment &a, const QString &targetId, const QString &lang)
{
    for (const TargetVerdict &t : a.targets)
        if (t.targetId == targetId)
            return t.name.in(lang).isEmpty() ? targetId : t.name.in(lang);
    return targetId;
}

} // namespace urs
