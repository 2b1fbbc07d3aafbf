// SPDX-License-Identifier: GPL-3.0-or-later
#include "destination_list_model.h"

#include "format.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace urs::ui {

namespace {

Destination forFolder(const QString &kind, const QString &folder)
{
    Destination d;
    d.kind = kind;
    d.folder = QDir::cleanPath(folder);
    // The folder may not exist yet (the writer creates it): ask about the nearest parent.
    QString probe = d.folder;
    while (!probe.isEmpty() && !QFileInfo::exists(probe) && probe != QLatin1String("/"))
        probe = QFileInfo(probe).path();
    const QStorageInfo storage(probe);
    if (storage.isValid()) {
        d.freeBytes = storage.bytesAvailable();
        d.totalBytes = storage.bytesTotal();
        d.writable = !storage.isReadOnly();
    }
    return d;
}

} // namespace

QString DestinationListModel::driveTitle(const MountedDrive &drive)
{
    if (drive.bootMedium)
        return tr("This USB stick");
    if (!drive.label.isEmpty())
        return drive.label;
    return drive.removable ? tr("Removable drive") : tr("Drive");
}

DestinationListModel::DestinationListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int DestinationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> DestinationListModel::roleNames() const
{
    return {{KindRole, "kind"}, {TitleRole, "title"}, {FolderRole, "folder"}, {DeviceRole, "device"},
        {FsTypeRole, "fsType"}, {FreeTextRole, "freeText"}, {TotalTextRole, "totalText"},
        {RemovableRole, "removable"}, {BootMediumRole, "bootMedium"}, {WritableRole, "writable"},
        {DetailRole, "detail"}};
}

QVariant DestinationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Destination &d = m_rows.at(index.row());
    switch (role) {
    case KindRole:
        return d.kind;
    case Qt::DisplayRole:
    case TitleRole:
        if (d.kind == QLatin1String("configured"))
            return tr("Reports folder");
        if (d.kind == QLatin1String("custom"))
            return tr("Chosen folder");
        return driveTitle(d.drive);
    case FolderRole:
        return d.folder;
    case DeviceRole:
        return d.drive.device;
    case FsTypeRole:
        return d.drive.fsType;
    case FreeTextRole:
        return formatBytes(d.freeBytes);
    case TotalTextRole:
        return formatBytes(d.totalBytes);
    case RemovableRole:
        return d.drive.removable;
    case BootMediumRole:
        return d.drive.bootMedium;
    case WritableRole:
        return d.writable;
    case DetailRole: {
        QStringList parts;
        if (!d.drive.device.isEmpty())
            parts << d.drive.device;
        if (d.freeBytes)
            parts << tr("%1 free").arg(formatBytes(d.freeBytes));
        return parts.join(QStringLiteral(" · "));
    }
    }
    return {};
}

// The configured folder (--reports) wins; then the live system's own stick; then another
// removable drive; then any writable drive. Read-only drives are never the default.
int DestinationListModel::defaultRow(const QList<Destination> &rows)
{
    const QList<std::function<bool(const Destination &)>> preferences = {
        [](const Destination &d) { return d.kind == QLatin1String("custom"); },
        [](const Destination &d) { return d.kind == QLatin1String("configured"); },
        [](const Destination &d) { return d.drive.bootMedium; },
        [](const Destination &d) { return d.drive.removable; },
        [](const Destination &) { return true; },
    };
    for (const auto &wanted : preferences)
        for (int i = 0; i < rows.size(); ++i)
            if (rows[i].writable && wanted(rows[i]))
                return i;
    return -1;
}

void DestinationListModel::refresh()
{
    const QString before = selectedFolder();
    beginResetModel();
    m_rows.clear();
    if (!m_custom.isEmpty())
        m_rows << forFolder(QStringLiteral("custom"), m_custom);
    if (!m_configured.isEmpty())
        m_rows << forFolder(QStringLiteral("configured"), m_configured);
    for (const MountedDrive &drive : MountTable(m_mountsRoot).drives()) {
        // A DVD or a read-only stick cannot take a report; listing it would only be noise.
        if (drive.readOnly)
            continue;
        Destination d = forFolder(QStringLiteral("drive"), drive.path + QStringLiteral("/reports"));
        d.drive = drive;
        d.writable = d.writable && !drive.readOnly;
        if (std::none_of(
                m_rows.begin(), m_rows.end(), [&d](const Destination &o) { return o.folder == d.folder; }))
            m_rows << d;
    }
    // The stick and removable drives first: that is where reports usually go.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Destination &a, const Destination &b) {
        auto rank = [](const Destination &d) {
            return d.kind != QLatin1String("drive") ? 0 : d.drive.bootMedium ? 1 : d.drive.removable ? 2 : 3;
        };
        return rank(a) < rank(b);
    });
    m_selected = -1;
    // What the user has chosen stays chosen; the first time, where the last report went.
    const QString wanted = before.isEmpty() ? m_remembered : before;
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].folder == wanted && m_rows[i].writable)
            m_selected = i;
    if (m_selected < 0)
        m_selected = defaultRow(m_rows);
    endResetModel();
    emit countChanged();
    emit selectionChanged();
}

void DestinationListModel::chooseFolder(const QString &pathOrUrl)
{
    const QString path = localPath(pathOrUrl);
    if (path.isEmpty())
        return;
    m_custom = QDir::cleanPath(path);
    refresh();
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].kind == QLatin1String("custom"))
            select(i);
}

void DestinationListModel::select(int row)
{
    if (row < 0 || row >= m_rows.size() || row == m_selected)
        return;
    m_selected = row;
    emit selectionChanged();
}

QString DestinationListModel::selectedFolder() const
{
    return m_selected >= 0 ? m_rows.at(m_selected).folder : QString();
}

void DestinationListModel::retranslate()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
    emit selectionChanged();
}

QString DestinationListModel::autoSaveFolder() const
{
    if (!m_remembered.isEmpty())
        return m_remembered;
    if (!m_configured.isEmpty())
        return QDir::cleanPath(m_configured);
    for (const Destination &d : m_rows)
        if (d.drive.bootMedium && d.writable)
            return d.folder;
    return {};
}

void DestinationListModel::remember(const QString &folder)
{
    const QString clean = QDir::cleanPath(localPath(folder));
    if (clean.isEmpty() || clean == m_remembered)
        return;
    m_remembered = clean;
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].folder == clean)
            select(i);
}

QString DestinationListModel::driveText(const QString &path) const
{
    if (path.isEmpty())
        return {};
    const std::optional<MountedDrive> drive = MountTable(m_mountsRoot).driveHolding(localPath(path));
    if (!drive)
        return {};
    return tr("%1 · %2 (%3)").arg(driveTitle(*drive), drive->device, drive->fsType);
}

} // namespace urs::ui
