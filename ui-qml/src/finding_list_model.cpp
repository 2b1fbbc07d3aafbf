// SPDX-License-Identifier: GPL-3.0-or-later
#include "finding_list_model.h"

#include "app_language.h"
#include "common/core_text.h"
#include "engine/status_words.h"
#include "line_breaks.h"
#include "report/report_strings.h"
#include "report/report_text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariantList>

namespace urs::ui {

namespace {

const QList<FindingStatus> kOrder = {FindingStatus::Blocker, FindingStatus::Warning, FindingStatus::Unknown,
    FindingStatus::Advisory, FindingStatus::Pass};

// Checklist items in the order of the list: "4" < "6" < "16.2" (numbers compared part by part;
// an item without a number sorts last).
bool checkLess(const QString &a, const QString &b)
{
    const QStringList pa = a.split(QLatin1Char('.'));
    const QStringList pb = b.split(QLatin1Char('.'));
    for (int i = 0; i < std::min(pa.size(), pb.size()); ++i) {
        bool oka = false;
        bool okb = false;
        const int na = pa[i].toInt(&oka);
        const int nb = pb[i].toInt(&okb);
        if (oka != okb)
            return oka;
        if (oka && na != nb)
            return na < nb;
        if (!oka && pa[i] != pb[i])
            return pa[i] < pb[i];
    }
    return pa.size() < pb.size();
}

} // namespace

FindingListModel::FindingListModel(AppLanguage *language, QObject *parent)
    : QAbstractListModel(parent)
    , m_language(language)
    , m_statusFilter(statuses())
{
    followLanguage(m_language, this, [this] {
        emit labelsChanged();
        emit headingChanged();
    });
    // Every change of the rows (a new result, either filter) may change the heading.
    connect(this, &FindingListModel::countChanged, this, &FindingListModel::headingChanged);
}

int FindingListModel::statusRank(FindingStatus s)
{
    return int(kOrder.indexOf(s));
}

// The library's words (engine/status_words.cpp), so the app, the CLI and the report agree.
QString FindingListModel::statusText(FindingStatus s, const QString &lang)
{
    return StatusWords::statusGroup(s, lang);
}

QVariantMap FindingListModel::statusLabels() const
{
    QVariantMap labels;
    for (FindingStatus s : kOrder)
        labels.insert(statusName(s), statusText(s, language()));
    return labels;
}

QString FindingListModel::language() const
{
    return m_language ? m_language->language() : QStringLiteral("en");
}

QStringList FindingListModel::statuses() const
{
    QStringList out;
    for (FindingStatus s : kOrder)
        out << statusName(s);
    return out;
}

int FindingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QHash<int, QByteArray> FindingListModel::roleNames() const
{
    return {{FindingIdRole, "findingId"}, {TargetRole, "target"}, {CheckRole, "check"},
        {StatusRole, "status"}, {StatusTextRole, "statusText"}, {StatusRankRole, "statusRank"},
        {TitleRole, "title"}, {MeaningRole, "meaning"}, {EvidenceCountRole, "evidenceCount"},
        {RemedyCountRole, "remedyCount"}, {IsBlockerRole, "isBlocker"}, {SectionStartRole, "sectionStart"},
        {AffectsRole, "affects"}};
}

QVariant FindingListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_visible.size())
        return {};
    const QString lang = m_language ? m_language->language() : QStringLiteral("en");
    const Finding &f = m_all.at(m_visible.at(index.row()));
    switch (role) {
    case FindingIdRole:
        return f.id;
    case TargetRole:
        return f.target;
    case CheckRole:
        return f.check;
    case StatusRole:
        return statusName(f.status);
    case StatusTextRole:
        return statusText(f.status, lang);
    case StatusRankRole:
        return statusRank(f.status);
    case Qt::DisplayRole:
    case TitleRole:
        return f.title.in(lang).isEmpty() ? f.id : f.title.in(lang);
    case MeaningRole:
        return LineBreaks::urlsIn(f.meaning.in(lang));
    case EvidenceCountRole:
        return int(f.evidence.size());
    case RemedyCountRole:
        return int(f.remedy.size());
    case IsBlockerRole:
        return f.status == FindingStatus::Blocker;
    case SectionStartRole:
        return index.row() == 0 || m_all.at(m_visible.at(index.row() - 1)).status != f.status;
    case AffectsRole:
        return affects(f);
    }
    return {};
}

QString FindingListModel::targetName(const QString &targetId) const
{
    for (const TargetVerdict &t : m_targets)
        if (t.targetId == targetId)
            return t.name.in(language()).isEmpty() ? targetId : t.name.in(language());
    return targetId;
}

// A rule speaks for one target (its finding names it) or for all (its finding names none); a
// target's own finding wins over the one for all.
QStringList FindingListModel::affectedTargets(const Finding &f) const
{
    QStringList out;
    for (const TargetVerdict &t : m_targets) {
        const Finding *there = nullptr;
        for (const Finding &g : m_all) {
            if (g.id != f.id)
                continue;
            if (g.target == t.targetId) {
                there = &g;
                break;
            }
            if (g.target.isEmpty())
                there = &g;
        }
        if (there && there->status != FindingStatus::Pass)
            out << t.targetId;
    }
    return out;
}

QString FindingListModel::affects(const Finding &f) const
{
    const QStringList ids = affectedTargets(f);
    if (ids.isEmpty())
        return {};
    if (ids.size() == m_targets.size() && ids.size() > 1)
        return tr("Affects all targets");
    QStringList names;
    for (const QString &id : ids)
        names << targetName(id);
    return tr("Affects: %1").arg(names.join(tr(", ")));
}

