// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace urs {

// One file inside the report zip.
struct ReportMember {
    QString name;
    QByteArray data;
};

// manifest.json: the SHA-256 and size of every other member, so a reader can tell a damaged
// or edited report from a good one. Schema documented in docs/report.md.
class ReportManifest {
public:
    static constexpr int kSchemaVersion = 1;
    static QString fileName() { return QStringLiteral("manifest.json"); }

    struct Entry {
        qint64 size = 0;
        QString sha256; // lower-case hex
    };

    static QByteArray build(const QList<ReportMember> &members);
    // Parses manifest bytes; on failure returns false and sets *error.
    static bool parse(const QByteArray &bytes, QMap<QString, Entry> *entries, QString *error);
    static QString sha256Hex(const QByteArray &data);
};

} // namespace urs
