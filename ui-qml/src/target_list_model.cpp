// SPDX-License-Identifier: GPL-3.0-or-later
#include "target_list_model.h"

#include "app_language.h"
#include "common/log.h"
#include "common/scan_error.h"
#include "format.h"

#include <QtConcurrent/QtConcurrentRun>

namespace urs::ui {

TargetListModel::TargetListModel(AppLanguage *language, QObject *parent)
    : QAbstractListModel(parent)
    , m_language(language)
{
    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, &TargetListModel::applyLoaded);
    followLanguage(m_language, this, [this] {
        emit selectionChanged();
        if (!m_errorDetail.isEmpty())
            emit errorChanged();
    });
}

TargetListModel::~TargetListModel()
{
    waitForIdle();
}

void TargetListModel::waitForIdle()
{
    m_watcher.waitForFinished();
}

int TargetListModel::rowCount(const QModelIndex &parent) const
{
    // One row per target, then "all targets" when there is more than one.
    if (parent.isValid())
        return 0;
    return m_targets.size() > 1 ? int(m_targets.size()) + 1 : int(m_targets.size());
}

QHash<int, QByteArray> TargetListModel::roleNames() const
{
    return {{TargetIdRole, "targetId"}, {NameRole, "name"}, {LifecycleRole, "lifecycle"},
        {IsAllRole, "isAll"}, {IsDefaultRole, "isDefault"}};
}

QVariant TargetListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const QString lang = m_language ? m_language->language() : QStringLiteral("en");
    if (index.row() == m_targets.size()) {
        switch (role) {
        case Qt::DisplayRole:
        case NameRole:
            return tr("All targets");
        case LifecycleRole:
            return tr("Judge every target the rules know and compare them side by side.");
        case TargetIdRole:
            return QString();
        case IsAllRole:
            return true;
        case IsDefaultRole:
            return false;
        }
        return {};
    }
    const TargetChoice &t = m_targets.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return t.name.in(lang).isEmpty() ? t.id : t.name.in(lang);
    case LifecycleRole:
        return t.lifecycle.in(lang);
    case TargetIdRole:
        return t.id;
    case IsAllRole:
        return false;
    case IsDefaultRole:
        return !m_defaultId.isEmpty() && t.id == m_defaultId;
    }
    return {};
}

void TargetListModel::reload(std::shared_ptr<const FactSet> facts)
{
    if (!m_session)
        return;
    m_watcher.setFuture(QtConcurrent::run([session = m_session, facts]() -> Loaded {
        Loaded out;
        try {
            const FactSet none;
            const FactSet &judged = facts ? *facts : none;
            // Newest first, as a technician reads them; the default is the engine's choice for
            // these facts on the scan date.
            out.targets = session->targetChoices(judged);
            out.defaultId = session->defaultTargetId(judged);
        } catch (const ScanError &e) {
            out.errorWhere = e.input();
            out.errorDetail = e.message();
            log()->warn("target list: {}", str(e.text()));
        } catch (const std::exception &e) {
            out.errorDetail = QString::fromUtf8(e.what());
            log()->warn("target list: {}", e.what());
        }
        return out;
    }));
    if (!m_loading) {
        m_loading = true;
        emit busyChanged();
    }
}

void TargetListModel::applyLoaded()
{
    const Loaded loaded = m_watcher.result();
    if (loaded.errorWhere != m_errorWhere || loaded.errorDetail != m_errorDetail) {
        m_errorWhere = loaded.errorWhere;
        m_errorDetail = loaded.errorDetail;
        emit errorChanged();
    }
    if (loaded.errorDetail.isEmpty())
        setTargets(loaded.targets, loaded.defaultId);
    m_loading = false;
    emit busyChanged();
}

QString TargetListModel::error() const
{
    if (m_errorDetail.isEmpty())
        return {};
    // The core's words where it marked them for translation (CoreText); the rule loader's
    // details name keys and values of the YAML, which stay as they are.
    const QString detail = appText(m_errorDetail);
    return m_errorWhere.isEmpty() ? tr("The rules could not be read: %1").arg(detail)
                                  : tr("The rules could not be read from %1: %2").arg(m_errorWhere, detail);
}

void TargetListModel::setTargets(const QList<TargetChoice> &targets, const QString &defaultId)
{
    const QStringList before = selectedTargets();
    const bool hadSelection = m_selected >= 0;
    beginResetModel();
    m_targets = targets;
    m_defaultId = defaultId;
    m_selected = -1;
    endResetModel();
    emit countChanged();
    // Keep the user's choice across a reload; else the engine's default, else the first.
    int pick = -1;
    for (int i = 0; i < m_targets.size(); ++i) {
        if (hadSelection && before.size() == 1 && m_targets[i].id == before.first())
            pick = i;
    }
    if (pick < 0 && hadSelection && before.isEmpty() && m_targets.size() > 1)
        pick = int(m_targets.size());
    for (int i = 0; pick < 0 && i < m_targets.size(); ++i)
        if (!defaultId.isEmpty() && m_targets[i].id == defaultId)
            pick = i;
    if (pick < 0 && !m_targets.isEmpty())
        pick = 0;
    m_selected = pick;
    emit selectionChanged();
}

void TargetListModel::select(int row)
{
    if (row < 0 || row >= rowCount() || row == m_selected)
        return;
    m_selected = row;
    emit selectionChanged();
}

QStringList TargetListModel::selectedTargets() const
{
    if (m_selected < 0 || m_selected >= m_targets.size())
        return {};
    return {m_targets.at(m_selected).id};
}

QString TargetListModel::selectedName() const
{
    return m_selected >= 0 ? data(index(m_selected), NameRole).toString() : QString();
}

} // namespace urs::ui
