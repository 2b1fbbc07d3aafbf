// SPDX-License-Identifier: GPL-3.0-or-later
// The Windows volume: size, free space and what could be reclaimed before an upgrade (the
// upgrade checklist's "free disk space" item: about 35 GB free for a feature upgrade).
#include "common/log.h"
#include "common/scan_error.h"
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
            *reason = QStringLiteral("%1 holds too many files to add up").arg(ctx.file(item.path).where);
        return size;
    } catch (const ScanError &e) {
        *reason = QStringLiteral("cannot read %1: %2").arg(ctx.file(item.path).where, e.text());
        return std::nullopt;
    }
}

void checkSpace(const WindowsContext &ctx, FactSet &facts)
{
    const Provenance disk {ProvenanceKind::Disk, ctx.volume.displayName()};
    facts.set(QStringLiteral("volume.filesystem"), ctx.volume.filesystem(), disk);
    const QString label = ctx.volume.label();
    if (!label.isEmpty() || ctx.volume.filesystem() == QLatin1String("ntfs"))
        facts.set(QStringLiteral("volume.label"), label, disk); // an NTFS volume may have no label
    else
        facts.setUnknown(QStringLiteral("volume.label"),
            QStringLiteral("%1 is a %2: it has no volume label to read")
                .arg(ctx.volume.displayName(), ctx.volume.filesystem()),
            disk);

    const auto space = ctx.volume.space();
    const QString noSpace
        = QStringLiteral("the size and free space of %1 cannot be read").arg(ctx.volume.displayName());
    for (const char *name : {"volume.total_bytes", "volume.free_bytes", "volume.cluster_bytes"}) {
        if (!space) {
            facts.setUnknown(QString::fromLatin1(name), noSpace, disk);
            continue;
        }
        const QString n = QString::fromLatin1(name);
        const qint64 v = n == QLatin1String("volume.total_bytes") ? space->totalBytes
            : n == QLatin1String("volume.free_bytes")             ? space->freeBytes
                                                                  : space->clusterBytes;
        if (n == QLatin1String("volume.cluster_bytes") && v <= 0)
            facts.setUnknown(
                n, QStringLiteral("%1 reports no cluster size").arg(ctx.volume.displayName()), disk);
        else
            facts.set(n, v, disk);
    }

    const auto dirty = ctx.volume.dirty();
    if (dirty)
        facts.set(QStringLiteral("volume.dirty"), *dirty,
            {ProvenanceKind::Disk, QStringLiteral("NTFS $Volume flags")});
    else
        facts.setUnknown(QStringLiteral("volume.dirty"),
            QStringLiteral("%1 is not an NTFS volume read from its raw bytes").arg(ctx.volume.displayName()),
            disk);

    // Files were read through the file system, so an NTFS volume here is not a locked
    // BitLocker one; a folder does not show whether its volume is encrypted.
    if (ctx.volume.filesystem() == QLatin1String("ntfs"))
        facts.set(QStringLiteral("volume.bitlocker"), false,
            {ProvenanceKind::Derived,
                QStringLiteral("NTFS file system readable on %1").arg(ctx.volume.displayName())});
    else
        facts.setUnknown(QStringLiteral("volume.bitlocker"),
            QStringLiteral("%1 is a %2: its encryption is not visible")
                .arg(ctx.volume.displayName(), ctx.volume.filesystem()),
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
    const Provenance derived {ProvenanceKind::Derived, QStringLiteral("sum of volume.reclaimable.*")};
    if (unknown.isEmpty())
        facts.set(totalName, total, derived);
    else
        facts.setUnknown(
            totalName, QStringLiteral("unknown parts: %1").arg(unknown.join(QStringLiteral(", "))), derived);
}

} // namespace

void checkVolume(const WindowsContext &ctx, FactSet &facts)
{
    checkSpace(ctx, facts);
    checkReclaimable(ctx, facts);
}

} // namespace urs
