// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/report_manifest.h"

#include "common/core_text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <nettle/sha2.h>

namespace urs {

// Nettle rather than QCryptographicHash: Nettle uses the CPU's SHA extensions where present
// and is about eight times faster here, which is most of the fleet summary's time per report.
QString ReportManifest::sha256Hex(const QByteArray &data)
{
    sha256_ctx ctx;
    sha256_init(&ctx);
    sha256_update(&ctx, size_t(data.size()), reinterpret_cast<const uint8_t *>(data.constData()));
    QByteArray digest(SHA256_DIGEST_SIZE, Qt::Uninitialized);
    sha256_digest(&ctx, SHA256_DIGEST_SIZE, reinterpret_cast<uint8_t *>(digest.data()));
    return QString::fromLatin1(digest.toHex());
}

QByteArray ReportManifest::build(const QList<ReportMember> &members)
{
    QJsonArray list;
    for (const ReportMember &m : members) {
        list.append(QJsonObject {{QStringLiteral("name"), m.name},
            {QStringLiteral("size"), double(m.data.size())}, {QStringLiteral("sha256"), sha256Hex(m.data)}});
    }
    const QJsonObject root {{QStringLiteral("schema"), QStringLiteral("upgrade-scan/manifest")},
        {QStringLiteral("schema_version"), kSchemaVersion},
        {QStringLiteral("algorithm"), QStringLiteral("sha256")}, {QStringLiteral("members"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool ReportManifest::parse(const QByteArray &bytes, QMap<QString, Entry> *entries, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (!doc.isObject()) {
        *error = coreText("manifest.json is not JSON (%1 at offset %2)").arg(pe.errorString()).arg(pe.offset);
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("schema")).toString() != QLatin1String("upgrade-scan/manifest")
        || root.value(QStringLiteral("algorithm")).toString() != QLatin1String("sha256")) {
        *error = coreText("manifest.json is not an upgrade-scan SHA-256 manifest");
        return false;
    }
    const int version = root.value(QStringLiteral("schema_version")).toInt(-1);
    if (version < 1 || version > kSchemaVersion) {
        *error = coreText("manifest.json schema version %1 is not supported (this build reads 1 to %2)")
                     .arg(version)
                     .arg(kSchemaVersion);
        return false;
    }
    entries->clear();
    for (const QJsonValue &v : root.value(QStringLiteral("members")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QStringLiteral("name")).toString();
        const QString sha = o.value(QStringLiteral("sha256")).toString();
        if (name.isEmpty() || sha.size() != 64 || !o.value(QStringLiteral("size")).isDouble()) {
            *error = coreText("manifest.json has a malformed entry");
            return false;
        }
        entries->insert(name, Entry {qint64(o.value(QStringLiteral("size")).toDouble()), sha.toLower()});
    }
    return true;
}

} // namespace urs
