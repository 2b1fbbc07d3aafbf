// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source/source_types.h"
#include "source/tsk_handles.h"

#include <QList>
#include <QString>

namespace urs {

// One allocated entry of a partition table, as read by libtsk plus the type the table stores.
struct PartitionTableEntry {
    int index = 0; // Linux numbering: GPT entry + 1; MBR primary slot + 1, logical 5, 6, ...
    qint64 startBytes = 0;
    qint64 sizeBytes = 0;
    QString description; // GPT partition name, or libtsk's MBR type text
    QString typeId; // GPT type GUID (upper case) or MBR type ("0x07"); empty if unknown
    bool active = false; // MBR primary entry whose boot indicator is 0x80
};

struct PartitionTable {
    PartitionStyle style = PartitionStyle::None;
    QList<PartitionTableEntry> entries;
    // Why the GPT libtsk read cannot be trusted (a CRC32 that does not match, a header that
    // cannot be), empty when it checks out; libtsk itself checks no CRC.
    QString gptDamage;
};

// Reads the partition table of img with libtsk (MBR or GPT, autodetected). style "none" when
// there is none, e.g. an image of a single file system.
PartitionTable readPartitionTable(TSK_IMG_INFO *img);

// Well-known partition types (GPT: UEFI spec 2.10 section 5.3.3 and Microsoft's "Windows and
// GPT FAQ"; MBR: the type byte).
bool isEspType(const QString &typeId); // C12A7328-... / 0xef
bool isRecoveryType(const QString &typeId); // DE94BBA4-... (Windows RE) / 0x27
bool isMsrType(const QString &typeId); // E3C9E316-... Microsoft reserved
bool isBasicDataType(const QString &typeId); // EBD0A0A2-... / 0x07, 0x0b, 0x0c, 0x0e

} // namespace urs
