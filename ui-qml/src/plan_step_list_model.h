// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/assessment.h"

#include <QAbstractListModel>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace urs::ui {

class AppLanguage;

// The plan on the Results screen: the best path in one sentence (headline), its support dates
// and what the other targets would need (detail), and the numbered steps, each with where it
// happens, its kind, its guide and the finding it comes from. The engine (PlanBuilder) chooses
// the target and orders the steps; this model only presents them in the app's language.
class PlanStepListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by App")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString headline READ headline NOTIFY textsChanged)
    Q_PROPERTY(QString detail READ detail NOTIFY textsChanged)
    // The best target ("" when none fits this hardware) and the way there ("in-place",
    // "clean-install", "decrypt-first" or "none").
    Q_PROPERTY(QString targetId READ targetId NOTIFY countChanged)
    Q_PROPERTY(QString route READ route NOTIFY countChanged)

public:
    enum Role {
        NumberRole = Qt::UserRole + 1, // 1 for the first step
        PlaceRole, // "hardware", "firmware", "windows", "licence", "install"
        PlaceLabelRole, // where, in words ("In firmware setup")
        KindRole, // "fix", "confirm", "recommended", "install"
        KindLabelRole, // the kind in words ("Must be fixed")
        ActionRole,
        GuideIdRole, // "" when the step has no guide
        GuideSectionRole,
        GuideTitleRole,
        FindingIdRole, // "" for the steps of the route (media, setup)
    };
    Q_ENUM(Role)

    explicit PlanStepListModel(AppLanguage *language, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setPlan(const UpgradePlan &plan);
    void clear() { setPlan({}); }
    QString headline() const;
    QString detail() const;
    QString targetId() const { return m_plan.targetId; }
    QString route() const { return m_plan.route; }
    // Every role of one step by its name ({} for a row out of range); a QVariant so that QML
    // reads it as a plain object.
    Q_INVOKABLE QVariant step(int row) const;

signals:
    void countChanged();
    void textsChanged();

private:
    QString language() const;

    AppLanguage *m_language;
    UpgradePlan m_plan;
};

} // namespace urs::ui
