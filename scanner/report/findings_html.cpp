// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/findings_html.h"

#include "common/core_text.h"
#include "report/html_escape.h"
#include "report/report_strings.h"
#include "report/report_text.h"

#include <QHash>
#include <algorithm>

namespace urs {

static QString e(const QString &s)
{
    return htmlEscape(s);
}

QString FindingsHtml::anchor(const Finding &f)
{
    QString a = QStringLiteral("f-") + f.id + (f.target.isEmpty() ? QString() : QLatin1Char('-') + f.target);
    for (QChar &c : a)
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    return a;
}

QString FindingsHtml::anchorFor(const Assessment &a, const QString &findingId, const QString &targetId)
{
    const Finding *generic = nullptr;
    for (const Finding &f : a.findings) {
        if (f.id != findingId)
            continue;
        if (f.target == targetId)
            return anchor(f);
        if (f.target.isEmpty())
            generic = &f;
    }
    return generic ? anchor(*generic) : QString();
}

QString FindingsHtml::statusBadge(FindingStatus status, const ReportStrings &s)
{
    return QStringLiteral("<span class=\"badge s-%1\">%2</span>")
        .arg(statusName(status), e(s.status(status)));
}

static QString targetChip(const Assessment &a, const Finding &f, const ReportStrings &s)
{
    const QString name
        = f.target.isEmpty() ? s.text("all_targets") : ReportText::targetName(a, f.target, s.lang());
    return QStringLiteral("<span class=\"chip\">%1</span>").arg(e(name));
}

// Findings that say the same for several targets (same rule, status, texts and evidence)
// are shown once with every target named, so the page does not repeat itself.
using FindingGroup = QList<const Finding *>;

static QString sameness(const Finding &f)
{
    QStringList parts {f.id, statusName(f.status), f.title.en, f.meaning.en, f.title.ja, f.meaning.ja};
    for (const Evidence &ev : f.evidence)
        parts << ev.fact << ev.value.toVariant().toString() << ev.unknownReason;
    for (const RemedyStep &r : f.remedy)
        parts << r.text.en << r.command;
    for (const GuideLink &g : f.guides)
        parts << g.guide << g.section << g.url;
    return parts.join(QChar(0x1F));
}

static QList<FindingGroup> groupFindings(const Assessment &a, FindingStatus status)
{
    QList<FindingGroup> groups;
    QHash<QString, qsizetype> index;
    for (const Finding &f : a.findings) {
        if (f.status != status)
            continue;
        const QString key = sameness(f);
        const auto it = index.constFind(key);
        if (it != index.constEnd()) {
            groups[*it].append(&f);
            continue;
        }
        index.insert(key, groups.size());
        groups.append({&f});
    }
    return groups;
}

static QString targetChips(const Assessment &a, const FindingGroup &group, const ReportStrings &s)
{
    QString chips;
    for (const Finding *f : group) {
        if (f->target.isEmpty())
            return targetChip(a, *f, s);
        chips += targetChip(a, *f, s);
    }
    return chips;
}

// The fact by its name in words and its value in words (the assessment's fact labels); the fact
// names and raw values stay in report.json and findings.csv.
static QString evidenceItem(const Assessment &a, const Evidence &ev, const ReportStrings &s)
{
    const QString name = e(a.factLabels.name(ev.fact, s.lang()));
    if (ev.value.isNull() || ev.value.isUndefined()) {
        QString li = QStringLiteral("<li>%1: <span class=\"unknown\">%2</span>")
                         .arg(name, e(s.text("evidence_unknown")));
        if (!ev.unknownReason.isEmpty())
            li += QStringLiteral(" <span class=\"src\">(%1)</span>")
                      .arg(e(CoreText::in(ev.unknownReason, s.lang())));
        return li + QStringLiteral("</li>");
    }
    QString li = QStringLiteral("<li>%1: <b>%2</b>")
                     .arg(name, e(ReportText::factWords(a.factLabels, ev.fact, ev.value, s)));
    if (!ev.provenance.isEmpty())
        li += QStringLiteral("<br><span class=\"src\">%1 %2</span>")
                  .arg(e(s.text("evidence_source")), e(CoreText::in(ev.provenance, s.lang())));
    return li + QStringLiteral("</li>");
}

static QString guideItem(const GuideLink &g, const ReportStrings &s)
{
    const QString title = g.title.in(s.lang()).isEmpty() ? g.guide : g.title.in(s.lang());
    if (!g.url.isEmpty())
        return QStringLiteral("<li><a href=\"%1\">%2</a></li>").arg(e(g.url), e(title));
    // The section's title names it; the guide's id and anchor are ours, not the reader's.
    return QStringLiteral("<li>%1 <span class=\"src\">(%2)</span></li>")
        .arg(e(title), e(s.text("guide_on_stick")));
}

static QString card(const Assessment &a, const FindingGroup &group, const ReportStrings &s)
{
    const Finding &f = *group.first();
    const QString lang = s.lang();
    QString h = QStringLiteral("<article class=\"card finding s-%1\" id=\"%2\">")
                    .arg(statusName(f.status), FindingsHtml::anchor(f));
    for (qsizetype i = 1; i < group.size(); ++i) // the other targets' links land here too
        h += QStringLiteral("<span id=\"%1\"></span>").arg(FindingsHtml::anchor(*group.at(i)));
    // The rule's id and checklist item are ours, not the reader's: report.json and findings.csv
    // keep them.
    h += QStringLiteral("<h3>%1 <span>%2</span>%3</h3>")
             .arg(FindingsHtml::statusBadge(f.status, s), e(f.title.in(lang)), targetChips(a, group, s));
    if (!f.meaning.in(lang).isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(htmlEscapeBreakingUrls(f.meaning.in(lang)));
    if (!f.evidence.isEmpty()) {
        h += QStringLiteral("<h4>%1</h4><ul class=\"evidence\">").arg(e(s.text("evidence")));
        for (const Evidence &ev : f.evidence)
            h += evidenceItem(a, ev, s);
        h += QStringLiteral("</ul>");
    }
    if (!f.remedy.isEmpty()) {
        h += QStringLiteral("<h4>%1</h4><ol>").arg(e(s.text("remedy")));
        for (const RemedyStep &step : f.remedy) {
            h += QStringLiteral("<li>") + htmlEscapeBreakingUrls(step.text.in(lang));
            if (!step.command.isEmpty())
                h += QStringLiteral("<pre class=\"cmd\"><code>%1</code></pre>").arg(e(step.command));
            h += QStringLiteral("</li>");
        }
        h += QStringLiteral("</ol>");
    }
    if (!f.guides.isEmpty()) {
        h += QStringLiteral("<h4>%1</h4><ul>").arg(e(s.text("guides")));
        for (const GuideLink &g : f.guides)
            h += guideItem(g, s);
        h += QStringLiteral("</ul>");
    }
    return h + QStringLiteral("</article>");
}

QString FindingsHtml::findings(const Assessment &a, const ReportStrings &s)
{
    QString h;
    const FindingStatus attention[]
        = {FindingStatus::Blocker, FindingStatus::Warning, FindingStatus::Unknown, FindingStatus::Advisory};
    for (FindingStatus status : attention) {
        QString cards;
        int n = 0;
        for (const FindingGroup &group : groupFindings(a, status)) {
            cards += card(a, group, s);
            ++n;
        }
        if (n == 0)
            continue;
        h += QStringLiteral("<h3 class=\"group\">%1 (%2)</h3>").arg(statusBadge(status, s)).arg(n);
        h += cards;
    }
    QString passed;
    for (const FindingGroup &group : groupFindings(a, FindingStatus::Pass)) {
        const Finding &f = *group.first();
        QStringList ev;
        for (const Evidence &x : f.evidence)
            ev << QStringLiteral("%1: %2").arg(e(a.factLabels.name(x.fact, s.lang())),
                e(ReportText::factWords(a.factLabels, x.fact, x.value, s)));
        QString anchors;
        for (qsizetype i = 1; i < group.size(); ++i)
            anchors += QStringLiteral("<span id=\"%1\"></span>").arg(anchor(*group.at(i)));
        passed += QStringLiteral("<tr id=\"%1\"><td>%2%3%4</td><td class=\"evidence\">%5</td></tr>")
                      .arg(anchor(f), anchors, e(f.title.in(s.lang())), targetChips(a, group, s),
                          ev.join(QStringLiteral("<br>")));
    }
    if (!passed.isEmpty()) {
        h += QStringLiteral("<h3 class=\"group\">%1 %2</h3>")
                 .arg(statusBadge(FindingStatus::Pass, s), e(s.text("passed_checks")));
        h += QStringLiteral(
            "<div class=\"scroll\"><table class=\"passed\"><thead><tr><th>%1</th><th>%2</th></tr></thead>"
            "<tbody>%3</tbody></table></div>")
                 .arg(e(s.text("finding_title")), e(s.text("evidence")), passed);
    }
    if (h.isEmpty())
        h = QStringLiteral("<p>%1</p>").arg(e(s.text("no_findings")));
    return h;
}

QString FindingsHtml::matrix(const Assessment &a, const ReportStrings &s)
{
    QStringList ids;
    for (const Finding &f : a.findings)
        if (!ids.contains(f.id))
            ids << f.id;
    QString h = QStringLiteral("<div class=\"scroll\"><table class=\"matrix\"><thead><tr><th>%1</th>")
                    .arg(e(s.text("requirement")));
    for (const TargetVerdict &t : a.targets)
        h += QStringLiteral("<th>%1</th>")
                 .arg(e(t.name.in(s.lang()).isEmpty() ? t.targetId : t.name.in(s.lang())));
    h += QStringLiteral("</tr></thead><tbody>");
    for (const QString &id : ids) {
        const Finding *any = nullptr;
        for (const Finding &f : a.findings)
            if (f.id == id && (!any || f.target.isEmpty()))
                any = &f;
        h += QStringLiteral("<tr><td>%1</td>").arg(e(any->title.in(s.lang())));
        for (const TargetVerdict &t : a.targets) {
            const Finding *cell = nullptr;
            for (const Finding &f : a.findings)
                if (f.id == id && (f.target == t.targetId || (f.target.isEmpty() && !cell)))
                    cell = &f;
            if (!cell) {
                h += QStringLiteral("<td class=\"cell unknown\">%1</td>").arg(e(s.text("not_applicable")));
                continue;
            }
            h += QStringLiteral(
                "<td class=\"cell s-%1\"><a href=\"#%2\"><span class=\"dot\"></span>%3</a></td>")
                     .arg(statusName(cell->status), anchor(*cell), e(s.status(cell->status)));
        }
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</tbody></table></div>");
}

} // namespace urs
