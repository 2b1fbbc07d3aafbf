// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/assessment.h"
#include "facts/fact_set.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QFutureWatcher>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace urs::ui {

class AppLanguage;

// The targets the rules know (Windows 11 25H2, 24H2, Windows 10 22H2, ...) plus "all", with one
// line on what each means on the scan date. Names and lifecycle texts come from the rule engine:
// it is asked to judge the facts known so far (the Start screen's preview of the installation,
// whose edition decides the support dates), so no date or name lives in the app.
class TargetListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by App")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int selectedIndex READ selectedIndex WRITE select NOTIFY selectionChanged)
    Q_PROPERTY(QStringList selectedTargets READ selectedTargets NOTIFY selectionChanged)
    Q_PROPERTY(QString selectedName READ selectedName NOTIFY selectionChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    enum Role { TargetIdRole = Qt::UserRole + 1, NameRole, LifecycleRole, IsAllRole, IsDefaultRole };
    Q_ENUM(Role)

    // The target selected first when the rules offer it: the newest release on the scan date
    // (see shared/reference/targets.md, "the sensible default target is Windows 11 25H2").
    static constexpr const char *kPreferredDefault = "win11-25h2";

    explicit TargetListModel(AppLanguage *language, QObject *parent = nullptr);
    ~TargetListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Asks the rule engine (in the background) for the targets, judged against facts (may be
    // null: lifecycle texts then assume nothing about the edition).
    void reload(const QString &rulesDir, std::shared_ptr<const FactSet> facts, const QDateTime &scanTime);
    // For tests and for a result loaded from a report: the targets of an assessment.
    void setTargets(const QList<TargetVerdict> &targets);
    void waitForIdle();

    int selectedIndex() const { return m_selected; }
    Q_INVOKABLE void select(int row);
    // Empty for "all": ScanOptions reads that as every target.
    QStringList selectedTargets() const;
    QString selectedName() const;
    bool busy() const { return m_watcher.isRunning(); }
    QString error() const { return m_error; }

signals:
    void countChanged();
    void selectionChanged();
    void busyChanged();
    void errorChanged();

private:
    struct Loaded {
        QList<TargetVerdict> targets;
        QString error;
    };
    void applyLoaded();

    AppLanguage *m_language;
    QList<TargetVerdict> m_targets;
    int m_selected = -1;
    QString m_error;
    QFutureWatcher<Loaded> m_watcher;
};

} // namespace urs::ui
