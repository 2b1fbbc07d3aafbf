// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/fleet_html.h"

#include "common/core_text.h"
#include "report/fleet_summary.h"
#include "report/html_escape.h"
#include "report/report_strings.h"
#include "report/report_style.h"
#include "report/report_text.h"

#include <QFileInfo>

namespace urs {

static QString e(const QString &s)
{
    return htmlEscape(s);
}

// The technician's asset tag, name and note under the machine, when there are any.
static QString notesHtml(const ScanNotes &notes, const ReportStrings &s)
{
    QStringList parts;
    if (!notes.assetTag.isEmpty())
        parts << e(s.text("asset_tag")) + QStringLiteral(": ") + e(notes.assetTag);
    if (!notes.technician.isEmpty())
        parts << e(s.text("technician")) + QStringLiteral(": ") + e(notes.technician);
    if (!notes.note.isEmpty())
        parts << e(s.text("note")) + QStringLiteral(": ")
                + e(notes.note).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return parts.isEmpty()
        ? QString()
        : QStringLiteral("<br><span class=\"src\">%1</span>").arg(parts.join(QStringLiteral("<br>")));
}

// Who the machine is: its name, maker, model and serial, the report file and scan time, and
// what the technician noted.
static QString machineCell(const FleetMachine &m, const ReportStrings &s)
{
    const MachineIdentity &id = m.report.machine;
    const ReportSummary &r = m.report;
    const QString name = id.computerName.isEmpty() ? s.text("unknown_value") : id.computerName;
    return QStringLiteral("<b>%1</b><br><span class=\"src\">%2</span><br><span class=\"url\">%3 · %4</span>")
               .arg(e(name),
                   e(QStringList {id.manufacturer, id.model, id.serial}.join(QLatin1Char(' ')).simplified()),
                   e(QFileInfo(m.file).fileName()),
                   e(ReportText::scanTime(r.scanTime, r.scanTimeLocal, r.timeZoneName, s)))
        + notesHtml(r.notes, s);
}

QByteArray FleetHtml::render(const FleetSummary &fleet, const QString &lang)
{
    const ReportStrings s(lang);
    const QList<FleetMachine> machines = fleet.machines();
    const QStringList targets = fleet.targetIds();
    QMap<QString, LocalizedText> targetNames, blockerTitles;
    for (const FleetMachine &m : machines) {
        for (auto it = m.targetNames.constBegin(); it != m.targetNames.constEnd(); ++it)
            targetNames.insert(it.key(), it.value());
        for (auto it = m.blockerTitles.constBegin(); it != m.blockerTitles.constEnd(); ++it)
            blockerTitles.insert(it.key(), it.value());
    }
    auto targetName = [&](const QString &id) {
        const QString n = targetNames.value(id).in(lang);
        return n.isEmpty() ? id : n;
    };
    auto blockerTitle = [&](const QString &id) {
        const QString n = blockerTitles.value(id).in(lang);
        return n.isEmpty() ? id : n;
    };

    QString h;
    h.reserve(4096 + int(machines.size()) * 600);
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        "style-src 'unsafe-inline'\">"
                        "<title>%2</title><style>%3</style></head><body><main class=\"wide\">")
             .arg(lang, e(s.text("fleet_title")), ReportStyle::css());
    h += QStringLiteral("<header class=\"top\"><h1>%1</h1><p class=\"sub\">%2</p></header>")
             .arg(e(s.text("fleet_title")),
                 e(s.text("fleet_subtitle")
                         .arg(QString::number(machines.size()), QString::number(fleet.reportsRead()))));
    if (fleet.superseded() > 0)
        h += QStringLiteral("<p class=\"sub\">%1</p>")
                 .arg(e(s.text("fleet_superseded").arg(fleet.superseded())));

    // Machines whose Windows could not be read are counted apart: their verdicts judge the
    // hardware only, so none of them may pass for ready.
    if (const int notChecked = fleet.windowsNotCheckedCount(); notChecked > 0)
        h += QStringLiteral("<p><b>%1</b></p>")
                 .arg(e(s.text("fleet_windows_not_checked_count")
                            .arg(QString::number(notChecked), QString::number(machines.size()))));

