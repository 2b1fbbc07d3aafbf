// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/source_json.h"

namespace urs {

QString jsonName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Image:
        return QStringLiteral("image");
    case SourceKind::BlockDevice:
        return QStringLiteral("block_device");
    case SourceKind::Directory:
        return QStringLiteral("directory");
    }
    return {}; // not reached: the switch names every value
}

QString jsonName(PartitionStyle style)
{
    switch (style) {
    case PartitionStyle::Gpt:
        return QStringLiteral("gpt");
    case PartitionStyle::Mbr:
        return QStringLiteral("mbr");
    case PartitionStyle::None:
        return QStringLiteral("none");
    case PartitionStyle::Other:
        return QStringLiteral("other");
    }
    return {}; // not reached: the switch names every value
}

QString jsonName(PartitionRole role)
{
    switch (role) {
    case PartitionRole::Esp:
        return QStringLiteral("esp");
    case PartitionRole::Recovery:
        return QStringLiteral("recovery");
    case PartitionRole::Windows:
        return QStringLiteral("windows");
    case PartitionRole::Data:
        return QStringLiteral("data");
    case PartitionRole::Other:
        return QStringLiteral("other");
    }
    return {}; // not reached: the switch names every value
}

QString jsonName(FileSystem filesystem)
{
    switch (filesystem) {
    case FileSystem::Unknown:
        return QStringLiteral("unknown");
    case FileSystem::Ntfs:
        return QStringLiteral("ntfs");
    case FileSystem::Fat:
        return QStringLiteral("fat");
    case FileSystem::Exfat:
        return QStringLiteral("exfat");
    case FileSystem::BitLocker:
        return QStringLiteral("bitlocker");
    case FileSystem::Other:
        return QStringLiteral("other");
    case FileSystem::Directory:
        return QStringLiteral("directory");
    }
    return {}; // not reached: the switch names every value
}

QJsonObject partitionToJson(const PartitionInfo &p)
{
    QJsonObject o {
        {QStringLiteral("index"), p.index},
        {QStringLiteral("start_bytes"), p.startBytes},
        {QStringLiteral("size_bytes"), p.sizeBytes},
        {QStringLiteral("description"), p.description},
        {QStringLiteral("filesystem"), jsonName(p.filesystem)},
        {QStringLiteral("role"), jsonName(p.role)},
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
