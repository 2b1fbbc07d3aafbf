// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/plan_html.h"

#include "report/findings_html.h"
#include "report/html_escape.h"
#include "report/report_strings.h"

namespace urs {

static QString e(const QString &s)
{
    return htmlEscape(s);
}

static QString guideLink(const GuideLink &g, const ReportStrings &s)
{
    if (g.guide.isEmpty())
        return {};
    const QString title = e(g.title.in(s.lang()));
    // Guides on the stick are named only; the guide list further down says where they are.
    return g.url.isEmpty()
        ? QStringLiteral("<span class=\"guide-ref\">%1: %2</span>").arg(e(s.text("guide")), title)
        : QStringLiteral("<span class=\"guide-ref\">%1: <a href=\"%2\">%3</a></span>")
              .arg(e(s.text("guide")), e(g.url), title);
}

QString PlanHtml::render(const Assessment &a, const ReportStrings &s)
{
    const UpgradePlan &plan = a.plan;
    const QString lang = s.lang();
    if (plan.headline.in(lang).isEmpty())
        return {};
    QString h = QStringLiteral("<section class=\"card plan route-%1\"><p class=\"headline\">%2</p>")
                    .arg(e(plan.route), e(plan.headline.in(lang)));
    if (!plan.detail.in(lang).isEmpty())
        h += QStringLiteral("<p class=\"sub\">%1</p>").arg(e(plan.detail.in(lang)));
    if (!plan.steps.isEmpty()) {
        h += QStringLiteral("<ol class=\"plan-steps\">");
        for (const PlanStep &step : plan.steps) {
            QString action = e(step.action.in(lang));
            const QString anchor = step.findingId.isEmpty()
                ? QString()
                : FindingsHtml::anchorFor(a, step.findingId, plan.targetId);
            if (!anchor.isEmpty())
                action = QStringLiteral("<a href=\"#%1\">%2</a>").arg(anchor, action);
            h += QStringLiteral(
                "<li class=\"k-%1\"><span class=\"place\">%2</span><span class=\"kind\">%3</span> "
                "%4 %5</li>")
                     .arg(e(step.kind), e(step.placeLabel.in(lang)), e(step.kindLabel.in(lang)), action,
                         guideLink(step.guide, s));
        }
        h += QStringLiteral("</ol>");
    }
    return h + QStringLiteral("</section>");
}

} // namespace urs
