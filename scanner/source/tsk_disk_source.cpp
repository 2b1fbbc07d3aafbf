// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/tsk_disk_source.h"

#include "common/core_text.h"
#include "common/log.h"
#include "common/scan_error.h"
#include "source/partition_table.h"
#include "source/source_json.h"
#include "source/tsk_ntfs_volume.h"
#include "source/volume_probe.h"

#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <sys/stat.h>
#include <unistd.h>

namespace urs {

namespace {
const QString kRecopy = coreText("Copy the whole disk again (for example with ddrescue) and check that "
                                 "the copy is as large as the disk");

QString errnoText(int e)
{
    return QString::fromLocal8Bit(strerror(e));
}

// The role of a volume from what its table entry says and what is on it.
PartitionRole roleOf(const PartitionInfo &p, const QString &typeId, bool efiFolder, bool winRe)
{
    if (p.hasWindows)
        return PartitionRole::Windows;
    const bool fat = p.filesystem == FileSystem::Fat;
    if (isEspType(typeId) || (fat && efiFolder) || p.description.contains(QLatin1String("EFI")))
        return PartitionRole::Esp;
    if (isRecoveryType(typeId) || (p.filesystem == FileSystem::Ntfs && winRe)
        || p.description.contains(QLatin1String("Recovery"), Qt::CaseInsensitive))
        return PartitionRole::Recovery;
    if (isMsrType(typeId))
        return PartitionRole::Other;
    const bool windowsFs = p.filesystem == FileSystem::Ntfs || p.filesystem == FileSystem::Fat
        || p.filesystem == FileSystem::Exfat || p.filesystem == FileSystem::BitLocker;
    if (windowsFs || isBasicDataType(typeId))
        return PartitionRole::Data;
    return PartitionRole::Other;
}
} // namespace

TskDiskSource::TskDiskSource(const QString &path)
    : m_path(path)
{
    checkFile();
    TskImgPtr img(tsk_img_open_utf8_sing(QFile::encodeName(path).constData(), TSK_IMG_TYPE_RAW, 0));
    if (!img)
        throw ScanError(ScanErrorKind::SourceUnreadable, path,
            coreText("cannot open it as a raw disk image (%1)").arg(takeTskError()),
            coreText("Give a raw (dd) image or a block device such as /dev/sda"));
    m_image = shareImage(std::move(img));
    m_sizeBytes = m_image->size;
    if (m_sizeBytes <= 0)
        throw ScanError(ScanErrorKind::SourceUnreadable, path, coreText("it holds no data (size 0)"),
            coreText("Check that a disk is present and that the copy finished"));

    const PartitionTable table = readPartitionTable(m_image.get());
    if (!table.gptDamage.isEmpty())
        throw ScanError(ScanErrorKind::SourceUnreadable, path,
            coreText("the GPT partition table is damaged: %1").arg(table.gptDamage),
            coreText("The firmware and Windows fall back on the backup copy of the table at the end of "
                     "the disk and usually repair it from there: start Windows once and shut it down, "
                     "then scan again; if it does not start, repair the table with gdisk (its recovery "
                     "and transformation menu) first"));
    m_style = table.style;
    if (table.style == PartitionStyle::None) {
        PartitionInfo whole;
        whole.index = 0;
        whole.sizeBytes = m_sizeBytes;
        whole.description = coreText("whole image (no partition table)");
        addVolume(whole, QString());
        const PartitionInfo &p = m_partitions.constLast();
        // An NTFS boot sector whose file system libtsk cannot open (a torn $MFT): say that, not
        // "no file system".
        if (p.filesystem == FileSystem::Unknown && !p.note.isEmpty())
            throw ScanError(ScanErrorKind::SourceUnreadable, path,
                coreText("no partition table (MBR or GPT), and its volume cannot be read: %1").arg(p.note),
                coreText("Run chkdsk on this volume in Windows, or copy the disk with ddrescue if it is "
                         "failing, then scan again"));
        if (p.filesystem == FileSystem::Unknown)
            throw ScanError(ScanErrorKind::SourceUnreadable, path,
                coreText("no partition table (MBR or GPT) and no file system found"),
                coreText("Give a raw (dd) copy of a whole disk or a block device such as "
                         "/dev/sda; convert VHD, VHDX, VMDK or QCOW2 images first with "
                         "'qemu-img convert -O raw'"));
    }
    for (const PartitionTableEntry &e : table.entries) {
        // Both are at most the largest qint64 (readPartitionTable saturates), so their sum is
        // saturated too rather than overflowed (tests/fuzz/fuzz_disk found the overflow).
        const qint64 end = e.sizeBytes > std::numeric_limits<qint64>::max() - e.startBytes
            ? std::numeric_limits<qint64>::max()
            : e.startBytes + e.sizeBytes;
        if (end > m_sizeBytes)
            throw ScanError(ScanErrorKind::SourceUnreadable, path,
                coreText("partition %1 ends at byte %2 but the %3 holds only %4 bytes: "
                         "it is truncated")
                    .arg(e.index)
                    .arg(end)
                    .arg(mediumName())
                    .arg(m_sizeBytes),
                kRecopy);
        PartitionInfo p;
        p.index = e.index;
        p.startBytes = e.startBytes;
        p.sizeBytes = e.sizeBytes;
        p.description = e.description;
        p.active = e.active;
        addVolume(p, e.typeId);
    }
    log()->info("{}: {} {}, {} partition(s), {} Windows installation(s)", str(path), str(jsonName(m_kind)),
        str(jsonName(m_style)), m_partitions.size(), m_installations.size());
}

void TskDiskSource::checkFile()
{
    struct stat st { };
    const QByteArray native = QFile::encodeName(m_path);
    if (::stat(native.constData(), &st) != 0) {
        const int e = errno;
        throw ScanError(ScanErrorKind::SourceUnreadable, m_path,
            e == ENOENT ? coreText("does not exist") : coreText("cannot be read: %1").arg(errnoText(e)),
            // Said for the app and the command line alike; the command line adds its own tip.
            coreText("Give a disk image, a block device such as /dev/sda, or a folder holding a "
                     "Windows volume"));
    }
    if (S_ISBLK(st.st_mode)) {
        m_kind = SourceKind::BlockDevice;
    } else if (S_ISREG(st.st_mode)) {
        m_kind = SourceKind::Image;
        if (st.st_size == 0)
            throw ScanError(ScanErrorKind::SourceUnreadable, m_path,
                coreText("the image file is empty (0 bytes)"), kRecopy);
    } else {
        throw ScanError(ScanErrorKind::SourceUnreadable, m_path,
            coreText("is neither a disk image, a block device nor a folder"),
            coreText("Give a raw disk image or a block device such as /dev/sda"));
    }
    // Open once ourselves for a clear reason (libtsk only says "cannot open").
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int e = errno;
        throw ScanError(ScanErrorKind::SourceUnreadable, m_path,
            coreText("cannot be opened: %1").arg(errnoText(e)),
            e == EACCES ? coreText("Run the scanner as root to read a disk")
                        : coreText("Check that the disk is connected and readable"));
    }
    ::close(fd);
}

