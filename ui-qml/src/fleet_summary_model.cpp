// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet_summary_model.h"

#include "app_language.h"
#include "common/core_text.h"
#include "common/log.h"
#include "common/scan_error.h"
#include "report/atomic_file_writer.h"
#include "report/fleet_summary.h"
#include "report/report_strings.h"
#include "report/report_text.h"
#include "verdict_list_model.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace urs::ui {

FleetSummaryModel::FleetSummaryModel(AppLanguage *language, QObject *parent)
    : QAbstractListModel(parent)
    , m_language(language)
{
    connect(&m_watcher, &QFutureWatcher<Summary>::finished, this, &FleetSummaryModel::applyBuilt);
    followLanguage(m_language, this, [this] { emit summaryChanged(); }); // the blocker titles
}

FleetSummaryModel::~FleetSummaryModel()
{
    m_watcher.waitForFinished();
}

QString FleetSummaryModel::lang() const
{
    return m_language ? m_language->language() : QStringLiteral("en");
}

int FleetSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_summary.machines.size());
}

QHash<int, QByteArray> FleetSummaryModel::roleNames() const
{
    return {{RankRole, "rank"}, {HeadingRole, "heading"}, {OsRole, "os"}, {AssetTagRole, "assetTag"},
        {TechnicianRole, "technician"}, {NoteRole, "note"}, {ScanTimeTextRole, "scanTimeText"},
        {VerdictsRole, "verdicts"}, {BlockersRole, "blockers"}, {FileNameRole, "fileName"},
        {WindowsNotCheckedRole, "windowsNotChecked"}};
}

QVariant FleetSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_summary.machines.size())
        return {};
    const FleetMachine &m = m_summary.machines.at(index.row());
    const ReportSummary &r = m.report;
    const QString language = lang();
    switch (role) {
    case RankRole:
        return index.row() + 1;
    case Qt::DisplayRole:
    case HeadingRole: {
        QStringList parts;
        const QString machine
            = QStringList {r.machine.manufacturer, r.machine.model}.join(QLatin1Char(' ')).trimmed();
        for (const QString &s : {r.machine.computerName, machine})
            if (!s.isEmpty())
                parts << s;
        return parts.isEmpty() ? QFileInfo(m.file).fileName() : parts.join(QStringLiteral(" · "));
    }
    case OsRole:
        return r.machine.sourceOsText(language);
    case AssetTagRole:
        return r.notes.assetTag;
    case TechnicianRole:
        return r.notes.technician;
    case NoteRole:
        return r.notes.note;
    case ScanTimeTextRole:
        return ReportText::displayTime(r.scanTime, r.scanTimeLocal, r.timeZoneName, ReportStrings(language));
    case VerdictsRole: {
        QVariantList out;
        for (auto it = m.verdicts.constBegin(); it != m.verdicts.constEnd(); ++it) {
            const QString name = m.targetNames.value(it.key()).in(language);
            out << QVariantMap {{QStringLiteral("targetId"), it.key()},
                {QStringLiteral("name"), name.isEmpty() ? it.key() : name},
                {QStringLiteral("verdict"), verdictName(it.value())},
                {QStringLiteral("verdictText"), VerdictListModel::verdictText(it.value(), language)}};
        }
        return out;
    }
    case BlockersRole: {
        QStringList titles;
        for (const QString &id : m.blockerIds) {
            const QString title = m.blockerTitles.value(id).in(language);
            titles << (title.isEmpty() ? id : title);
        }
        return titles;
    }
    case FileNameRole:
        return QFileInfo(m.file).fileName();
    case WindowsNotCheckedRole:
        return m.windowsNotChecked;
    }
    return {};
}

QString FleetSummaryModel::blockerTitle(const QString &id) const
{
    for (const FleetMachine &m : m_summary.machines) {
        const QString title = m.blockerTitles.value(id).in(lang());
        if (!title.isEmpty())
            return title;
    }
    return id;
}

QVariantList FleetSummaryModel::blockers() const
{
    QVariantList out;
    for (const auto &[id, count] : m_summary.blockerCounts)
        out << QVariantMap {{QStringLiteral("title"), blockerTitle(id)}, {QStringLiteral("count"), count}};
    return out;
}

QString FleetSummaryModel::errorText() const
{
    return CoreText::in(m_summary.error, lang());
}

QVariantList FleetSummaryModel::skipped() const
{
    QVariantList out;
    for (const FleetSkip &s : m_summary.skipped)
        out << QVariantMap {{QStringLiteral("file"), QFileInfo(s.file).fileName()},
            {QStringLiteral("reason"), CoreText::in(s.reason, lang())}};
    return out;
}

QString FleetSummaryModel::htmlPath() const
{
    return m_summary.written.value(1);
}

QString FleetSummaryModel::csvPath() const
{
    return m_summary.written.value(0);
}

FleetSummaryModel::Summary FleetSummaryModel::summarize(const QString &folder, const QString &lang)
{
    Summary out;
    out.folder = folder;
    FleetSummary fleet;
    fleet.addPaths({folder});
    out.machines = fleet.machines();
    out.blockerCounts = fleet.blockerCounts();
    out.skipped = fleet.skipped();
    out.reportsRead = fleet.reportsRead();
    out.superseded = fleet.superseded();
    out.windowsNotChecked = fleet.windowsNotCheckedCount();
    try {
        // Beside the reports, where `upgrade-scan fleet` run on the stick's folder puts them too.
        AtomicFileWriter::makeWritableDir(folder);
        out.written = fleet.write(folder, lang);
    } catch (const ScanError &e) {
        out.error = e.text();
    }
    return out;
}

bool FleetSummaryModel::build(const QString &folder)
{
    if (busy() || folder.isEmpty())
        return false;
    m_watcher.setFuture(QtConcurrent::run([folder, lang = lang()] { return summarize(folder, lang); }));
    emit busyChanged();
    return true;
}

void FleetSummaryModel::applyBuilt()
{
    beginResetModel();
    m_summary = m_watcher.result();
    endResetModel();
    if (m_summary.error.isEmpty())
        log()->info("app: fleet summary of {} machines written to {}", m_summary.machines.size(),
            str(m_summary.written.join(QStringLiteral(", "))));
    else
        log()->warn("app: fleet summary not written: {}", str(m_summary.error));
    emit summaryChanged();
    emit busyChanged();
}

} // namespace urs::ui