QString FindingListModel::heading() const
{
    if (m_targetFilter.isEmpty())
        return tr("Findings (%1)").arg(rowCount());
    return tr("Findings for %1 (%2)").arg(targetName(m_targetFilter)).arg(rowCount());
}

void FindingListModel::setAssessment(const Assessment &assessment)
{
    m_targets = assessment.targets;
    m_all = assessment.findings;
    m_labels = assessment.factLabels;
    std::stable_sort(m_all.begin(), m_all.end(), [](const Finding &a, const Finding &b) {
        if (statusRank(a.status) != statusRank(b.status))
            return statusRank(a.status) < statusRank(b.status);
        if (a.check != b.check)
            return checkLess(a.check, b.check);
        if (a.id != b.id)
            return a.id < b.id;
        return a.target < b.target;
    });
    rebuild();
}

bool FindingListModel::passesTarget(const Finding &f) const
{
    return m_targetFilter.isEmpty() || f.target.isEmpty() || f.target == m_targetFilter;
}

void FindingListModel::rebuild()
{
    beginResetModel();
    m_visible.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        const Finding &f = m_all.at(i);
        if (passesTarget(f) && m_statusFilter.contains(statusName(f.status)))
            m_visible << i;
    }
    endResetModel();
    emit countChanged();
}

void FindingListModel::setStatusFilter(const QStringList &statuses)
{
    if (statuses == m_statusFilter)
        return;
    m_statusFilter = statuses;
    rebuild();
    emit filterChanged();
}

void FindingListModel::setTargetFilter(const QString &target)
{
    if (target == m_targetFilter)
        return;
    m_targetFilter = target;
    rebuild();
    emit filterChanged();
}

void FindingListModel::toggleStatus(const QString &status)
{
    QStringList shown = m_statusFilter;
    if (shown.contains(status))
        shown.removeAll(status);
    else if (statuses().contains(status))
        shown << status;
    setStatusFilter(shown);
}

QVariantMap FindingListModel::shown() const
{
    QVariantMap out;
    for (const QString &s : statuses())
        out.insert(s, m_statusFilter.contains(s));
    return out;
}

bool FindingListModel::isStatusShown(const QString &status) const
{
    return m_statusFilter.contains(status);
}

QVariantMap FindingListModel::counts() const
{
    QVariantMap out;
    for (FindingStatus s : kOrder)
        out.insert(statusName(s), 0);
    for (const Finding &f : m_all)
        if (passesTarget(f))
            out[statusName(f.status)] = out.value(statusName(f.status)).toInt() + 1;
    return out;
}

int FindingListModel::rowOf(const QString &findingId) const
{
    for (int r = 0; r < m_visible.size(); ++r)
        if (m_all.at(m_visible.at(r)).id == findingId)
            return r;
    return -1;
}

int FindingListModel::reveal(const QString &findingId)
{
    for (const Finding &f : m_all) {
        if (f.id == findingId && passesTarget(f) && !isStatusShown(statusName(f.status))) {
            toggleStatus(statusName(f.status));
            break;
        }
    }
    return rowOf(findingId);
}

QVariantMap FindingListModel::detail(int row) const
{
    if (row < 0 || row >= m_visible.size())
        return {};
    const QString lang = m_language ? m_language->language() : QStringLiteral("en");
    const Finding &f = m_all.at(m_visible.at(row));
    QVariantList evidence;
    for (const Evidence &e : f.evidence) {
        const bool known = !e.value.isNull() && !e.value.isUndefined();
        // The report's words for the fact and its value (rules/fact-labels.yaml), never its
        // name or a raw value; report.json keeps those.
        evidence << QVariantMap {{QStringLiteral("fact"), e.fact},
            {QStringLiteral("name"), m_labels.name(e.fact, lang)}, {QStringLiteral("known"), known},
            {QStringLiteral("value"),
                known ? ReportText::factWords(m_labels, e.fact, e.value, ReportStrings(lang)) : QString()},
            {QStringLiteral("provenance"), CoreText::in(e.provenance, lang)},
            {QStringLiteral("unknownReason"), CoreText::in(e.unknownReason, lang)}};
    }
    QVariantList remedy;
    for (const RemedyStep &s : f.remedy)
        remedy << QVariantMap {{QStringLiteral("text"), LineBreaks::urlsIn(s.text.in(lang))},
            {QStringLiteral("command"), s.command}};
    QVariantList guides;
    for (const GuideLink &g : f.guides)
        guides << QVariantMap {{QStringLiteral("guide"), g.guide}, {QStringLiteral("section"), g.section},
            {QStringLiteral("title"), g.title.in(lang)}, {QStringLiteral("url"), g.url}};
    return {{QStringLiteral("findingId"), f.id}, {QStringLiteral("target"), f.target},
        {QStringLiteral("check"), f.check}, {QStringLiteral("status"), statusName(f.status)},
        {QStringLiteral("statusText"), statusText(f.status, lang)},
        {QStringLiteral("title"), f.title.in(lang).isEmpty() ? f.id : f.title.in(lang)},
        {QStringLiteral("meaning"), LineBreaks::urlsIn(f.meaning.in(lang))},
        {QStringLiteral("affects"), affects(f)}, {QStringLiteral("evidence"), evidence},
        {QStringLiteral("remedy"), remedy}, {QStringLiteral("guides"), guides}};
}

} // namespace urs::ui
