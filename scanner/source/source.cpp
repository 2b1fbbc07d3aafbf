// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/source.h"

#include "common/core_text.h"
#include "common/scan_error.h"
#include "facts/fact_set.h"
#include "source/directory_source.h"
#include "source/source_json.h"
#include "source/tsk_disk_source.h"

#include <QFileInfo>
#include <QJsonArray>

namespace urs {

std::unique_ptr<Source> Source::open(const QString &path)
{
    if (path.isEmpty())
        throw ScanError(ScanErrorKind::SourceUnreadable, path, coreText("no source given"),
            coreText("Give a disk image, a block device such as /dev/sda, or a folder"));
    if (QFileInfo(path).isDir())
        return std::make_unique<DirectorySource>(path);
    return std::make_unique<TskDiskSource>(path);
}

void Source::describe(FactSet &facts) const
{
    const Provenance table {ProvenanceKind::Disk, coreText("partition table")};
    const Provenance volumes {
        ProvenanceKind::Disk, coreText("<folder>\\System32\\config\\SOFTWARE and SYSTEM on each volume")};
    facts.set(QStringLiteral("source.path"), path(), {ProvenanceKind::Disk, QStringLiteral("--source")});
    facts.set(QStringLiteral("source.kind"), jsonName(kind()), {ProvenanceKind::Disk, path()});
    if (const auto size = diskSizeBytes())
        facts.set(QStringLiteral("source.disk_size_bytes"), *size,
            {ProvenanceKind::Disk, coreText("size of %1").arg(path())});
    else
        facts.setUnknown(QStringLiteral("source.disk_size_bytes"),
            coreText("%1 is a folder: it has no disk size").arg(path()));
    facts.set(QStringLiteral("source.partition_style"), jsonName(partitionStyle()), table);

    QJsonArray installs;
    for (const WindowsInstallation &inst : installations())
        installs.append(installationToJson(inst));
    facts.set(QStringLiteral("source.windows_installations"), installs, volumes);

    // A folder or a lone file system (a partition image) shows no partition table: whether the
    // disk it came from has an ESP or a recovery partition cannot be known from it.
    const QList<PartitionInfo> parts = partitions();
    const bool wholeDisk = partitionStyle() != PartitionStyle::None;
    if (kind() == SourceKind::Directory) {
        facts.setUnknown(QStringLiteral("source.partitions"),
            coreText("%1 is a folder: its partition table is not visible").arg(path()));
    } else {
        QJsonArray arr;
        for (const PartitionInfo &p : parts)
            arr.append(partitionToJson(p));
        facts.set(QStringLiteral("source.partitions"), arr, table);
    }
    if (!wholeDisk) {
        const QString why = coreText("%1 holds a single volume, not a whole disk: the other partitions of "
                                     "its disk are not visible")
                                .arg(path());
        facts.setUnknown(QStringLiteral("source.esp_present"), why);
        facts.setUnknown(QStringLiteral("source.recovery_partition_present"), why);
        return;
    }
    bool esp = false, recovery = false;
    for (const PartitionInfo &p : parts) {
        esp = esp || p.role == PartitionRole::Esp;
        recovery = recovery || p.role == PartitionRole::Recovery;
    }
    facts.set(QStringLiteral("source.esp_present"), esp, table);
    facts.set(QStringLiteral("source.recovery_partition_present"), recovery, table);
}

} // namespace urs
