// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source/source.h"

#include <QJsonObject>

namespace urs {

// The names of the source enums in the facts, the JSON and the listings ("image", "gpt",
// "esp", "ntfs"): the one place they become text.
QString jsonName(SourceKind kind);
QString jsonName(PartitionStyle style);
QString jsonName(PartitionRole role);
QString jsonName(FileSystem filesystem);

// The JSON shapes of the source.partitions and source.windows_installations facts, shared by
// Source::describe and the disk listing so both say the same thing.
QJsonObject partitionToJson(const PartitionInfo &p);
QJsonObject installationToJson(const WindowsInstallation &inst);

// "237.8 GiB": sizes for people, in binary units as Windows Disk Management shows them.
QString humanBytes(qint64 bytes);

} // namespace urs
