// SPDX-License-Identifier: GPL-3.0-or-later
#include "facts/fact_set.h"

#include "common/core_text.h"
#include "facts/fact_catalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <stdexcept>

namespace urs {

QString Provenance::kindName() const
{
    switch (kind) {
    case ProvenanceKind::Hive:
        return QStringLiteral("hive");
    case ProvenanceKind::File:
        return QStringLiteral("file");
    case ProvenanceKind::Sysfs:
        return QStringLiteral("sysfs");
    case ProvenanceKind::Smbios:
        return QStringLiteral("smbios");
    case ProvenanceKind::Disk:
        return QStringLiteral("disk");
    case ProvenanceKind::Derived:
        return QStringLiteral("derived");
    }
    return {};
}

// What Provenance::text() writes, marked for CoreText, which says the kind in a face's language.
[[maybe_unused]] static const char *const kProvenanceTexts[] = {
    QT_TR_NOOP("hive %1"),
    QT_TR_NOOP("file %1"),
    QT_TR_NOOP("sysfs %1"),
    QT_TR_NOOP("smbios %1"),
    QT_TR_NOOP("disk %1"),
    QT_TR_NOOP("derived %1"),
    QT_TR_NOOP("derived"),
};

QString Provenance::text() const
{
    return where.isEmpty() ? kindName() : kindName() + QLatin1Char(' ') + where;
}

static ProvenanceKind provenanceKindFromName(const QString &name)
{
    for (auto k : {ProvenanceKind::Hive, ProvenanceKind::File, ProvenanceKind::Sysfs, ProvenanceKind::Smbios,
             ProvenanceKind::Disk, ProvenanceKind::Derived}) {
        if (Provenance {k, {}}.kindName() == name)
            return k;
    }
    return ProvenanceKind::Derived;
}

static const FactSpec &requireSpec(const QString &name)
{
    const FactSpec *spec = FactCatalog::find(name);
    if (!spec)
        throw std::logic_error("fact not in catalogue: " + name.toStdString());
    return *spec;
}

void FactSet::set(const QString &name, const QJsonValue &value, const Provenance &provenance)
{
    const FactSpec &spec = requireSpec(name);
    if (!FactCatalog::matches(spec.type, value)) {
        throw std::logic_error("fact " + name.toStdString() + " expects "
            + FactCatalog::typeName(spec.type).toStdString() + ", got "
            + QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact).toStdString());
    }
    m_facts.insert(name, Fact {name, value, true, {}, provenance});
}

void FactSet::setUnknown(const QString &name, const QString &reason, const Provenance &provenance)
{
    requireSpec(name);
    m_facts.insert(name, Fact {name, QJsonValue::Null, false, reason, provenance});
}

void FactSet::setDateTime(const QString &name, const QDateTime &utc, const Provenance &provenance)
{
    if (!utc.isValid()) {
        setUnknown(name, coreText("invalid time value"), provenance);
        return;
    }
    set(name, utc.toUTC().toString(Qt::ISODate), provenance);
}

const Fact *FactSet::find(const QString &name) const
{
    auto it = m_facts.constFind(name);
    return it == m_facts.constEnd() ? nullptr : &it.value();
}

std::optional<QJsonValue> FactSet::value(const QString &name) const
{
    const Fact *f = find(name);
    if (!f || !f->known)
        return std::nullopt;
    return f->value;
}

void FactSet::merge(const FactSet &other)
{
    for (const Fact &f : other.m_facts)
        m_facts.insert(f.name, f);
}

QString FactSet::jsonPointer(const QString &name)
{
    return QLatin1Char('/') + QString(name).replace(QLatin1Char('.'), QLatin1Char('/'));
}

// Inserts value at the dotted path inside root, creating objects on the way.
static void insertPath(QJsonObject &root, const QStringList &parts, int i, const QJsonValue &value)
{
    if (i == parts.size() - 1) {
        root.insert(parts[i], value);
        return;
    }
    QJsonObject child = root.value(parts[i]).toObject();
    insertPath(child, parts, i + 1, value);
    root.insert(parts[i], child);
}

QJsonObject FactSet::toJson() const
{
    QJsonObject root;
    QJsonObject provenance;
    for (const Fact &f : m_facts) {
        const QStringList parts = f.name.split(QLatin1Char('.'));
        insertPath(root, parts, 0, f.known ? f.value : QJsonValue(QJsonValue::Null));
        if (!f.known) {
            QStringList why = parts;
            why.last() += QStringLiteral("_unknown");
            insertPath(root, why, 0, f.unknownReason);
        }
        provenance.insert(jsonPointer(f.name), f.provenance.text());
    }
    root.insert(QStringLiteral("provenance"), provenance);
    return root;
}

static QJsonValue lookupPath(const QJsonObject &root, const QStringList &parts)
{
    QJsonValue cur = root;
    for (const QString &p : parts) {
        if (!cur.isObject())
            return QJsonValue::Undefined;
        cur = cur.toObject().value(p);
    }
    return cur;
}

FactSet FactSet::fromJson(const QJsonObject &json)
{
    FactSet set;
    const QJsonObject provenance = json.value(QStringLiteral("provenance")).toObject();
    for (const FactSpec &spec : FactCatalog::all()) {
        const QString name = QString::fromLatin1(spec.name);
        QStringList parts = name.split(QLatin1Char('.'));
        const QJsonValue v = lookupPath(json, parts);
        const QString provText = provenance.value(jsonPointer(name)).toString();
        const qsizetype space = provText.indexOf(QLatin1Char(' '));
        Provenance prov {provenanceKindFromName(space < 0 ? provText : provText.left(space)),
            space < 0 ? QString() : provText.mid(space + 1)};
        if (v.isUndefined())
            continue;
        if (v.isNull()) {
            parts.last() += QStringLiteral("_unknown");
            set.setUnknown(name, lookupPath(json, parts).toString(), prov);
        } else if (FactCatalog::matches(spec.type, v)) {
            set.set(name, v, prov);
        } else {
            set.setUnknown(name, coreText("wrong type in JSON input"), prov);
        }
    }
    return set;
}

static QString valueText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (a.isEmpty())
            return QStringLiteral("(none)");
        if (a.first().isString()) {
            QStringList items;
            for (const auto &x : a)
                items << x.toString();
            return items.join(QStringLiteral(", "));
        }
        QStringList lines;
        for (const auto &x : a)
            lines << QStringLiteral("\n      - ")
                    + QString::fromUtf8(QJsonDocument(x.toObject()).toJson(QJsonDocument::Compact));
        return QString::number(a.size()) + QStringLiteral(" item(s)") + lines.join(QString());
    }
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return QStringLiteral("null");
}

QString FactSet::toText() const
{
    QString out;
    QString group;
    for (const Fact &f : m_facts) {
        const QString top = f.name.section(QLatin1Char('.'), 0, 0);
        if (top != group) {
            group = top;
            out += QStringLiteral("\n[%1]\n").arg(group);
        }
        const QString shown
            = f.known ? valueText(f.value) : QStringLiteral("unknown (%1)").arg(f.unknownReason);
        out += QStringLiteral("  %1 = %2\n").arg(f.name.section(QLatin1Char('.'), 1), shown);
    }
    return out;
}

} // namespace urs
