// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/fleet_summary.h"

#include <QAbstractListModel>
#include <QFutureWatcher>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace urs::ui {

class AppLanguage;

// The fleet summary of the reports in a folder, built by the report library exactly as
// `upgrade-scan fleet DIR --out DIR` builds it (FleetSummary): on a worker thread, fleet.csv and
// fleet.html written next to the reports, and here one row per machine, worst first, with the
// blockers counted across the fleet, for the Fleet screen (a stick has no browser to open
// fleet.html in).
class FleetSummaryModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by App")
    Q_PROPERTY(int count READ rowCount NOTIFY summaryChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString folder READ folder NOTIFY summaryChanged)
    Q_PROPERTY(bool built READ built NOTIFY summaryChanged)
    Q_PROPERTY(int reportsRead READ reportsRead NOTIFY summaryChanged)
    Q_PROPERTY(int skippedCount READ skippedCount NOTIFY summaryChanged)
    Q_PROPERTY(int supersededCount READ supersededCount NOTIFY summaryChanged)
    // Machines whose Windows volume is encrypted: "Encrypted: Windows not checked"
    Q_PROPERTY(int windowsNotCheckedCount READ windowsNotCheckedCount NOTIFY summaryChanged)
    Q_PROPERTY(QString htmlPath READ htmlPath NOTIFY summaryChanged)
    Q_PROPERTY(QString csvPath READ csvPath NOTIFY summaryChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY summaryChanged)
    // [{title, count}], most common first
    Q_PROPERTY(QVariantList blockers READ blockers NOTIFY summaryChanged)
    // [{file, reason}]
    Q_PROPERTY(QVariantList skipped READ skipped NOTIFY summaryChanged)

public:
    enum Role {
        RankRole = Qt::UserRole + 1,
        HeadingRole, // computer name and machine, or the file name
        OsRole,
        AssetTagRole,
        TechnicianRole,
        NoteRole,
        ScanTimeTextRole, // on the machine's clock when its time zone is known, else UTC
        VerdictsRole, // [{targetId, name, verdict, verdictText}]
        BlockersRole, // titles
        FileNameRole,
        WindowsNotCheckedRole, // the Windows volume is encrypted: only the hardware was judged
    };
    Q_ENUM(Role)

    // What one build found; the worker fills it, the model shows it.
    struct Summary {
        QString folder;
        QList<FleetMachine> machines; // worst first
        QList<QPair<QString, int>> blockerCounts;
        QList<FleetSkip> skipped;
        int reportsRead = 0;
        int superseded = 0;
        int windowsNotChecked = 0;
        QStringList written; // fleet.csv, fleet.html
        QString error; // why they could not be written
    };

    explicit FleetSummaryModel(AppLanguage *language, QObject *parent = nullptr);
    ~FleetSummaryModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool busy() const { return m_watcher.isRunning(); }
    QString folder() const { return m_summary.folder; }
    bool built() const { return !m_summary.folder.isEmpty(); }
    int reportsRead() const { return m_summary.reportsRead; }
    int skippedCount() const { return int(m_summary.skipped.size()); }
    int supersededCount() const { return m_summary.superseded; }
    int windowsNotCheckedCount() const { return m_summary.windowsNotChecked; }
    QString htmlPath() const;
    QString csvPath() const;
    QString errorText() const; // in the app's language
    QVariantList blockers() const;
    QVariantList skipped() const;

    // Reads every report zip in folder (and below) and writes fleet.csv and fleet.html into it,
    // in the app's language; false while a build runs or without a folder.
    Q_INVOKABLE bool build(const QString &folder);
    void waitForIdle() { m_watcher.waitForFinished(); }

    // The build itself, blocking (the worker and tests).
    static Summary summarize(const QString &folder, const QString &lang);

signals:
    void summaryChanged();
    void busyChanged();

private:
    void applyBuilt();
    QString lang() const;
    QString blockerTitle(const QString &id) const;

    AppLanguage *m_language;
    Summary m_summary;
    QFutureWatcher<Summary> m_watcher;
};

} // namespace urs::ui
