// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source/source.h"

#include <QJsonObject>

namespace urs {

// The JSON shapes of the source.partitions and source.windows_installations facts, shared by
// Source::describe and the disk listing so both say the same thing.
QJsonObject partitionToJson(const PartitionInfo &p);
QJsonObject installationToJson(const WindowsInstallation &inst);

// "237.8 GiB": sizes for people, in binary units as Windows Disk Management shows them.
QString humanBytes(qint64 bytes);

} // namespace urs