QString TskDiskSource::mediumName() const
{
    return m_kind == SourceKind::Image ? coreText("image") : coreText("device");
}

QString TskDiskSource::volumeName(const PartitionInfo &p) const
{
    QString name = p.index > 0 ? coreText("%1 partition %2").arg(m_path).arg(p.index) : m_path;
    QString what = jsonName(p.filesystem).toUpper();
    if (!p.label.isEmpty())
        what += QStringLiteral(", \"%1\"").arg(p.label);
    return name + QStringLiteral(" (") + what + QLatin1Char(')');
}

void TskDiskSource::addVolume(PartitionInfo p, const QString &typeId)
{
    const QString where = p.index > 0 ? coreText("%1 partition %2").arg(m_path).arg(p.index) : m_path;
    const VolumeProbe probe = probeVolume(m_image.get(), p.startBytes, where);
    if (probe.truncated)
        throw ScanError(ScanErrorKind::SourceUnreadable, m_path,
            coreText("the %1 file system extends past the end of the %2: it is truncated")
                .arg(jsonName(probe.filesystem).toUpper(), mediumName()),
            kRecopy);
    p.filesystem = probe.filesystem;
    p.bitlocker = probe.bitlocker;
    p.hasWindows = !probe.windowsFolders.isEmpty();
    p.typeId = typeId;
    p.label = probe.label;
    p.note = probe.note;
    p.role = roleOf(p, typeId, probe.hasEfiFolder, probe.hasWinRe);
    m_partitions.append(p);
    for (const QString &folder : probe.windowsFolders) {
        WindowsInstallation inst;
        inst.index = int(m_installations.size()) + 1;
        inst.partitionIndex = p.index;
        inst.windowsPath = folder;
        inst.volumeName = volumeName(p);
        m_installations.append(inst);
    }
}

std::unique_ptr<WindowsVolume> TskDiskSource::openVolume(const WindowsInstallation &inst) const
{
    for (const PartitionInfo &p : m_partitions) {
        if (p.index == inst.partitionIndex)
            return openPartition(p.index);
    }
    throw ScanError(ScanErrorKind::Internal, m_path,
        coreText("no partition %1 for Windows installation %2").arg(inst.partitionIndex).arg(inst.index));
}

std::unique_ptr<WindowsVolume> TskDiskSource::openPartition(int partitionIndex) const
{
    for (const PartitionInfo &p : m_partitions) {
        if (p.index != partitionIndex)
            continue;
        if (p.bitlocker)
            throw ScanError(ScanErrorKind::SourceUnreadable, volumeName(p),
                coreText("the volume is BitLocker-encrypted"),
                // Suspending BitLocker leaves the volume encrypted: only decrypting helps.
                coreText("In Windows, save the recovery key, decrypt the volume (manage-bde -off C:, "
                         "then wait for \"Fully Decrypted\" in manage-bde -status) and scan again"));
        // Any file system libtsk reads (NTFS, FAT, exFAT), opened read-only like the image.
        return std::make_unique<TskNtfsVolume>(m_image, p.startBytes, volumeName(p));
    }
    throw ScanError(ScanErrorKind::SourceUnreadable, m_path,
        coreText("the %1 has no partition %2").arg(mediumName()).arg(partitionIndex));
}

} // namespace urs
