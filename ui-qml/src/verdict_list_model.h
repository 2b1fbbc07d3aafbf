// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/assessment.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace urs::ui {

class AppLanguage;

// One banner per target on the Results screen: the rule engine's verdict, its summary and the
// findings that decided it, and what the verdict means for the way to upgrade.
class VerdictListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by App")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int selectedIndex READ selectedIndex WRITE select NOTIFY selectionChanged)
    Q_PROPERTY(QString selectedTargetId READ selectedTargetId NOTIFY selectionChanged)
    Q_PROPERTY(QString rulesVersion READ rulesVersion NOTIFY countChanged)

public:
    enum Role {
        TargetIdRole = Qt::UserRole + 1,
        NameRole,
        VerdictRole, // "ready", "ready-after-fixes", "clean-install-only", "not-supported"
        VerdictTextRole, // the verdict in words
        SummaryRole,
        LifecycleRole,
        PathTextRole, // what the verdict means for the way to get there
        ReasonsRole, // titles of the deciding findings, most important first
        GuideRole, // the guide that fits the verdict ("" when none does)
    };
    Q_ENUM(Role)

    explicit VerdictListModel(AppLanguage *language, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setAssessment(const Assessment &assessment);
    void clear();
    int selectedIndex() const { return m_selected; }
    Q_INVOKABLE void select(int row);
    QString selectedTargetId() const;
    // The row of a target id, or -1.
    int rowOf(const QString &targetId) const;
    QString rulesVersion() const { return m_assessment.rulesVersion; }

    static QString verdictText(Verdict v, const QString &lang);
    static QString pathText(Verdict v);
    static QString guideFor(Verdict v);

signals:
    void countChanged();
    void selectionChanged();

private:
    AppLanguage *m_language;
    Assessment m_assessment;
    int m_selected = -1;
};

} // namespace urs::ui
