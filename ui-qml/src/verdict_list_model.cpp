// SPDX-License-Identifier: GPL-3.0-or-later
#include "verdict_list_model.h"

#include "app_language.h"
#include "engine/status_words.h"

namespace urs::ui {

VerdictListModel::VerdictListModel(AppLanguage *language, QObject *parent)
    : QAbstractListModel(parent)
    , m_language(language)
{
    followLanguage(m_language, this);
}

int VerdictListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_assessment.targets.size());
}

QHash<int, QByteArray> VerdictListModel::roleNames() const
{
    return {{TargetIdRole, "targetId"}, {NameRole, "name"}, {VerdictRole, "verdict"},
        {VerdictTextRole, "verdictText"}, {SummaryRole, "summary"}, {LifecycleRole, "lifecycle"},
        {PathTextRole, "pathText"}, {ReasonsRole, "reasons"}, {GuideRole, "guide"}};
}

// The library's words (engine/status_words.cpp), so the app, the CLI and the report agree.
QString VerdictListModel::verdictText(Verdict v, const QString &lang)
{
    return StatusWords::verdict(v, lang);
}

// What each verdict means for the way to the target (targets.md, "Upgrade paths from Windows 8.1").
QString VerdictListModel::pathText(Verdict v)
{
    switch (v) {
    case Verdict::Ready:
        return tr("An in-place upgrade from installation media keeps files, settings and apps.");
    case Verdict::ReadyAfterFixes:
        return tr(
            "Fix the items below in Windows first; then an in-place upgrade keeps files, settings and apps.");
    case Verdict::CleanInstallOnly:
        return tr(
            "The hardware can run it, but this Windows cannot be upgraded in place: back up your files, "
            "then install cleanly and reinstall the apps.");
    case Verdict::WindowsNotChecked:
        return tr("The Windows disk is encrypted, so only the hardware was checked. In Windows, save the "
                  "recovery key, decrypt the disk (manage-bde -off C:) and scan again for a verdict.");
    case Verdict::NotSupported:
        return tr("This machine does not meet the requirements of this release.");
    }
    return {};
}

QString VerdictListModel::guideFor(Verdict v)
{
    switch (v) {
    case Verdict::Ready:
    case Verdict::ReadyAfterFixes:
    case Verdict::WindowsNotChecked: // its disk encryption section says how to decrypt
        return QStringLiteral("in-place-upgrade");
    case Verdict::CleanInstallOnly:
        return QStringLiteral("clean-install");
    case Verdict::NotSupported:
        return {};
    }
    return {};
}

QVariant VerdictListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const QString lang = m_language ? m_language->language() : QStringLiteral("en");
    const TargetVerdict &t = m_assessment.targets.at(index.row());
    switch (role) {
    case TargetIdRole:
        return t.targetId;
    case Qt::DisplayRole:
    case NameRole:
        return t.name.in(lang).isEmpty() ? t.targetId : t.name.in(lang);
    case VerdictRole:
        return verdictName(t.verdict);
    case VerdictTextRole:
        return verdictText(t.verdict, m_language ? m_language->language() : QStringLiteral("en"));
    case SummaryRole:
        return t.summary.in(lang);
    case LifecycleRole:
        return t.lifecycle.in(lang);
    case PathTextRole:
        return pathText(t.verdict);
    case ReasonsRole: {
        // Reasons are finding ids; show the findings' titles (the target's own finding first).
        QStringList titles;
        for (const QString &id : t.reasons) {
            const Finding *best = nullptr;
            for (const Finding &f : m_assessment.findings) {
                if (f.id != id)
                    continue;
                if (f.target == t.targetId || (!best && f.target.isEmpty()))
                    best = &f;
            }
            titles << (best && !best->title.in(lang).isEmpty() ? best->title.in(lang) : id);
        }
        return titles;
    }
    case GuideRole:
        return guideFor(t.verdict);
    }
    return {};
}

void VerdictListModel::setAssessment(const Assessment &assessment)
{
    beginResetModel();
    m_assessment = assessment;
    m_selected = m_assessment.targets.isEmpty() ? -1 : 0;
    endResetModel();
    emit countChanged();
    emit selectionChanged();
}

void VerdictListModel::clear()
{
    setAssessment({});
}

void VerdictListModel::select(int row)
{
    if (row < 0 || row >= rowCount() || row == m_selected)
        return;
    m_selected = row;
    emit selectionChanged();
}

QString VerdictListModel::selectedTargetId() const
{
    return m_selected >= 0 ? m_assessment.targets.at(m_selected).targetId : QString();
}

int VerdictListModel::rowOf(const QString &targetId) const
{
    for (int r = 0; r < m_assessment.targets.size(); ++r)
        if (m_assessment.targets.at(r).targetId == targetId)
            return r;
    return -1;
}

} // namespace urs::ui
