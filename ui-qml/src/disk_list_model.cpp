// SPDX-License-Identifier: GPL-3.0-or-later
#include "disk_list_model.h"

#include "common/log.h"
#include "common/scan_error.h"
#include "format.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace urs::ui {

namespace {

int tristate(const std::optional<bool> &v)
{
    return v ? int(*v) : -1;
}

} // namespace

DiskListModel::DiskListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

DiskListModel::~DiskListModel()
{
    *m_stop = true;
    waitForIdle();
}

void DiskListModel::waitForIdle()
{
    for (QFuture<void> &f : m_futures)
        f.waitForFinished();
    m_futures.clear();
}

int DiskListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> DiskListModel::roleNames() const
{
    return {
        {SourcePathRole, "sourcePath"},
        {SourceKindRole, "sourceKind"},
        {TitleRole, "title"},
        {SubtitleRole, "subtitle"},
        {LocationRole, "location"},
        {ProductRole, "product"},
        {EditionRole, "edition"},
        {BuildRole, "build"},
        {ComputerNameRole, "computerName"},
        {SizeTextRole, "sizeText"},
        {FreeTextRole, "freeText"},
        {EncryptedRole, "encrypted"},
        {HibernatedRole, "hibernated"},
        {FastStartupRole, "fastStartup"},
        {WindowsIndexRole, "windowsIndex"},
        {StatusRole, "status"},
        {NoteRole, "note"},
        {ErrorRole, "error"},
        {CanScanRole, "canScan"},
        {RemovableRole, "removable"},
        {CustomRole, "custom"},
    };
}

QString DiskListModel::statusOf(const DiskRow &row)
{
    if (row.windowsIndex > 0 && !row.previewDone)
        return QStringLiteral("reading");
    if (row.windowsIndex > 0 && row.preview.error.isEmpty())
        return QStringLiteral("ready");
    if (row.bitlockerSeen || row.preview.encrypted.value_or(false))
        return QStringLiteral("encrypted");
    if (!row.error.isEmpty() || !row.preview.error.isEmpty())
        return QStringLiteral("error");
    return QStringLiteral("no-windows");
}

QString DiskListModel::noteOf(const DiskRow &row) const
{
    const QString status = statusOf(row);
    if (status == QLatin1String("reading"))
        return tr("Reading the installation…");
    if (status == QLatin1String("encrypted"))
        return tr("Encrypted with BitLocker: the scan checks the hardware only. To check Windows as well, "
                  "decrypt it in Windows first (save the recovery key, then manage-bde -off C:); suspending "
                  "BitLocker is not enough.");
    if (status == QLatin1String("error"))
        return tr("This source could not be read.");
    if (status == QLatin1String("no-windows"))
        return tr("No Windows installation found here.");
    if (row.preview.hibernated.value_or(false))
        return tr("Windows was hibernated or shut down with fast startup: its files may be out of date.");
    return {};
}

QVariant DiskListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DiskRow &r = m_rows.at(index.row());
    const InstallationPreview &p = r.preview;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        if (!p.productName.isEmpty())
            return p.productName;
        if (r.windowsIndex > 0)
            return tr("Windows installation %1").arg(r.windowsIndex);
        return r.model.isEmpty() ? QFileInfo(r.sourcePath).fileName() : r.model;
    case SubtitleRole: {
        QStringList parts;
        if (!p.editionId.isEmpty())
            parts << p.editionId;
        if (p.build)
            parts << tr("build %1").arg(*p.build);
        if (!p.computerName.isEmpty())
            parts << p.computerName;
        return parts.join(QStringLiteral(" · "));
    }
    case LocationRole: {
        QStringList parts {r.sourcePath};
        if (!r.model.isEmpty())
            parts << r.model;
        if (r.diskBytes)
            parts << formatBytes(r.diskBytes);
        if (!r.volumeName.isEmpty())
            parts << r.volumeName;
        return parts.join(QStringLiteral(" · "));
    }
    case SourcePathRole:
        return r.sourcePath;
    case SourceKindRole:
        return r.sourceKind;
    case ProductRole:
        return p.productName;
    case EditionRole:
        return p.editionId;
    case BuildRole:
        return p.build ? QVariant(*p.build) : QVariant();
    case ComputerNameRole:
        return p.computerName;
    case SizeTextRole:
        return formatBytes(p.volumeBytes ? p.volumeBytes : r.diskBytes);
    case FreeTextRole:
        return formatBytes(p.freeBytes);
    case EncryptedRole:
        return r.bitlockerSeen && r.windowsIndex == 0 ? 1 : tristate(p.encrypted);
    case HibernatedRole:
        return tristate(p.hibernated);
    case FastStartupRole:
        return tristate(p.fastStartup);
    case WindowsIndexRole:
        return r.windowsIndex;
    case StatusRole:
        return statusOf(r);
    case NoteRole:
        return noteOf(r);
    case ErrorRole:
        return appText(r.error.isEmpty() ? p.error : r.error);
    case CanScanRole:
        return canScan(r);
    case RemovableRole:
        return r.removable;
    case CustomRole:
        return r.custom;
    }
    return {};
}

void DiskListModel::setRows(const QList<DiskRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_selected = -1;
    endResetModel();
    emit countChanged();
    selectFirstScannable();
    emit selectionChanged();
}

void DiskListModel::refresh()
{
    if (!m_session)
        return;
    runJob([session = m_session] { return listDisks(*session); }, true);
}

void DiskListModel::addSource(const QString &pathOrUrl)
{
    const QString path = localPath(pathOrUrl);
    if (path.isEmpty() || !m_session)
        return;
    m_pendingSelect = path;
    runJob([session = m_session, path] { return DiskListing {rowsForSource(*session, path), {}}; }, false);
}

