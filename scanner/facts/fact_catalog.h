// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace urs {

enum class FactType {
    Bool,
    Integer, // JSON number without fraction (bytes, counts, build numbers)
    String,
    DateTime, // ISO 8601 UTC string, "2015-12-12T03:30:15Z"
    StringList, // JSON array of strings
    ObjectList, // JSON array of objects (programs, partitions, ...)
    Object, // JSON object
};

// One entry of the public fact contract. Names are stable: the JSON pointer is the name with
// dots turned into slashes, and rule files refer to facts by name.
struct FactSpec {
    const char *name;
    FactType type;
    const char *description;
};

class FactCatalog {
public:
    static const QList<FactSpec> &all();
    static const FactSpec *find(const QString &name);
    static QString typeName(FactType type);
    // True when value has the JSON shape of type (used when a fact is set).
    static bool matches(FactType type, const QJsonValue &value);
};

} // namespace urs
