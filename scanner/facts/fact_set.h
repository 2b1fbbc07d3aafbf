// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "facts/fact.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <optional>

namespace urs {

// The one fact model: every collector writes here, the rule engine and the report read here.
// Names must be in FactCatalog; setting an unknown name or a value of the wrong type is a
// programming error and throws std::logic_error (the tests catch that, a scan never should).
class FactSet {
public:
    void set(const QString &name, const QJsonValue &value, const Provenance &provenance);
    void setUnknown(const QString &name, const QString &reason, const Provenance &provenance = {});
    // Convenience for the common case of a DateTime fact.
    void setDateTime(const QString &name, const QDateTime &utc, const Provenance &provenance);

    bool contains(const QString &name) const { return m_facts.contains(name); }
    const Fact *find(const QString &name) const;
    // The value when the fact is known; nullopt when unknown or never collected.
    std::optional<QJsonValue> value(const QString &name) const;
    const QMap<QString, Fact> &all() const { return m_facts; }

    // Merges another set (later wins); used when collectors run on separate sets.
    void merge(const FactSet &other);

    // JSON: nested objects following the dotted names; an unknown fact is null with a sibling
    // "<name>_unknown" holding the reason; "/provenance" maps each JSON pointer to its source.
    QJsonObject toJson() const;
    static FactSet fromJson(const QJsonObject &json); // for fixtures and the fleet view
    // Human text: one line per fact, grouped by the first name part.
    QString toText() const;

    static QString jsonPointer(const QString &name);

private:
    QMap<QString, Fact> m_facts;
};

} // namespace urs
