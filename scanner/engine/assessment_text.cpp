// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/assessment_text.h"

#include "common/core_text.h"
#include "common/date_text.h"
#include "engine/status_words.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace urs {

namespace {

struct Labels {
    QString heading, asOf, plan, defaultTarget, lifecycle, alternative, confirm, findings, evidence, todo,
        guide, allTargets, unknownBecause, passed;
};

const Labels &labels(const QString &lang)
{
    static const Labels en {QStringLiteral("Upgrade readiness"), QStringLiteral("rules %1, judged as of %2"),
        QStringLiteral("Plan"), QStringLiteral("default target"), QStringLiteral("Lifecycle"),
        QStringLiteral("Alternative"), QStringLiteral("To confirm"),
        QStringLiteral("Findings, blockers first"), QStringLiteral("Evidence"), QStringLiteral("What to do"),
        QStringLiteral("Guide"), QStringLiteral("all targets"), QStringLiteral("unknown"),
        QStringLiteral("Passed")};
    static const Labels ja {QStringLiteral("アップグレード可否の判定"),
        QStringLiteral("ルール %1、%2 時点の判定"), QStringLiteral("手順"), QStringLiteral("既定の移行先"),
        QStringLiteral("サポート期間"), QStringLiteral("別の方法"), QStringLiteral("要確認"),
        QStringLiteral("チェック結果（阻害要因から順に）"), QStringLiteral("根拠"),
        QStringLiteral("対処方法"), QStringLiteral("ガイド"), QStringLiteral("すべての移行先"),
        QStringLiteral("不明"), QStringLiteral("問題なし")};
    return lang == QLatin1String("ja") ? ja : en;
}

// Capitals stand out in a terminal; the words are the ones the report and the app use.
QString statusLabel(FindingStatus s, const QString &lang)
{
    return StatusWords::status(s, lang).toUpper();
}

QString verdictLabel(Verdict v, const QString &lang)
{
    return StatusWords::verdict(v, lang).toUpper();
}

QString valueText(const QJsonValue &v, const QString &lang)
{
    if (v.isString())
        return v.toString();
    if (v.isBool() && lang == QLatin1String("ja"))
        return v.toBool() ? QStringLiteral("はい") : QStringLiteral("いいえ");
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return v.toDouble() == double(qint64(v.toDouble())) ? QString::number(qint64(v.toDouble()))
                                                            : QString::number(v.toDouble());
    const QString json = QString::fromUtf8(QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact));
    const QString inner = json.mid(1, json.size() - 2);
    return inner.size() > 160 ? inner.left(157) + QStringLiteral("...") : inner;
}

// One finding, shown once for every target it is the same for.
struct Shown {
    const Finding *finding;
    QStringList targets;
};

} // namespace

QString planToText(const UpgradePlan &plan, const QString &lang)
{
    QString out = plan.headline.in(lang) + QLatin1Char('\n');
    if (!plan.detail.in(lang).isEmpty())
        out += plan.detail.in(lang) + QLatin1Char('\n');
    int n = 0;
    for (const PlanStep &s : plan.steps) {
        out += QStringLiteral("  %1. [%2 | %3] %4")
                   .arg(++n)
                   .arg(s.kindLabel.in(lang), s.placeLabel.in(lang), s.action.in(lang));
        if (!s.guide.guide.isEmpty())
            out += QStringLiteral(" (%1: %2)").arg(labels(lang).guide, s.guide.title.in(lang));
        out += QLatin1Char('\n');
    }
    return out + QLatin1Char('\n');
}

QString assessmentToText(const Assessment &a, const QString &lang)
{
    const Labels &l = labels(lang);
    QString out;
    out += l.heading + QStringLiteral(" (")
        + l.asOf.arg(a.rulesVersion, dateTimeText(a.scanTime.toUTC(), lang) + QStringLiteral(" UTC"))
        + QStringLiteral(")\n\n");
    out += planToText(a.plan, lang);
    for (const TargetVerdict &v : a.targets) {
        out += QStringLiteral("%1%2: %3\n")
                   .arg(v.name.in(lang),
                       v.targetId == a.defaultTarget ? QStringLiteral(" (%1)").arg(l.defaultTarget)
                                                     : QString(),
                       verdictLabel(v.verdict, lang));
        out += QStringLiteral("  %1\n").arg(v.summary.in(lang));
        out += QStringLiteral("  %1: %2\n").arg(l.lifecycle, v.lifecycle.in(lang));
    }

    QList<Shown> shown;
    for (const Finding &f : a.findings) {
        auto same = std::find_if(shown.begin(), shown.end(), [&](const Shown &s) {
            return s.finding->id == f.id && s.finding->status == f.status
                && s.finding->meaning.en == f.meaning.en;
        });
        if (same != shown.end())
            same->targets << f.target;
        else
            shown << Shown {&f, {f.target}};
    }
    std::stable_sort(shown.begin(), shown.end(), [](const Shown &x, const Shown &y) {
        return statusRank(x.finding->status) < statusRank(y.finding->status);
    });

    out += QStringLiteral("\n%1\n").arg(l.findings);
    QStringList passed;
    for (const Shown &s : shown) {
        const Finding &f = *s.finding;
        const bool everyTarget
            = s.targets.contains(QString()) || (a.targets.size() > 1 && s.targets.size() == a.targets.size());
        const QString where = everyTarget ? l.allTargets : s.targets.join(QStringLiteral(", "));
        if (f.status == FindingStatus::Pass) {
            passed << QStringLiteral("  [%1] %2 (%3; %4): %5")
                          .arg(
                              statusLabel(f.status, lang), f.title.in(lang), f.id, where, f.meaning.in(lang));
            continue;
        }
        out += QStringLiteral("\n[%1] %2 (%3; %4)\n")
                   .arg(statusLabel(f.status, lang), f.title.in(lang), f.id, where);
        out += QStringLiteral("  %1\n").arg(f.meaning.in(lang));
        if (!f.evidence.isEmpty()) {
            out += QStringLiteral("  %1:\n").arg(l.evidence);
            for (const Evidence &e : f.evidence) {
                if (e.value.isNull())
                    out += QStringLiteral("    %1 = %2 (%3)\n")
                               .arg(e.fact, l.unknownBecause, CoreText::in(e.unknownReason, lang));
                else
                    out += QStringLiteral("    %1 = %2  [%3]\n")
                               .arg(e.fact, valueText(e.value, lang), CoreText::in(e.provenance, lang));
            }
        }
        if (!f.remedy.isEmpty()) {
            out += QStringLiteral("  %1:\n").arg(l.todo);
            int n = 0;
            for (const RemedyStep &step : f.remedy) {
                out += QStringLiteral("    %1. %2\n").arg(++n).arg(step.text.in(lang));
                if (!step.command.isEmpty())
                    out += QStringLiteral("       > %1\n").arg(step.command);
            }
        }
        for (const GuideLink &g : f.guides)
            out += QStringLiteral("  %1: %2 (guides/%3/%4.md#%5)%6\n")
                       .arg(l.guide, g.title.in(lang),
                           lang == QLatin1String("ja") ? QStringLiteral("ja") : QStringLiteral("en"), g.guide,
                           g.section, g.url.isEmpty() ? QString() : QStringLiteral(" ") + g.url);
    }
    if (!passed.isEmpty())
        out += QStringLiteral("\n%1:\n%2\n").arg(l.passed, passed.join(QLatin1Char('\n')));
    return out;
}

} // namespace urs
