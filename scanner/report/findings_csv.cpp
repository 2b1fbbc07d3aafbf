// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/findings_csv.h"

#include "engine/scan_record.h"
#include "report/csv_table.h"
#include "report/report_strings.h"
#include "report/report_text.h"

#include <algorithm>

namespace urs {

QByteArray FindingsCsv::build(const ScanRecord &result, const QString &lang)
{
    const ReportStrings s(lang);
    CsvTable table({s.text("target"), s.text("finding_id"), s.text("check"), s.text("status"),
        s.text("finding_title"), s.text("meaning"), s.text("evidence"), s.text("remedy"), s.text("guides")});
    if (!result.assessment)
        return table.toBytes();
    QList<Finding> findings = result.assessment->findings;
    std::stable_sort(findings.begin(), findings.end(),
        [](const Finding &a, const Finding &b) { return statusRank(a.status) < statusRank(b.status); });
    for (const Finding &f : findings) {
        QStringList evidence, remedy, guides;
        for (const Evidence &e : f.evidence)
            evidence << ReportText::evidence(e, s);
        for (int i = 0; i < f.remedy.size(); ++i) {
            const RemedyStep &step = f.remedy.at(i);
            QString line = QStringLiteral("%1. %2").arg(i + 1).arg(step.text.in(lang));
            if (!step.command.isEmpty())
                line += QStringLiteral(" [%1]").arg(step.command);
            remedy << line;
        }
        for (const GuideLink &g : f.guides)
            guides << (g.url.isEmpty() ? g.title.in(lang)
                                       : QStringLiteral("%1 <%2>").arg(g.title.in(lang), g.url));
        table.addRow({f.target.isEmpty() ? s.text("all_targets")
                                         : ReportText::targetName(*result.assessment, f.target, lang),
            f.id, f.check, s.status(f.status), f.title.in(lang), f.meaning.in(lang),
            evidence.join(QLatin1Char('\n')), remedy.join(QLatin1Char('\n')),
            guides.join(QLatin1Char('\n'))});
    }
    return table.toBytes();
}

} // namespace urs
