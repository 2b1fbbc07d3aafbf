// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mount_table.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace urs::ui {

// Where the Export screen can write the report: the configured reports folder, the live
// system's own stick, other removable and mounted drives (each drive's "reports" folder), and a
// folder the user picks.
struct Destination {
    QString kind; // "configured", "drive", "custom"
    QString folder; // where the zip goes
    MountedDrive drive;
    std::optional<qint64> freeBytes;
    std::optional<qint64> totalBytes;
    bool writable = true;
};

class DestinationListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by App")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int selectedIndex READ selectedIndex WRITE select NOTIFY selectionChanged)
    Q_PROPERTY(QString selectedFolder READ selectedFolder NOTIFY selectionChanged)

public:
    enum Role {
        KindRole = Qt::UserRole + 1,
        TitleRole,
        FolderRole,
        DeviceRole,
        FsTypeRole,
        FreeTextRole,
        TotalTextRole,
        RemovableRole,
        BootMediumRole,
        WritableRole,
        DetailRole, // "/dev/sdb1 · 7.5 GB free"
    };
    Q_ENUM(Role)

    explicit DestinationListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setMountsRoot(const QString &root) { m_mountsRoot = root; }
    void setConfiguredFolder(const QString &folder) { m_configured = folder; }

    int selectedIndex() const { return m_selected; }
    Q_INVOKABLE void select(int row);
    QString selectedFolder() const;
    // Reads the mounts again; keeps the selection when the folder is still there.
    Q_INVOKABLE void refresh();
    // A folder the user named or picked; it becomes the selection.
    Q_INVOKABLE void chooseFolder(const QString &pathOrUrl);

    // The row the app writes to unless the user picks another (see the .cpp for the order).
    static int defaultRow(const QList<Destination> &rows);

    // Where the report goes by itself when a scan ends: the folder the last report went to in
    // this run of the app (the technician's choice holds for every machine), else the
    // configured reports folder (--reports), else the live system's own stick; "" when there is
    // none of these (a desktop without --reports: the user picks on the Export screen).
    QString autoSaveFolder() const;
    // A report went to folder: the next machine's goes there too, and the list selects it.
    void remember(const QString &folder);
    // "This USB stick · /dev/sdb1 (vfat)": the drive a written file is on, for the Export
    // screen; "" when no mounted drive holds it.
    Q_INVOKABLE QString driveText(const QString &path) const;

    // The texts made here (notes, titles) follow the language: tell the views to read them again.
    void retranslate();

signals:
    void countChanged();
    void selectionChanged();

private:
    static QString driveTitle(const MountedDrive &drive);

    QString m_mountsRoot = QStringLiteral("/");
    QString m_configured;
    QString m_custom;
    QString m_remembered;
    QList<Destination> m_rows;
    int m_selected = -1;
};

} // namespace urs::ui
