// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QJsonValue>
#include <QString>

namespace urs {

// Splits a JSON object into its top-level members without building the values, so a reader
// that needs a few small members of a large document (the fleet summary reads "machine" and
// "assessment" of report.json, not its hundreds of kilobytes of facts) parses only those.
// The skipped values are checked for balanced brackets and closed strings only.
class JsonTopLevel {
public:
    // False, with *error, when json is not an object of that shape.
    bool split(QByteArrayView json, QString *error);
    bool contains(const QString &key) const { return m_members.contains(key); }
    // The member parsed as JSON; Undefined when absent or malformed.
    QJsonValue value(const QString &key) const;

private:
    QHash<QString, QByteArrayView> m_members;
};

} // namespace urs
