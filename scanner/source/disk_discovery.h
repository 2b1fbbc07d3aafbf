// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source/source.h"

#include <QJsonObject>

namespace urs {

// A disk of the machine the scanner runs on, with the Windows installations on it.
struct DiscoveredDisk {
    QString device; // "/dev/sda"
    QString model;
    qint64 sizeBytes = 0;
    bool removable = false;
    QString partitionStyle;
    QList<PartitionInfo> partitions;
    QList<WindowsInstallation> installations;
    QString error; // why the disk could not be read, if it could not

    QJsonObject toJson() const;
    QString toText() const;
};

// Lists the block devices under hardwareRoot/sys/block (skipping loop, ram and zram devices)
// and opens each read-only (at hardwareRoot/dev/NAME) to find Windows on it.
QList<DiscoveredDisk> discoverDisks(const QString &hardwareRoot);

} // namespace urs
