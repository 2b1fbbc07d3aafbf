// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_list_model.h"

#include "app_language.h"
#include "common/core_text.h"
#include "format.h"
#include "report/fleet_reader.h"
#include "verdict_list_model.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace urs::ui {

ReportListModel::ReportListModel(AppLanguage *language, QObject *parent)
    : QAbstractListModel(parent)
    , m_language(language)
{
    connect(&m_watcher, &QFutureWatcher<QList<ReportEntry>>::finished, this, &ReportListModel::applyLoaded);
    followLanguage(m_language, this);
}

ReportListModel::~ReportListModel()
{
    m_watcher.waitForFinished();
}

int ReportListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> ReportListModel::roleNames() const
{
    return {{PathRole, "path"}, {FileNameRole, "fileName"}, {SizeTextRole, "sizeText"},
        {MachineRole, "machine"}, {ComputerNameRole, "computerName"}, {OsRole, "os"},
        {ScanTimeTextRole, "scanTimeText"}, {VerdictsRole, "verdicts"}, {ErrorRole, "error"},
        {IsNewRole, "isNew"}, {HeadingRole, "heading"}};
}

QVariant ReportListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ReportEntry &r = m_rows.at(index.row());
    const QString lang = m_language ? m_language->language() : QStringLiteral("en");
    switch (role) {
    case PathRole:
        return r.path;
    case Qt::DisplayRole:
    case FileNameRole:
        return QFileInfo(r.path).fileName();
    case SizeTextRole:
        return formatBytes(r.sizeBytes);
    case MachineRole:
        return r.machine;
    case ComputerNameRole:
        return r.computerName;
    case OsRole:
        return r.osText.in(lang);
    case ScanTimeTextRole:
        return appDateTime((r.scanTime.isValid() ? r.scanTime : r.modified).toLocalTime());
    case VerdictsRole: {
        QVariantList out;
        for (const TargetVerdict &v : r.verdicts)
            out << QVariantMap {{QStringLiteral("targetId"), v.targetId},
                {QStringLiteral("name"), v.name.in(lang).isEmpty() ? v.targetId : v.name.in(lang)},
                {QStringLiteral("verdict"), verdictName(v.verdict)},
                {QStringLiteral("verdictText"), VerdictListModel::verdictText(v.verdict, lang)}};
        return out;
    }
    case ErrorRole:
        return CoreText::in(r.error, lang);
    case IsNewRole:
        return !m_highlight.isEmpty() && r.path == m_highlight;
    case HeadingRole: {
        QStringList parts;
        for (const QString &s : {r.computerName, r.machine})
            if (!s.isEmpty())
                parts << s;
        return parts.isEmpty() ? QFileInfo(r.path).fileName() : parts.join(QStringLiteral(" · "));
    }
    }
    return {};
}

ReportEntry ReportListModel::readReport(const QString &path)
{
    ReportEntry e;
    e.path = path;
    const QFileInfo fi(path);
    e.sizeBytes = fi.size();
    e.modified = fi.lastModified().toUTC();
    // The library's fleet reader: report.json checked against the manifest, hostile zips refused.
    QString error;
    const std::optional<FleetMachine> machine = FleetReader::readFile(path, &error);
    if (!machine) {
        e.error = error;
        return e;
    }
    const ReportSummary &summary = machine->report;
    e.machine
        = QStringList {summary.machine.manufacturer, summary.machine.model}.join(QLatin1Char(' ')).trimmed();
    e.computerName = summary.machine.computerName;
    e.osText = {summary.machine.sourceOsText(QStringLiteral("en")),
        summary.machine.sourceOsText(QStringLiteral("ja"))};
    e.scanTime = summary.scanTime;
    if (summary.assessment)
        e.verdicts = summary.assessment->targets;
    return e;
}

QList<ReportEntry> ReportListModel::readFolder(const QString &folder)
{
    QList<ReportEntry> out;
    const QFileInfoList files
        = QDir(folder).entryInfoList({QStringLiteral("*.zip")}, QDir::Files | QDir::Readable);
    for (const QFileInfo &fi : files)
        out << readReport(fi.absoluteFilePath());
    std::stable_sort(out.begin(), out.end(), [](const ReportEntry &a, const ReportEntry &b) {
        const QDateTime ta = a.scanTime.isValid() ? a.scanTime : a.modified;
        const QDateTime tb = b.scanTime.isValid() ? b.scanTime : b.modified;
        return ta != tb ? ta > tb : a.path < b.path;
    });
    return out;
}

void ReportListModel::setFolder(const QString &folder)
{
    if (folder == m_folder)
        return;
    m_folder = folder;
    emit folderChanged();
    refresh();
}

void ReportListModel::setHighlightPath(const QString &path)
{
    if (path == m_highlight)
        return;
    m_highlight = path;
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), {IsNewRole});
}

void ReportListModel::refresh()
{
    if (m_watcher.isRunning()) {
        m_again = true; // the folder changed meanwhile: read it again when this pass ends
        return;
    }
    const QString folder = m_folder;
    m_watcher.setFuture(QtConcurrent::run([folder] { return readFolder(folder); }));
    emit busyChanged();
}

void ReportListModel::applyLoaded()
{
    beginResetModel();
    m_rows = m_watcher.result();
    endResetModel();
    emit countChanged();
    emit busyChanged();
    if (m_again) {
        m_again = false;
        refresh();
    }
}

} // namespace urs::ui
