// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "disk_rows.h"

#include <QAbstractListModel>
#include <QFuture>
#include <QtQml/qqmlregistration.h>
#include <atomic>
#include <memory>

namespace urs::ui {

class DiskListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by App")
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int selectedIndex READ selectedIndex WRITE select NOTIFY selectionChanged)
    Q_PROPERTY(QString selectedSource READ selectedSource NOTIFY selectionChanged)
    Q_PROPERTY(int selectedWindowsIndex READ selectedWindowsIndex NOTIFY selectionChanged)
    Q_PROPERTY(QString selectedTitle READ selectedTitle NOTIFY selectionChanged)
    Q_PROPERTY(bool selectedCanScan READ selectedCanScan NOTIFY selectionChanged)
    // Why the machine's disks could not be listed at the last refresh; empty when they were.
    // Set, the list holds only the sources the user opened: it is no "no disks found".
    Q_PROPERTY(QString discoveryError READ discoveryErrorText NOTIFY discoveryErrorChanged)

public:
    enum Role {
        SourcePathRole = Qt::UserRole + 1,
        SourceKindRole,
        TitleRole,
        SubtitleRole,
        LocationRole,
        ProductRole,
        EditionRole,
        BuildRole,
        ComputerNameRole,
        SizeTextRole,
        FreeTextRole,
        EncryptedRole, // -1 unknown, 0 no, 1 yes
        HibernatedRole, // -1 unknown, 0 no, 1 yes
        FastStartupRole, // -1 unknown, 0 no, 1 yes
        WindowsIndexRole,
        StatusRole, // "ready", "reading", "encrypted", "no-windows", "error"
        NoteRole, // one sentence for the user
        ErrorRole, // the library's message
        CanScanRole,
        RemovableRole,
        CustomRole,
    };
    Q_ENUM(Role)

    explicit DiskListModel(QObject *parent = nullptr);
    ~DiskListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The machine's session: discovery, sources the user opens and previews go through it, so
    // what they read is kept for the scan. Jobs already running finish with the session they
    // started with. Without a session, refresh() and addSource() do nothing.
    void setSession(std::shared_ptr<ScanSession> session) { m_session = std::move(session); }
    bool busy() const { return m_jobs > 0; }
    int selectedIndex() const { return m_selected; }
    QString selectedSource() const;
    int selectedWindowsIndex() const;
    QString selectedTitle() const;
    bool selectedCanScan() const;
    // As the core said it (English; the batch log keeps it so), and in the app's language.
    const QString &discoveryError() const { return m_discoveryError; }
    QString discoveryErrorText() const;
    // The rows as listed, sources the user opened first, then the disks in discovery order.
    const QList<DiskRow> &rows() const { return m_rows; }
    // The preview facts of the selected installation (edition decides lifecycle dates).
    std::shared_ptr<const FactSet> selectedFacts() const;

    // Looks at the block devices under the hardware root again (in the background).
    Q_INVOKABLE void refresh();
    // Opens an image, a device or a folder the user named (in the background) and selects it.
    Q_INVOKABLE void addSource(const QString &pathOrUrl);
    Q_INVOKABLE void select(int row);
    // Shows rows listed elsewhere (tests, a captured disk list); previews already done stay.
    void setRows(const QList<DiskRow> &rows);
    // Waits for the background work (tests and shutdown).
    void waitForIdle();

    // The texts made here (notes, titles) follow the language: tell the views to read them again.
    void retranslate();

signals:
    void busyChanged();
    void countChanged();
    void selectionChanged();
    void previewChanged(int row);
    void discoveryErrorChanged();

private:
    void runJob(std::function<DiskListing()> listRows, bool replaceDiscovered);
    void mergeRows(const DiskListing &listing, bool replaceDiscovered);
    void setDiscoveryError(const QString &error);
    void applyPreview(const QString &source, int windowsIndex, const InstallationPreview &preview);
    void jobFinished();
    int findRow(const QString &source, int windowsIndex) const;
    void selectFirstScannable();
    static QString statusOf(const DiskRow &row);
    static bool canScan(const DiskRow &row);
    QString noteOf(const DiskRow &row) const;

    QList<DiskRow> m_rows;
    QString m_discoveryError;
    std::shared_ptr<ScanSession> m_session;
    int m_selected = -1;
    int m_jobs = 0;
    QString m_pendingSelect;
    std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
    QList<QFuture<void>> m_futures;
};

} // namespace urs::ui
