// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/source_json.h"

namespace urs {

QJsonObject partitionToJson(const PartitionInfo &p)
{
    QJsonObject o {
        {QStringLiteral("index"), p.index},
        {QStringLiteral("start_bytes"), p.startBytes},
        {QStringLiteral("size_bytes"), p.sizeBytes},
        {QStringLiteral("description"), p.description},
        {QStringLiteral("filesystem"), p.filesystem},
        {QStringLiteral("role"), p.role},
        {QStringLiteral("bitlocker"), p.bitlocker},
        {QStringLiteral("has_windows"), p.hasWindows},
        {QStringLiteral("type_id"), p.typeId},
        {QStringLiteral("label"), p.label},
    };
    if (!p.note.isEmpty())
        o.insert(QStringLiteral("note"), p.note);
    return o;
}

QJsonObject installationToJson(const WindowsInstallation &inst)
{
    return QJsonObject {
        {QStringLiteral("index"), inst.index},
        {QStringLiteral("partition"), inst.partitionIndex},
        {QStringLiteral("path"), inst.windowsPath},
        {QStringLiteral("volume"), inst.volumeName},
    };
}

QString humanBytes(qint64 bytes)
{
    static const char *units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    double v = double(bytes);
    int u = 0;
    while (v >= 1024.0 && u < 5) {
        v /= 1024.0;
        ++u;
    }
    return u == 0 ? QStringLiteral("%1 B").arg(bytes)
                  : QStringLiteral("%1 %2").arg(v, 0, 'f', 1).arg(QLatin1String(units[u]));
}

} // namespace urs
