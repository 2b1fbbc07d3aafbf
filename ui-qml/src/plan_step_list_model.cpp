// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan_step_list_model.h"

#include "app_language.h"
#include "line_breaks.h"

namespace urs::ui {

PlanStepListModel::PlanStepListModel(AppLanguage *language, QObject *parent)
    : QAbstractListModel(parent)
    , m_language(language)
{
    followLanguage(m_language, this, [this] { emit textsChanged(); });
}

QString PlanStepListModel::language() const
{
    return m_language ? m_language->language() : QStringLiteral("en");
}

int PlanStepListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.steps.size());
}

QHash<int, QByteArray> PlanStepListModel::roleNames() const
{
    return {{NumberRole, "number"}, {PlaceRole, "place"}, {PlaceLabelRole, "placeLabel"}, {KindRole, "kind"},
        {KindLabelRole, "kindLabel"}, {ActionRole, "action"}, {GuideIdRole, "guideId"},
        {GuideSectionRole, "guideSection"}, {GuideTitleRole, "guideTitle"}, {FindingIdRole, "findingId"}};
}

QVariant PlanStepListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const QString lang = language();
    const PlanStep &s = m_plan.steps.at(index.row());
    switch (role) {
    case NumberRole:
        return index.row() + 1;
    case PlaceRole:
        return s.place;
    case PlaceLabelRole:
        return s.placeLabel.in(lang);
    case KindRole:
        return s.kind;
    case KindLabelRole:
        return s.kindLabel.in(lang);
    case Qt::DisplayRole:
    case ActionRole:
        return LineBreaks::urlsIn(s.action.in(lang));
    case GuideIdRole:
        return s.guide.guide;
    case GuideSectionRole:
        return s.guide.section;
    case GuideTitleRole:
        return s.guide.title.in(lang);
    case FindingIdRole:
        return s.findingId;
    }
    return {};
}

QVariant PlanStepListModel::step(int row) const
{
    QVariantMap out;
    if (row < 0 || row >= rowCount())
        return out;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        out.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return out;
}

QString PlanStepListModel::headline() const
{
    return LineBreaks::urlsIn(m_plan.headline.in(language()));
}

QString PlanStepListModel::detail() const
{
    return LineBreaks::urlsIn(m_plan.detail.in(language()));
}

void PlanStepListModel::setPlan(const UpgradePlan &plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
    emit countChanged();
    emit textsChanged();
}

} // namespace urs::ui