// Lists rows in the background, shows them, then previews each installation one by one so the
// list appears at once and fills in as the hives are read.
void DiskListModel::runJob(std::function<DiskListing()> listRows, bool replaceDiscovered)
{
    m_futures.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    ++m_jobs;
    if (m_jobs == 1)
        emit busyChanged();
    const std::shared_ptr<ScanSession> session = m_session;
    const std::shared_ptr<std::atomic_bool> stop = m_stop;
    m_futures << QtConcurrent::run([this, listRows, replaceDiscovered, session, stop] {
        DiskListing listing;
        try {
            listing = listRows();
        } catch (const std::exception &e) {
            listing.error = QStringLiteral("the disks cannot be listed: %1").arg(QString::fromUtf8(e.what()));
        }
        if (!listing.error.isEmpty())
            log()->error("disk discovery failed: {}", str(listing.error));
        QMetaObject::invokeMethod(
            this, [this, listing, replaceDiscovered] { mergeRows(listing, replaceDiscovered); },
            Qt::QueuedConnection);
        for (const DiskRow &row : listing.rows) {
            if (row.windowsIndex == 0 || *stop)
                continue;
            // The session keeps what the preview read: scanning this installation later does not
            // read its hives again.
            const InstallationPreview p = session->preview(row.sourcePath, row.windowsIndex);
            QMetaObject::invokeMethod(
                this, [this, row, p] { applyPreview(row.sourcePath, row.windowsIndex, p); },
                Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(
            this, [this] { jobFinished(); }, Qt::QueuedConnection);
    });
}

void DiskListModel::mergeRows(const DiskListing &listing, bool replaceDiscovered)
{
    // A refresh says whether the disks could be listed; a source the user opened says nothing
    // about that (its own failure is in its row).
    if (replaceDiscovered)
        setDiscoveryError(listing.error);
    const QList<DiskRow> &rows = listing.rows;
    const QString selectedKey = selectedSource() + QLatin1Char('#') + QString::number(selectedWindowsIndex());
    beginResetModel();
    QList<DiskRow> kept;
    for (const DiskRow &r : m_rows) {
        const bool replaced
            = replaceDiscovered ? !r.custom : std::any_of(rows.begin(), rows.end(), [&r](const DiskRow &n) {
                  return n.sourcePath == r.sourcePath;
              });
        if (!replaced)
            kept << r;
    }
    // Sources the user opened come first: they are what the user is looking for.
    m_rows = replaceDiscovered ? kept + rows : rows + kept;
    m_selected = -1;
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].sourcePath + QLatin1Char('#') + QString::number(m_rows[i].windowsIndex) == selectedKey)
            m_selected = i;
    endResetModel();
    emit countChanged();
    if (!m_pendingSelect.isEmpty() && !replaceDiscovered) {
        const int row = findRow(m_pendingSelect, -1);
        m_pendingSelect.clear();
        m_selected = row;
    }
    emit selectionChanged();
}

void DiskListModel::setDiscoveryError(const QString &error)
{
    if (error == m_discoveryError)
        return;
    m_discoveryError = error;
    emit discoveryErrorChanged();
}

void DiskListModel::applyPreview(const QString &source, int windowsIndex, const InstallationPreview &preview)
{
    const int row = findRow(source, windowsIndex);
    if (row < 0)
        return;
    m_rows[row].preview = preview;
    m_rows[row].previewDone = true;
    emit dataChanged(index(row), index(row));
    emit previewChanged(row);
    if (m_selected < 0)
        selectFirstScannable();
    else if (row == m_selected)
        emit selectionChanged();
}

void DiskListModel::jobFinished()
{
    --m_jobs;
    if (m_jobs == 0) {
        if (m_selected < 0)
            selectFirstScannable();
        emit busyChanged();
    }
}

int DiskListModel::findRow(const QString &source, int windowsIndex) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].sourcePath == source && (windowsIndex < 0 || m_rows[i].windowsIndex == windowsIndex))
            return i;
    return -1;
}

void DiskListModel::selectFirstScannable()
{
    // A Windows that can be read first; an encrypted one only when there is no other.
    for (const bool readable : {true, false}) {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (readable ? statusOf(m_rows[i]) == QLatin1String("ready") : canScan(m_rows[i])) {
                select(i);
                return;
            }
        }
    }
}

void DiskListModel::select(int row)
{
    if (row < -1 || row >= m_rows.size() || row == m_selected)
        return;
    m_selected = row;
    emit selectionChanged();
}

QString DiskListModel::selectedSource() const
{
    return m_selected >= 0 ? m_rows.at(m_selected).sourcePath : QString();
}

int DiskListModel::selectedWindowsIndex() const
{
    return m_selected >= 0 ? m_rows.at(m_selected).windowsIndex : 0;
}

QString DiskListModel::selectedTitle() const
{
    return m_selected >= 0 ? data(index(m_selected), TitleRole).toString() : QString();
}

bool DiskListModel::selectedCanScan() const
{
    return m_selected >= 0 && canScan(m_rows.at(m_selected));
}

// An encrypted Windows disk is scanned too: its hardware is judged and the report says that
// Windows was not checked, so the machine still counts in the fleet summary.
bool DiskListModel::canScan(const DiskRow &row)
{
    const QString status = statusOf(row);
    return status == QLatin1String("ready") || status == QLatin1String("encrypted");
}

std::shared_ptr<const FactSet> DiskListModel::selectedFacts() const
{
    return m_selected >= 0 ? m_rows.at(m_selected).preview.facts : nullptr;
}

void DiskListModel::retranslate()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
    emit selectionChanged();
    emit discoveryErrorChanged();
}

QString DiskListModel::discoveryErrorText() const
{
    return appText(m_discoveryError);
}

} // namespace urs::ui
