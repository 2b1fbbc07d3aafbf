// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/partition_table.h"

#include "common/core_text.h"
#include "common/log.h"

#include <QRegularExpression>
#include <QtEndian>
#include <cstring>
#include <limits>
#include <zlib.h>

namespace urs {

namespace {

const QString kEspGuid = QStringLiteral("C12A7328-F81F-11D2-BA4B-00A0C93EC93B");
const QString kRecoveryGuid = QStringLiteral("DE94BBA4-06D1-4D40-A16A-BFD50179D6AC");
const QString kMsrGuid = QStringLiteral("E3C9E316-0B5C-4DB8-817D-F92DF00215AE");
const QString kBasicDataGuid = QStringLiteral("EBD0A0A2-B9E5-4433-87C0-68B6B72699C7");

// A GUID as stored on disk: the first three fields little-endian, the rest as bytes (UEFI spec
// appendix A).
QString guidText(const uchar *b)
{
    return QStringLiteral("%1-%2-%3-%4-%5")
        .arg(qFromLittleEndian<quint32>(b), 8, 16, QLatin1Char('0'))
        .arg(qFromLittleEndian<quint16>(b + 4), 4, 16, QLatin1Char('0'))
        .arg(qFromLittleEndian<quint16>(b + 6), 4, 16, QLatin1Char('0'))
        .arg(QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(b + 8), 2).toHex()))
        .arg(QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(b + 10), 6).toHex()))
        .toUpper();
}

// Sectors to bytes. GPT stores 64-bit LBAs, so a damaged or hostile table can name a sector
// whose byte offset does not fit in a qint64 (found by tests/fuzz/fuzz_disk; the product was
// undefined behaviour). Such an offset saturates to the largest qint64: TskDiskSource refuses the
// entry as ending past the disk, checkGpt finds its entry array past the end.
qint64 sectorBytes(quint64 sectors, quint64 sectorSize)
{
    constexpr quint64 kMax = quint64(std::numeric_limits<qint64>::max());
    if (sectorSize != 0 && sectors > kMax / sectorSize)
        return qint64(kMax);
    return qint64(sectors * sectorSize);
}

// The type GUID of GPT entry `slot`, from the primary table's entry array checkGpt() read
// (UEFI spec 5.3.2: the type is an entry's first 16 bytes). libtsk gives the name but not the
// type. None for a slot outside the array or an entry size past 4096 bytes.
QString gptTypeGuid(const QByteArray &entries, qint64 entrySize, int slot)
{
    if (slot < 0 || entrySize < 128 || entrySize > 4096 || (qint64(slot) + 1) * entrySize > entries.size())
        return {};
    return guidText(reinterpret_cast<const uchar *>(entries.constData()) + qint64(slot) * entrySize);
}

// The CRC32 of the GPT (UEFI spec 2.10 appendix A: the ISO 3309 polynomial, zlib's crc32).
quint32 gptCrc32(const uchar *data, qint64 size)
{
    return quint32(::crc32_z(0, data, size_t(size))); // 0: zlib's start value
}

