// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source/source.h"

#include <QJsonObject>
#include <functional>

namespace urs {

// A disk of the machine the scanner runs on, with the Windows installations on it.
struct DiscoveredDisk {
    QString device; // "/dev/sda"
    QString model;
    qint64 sizeBytes = 0;
    bool removable = false;
    std::optional<PartitionStyle> partitionStyle; // nullopt when the disk could not be read
    QList<PartitionInfo> partitions;
    QList<WindowsInstallation> installations;
    QString error; // why the disk could not be read, if it could not

    // Takes the partitions and installations of an opened source.
    void fill(const Source &source);

    QJsonObject toJson() const;
    QString toText() const;
};

// Opens the source at a device path and fills disk from it; throws ScanError when it cannot.
using DiskOpener = std::function<void(const QString &device, DiscoveredDisk &disk)>;

// Lists the block devices under hardwareRoot/sys/block (skipping loop, ram and zram devices)
// and opens each read-only (at hardwareRoot/dev/NAME) to find Windows on it: with open, or
// else with Source::open. Throws ScanError(SourceUnreadable) when sys/block cannot be listed.
// A disk named in excluded ("sdb", "/dev/sdb", or one of its partitions, "sdb1") is neither
// listed nor opened: the live system's own stick is not a machine's disk.
QList<DiscoveredDisk> discoverDisks(
    const QString &hardwareRoot, const DiskOpener &open = {}, const QStringList &excluded = {});

} // namespace urs
