// SPDX-License-Identifier: GPL-3.0-or-later
// The input as a whole disk (a raw image up to tools/fuzz.sh's -max_len): the machine's disk
// listing (discoverDisks over a hardware root whose only disk is the input), the source itself
// (Source::open: partition table, volume probes, Windows installations; describe), how Windows
// boots from it (BootInspector), then each partition's file system and each installation's
// volume as a scan opens them: listing, stat, the first bytes of the hives, the SOFTWARE hive
// through Hive::openOnVolume, space and dirty flag. An unreadable disk or volume is ScanError;
// anything else is a bug.
#include "common/scan_error.h"
#include "facts/fact_set.h"
#include "fuzz_support.h"
#include "source/disk_discovery.h"
#include "source/source.h"
#include "source/source_json.h"
#include "windows/boot_inspector.h"
#include "windows/hive.h"

#include <QDir>
#include <QFile>
#include <QtEndian>
#include <cstring>
#include <zlib.h>

using namespace urs;

namespace {

// The memory file holding the input, and a hardware root whose sys/block/sda and dev/sda
// lead to it: discoverDisks opens it as it would open /dev/sda.
struct Disk {
    Disk()
        : hardwareRoot(fuzz::scratchDir())
    {
        fuzz::writeFile(hardwareRoot + QStringLiteral("/sys/block/sda/removable"), "0\n");
        QDir().mkpath(hardwareRoot + QStringLiteral("/dev"));
        if (!QFile::link(image.path(), hardwareRoot + QStringLiteral("/dev/sda")))
            qFatal("fuzz setup: cannot link dev/sda");
    }
    fuzz::MemoryFile image {"urs-fuzz-disk"};
    QString hardwareRoot;
};

Disk &disk()
{
    static Disk d;
    return d;
}

void readVolume(const WindowsVolume &volume, const QString &windowsPath)
{
    (void)volume.displayName();
    (void)volume.filesystem();
    (void)volume.label();
    (void)volume.space();
    (void)volume.dirty();
    (void)volume.list(QString());
    (void)volume.treeSize(QString(), 200);
    if (windowsPath.isEmpty())
        return;
    const QString config = windowsPath + QStringLiteral("/System32/config");
    for (const VolumeEntry &e : volume.list(config)) {
        if (!e.isDirectory)
            (void)volume.read(config + QLatin1Char('/') + e.name, 0, 4096);
    }
    (void)volume.stat(config + QStringLiteral("/SYSTEM"));
    try {
        (void)Hive::openOnVolume(volume, config + QStringLiteral("/SOFTWARE"), QStringLiteral("SOFTWARE"));
    } catch (const ScanError &e) {
        fuzz::expected(e);
    }
}

// The scanner refuses a GPT whose CRC32s do not hold, as firmware does; a mutated GPT would
// almost never get past that. So the input's primary GPT gets its CRCs made right (when its
// fields leave them computable), and the fuzzer reaches the partitions behind it; an input with
// a wrong CRC still reaches the check when the header itself is out of shape.
void mendGptCrcs(QByteArray &disk)
{
    constexpr qsizetype kSector = 512;
    if (disk.size() < 2 * kSector || std::memcmp(disk.constData() + kSector, "EFI PART", 8) != 0)
        return;
    auto *h = reinterpret_cast<uchar *>(disk.data()) + kSector;
    const quint32 headerSize = qFromLittleEndian<quint32>(h + 12);
    const quint64 entriesLba = qFromLittleEndian<quint64>(h + 72);
    const quint64 arrayBytes
        = quint64(qFromLittleEndian<quint32>(h + 80)) * qFromLittleEndian<quint32>(h + 84);
    if (headerSize < 92 || headerSize > kSector || entriesLba > quint64(disk.size()) / kSector)
        return;
    if (arrayBytes <= quint64(disk.size()) && entriesLba * kSector + arrayBytes <= quint64(disk.size()))
        qToLittleEndian<quint32>(
            quint32(::crc32_z(
                0, reinterpret_cast<const Bytef *>(disk.constData()) + entriesLba * kSector, arrayBytes)),
            h + 88);
    qToLittleEndian<quint32>(0, h + 16);
    qToLittleEndian<quint32>(quint32(::crc32_z(0, h, headerSize)), h + 16);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quiet();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Disk &d = disk();
    QByteArray disk(reinterpret_cast<const char *>(data), qsizetype(size));
    mendGptCrcs(disk);
    d.image.assign(disk);
    fuzz::writeFile(d.hardwareRoot + QStringLiteral("/sys/block/sda/size"),
        QByteArray::number(qint64(size / 512)) + '\n');

    for (const DiscoveredDisk &found : discoverDisks(d.hardwareRoot)) {
        (void)found.toJson();
        (void)found.toText();
    }

    std::unique_ptr<Source> source;
    try {
        source = Source::open(d.image.path());
    } catch (const ScanError &e) {
        fuzz::expected(e);
        return 0; // no disk: refused with the reason, as documented
    }
    FactSet facts;
    source->describe(facts);
    BootInspector(*source).collect(facts);
    (void)facts.toJson();
    for (const PartitionInfo &p : source->partitions()) {
        (void)partitionToJson(p);
        try {
            readVolume(*source->openPartition(p.index), QString());
        } catch (const ScanError &e) {
            fuzz::expected(e);
        }
    }
    for (const WindowsInstallation &inst : source->installations()) {
        (void)installationToJson(inst);
        try {
            readVolume(*source->openVolume(inst), inst.windowsPath);
        } catch (const ScanError &e) {
            fuzz::expected(e);
        }
    }
    return 0;
}
