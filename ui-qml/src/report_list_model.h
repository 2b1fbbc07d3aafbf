// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/assessment.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QFutureWatcher>
#include <QtQml/qqmlregistration.h>

namespace urs::ui {

class AppLanguage;

// One report zip found in the reports folder, as the library reads it back.
struct ReportEntry {
    QString path;
    qint64 sizeBytes = 0;
    QDateTime modified;
    QString machine; // manufacturer and model
    QString computerName;
    LocalizedText osText; // "Windows 8.1 Pro (build 9600, x64)", in both languages
    QDateTime scanTime;
    QList<TargetVerdict> verdicts;
    QString error; // why the zip could not be read
};

// The fleet view: the reports already on the stick, newest first, with their verdicts.
class ReportListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by App")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString folder READ folder WRITE setFolder NOTIFY folderChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString highlightPath READ highlightPath WRITE setHighlightPath NOTIFY countChanged)

public:
    enum Role {
        PathRole = Qt::UserRole + 1,
        FileNameRole,
        SizeTextRole,
        MachineRole,
        ComputerNameRole,
        OsRole,
        ScanTimeTextRole,
        VerdictsRole, // [{targetId, name, verdict, verdictText}]
        ErrorRole,
        IsNewRole, // the report just written
        HeadingRole, // computer name and machine, or the file name
    };
    Q_ENUM(Role)

    explicit ReportListModel(AppLanguage *language, QObject *parent = nullptr);
    ~ReportListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString folder() const { return m_folder; }
    void setFolder(const QString &folder);
    bool busy() const { return m_watcher.isRunning(); }
    QString highlightPath() const { return m_highlight; }
    void setHighlightPath(const QString &path);
    Q_INVOKABLE void refresh();
    void waitForIdle() { m_watcher.waitForFinished(); }

    // Reads one report zip with the library (ZipReader, ReportSummary). Never throws.
    static ReportEntry readReport(const QString &path);
    // Every *.zip directly in folder, newest scan first.
    static QList<ReportEntry> readFolder(const QString &folder);

signals:
    void countChanged();
    void folderChanged();
    void busyChanged();

private:
    void applyLoaded();

    AppLanguage *m_language;
    QString m_folder;
    QString m_highlight;
    QList<ReportEntry> m_rows;
    QFutureWatcher<QList<ReportEntry>> m_watcher;
    bool m_again = false;
};

} // namespace urs::ui
