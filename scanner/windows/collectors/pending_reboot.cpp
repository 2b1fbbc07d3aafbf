// SPDX-License-Identifier: GPL-3.0-or-later
// Markers of a reboot Windows still owes: setup refuses to start (or fails) while servicing
// work is half done. The same markers Microsoft's and the common "pending reboot" checks use.
#include "common/core_text.h"
#include "windows/collectors/collectors.h"

#include <QJsonArray>

namespace urs {

namespace {

const QString kCbs = QStringLiteral("Microsoft\\Windows\\CurrentVersion\\Component Based Servicing");
const QString kMarkerPlaces = QStringLiteral("PendingFileRenameOperations, CBS RebootPending, CBS "
                                             "PackagesPending, WU RebootRequired, WinSxS\\pending.xml");

// PendingFileRenameOperations (and ...2): pairs of source and target, applied by the Session
// Manager at the next boot; an empty target deletes the source. Paths are NT paths ("\??\C:\x").
// *unreadable says why one of the values could not be read (the list is then incomplete).
QStringList getFileRenames(const HiveKey &sessionManager, QStringList *where, QString *unreadable)
{
    QStringList files;
    for (const QString &value :
        {QStringLiteral("PendingFileRenameOperations"), QStringLiteral("PendingFileRenameOperations2")}) {
        const auto list = sessionManager.multiString(value);
        if (!list && !list.absent())
            *unreadable = list.reason();
        if (!list)
            continue;
        where->append(list.where());
        for (qsizetype i = 0; i < list->size(); i += 2) {
            QString source = list->at(i);
            if (source.startsWith(QStringLiteral("\\??\\")))
                source.remove(0, 4);
            if (!source.isEmpty())
                files.append(source);
        }
    }
    return files;
}

} // namespace

void checkPendingReboot(const WindowsContext &ctx, FactSet &facts)
{
    QStringList reasons;
    QStringList where;
    const QString renamesFact = QStringLiteral("windows.pending_reboot.file_renames");
    const auto sessionManager = ctx.hives.ccs(QStringLiteral("Control\\Session Manager"));
    // Why a place where a marker may be could not be checked; "none" then is no answer.
    QStringList unchecked;
    if (sessionManager) {
        QStringList renameWhere;
        QString unreadable;
        const QStringList files = getFileRenames(*sessionManager, &renameWhere, &unreadable);
        if (!renameWhere.isEmpty())
            reasons.append(QStringLiteral("PendingFileRenameOperations"));
        where += renameWhere;
        const Provenance renames {
            ProvenanceKind::Hive, sessionManager->where(QStringLiteral("PendingFileRenameOperations"))};
        if (unreadable.isEmpty()) {
            facts.set(renamesFact, QJsonArray::fromStringList(files), renames);
        } else {
            facts.setUnknown(renamesFact, unreadable, renames);
            unchecked.append(unreadable);
        }
    } else {
        facts.setUnknown(renamesFact, sessionManager.reason(), sessionManager.provenance());
        unchecked.append(
            coreText("PendingFileRenameOperations could not be checked: %1").arg(sessionManager.reason()));
    }

    const Hive &software = ctx.hives.software();
    // Keys whose mere existence means "reboot pending".
    const QList<std::pair<QString, QString>> keyMarkers = {
        {QStringLiteral("CBS RebootPending"), kCbs + QStringLiteral("\\RebootPending")},
        {QStringLiteral("CBS PackagesPending"), kCbs + QStringLiteral("\\PackagesPending")},
        {QStringLiteral("WU RebootRequired"),
            QStringLiteral("Microsoft\\Windows\\CurrentVersion\\WindowsUpdate\\Auto Update\\RebootRequired")},
    };
    for (const auto &[reason, path] : keyMarkers) {
        const auto key = software.key(path);
        if (key) {
            reasons.append(reason);
            where.append(key.where());
        } else if (!key.absent()) {
            unchecked.append(key.reason());
        }
    }
    // pending.xml: servicing operations TrustedInstaller finishes at the next boot.
    const QString pendingXml = ctx.windowsFile(QStringLiteral("WinSxS/pending.xml"));
    if (ctx.volume.exists(pendingXml)) {
        reasons.append(QStringLiteral("WinSxS pending.xml"));
        where.append(ctx.file(pendingXml).where);
    }
    // A marker found proves a pending reboot; "none" needs every place checked.
    if (reasons.isEmpty() && !unchecked.isEmpty()) {
        facts.setUnknown(QStringLiteral("windows.pending_reboot.reasons"),
            coreText("no marker found, but %1").arg(unchecked.join(QStringLiteral("; "))),
            sessionManager ? Provenance {ProvenanceKind::Derived, kMarkerPlaces}
                           : sessionManager.provenance());
        return;
    }
    facts.set(QStringLiteral("windows.pending_reboot.reasons"), QJsonArray::fromStringList(reasons),
        {ProvenanceKind::Derived,
            where.isEmpty() ? coreText("none of %1 found").arg(kMarkerPlaces)
                            : where.join(QStringLiteral("; "))});
}

} // namespace urs
