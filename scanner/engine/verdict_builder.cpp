// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/verdict_builder.h"

#include "engine/expression_evaluator.h"
#include "engine/text_fill.h"
#include "facts/fact_set.h"

namespace urs {

VerdictBuilder::VerdictBuilder(const RuleBook &book, const FactSet &facts, const QDateTime &scanTime)
    : m_book(book)
    , m_facts(facts)
    , m_scanTime(scanTime)
{
}

const LifecycleDates &VerdictBuilder::dates(const Target &target, QString *classKey) const
{
    // Business editions (Enterprise, Education) have later end dates; the source edition maps
    // to one class through editions.yaml. Unknown edition: the consumer dates, said so.
    const std::optional<QJsonValue> edition = m_facts.value(QStringLiteral("windows.edition_id"));
    const EditionEntry *entry = edition ? m_book.data.edition(edition->toString()) : nullptr;
    const bool business = entry && entry->editionClass == QLatin1String("business");
    *classKey = !entry ? QStringLiteral("class-unknown")
        : business     ? QStringLiteral("class-business")
                       : QStringLiteral("class-consumer");
    return business ? target.business : target.consumer;
}

QString VerdictBuilder::lifecycleState(const Target &target) const
{
    QString cls;
    const LifecycleDates &d = dates(target, &cls);
    const QDate day = m_scanTime.toUTC().date();
    if (day <= d.end)
        return QStringLiteral("supported");
    if (d.esuEnd.isValid() && day <= d.esuEnd)
        return QStringLiteral("esu");
    return QStringLiteral("ended");
}

QString VerdictBuilder::defaultTarget() const
{
    const Target *best = nullptr;
    for (const Target &t : m_book.targets) {
        if (!t.defaultCandidate)
            continue;
        const QDate day = m_scanTime.toUTC().date();
        const bool supported = day <= t.consumer.end;
        const bool bestSupported = best && day <= best->consumer.end;
        if (!best || (supported && !bestSupported)
            || (supported == bestSupported && t.release > best->release))
            best = &t;
    }
    return best ? best->id : QString();
}

LocalizedText VerdictBuilder::fill(const QString &key, const QHash<QString, LocalizedText> &values) const
{
    return fillText(m_book.verdictTexts.value(key), values);
}

// The titles of the findings that decided, in the reader's language; the rule ids stay in the
// JSON's "reasons".
static LocalizedText titles(const QStringList &ids, const QList<Finding> &findings)
{
    LocalizedText t;
    QStringList en, ja;
    for (const QString &id : ids) {
        for (const Finding &f : findings) {
            if (f.id == id) {
                en << f.title.en;
                ja << f.title.ja;
                break;
            }
        }
    }
    return LocalizedText {en.join(QStringLiteral("; ")), ja.join(QStringLiteral("、"))};
}

TargetVerdict VerdictBuilder::build(
    const Target &target, const QList<Finding> &findings, const QHash<QString, TargetVerdict> &done) const
{
    TargetVerdict v;
    v.targetId = target.id;
    v.name = target.name;
    QStringList hardware, encrypted, path, fixable;
    for (const Finding &f : findings) {
        if (f.status == FindingStatus::Blocker) {
            (f.kind == QLatin1String("hardware")           ? hardware
                    : f.kind == QLatin1String("encrypted") ? encrypted
                    : f.kind == QLatin1String("path")      ? path
                                                           : fixable)
                << f.id;
        } else if (f.status == FindingStatus::Unknown) {
            for (const Rule &r : m_book.rules)
                if (r.id == f.id && r.canBlock)
                    v.toConfirm << f.id;
        }
    }
    QHash<QString, LocalizedText> values {{QStringLiteral("target"), target.name}};
    QString key;
    if (!hardware.isEmpty()) {
        v.verdict = Verdict::NotSupported;
        v.reasons = hardware;
        key = QStringLiteral("not-supported");
    } else if (!encrypted.isEmpty()) {
        // The hardware is judged without Windows, so its blockers above still decide; anything
        // else would be a guess about a Windows nobody could read.
        v.verdict = Verdict::WindowsNotChecked;
        v.reasons = encrypted;
        key = QStringLiteral("windows-not-checked");
    } else if (!path.isEmpty()) {
        v.verdict = Verdict::CleanInstallOnly;
        v.reasons = path;
        key = QStringLiteral("clean-install-only");
        const Target *via = m_book.target(target.twoHopVia);
        if (via && done.contains(via->id)) {
            const Verdict viaVerdict = done.value(via->id).verdict;
            EvalContext c;
            c.facts = &m_facts;
            c.data = &m_book.data;
            c.scanTime = m_scanTime;
            const Value when = ExpressionEvaluator::evaluate(*target.twoHopWhen, c);
            if ((viaVerdict == Verdict::Ready || viaVerdict == Verdict::ReadyAfterFixes) && !when.isUnknown()
                && when.toBool())
                v.alternative = fill(QStringLiteral("two-hop"),
                    {{QStringLiteral("target"), target.name}, {QStringLiteral("via"), via->name}});
        }
    } else if (!fixable.isEmpty()) {
        v.verdict = Verdict::ReadyAfterFixes;
        v.reasons = fixable;
        key = QStringLiteral("ready-after-fixes");
    } else if (!v.toConfirm.isEmpty()) {
        v.verdict = Verdict::ReadyAfterFixes;
        v.reasons = v.toConfirm;
        key = QStringLiteral("ready-after-checks");
    } else {
        v.verdict = Verdict::Ready;
        key = QStringLiteral("ready");
    }
    values.insert(QStringLiteral("reasons"), titles(v.reasons, findings));
    v.summary = fill(key, values);
    if (!v.toConfirm.isEmpty() && key != QLatin1String("ready-after-checks")) {
        const LocalizedText confirm
            = fill(QStringLiteral("confirm"), {{QStringLiteral("confirm"), titles(v.toConfirm, findings)}});
        v.summary.en += QLatin1Char(' ') + confirm.en;
        v.summary.ja += confirm.ja;
    }
    if (!v.alternative.en.isEmpty()) {
        v.summary.en += QLatin1Char(' ') + v.alternative.en;
        v.summary.ja += v.alternative.ja;
    }

    QString cls;
    const LifecycleDates &d = dates(target, &cls);
    v.lifecycleState = lifecycleState(target);
    const QDate ended = d.esuEnd.isValid() ? d.esuEnd : d.end;
    v.supportEnd = v.lifecycleState == QLatin1String("supported") ? d.end
        : v.lifecycleState == QLatin1String("esu")                ? d.esuEnd
                                                                  : ended;
    v.lifecycle = fill(QStringLiteral("lifecycle-") + v.lifecycleState,
        {{QStringLiteral("target"), target.name}, {QStringLiteral("class"), m_book.verdictTexts.value(cls)},
            {QStringLiteral("end"), localizedDate(d.end)},
            {QStringLiteral("esu_end"), localizedDate(d.esuEnd)},
            {QStringLiteral("ended"), localizedDate(ended)}});
    return v;
}

} // namespace urs
