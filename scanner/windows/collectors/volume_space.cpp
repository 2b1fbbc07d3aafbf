// SPDX-License-Identifier: GPL-3.0-or-later
// The Windows volume: size, free space and what could be reclaimed before an upgrade (the
// upgrade checklist's "free disk space" item: about 35 GB free for a feature upgrade).
#include "common/core_text.h"
#include "common/log.h"
#include "common/scan_error.h"
#include "source/source_json.h"
#include "windows/collectors/collectors.h"

namespace urs {

namespace {

struct Reclaimable {
    const char *fact;
    QString path;
    bool tree; // a folder: sum its files
};

// The size of one reclaimable item: 0 when absent, unknown when too large to walk or unreadable.
std::optional<qint64> getSize(const WindowsContext &ctx, const Reclaimable &item, QString *reason)
{
    try {
        if (!item.tree) {
            const auto e = ctx.volume.stat(item.path);
            return e ? e->sizeBytes : 0;
        }
        const auto size = ctx.volume.treeSize(item.path);
        if (!size)
            *reason = coreText("%1 holds too many files to add up").arg(ctx.file(item.path).where);
        return size;
    } catch (const ScanError &e) {
        *reason = coreText("cannot read %1: %2").arg(ctx.file(item.path).where, e.text());
        return std::nullopt;
    }
}

void checkSpace(const WindowsContext &ctx, FactSet &facts)
{
    const Provenance disk {ProvenanceKind::Disk, ctx.volume.displayName()};
    const FileSystem fs = ctx.volume.filesystem();
    facts.set(QStringLiteral("volume.filesystem"), jsonName(fs), disk);
    const QString label = ctx.volume.label();
    if (!label.isEmpty() || fs == FileSystem::Ntfs)
        facts.set(QStringLiteral("volume.label"), label, disk); // an NTFS volume may have no label
    else
        facts.setUnknown(QStringLiteral("volume.label"),
            coreText("%1 is a %2: it has no volume label to read")
                .arg(ctx.volume.displayName(), jsonName(fs)),
            disk);

    // A size that cannot be read is unknown with the volume's reason, never 0.
    const VolumeSpace space = ctx.volume.space();
    const QString unread = space.problem.isEmpty()
        ? coreText("the size and free space of %1 cannot be read").arg(ctx.volume.displayName())
        : space.problem;
    auto setSize = [&](const char *name, const std::optional<qint64> &bytes, const QString &zero) {
        const QString n = QString::fromLatin1(name);
        if (!bytes)
            facts.setUnknown(n, unread, disk);
        else if (*bytes <= 0 && !zero.isEmpty())
            facts.setUnknown(n, zero, disk);
        else
            facts.set(n, *bytes, disk);
    };
    setSize("volume.total_bytes", space.totalBytes,
        coreText("%1 reports a size of 0").arg(ctx.volume.displayName()));
    setSize("volume.free_bytes", space.freeBytes, {}); // a full volume has 0 bytes free
    setSize("volume.cluster_bytes", space.clusterBytes,
        coreText("%1 reports no cluster size").arg(ctx.volume.displayName()));

    const auto dirty = ctx.volume.dirty();
    if (dirty)
        facts.set(
            QStringLiteral("volume.dirty"), *dirty, {ProvenanceKind::Disk, coreText("NTFS $Volume flags")});
    else
        facts.setUnknown(QStringLiteral("volume.dirty"),
            coreText("%1 is not an NTFS volume read from its raw bytes").arg(ctx.volume.displayName()), disk);

    // Files were read through the file system, so an NTFS volume here is not a locked
    // BitLocker one; a folder does not show whether its volume is encrypted.
    if (fs == FileSystem::Ntfs)
        facts.set(QStringLiteral("volume.bitlocker"), false,
            {ProvenanceKind::Derived,
                coreText("NTFS file system readable on %1").arg(ctx.volume.displayName())});
    else
        facts.setUnknown(QStringLiteral("volume.bitlocker"),
            coreText("%1 is a %2: its encryption is not visible").arg(ctx.volume.displayName(), jsonName(fs)),
            disk);
}

void checkReclaimable(const WindowsContext &ctx, FactSet &facts)
{
    const QList<Reclaimable> items = {
        {"volume.reclaimable.pagefile_bytes", QStringLiteral("pagefile.sys"), false},
        {"volume.reclaimable.hiberfil_bytes", QStringLiteral("hiberfil.sys"), false},
        {"volume.reclaimable.swapfile_bytes", QStringLiteral("swapfile.sys"), false},
        {"volume.reclaimable.windows_old_bytes", QStringLiteral("Windows.old"), true},
        {"volume.reclaimable.update_download_bytes",
            ctx.windowsFile(QStringLiteral("SoftwareDistribution/Download")), true},
        {"volume.reclaimable.windows_bt_bytes", QStringLiteral("$WINDOWS.~BT"), true},
    };
    qint64 total = 0;
    QStringList unknown;
    for (const Reclaimable &item : items) {
        QString reason;
        const auto size = getSize(ctx, item, &reason);
        const QString name = QString::fromLatin1(item.fact);
        if (size) {
            facts.set(name, *size, ctx.file(item.path));
            total += *size;
        } else {
            facts.setUnknown(name, reason, ctx.file(item.path));
            unknown.append(name);
        }
    }
    const QString totalName = QStringLiteral("volume.reclaimable.total_bytes");
    const Provenance derived {ProvenanceKind::Derived, coreText("sum of volume.reclaimable.*")};
    if (unknown.isEmpty())
        facts.set(totalName, total, derived);
    else
        facts.setUnknown(
            totalName, coreText("unknown parts: %1").arg(unknown.join(QStringLiteral(", "))), derived);
}

} // namespace

void checkVolume(const WindowsContext &ctx, FactSet &facts)
{
    checkSpace(ctx, facts);
    checkReclaimable(ctx, facts);
}

} // namespace urs