// Checks the two CRC32s of the GPT libtsk read (UEFI spec 2.10 section 5.3.2): the header's,
// over its first HeaderSize bytes with the CRC field taken as zero, and the partition entry
// array's. Firmware and Windows refuse a table that fails them (and turn to the backup copy);
// libtsk checks neither, so a table damaged on the disk would be read as if it were sound.
// When both hold and the table is the primary one, its entry array and entry size are kept in
// entryArray and entryArrayStride (the size of one entry), for the partitions' type GUIDs.
QString checkGpt(TSK_IMG_INFO *img, const TSK_VS_INFO *vs, QByteArray *entryArray, qint64 *entryArrayStride)
{
    const qint64 bs = vs->block_size;
    const qint64 lastLba = (img->size - qint64(vs->offset)) / bs - 1;
    const qint64 headerAt = qint64(vs->offset) + (vs->is_backup ? lastLba : 1) * bs;
    QByteArray header(bs, '\0');
    if (tsk_img_read(img, headerAt, header.data(), size_t(bs)) != ssize_t(bs))
        return coreText("its header at byte %1 cannot be read (%2)").arg(headerAt).arg(takeTskError());
    auto *h = reinterpret_cast<uchar *>(header.data());
    const quint32 headerSize = qFromLittleEndian<quint32>(h + 12);
    if (headerSize < 92 || headerSize > bs)
        return coreText("its header gives its own size as %1 bytes").arg(headerSize);
    const quint32 headerCrc = qFromLittleEndian<quint32>(h + 16);
    qToLittleEndian<quint32>(0, h + 16);
    if (const quint32 computed = gptCrc32(h, headerSize); computed != headerCrc)
        return coreText("the CRC32 of its header is 0x%1, the header says 0x%2")
            .arg(computed, 8, 16, QLatin1Char('0'))
            .arg(headerCrc, 8, 16, QLatin1Char('0'));
    const quint64 entriesLba = qFromLittleEndian<quint64>(h + 72);
    const quint32 count = qFromLittleEndian<quint32>(h + 80);
    const quint32 entrySize = qFromLittleEndian<quint32>(h + 84);
    // 128 entries of 128 bytes is what every tool writes; the cap only keeps a hostile header
    // from making us read gigabytes.
    const qint64 arrayBytes = qint64(count) * entrySize;
    if (entrySize < 128 || arrayBytes > (4 << 20))
        return coreText("its header declares %1 partition entries of %2 bytes").arg(count).arg(entrySize);
    const qint64 entries = sectorBytes(entriesLba, quint64(bs));
    if (entries > img->size - qint64(vs->offset) - arrayBytes)
        return coreText("its partition entries lie past the end of the disk (sector %1)").arg(entriesLba);
    QByteArray array(arrayBytes, '\0');
    if (tsk_img_read(img, qint64(vs->offset) + entries, array.data(), size_t(arrayBytes))
        != ssize_t(arrayBytes))
        return coreText("its partition entries cannot be read (%1)").arg(takeTskError());
    const quint32 arrayCrc = qFromLittleEndian<quint32>(h + 88);
    if (const quint32 computed = gptCrc32(reinterpret_cast<const uchar *>(array.constData()), arrayBytes);
        computed != arrayCrc)
        return coreText("the CRC32 of its partition entries is 0x%1, the header says 0x%2")
            .arg(computed, 8, 16, QLatin1Char('0'))
            .arg(arrayCrc, 8, 16, QLatin1Char('0'));
    if (!vs->is_backup) {
        *entryArray = array;
        *entryArrayStride = entrySize;
    }
    return {};
}

// libtsk's MBR descriptions end with the type byte, e.g. "NTFS / exFAT (0x07)" (tsk/vs/dos.c).
QString mbrTypeFromDescription(const QString &desc)
{
    static const QRegularExpression re(QStringLiteral("\\((0x[0-9a-fA-F]{2})\\)\\s*$"));
    const auto m = re.match(desc);
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

// Which volume system to ask libtsk for, from the first sector. Autodetection would try the MBR
// reader on every disk, and libtsk 4.11 leaks the entries it had read when that reader gives up
// (a GPT protective MBR, a file system boot sector); asking for the right type avoids it.
QList<TSK_VS_TYPE_ENUM> candidateTypes(TSK_IMG_INFO *img)
{
    uchar s[512];
    if (tsk_img_read(img, 0, reinterpret_cast<char *>(s), sizeof s) != ssize_t(sizeof s)) {
        tsk_error_reset();
        return {};
    }
    auto at = [&](int offset, const char *text) { return memcmp(s + offset, text, strlen(text)) == 0; };
    if (s[510] != 0x55 || s[511] != 0xAA) // no MBR signature: neither MBR nor GPT (UEFI 5.2.3)
        return {TSK_VS_TYPE_MAC, TSK_VS_TYPE_SUN, TSK_VS_TYPE_BSD};
    for (int i = 0; i < 4; ++i)
        if (s[446 + i * 16 + 4] == 0xEE) // protective MBR entry: a GPT disk (UEFI 5.2.3)
            return {TSK_VS_TYPE_GPT};
    // A file system boot sector also ends in 55 AA: NTFS, BitLocker and exFAT name themselves at
    // offset 3, FAT12/16 at 0x36 and FAT32 at 0x52 (Microsoft FAT specification, section 3).
    if (at(3, "NTFS    ") || at(3, "-FVE-FS-") || at(3, "EXFAT   ") || at(0x36, "FAT1")
        || at(0x52, "FAT32   "))
        return {};
    return {TSK_VS_TYPE_DOS};
}

} // namespace