    // What to fix across the fleet: each blocker with the number of machines it stops.
    h += QStringLiteral("<h2>%1</h2>").arg(e(s.text("fleet_blocker_counts")));
    const QList<QPair<QString, int>> counts = fleet.blockerCounts();
    if (counts.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(e(s.text("fleet_none")));
    } else {
        const int most = counts.first().second;
        h += QStringLiteral("<div class=\"scroll\"><table><thead><tr><th>%1</th><th>%2</th><th>%3</th></tr>"
                            "</thead><tbody>")
                 .arg(e(s.text("fleet_blockers")), e(s.text("finding_id")), e(s.text("fleet_count")));
        for (const auto &[id, n] : counts) {
            h += QStringLiteral("<tr><td>%1</td><td><code>%2</code></td><td class=\"count\">%3 "
                                "<span class=\"bar\" style=\"width:%4px\"></span></td></tr>")
                     .arg(
                         e(blockerTitle(id)), e(id), QString::number(n), QString::number(4 + 120 * n / most));
        }
        h += QStringLiteral("</tbody></table></div>");
    }

    // One row per blocker, so each title stands beside its finding ID; the machine's cells span
    // its rows, and its rows stay together on a printed page (one tbody each).
    h += QStringLiteral("<h2>%1</h2><div class=\"scroll\"><table class=\"fleet\"><thead><tr><th>#</th>"
                        "<th>%2</th><th>%3</th>")
             .arg(e(s.text("fleet_machines")), e(s.text("machine")), e(s.text("fleet_source_os")));
    for (const QString &t : targets)
        h += QStringLiteral("<th>%1</th>").arg(e(targetName(t)));
    h += QStringLiteral("<th>%1</th><th>%2</th></tr></thead>")
             .arg(e(s.text("fleet_blockers")), e(s.text("finding_id")));
    int rank = 0;
    for (const FleetMachine &m : machines) {
        QList<QPair<QString, QString>> lines; // blocker (HTML), finding ID
        if (m.windowsNotChecked)
            lines.append(
                {QStringLiteral("<b>%1</b>").arg(e(s.text("fleet_windows_not_checked"))), m.encryptionId});
        for (const QString &b : m.blockerIds)
            lines.append({e(blockerTitle(b)), b});
        if (lines.isEmpty())
            lines.append({e(s.text("fleet_none")), QString()});
        const QString span
            = lines.size() > 1 ? QStringLiteral(" rowspan=\"%1\"").arg(lines.size()) : QString();
        h += QStringLiteral(
            "<tbody><tr><td class=\"count\"%1>%2</td><td class=\"who\"%1>%3</td><td%1>%4</td>")
                 .arg(span, QString::number(++rank), machineCell(m, s),
                     e(m.report.machine.sourceOsText(s.lang())));
        for (const QString &t : targets) {
            if (!m.verdicts.contains(t)) {
                h += QStringLiteral("<td class=\"unknown\"%1>—</td>").arg(span);
                continue;
            }
            const Verdict v = m.verdicts.value(t);
            h += QStringLiteral(
                "<td%1><span class=\"badge v-%2\" style=\"background:var(--c)\">%3</span></td>")
                     .arg(span, verdictName(v), e(s.verdict(v)));
        }
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString id = lines.at(i).second;
            h += QStringLiteral("%1<td class=\"blocker\">%2</td><td class=\"fid\">%3</td></tr>")
                     .arg(i == 0 ? QString() : QStringLiteral("<tr>"), lines.at(i).first,
                         id.isEmpty() ? QString() : QStringLiteral("<code>%1</code>").arg(e(id)));
        }
        h += QStringLiteral("</tbody>");
    }
    h += QStringLiteral("</table></div>");

    h += QStringLiteral("<h2>%1</h2>").arg(e(s.text("fleet_skipped")));
    if (fleet.skipped().isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(e(s.text("fleet_no_skipped")));
    } else {
        h += QStringLiteral(
            "<div class=\"scroll\"><table><thead><tr><th>%1</th><th>%2</th></tr></thead><tbody>")
                 .arg(e(s.text("fleet_file")), e(s.text("fleet_reason")));
        for (const FleetSkip &k : fleet.skipped())
            h += QStringLiteral("<tr><td><code>%1</code></td><td>%2</td></tr>")
                     .arg(e(k.file), e(CoreText::in(k.reason, s.lang())));
        h += QStringLiteral("</tbody></table></div>");
    }
    // Which program made this sheet, and with which rules the reports were judged.
    QStringList rules;
    for (const FleetMachine &m : machines)
        if (!m.report.rulesVersion.isEmpty() && !rules.contains(m.report.rulesVersion))
            rules << m.report.rulesVersion;
    rules.sort();
    h += QStringLiteral("<footer>%1</footer></main></body></html>\n")
             .arg(e(s.text("fleet_footer")
                        .arg(QStringLiteral(URS_VERSION), QString::number(fleet.reportsRead()),
                            rules.isEmpty() ? s.text("unknown_value") : rules.join(QStringLiteral(", ")))));
    return h.toUtf8();
}

} // namespace urs
