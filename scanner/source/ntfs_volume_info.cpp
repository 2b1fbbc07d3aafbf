// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/ntfs_volume_info.h"

#include "common/core_text.h"
#include "common/log.h"

#include <QtEndian>
#include <bit>
#include <vector>

namespace urs {

namespace {
// Fixed MFT records of the NTFS metafiles (Microsoft NTFS technical reference, "MFT entries").
constexpr TSK_INUM_T kVolumeRecord = 3;
constexpr TSK_INUM_T kBitmapRecord = 6;
constexpr qint64 kChunk = 1 << 20;

// Logs problem and hands it to the caller that asked for it.
void report(QString *out, const QString &problem)
{
    log()->warn("{}", str(problem));
    if (out)
        *out = problem;
}

TskFilePtr openMetafile(TSK_FS_INFO *fs, TSK_INUM_T record, const char *what, QString *problem = nullptr)
{
    if (!TSK_FS_TYPE_ISNTFS(fs->ftype)) {
        if (problem)
            *problem = coreText("not an NTFS volume: it has no %1").arg(QLatin1String(what));
        return {};
    }
    TskFilePtr file(tsk_fs_file_open_meta(fs, nullptr, record));
    if (!file || !file->meta) {
        report(problem,
            coreText("cannot open NTFS %1 (MFT record %2): %3")
                .arg(QLatin1String(what))
                .arg(record)
                .arg(takeTskError()));
        return {};
    }
    return file;
}
} // namespace

std::optional<qint64> countNtfsFreeClusters(TSK_FS_INFO *fs, QString *problem)
{
    TskFilePtr bitmap = openMetafile(fs, kBitmapRecord, "$Bitmap", problem);
    if (!bitmap)
        return std::nullopt;
    const qint64 clusters = qint64(fs->block_count);
    const qint64 neededBytes = (clusters + 7) / 8;
    if (bitmap->meta->size < neededBytes) {
        report(problem,
            coreText("NTFS $Bitmap holds %1 bytes, but the volume's %2 clusters need %3")
                .arg(bitmap->meta->size)
                .arg(clusters)
                .arg(neededBytes));
        return std::nullopt;
    }
    std::vector<char> buf(size_t(std::min(kChunk, neededBytes)));
    qint64 used = 0;
    for (qint64 offset = 0; offset < neededBytes;) {
        const size_t want = size_t(std::min<qint64>(qint64(buf.size()), neededBytes - offset));
        const ssize_t got
            = tsk_fs_file_read(bitmap.get(), offset, buf.data(), want, TSK_FS_FILE_READ_FLAG_NONE);
        if (got <= 0) {
            report(problem,
                coreText("cannot read NTFS $Bitmap at offset %1: %2").arg(offset).arg(takeTskError()));
            return std::nullopt;
        }
        // Whole 64-bit words first, then the tail byte by byte.
        const auto *p = reinterpret_cast<const unsigned char *>(buf.data());
        size_t i = 0;
        for (; i + 8 <= size_t(got); i += 8) {
            quint64 w;
            memcpy(&w, p + i, 8);
            used += std::popcount(w);
        }
        for (; i < size_t(got); ++i)
            used += std::popcount(unsigned(p[i]));
        offset += got;
    }
    // Bits past the last cluster in the final byte are padding (mkntfs and Windows set them to
    // 1): leave them out of the count.
    const int padding = int(neededBytes * 8 - clusters);
    if (padding > 0) {
        unsigned char last = 0;
        if (tsk_fs_file_read(
                bitmap.get(), neededBytes - 1, reinterpret_cast<char *>(&last), 1, TSK_FS_FILE_READ_FLAG_NONE)
            != 1) {
            report(problem,
                coreText("cannot read the last byte of NTFS $Bitmap at offset %1: %2")
                    .arg(neededBytes - 1)
                    .arg(takeTskError()));
            return std::nullopt;
        }
        used -= std::popcount(unsigned(last >> (8 - padding)));
    }
    return clusters - used;
}

std::optional<quint16> readNtfsVolumeFlags(TSK_FS_INFO *fs)
{
    TskFilePtr volume = openMetafile(fs, kVolumeRecord, "$Volume");
    if (!volume)
        return std::nullopt;
    // $VOLUME_INFORMATION: 8 reserved bytes, major and minor version, then the 16-bit flags.
    unsigned char info[12] = {};
    const ssize_t got = tsk_fs_file_read_type(volume.get(), TSK_FS_ATTR_TYPE_NTFS_VINFO, 0, 0,
        reinterpret_cast<char *>(info), sizeof info, TSK_FS_FILE_READ_FLAG_NOID);
    if (got != ssize_t(sizeof info)) {
        log()->warn("cannot read NTFS $VOLUME_INFORMATION: {}", str(takeTskError()));
        return std::nullopt;
    }
    return qFromLittleEndian<quint16>(info + 10);
}

std::optional<QString> readNtfsLabel(TSK_FS_INFO *fs)
{
    TskFilePtr volume = openMetafile(fs, kVolumeRecord, "$Volume");
    if (!volume)
        return std::nullopt;
    const TSK_FS_ATTR *attr = tsk_fs_file_attr_get_type(volume.get(), TSK_FS_ATTR_TYPE_NTFS_VNAME, 0, 0);
    if (!attr) {
        tsk_error_reset();
        return QString(); // no $VOLUME_NAME: the volume has no label
    }
    if (attr->size <= 0 || attr->size > 512)
        return QString();
    QByteArray raw(int(attr->size), Qt::Uninitialized);
    if (tsk_fs_attr_read(attr, 0, raw.data(), size_t(raw.size()), TSK_FS_FILE_READ_FLAG_NONE) != attr->size) {
        log()->warn("cannot read NTFS $VOLUME_NAME: {}", str(takeTskError()));
        return std::nullopt;
    }
    return QString::fromUtf16(reinterpret_cast<const char16_t *>(raw.constData()), raw.size() / 2);
}

} // namespace urs
