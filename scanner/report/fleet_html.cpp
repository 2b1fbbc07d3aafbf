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
                        "<title>%2</title><style>%3</style></head><body><main>")
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
        h += QStringLiteral("<div class=\"scroll\"><table><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                 .arg(e(s.text("fleet_blockers")), e(s.text("finding_id")), e(s.text("fleet_count")));
        for (const auto &[id, n] : counts) {
            h += QStringLiteral("<tr><td>%1</td><td><code>%2</code></td><td class=\"count\">%3 "
                                "<span class=\"bar\" style=\"width:%4px\"></span></td></tr>")
                     .arg(
                         e(blockerTitle(id)), e(id), QString::number(n), QString::number(4 + 120 * n / most));
        }
        h += QStringLiteral("</table></div>");
    }

    h += QStringLiteral(
        "<h2>%1</h2><div class=\"scroll\"><table class=\"fleet\"><tr><th>#</th><th>%2</th><th>%3</th>")
             .arg(e(s.text("fleet_machines")), e(s.text("machine")), e(s.text("fleet_source_os")));
    for (const QString &t : targets)
        h += QStringLiteral("<th>%1</th>").arg(e(targetName(t)));
    h += QStringLiteral("<th>%1</th></tr>").arg(e(s.text("fleet_blockers")));
    int rank = 0;
    for (const FleetMachine &m : machines) {
        const MachineIdentity &id = m.report.machine;
        const QString name = id.computerName.isEmpty() ? s.text("unknown_value") : id.computerName;
        const ReportSummary &r = m.report;
        QString who = QStringLiteral(
            "<b>%1</b><br><span class=\"src\">%2</span><br><span class=\"url\">%3 · %4</span>")
                          .arg(e(name),
                              e(QStringList {id.manufacturer, id.model, id.serial}
                                      .join(QLatin1Char(' '))
                                      .simplified()),
                              e(QFileInfo(m.file).fileName()),
                              e(ReportText::scanTime(r.scanTime, r.scanTimeLocal, r.timeZoneName, s)));
        who += notesHtml(r.notes, s);
        h += QStringLiteral("<tr><td class=\"count\">%1</td><td>%2</td><td>%3</td>")
                 .arg(QString::number(++rank), who, e(id.sourceOsText(s.lang())));
        for (const QString &t : targets) {
            if (!m.verdicts.contains(t)) {
                h += QStringLiteral("<td class=\"unknown\">—</td>");
                continue;
            }
            const Verdict v = m.verdicts.value(t);
            h += QStringLiteral("<td><span class=\"badge v-%1\" style=\"background:var(--c)\">%2</span></td>")
                     .arg(verdictName(v), e(s.verdict(v)));
        }
        QStringList blockers;
        if (m.windowsNotChecked)
            blockers << QStringLiteral("<b>%1</b>").arg(e(s.text("fleet_windows_not_checked")));
        for (const QString &b : m.blockerIds)
            blockers << e(blockerTitle(b));
        h += QStringLiteral("<td>%1</td></tr>")
                 .arg(blockers.isEmpty() ? e(s.text("fleet_none")) : blockers.join(QStringLiteral("<br>")));
    }
    h += QStringLiteral("</table></div>");

    h += QStringLiteral("<h2>%1</h2>").arg(e(s.text("fleet_skipped")));
    if (fleet.skipped().isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(e(s.text("fleet_no_skipped")));
    } else {
        h += QStringLiteral("<div class=\"scroll\"><table><tr><th>%1</th><th>%2</th></tr>")
                 .arg(e(s.text("fleet_file")), e(s.text("fleet_reason")));
        for (const FleetSkip &k : fleet.skipped())
            h += QStringLiteral("<tr><td><code>%1</code></td><td>%2</td></tr>")
                     .arg(e(k.file), e(CoreText::in(k.reason, s.lang())));
        h += QStringLiteral("</table></div>");
    }
    h += QStringLiteral("<footer>upgrade-scan %1</footer></main></body></html>\n")
             .arg(QStringLiteral(URS_VERSION));
    return h.toUtf8();
}

} // namespace urs