PartitionTable readPartitionTable(TSK_IMG_INFO *img)
{
    PartitionTable table;
    TskVsPtr vs;
    for (TSK_VS_TYPE_ENUM type : candidateTypes(img)) {
        vs.reset(tsk_vs_open(img, 0, type));
        if (vs)
            break;
        log()->debug("no {} partition table: {}", tsk_vs_type_toname(type), str(takeTskError()));
    }
    if (!vs) {
        table.style = PartitionStyle::None;
        return table;
    }
    const bool gpt = vs->vstype == TSK_VS_TYPE_GPT;
    const bool mbr = vs->vstype == TSK_VS_TYPE_DOS;
    table.style = gpt ? PartitionStyle::Gpt : mbr ? PartitionStyle::Mbr : PartitionStyle::Other;
    QByteArray gptEntries;
    qint64 gptEntrySize = 0;
    if (gpt)
        table.gptDamage = checkGpt(img, vs.get(), &gptEntries, &gptEntrySize);
    if (table.style == PartitionStyle::Other) {
        const char *name = tsk_vs_type_toname(vs->vstype);
        log()->info("a {} partition table", name ? name : "libtsk-only");
    }
    // The boot indicator of each primary MBR entry (byte 0 of the 16-byte entry at 446): 0x80
    // marks the active partition, whose boot sector a BIOS starts. libtsk does not keep it.
    uchar sector0[512] = {};
    if (mbr
        && tsk_img_read(img, 0, reinterpret_cast<char *>(sector0), sizeof sector0) != ssize_t(sizeof sector0))
        tsk_error_reset();
    int logical = 5;
    for (TSK_PNUM_T i = 0; i < vs->part_count; ++i) {
        const TSK_VS_PART_INFO *part = tsk_vs_part_get(vs.get(), i);
        if (!part || !(part->flags & TSK_VS_PART_FLAG_ALLOC))
            continue;
        PartitionTableEntry e;
        e.startBytes = sectorBytes(part->start, vs->block_size);
        e.sizeBytes = sectorBytes(part->len, vs->block_size);
        e.description = part->desc ? QString::fromUtf8(part->desc).trimmed() : QString();
        if (gpt) {
            e.index = part->slot_num + 1;
            e.typeId = gptTypeGuid(gptEntries, gptEntrySize, part->slot_num);
        } else if (mbr) {
            // Primary entries sit in table 0; logical ones in the extended chain are numbered
            // from 5 in chain order, as Linux and Windows' diskpart list them.
            e.index = part->table_num == 0 ? part->slot_num + 1 : logical++;
            e.typeId = mbrTypeFromDescription(e.description);
            e.active = part->table_num == 0 && part->slot_num >= 0 && part->slot_num < 4
                && sector0[446 + part->slot_num * 16] == 0x80;
        } else {
            e.index = int(table.entries.size()) + 1;
        }
        table.entries.append(e);
    }
    return table;
}

bool isEspType(const QString &t)
{
    return t == kEspGuid || t == QLatin1String("0xef");
}
bool isRecoveryType(const QString &t)
{
    return t == kRecoveryGuid || t == QLatin1String("0x27");
}
bool isMsrType(const QString &t)
{
    return t == kMsrGuid;
}
bool isBasicDataType(const QString &t)
{
    static const QStringList mbrData = {QStringLiteral("0x07"), QStringLiteral("0x0b"),
        QStringLiteral("0x0c"), QStringLiteral("0x0e"), QStringLiteral("0x06")};
    return t == kBasicDataGuid || mbrData.contains(t);
}

} // namespace urs
