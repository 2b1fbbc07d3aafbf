// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/fleet_summary.h"

#include "common/core_text.h"
#include "report/atomic_file_writer.h"
#include "report/csv_table.h"
#include "report/fleet_html.h"
#include "report/report_strings.h"
#include "report/report_text.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>

namespace urs {

QStringList FleetSummary::findReportFiles(const QStringList &paths, QList<FleetSkip> *missing)
{
    QStringList files;
    for (const QString &p : paths) {
        const QFileInfo info(p);
        if (info.isFile()) {
            files << info.filePath();
            continue;
        }
        if (!info.isDir()) {
            missing->append({p, coreText("no such file or folder")});
            continue;
        }
        QDirIterator it(p, {QStringLiteral("*.zip"), QStringLiteral("*.ZIP"), QStringLiteral("*.Zip")},
            QDir::Files | QDir::NoSymLinks | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            if (!it.fileName().startsWith(AtomicFileWriter::temporaryPrefix()))
                files << f;
        }
    }
    files.sort();
    files.removeDuplicates();
    return files;
}

void FleetSummary::addPaths(const QStringList &paths)
{
    const QStringList files = findReportFiles(paths, &m_skipped);
    struct Outcome {
        std::optional<FleetMachine> machine;
        QString error;
    };
    // Reading is independent per file; mapped() keeps the input order, so the result does
    // not depend on thread timing.
    const QList<Outcome> outcomes = QtConcurrent::blockingMapped<QList<Outcome>>(files, [](const QString &f) {
        Outcome o;
        o.machine = FleetReader::readFile(f, &o.error);
        return o;
    });
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (outcomes.at(i).machine)
            addMachine(*outcomes.at(i).machine);
        else
            m_skipped.append({files.at(i), outcomes.at(i).error});
    }
}

void FleetSummary::addMachine(FleetMachine machine)
{
    machine.severity = machine.computeSeverity();
    m_all.append(std::move(machine));
    m_sorted.reset();
}

QList<FleetMachine> FleetSummary::machines() const
{
    if (!m_sorted)
        m_sorted = sortedMachines();
    return *m_sorted;
}

QList<FleetMachine> FleetSummary::sortedMachines() const
{
    QHash<QString, int> newest; // key -> index into m_all
    for (int i = 0; i < m_all.size(); ++i) {
        const QString key = m_all.at(i).key();
        const auto it = newest.find(key);
        if (it == newest.end()) {
            newest.insert(key, i);
            continue;
        }
        const FleetMachine &old = m_all.at(*it);
        const FleetMachine &cur = m_all.at(i);
        if (cur.report.scanTime > old.report.scanTime
            || (cur.report.scanTime == old.report.scanTime && cur.file > old.file))
            *it = i;
    }
    QList<FleetMachine> out;
    out.reserve(newest.size());
    for (int index : std::as_const(newest))
        out.append(m_all.at(index));
    std::sort(out.begin(), out.end(), [](const FleetMachine &a, const FleetMachine &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        if (a.blockerIds.size() != b.blockerIds.size())
            return a.blockerIds.size() > b.blockerIds.size();
        if (a.unknownCount != b.unknownCount)
            return a.unknownCount > b.unknownCount;
        const int byName = QString::compare(
            a.report.machine.computerName, b.report.machine.computerName, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.file < b.file;
    });
    return out;
}

int FleetSummary::superseded() const
{
    QSet<QString> keys;
    for (const FleetMachine &m : m_all)
        keys.insert(m.key());
    return int(m_all.size() - keys.size());
}

QStringList FleetSummary::targetIds() const
{
    QSet<QString> ids;
    for (const FleetMachine &m : m_all)
        for (auto it = m.verdicts.constBegin(); it != m.verdicts.constEnd(); ++it)
            ids.insert(it.key());
    QStringList list(ids.begin(), ids.end());
    list.sort();
    return list;
}

QList<QPair<QString, int>> FleetSummary::blockerCounts() const
{
    QHash<QString, int> counts;
    for (const FleetMachine &m : machines())
        for (const QString &id : m.blockerIds)
            ++counts[id];
    QList<QPair<QString, int>> list;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        list.append({it.key(), it.value()});
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return list;
}

int FleetSummary::windowsNotCheckedCount() const
{
    const QList<FleetMachine> list = machines();
    return int(
        std::count_if(list.cbegin(), list.cend(), [](const FleetMachine &m) { return m.windowsNotChecked; }));
}

QByteArray FleetSummary::csv(const QString &lang) const
{
    const ReportStrings s(lang);
    const QStringList targets = targetIds();
    QStringList header {s.text("fleet_file"), s.text("manufacturer"), s.text("model"), s.text("serial"),
        s.text("uuid"), s.text("computer_name"), s.text("asset_tag"), s.text("fleet_source_os"),
        s.text("scanned"), s.text("scanned_local")};
    const QList<FleetMachine> list = machines();
    for (const QString &t : targets) {
        QString name = t;
        for (const FleetMachine &m : list)
            if (m.targetNames.contains(t) && !m.targetNames.value(t).in(lang).isEmpty())
                name = m.targetNames.value(t).in(lang);
        header << name;
    }
    header << s.text("fleet_blockers") << s.text("finding_id") << s.text("technician") << s.text("note");
    CsvTable table(header);
    for (const FleetMachine &m : list) {
        const MachineIdentity &id = m.report.machine;
        const ReportSummary &r = m.report;
        QStringList row {QFileInfo(m.file).fileName(), id.manufacturer, id.model, id.serial, id.uuid,
            id.computerName, r.notes.assetTag, id.sourceOsText(), s.dateTime(r.scanTime),
            ReportText::localTime(r.scanTimeLocal, r.timeZoneName, s)};
        for (const QString &t : targets)
            row << (m.verdicts.contains(t) ? s.verdict(m.verdicts.value(t)) : QString());
        QStringList titles;
        if (m.windowsNotChecked)
            titles << s.text("fleet_windows_not_checked");
        for (const QString &b : m.blockerIds)
            titles << m.blockerTitles.value(b).in(lang);
        row << titles.join(QStringLiteral("; ")) << m.blockerIds.join(QLatin1Char(';')) << r.notes.technician
            << r.notes.note;
        table.addRow(row);
    }
    return table.toBytes();
}

QByteArray FleetSummary::html(const QString &lang) const
{
    return FleetHtml::render(*this, lang);
}

QStringList FleetSummary::write(const QString &outDir, const QString &lang) const
{
    using Mode = AtomicFileWriter::Mode;
    return {AtomicFileWriter::write(outDir, QStringLiteral("fleet.csv"), csv(lang), Mode::Replace),
        AtomicFileWriter::write(outDir, QStringLiteral("fleet.html"), html(lang), Mode::Replace)};
}

} // namespace urs
