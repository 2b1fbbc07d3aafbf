// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/scan_session.h"

#include <QAbstractListModel>
#include <QFutureWatcher>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace urs::ui {

class AppLanguage;

// The targets the rules know (Windows 11 25H2, 24H2, Windows 10 22H2, ...) plus "all", with one
// line on what each means on the scan date. Names, lifecycle texts and the default target come
// from the session's rule engine, judging the facts known so far (the Start screen's preview of
// the installation, whose edition decides the support dates), so no date, name or preferred
// target lives in the app. The session loads the rules once; a reload only judges again.
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

    explicit TargetListModel(AppLanguage *language, QObject *parent = nullptr);
    ~TargetListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The machine's session, whose rules reload() asks. A reload already running finishes with
    // the session it started with.
    void setSession(std::shared_ptr<ScanSession> session) { m_session = std::move(session); }
    // Asks the session (in the background) for the targets and the default one, judged against
    // facts (may be null: lifecycle texts then assume nothing about the edition).
    void reload(std::shared_ptr<const FactSet> facts);
    // Shows targets chosen elsewhere (tests), with defaultId as the recommended one.
    void setTargets(const QList<TargetChoice> &targets, const QString &defaultId);
    void waitForIdle();

    int selectedIndex() const { return m_selected; }
    Q_INVOKABLE void select(int row);
    // Empty for "all": ScanRequest reads that as every target.
    QStringList selectedTargets() const;
    QString selectedName() const;
    // From reload() until its targets are shown (not merely computed: the worker ends before
    // the UI thread takes its result).
    bool busy() const { return m_loading; }
    // Why the rules could not be read, in a sentence of the app's language that names the
    // file and line (or the folder); the loader's own detail as it wrote it. "" when they were.
    QString error() const;

signals:
    void countChanged();
    void selectionChanged();
    void busyChanged();
    void errorChanged();

private:
    struct Loaded {
        QList<TargetChoice> targets;
        QString defaultId;
        QString errorWhere; // the file and line, or the folder
        QString errorDetail; // the loader's message; empty when the rules were read
    };
    void applyLoaded();

    AppLanguage *m_language;
    std::shared_ptr<ScanSession> m_session;
    QList<TargetChoice> m_targets;
    QString m_defaultId;
    int m_selected = -1;
    QString m_errorWhere;
    QString m_errorDetail;
    bool m_loading = false;
    QFutureWatcher<Loaded> m_watcher;
};

} // namespace urs::ui
