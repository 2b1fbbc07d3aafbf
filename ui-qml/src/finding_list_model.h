// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/assessment.h"

#include <QAbstractListModel>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace urs::ui {

class AppLanguage;

// The findings of the Results screen, most serious first (blockers, warnings, unknowns,
// advisories, passes) so a ListView can group them by status. Filters: the statuses shown and
// the target (findings that hold for every target are always shown). Each finding says which
// targets it affects, and the heading which target the list shows.
class FindingListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by App")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)
    Q_PROPERTY(QStringList statusFilter READ statusFilter WRITE setStatusFilter NOTIFY filterChanged)
    Q_PROPERTY(QString targetFilter READ targetFilter WRITE setTargetFilter NOTIFY filterChanged)
    Q_PROPERTY(QVariantMap counts READ counts NOTIFY countChanged)
    Q_PROPERTY(QStringList statuses READ statuses CONSTANT)
    Q_PROPERTY(QVariantMap statusLabels READ statusLabels NOTIFY labelsChanged)
    // {status: true/false}: whether each status is shown (for the filter chips).
    Q_PROPERTY(QVariantMap shown READ shown NOTIFY filterChanged)
    // "Findings for Windows 11 25H2 (7)": the target shown and how many findings are listed.
    Q_PROPERTY(QString heading READ heading NOTIFY headingChanged)

public:
    enum Role {
        FindingIdRole = Qt::UserRole + 1,
        TargetRole,
        CheckRole,
        StatusRole, // "blocker", "warning", "unknown", "advisory", "pass"
        StatusTextRole, // the status in words, for section headings
        StatusRankRole, // 0 for the most serious
        TitleRole,
        MeaningRole,
        EvidenceCountRole,
        RemedyCountRole,
        IsBlockerRole,
        SectionStartRole, // the first row of its status: the view puts the heading above it
        AffectsRole, // "Affects: Windows 11 24H2, Windows 11 25H2", "Affects all targets", or ""
    };
    Q_ENUM(Role)

    explicit FindingListModel(AppLanguage *language, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setAssessment(const Assessment &assessment);
    void clear() { setAssessment({}); }
    int totalCount() const { return int(m_all.size()); }
    QStringList statusFilter() const { return m_statusFilter; }
    void setStatusFilter(const QStringList &statuses);
    QString targetFilter() const { return m_targetFilter; }
    void setTargetFilter(const QString &target);
    // Findings per status under the target filter (the status filter does not change them).
    QVariantMap counts() const;
    QStringList statuses() const;
    QVariantMap shown() const;
    QString heading() const;

    // Shows or hides one status.
    Q_INVOKABLE void toggleStatus(const QString &status);
    Q_INVOKABLE bool isStatusShown(const QString &status) const;
    // Everything the detail view shows: meaning, evidence, remedy steps, guide links.
    Q_INVOKABLE QVariantMap detail(int row) const;
    // The row of a finding id under the current filters, or -1.
    Q_INVOKABLE int rowOf(const QString &findingId) const;
    // The same after showing the finding's status when the status filter hid it (a finding
    // of another target stays hidden).
    int reveal(const QString &findingId);

    static int statusRank(FindingStatus s);
    // The heading over one status, in the app's language ("Blockers").
    static QString statusText(FindingStatus s, const QString &lang);
    // Status name ("blocker") -> its heading, for the filter chips.
    QVariantMap statusLabels() const;

signals:
    void countChanged();
    void filterChanged();
    void labelsChanged();
    void headingChanged();

private:
    QString language() const;
    void rebuild();
    bool passesTarget(const Finding &f) const;
    QString targetName(const QString &targetId) const;
    // The targets (in the order asked for) where the finding's rule does not pass.
    QStringList affectedTargets(const Finding &f) const;
    QString affects(const Finding &f) const;

    AppLanguage *m_language;
    QList<TargetVerdict> m_targets; // for the targets' names and order
    QList<Finding> m_all; // sorted by status rank, then check, then id
    FactLabels m_labels; // the words for the evidence's facts and values
    QList<int> m_visible; // indexes into m_all
    QStringList m_statusFilter; // statuses shown (all at first)
    QString m_targetFilter; // empty: every target
};

} // namespace urs::ui
