// SPDX-License-Identifier: GPL-3.0-or-later
// Named matchers: functions whose knowledge is rule data (rules/cpu-*.yaml and the lists in
// rules/cpu-lists, programs.yaml, gpus.yaml, editions.yaml), registered in the same table as
// the built-ins.
#include "common/date_text.h"
#include "engine/function_table.h"
#include "engine/rule_data.h"

namespace urs {

using VT = ValueType;

namespace {

// A list's date as the text's language writes it ("2025-10-06", "2025 年 10 月 6 日").
QString asOfText(const QString &isoDate, const QString &lang)
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    return date.isValid() ? dateText(date, lang) : isoDate;
}

void requireProgramList(const QList<ExprPtr> &a, const RuleData *data)
{
    const QString id = requireStringLiteral(a, 1, QStringLiteral("programs_matching"));
    if (data && !data->programLists.contains(id))
        throw ExpressionError(a[1]->column,
            QStringLiteral("no program list '%1' (known: %2)")
                .arg(id, QStringList(data->programLists.keys()).join(QStringLiteral(", "))));
}

bool anyUnknown(const QList<Value> &a, int first, int count)
{
    for (int i = first; i < first + count && i < a.size(); ++i)
        if (a[i].isUnknown())
            return true;
    return false;
}

const GateRule *gateFor(const QList<Value> &a, const EvalContext &c)
{
    return c.data->gateRule(
        a[0].toString(), int(a[1].toNumber()), int(a[2].toNumber()), int(a[3].toNumber()));
}

// The platform id argument (hardware.cpu.processor_flags), or nullopt when left out or unknown.
std::optional<int> platformArg(const QList<Value> &a)
{
    if (a.size() < 5 || a[4].isUnknown())
        return std::nullopt;
    return int(a[4].toNumber());
}

// The gate's result, the platform id settled when it is known: "pass", "fail" or
// "needs-platform-id" (the platform id could not be read).
QString gateResult(const QList<Value> &a, const EvalContext &c)
{
    const GateRule *rule = gateFor(a, c);
    if (!rule)
        return c.data->gate.otherResult;
    if (rule->result != QLatin1String("needs-platform-id") || !rule->platformId)
        return rule->result;
    const std::optional<int> platform = platformArg(a);
    if (!platform)
        return rule->result;
    return *platform == *rule->platformId ? QStringLiteral("pass") : QStringLiteral("fail");
}

QString gateNote(const QList<Value> &a, const EvalContext &c)
{
    const GateRule *rule = gateFor(a, c);
    if (!rule)
        return c.data->gate.otherNote.in(c.lang);
    QString note = rule->note.in(c.lang);
    if (rule->result != QLatin1String("needs-platform-id") || !rule->platformId)
        return note;
    const bool ja = c.lang == QLatin1String("ja");
    const std::optional<int> platform = platformArg(a);
    if (!platform)
        return note
            + (ja ? QStringLiteral(
                   "。このプロセッサのプラットフォーム ID は読み取れませんでした（根拠の欄に理由があります）")
                  : QStringLiteral(
                      "; this processor's platform id could not be read (the evidence says why)"));
    const QString read = QStringLiteral("%1 (0x%2)").arg(*platform).arg(*platform, 0, 16);
    const bool pass = *platform == *rule->platformId;
    return note
        + (ja ? QStringLiteral("。このプロセッサのプラットフォーム ID は %1: %2")
                    .arg(read, pass ? QStringLiteral("合格") : QStringLiteral("不合格"))
              : QStringLiteral("; this processor's platform id is %1: %2")
                    .arg(read, pass ? QStringLiteral("passes") : QStringLiteral("fails")));
}

QString quoted(const QList<const CpuListEntry *> &entries, const QString &lang)
{
    QStringList names;
    for (const CpuListEntry *e : entries)
        names << (lang == QLatin1String("ja") ? QStringLiteral("「%1」") : QStringLiteral("\"%1\""))
                     .arg(e->name);
    return names.join(lang == QLatin1String("ja") ? QStringLiteral("、") : QStringLiteral(", "));
}

Value editionField(const QList<Value> &a, const EvalContext &c, int field)
{
    const EditionEntry *e = c.data->edition(a[0].toString());
    switch (field) {
    case 0:
        return e ? e->inPlace : false;
    case 1:
        return e ? e->targetEdition : QString();
    default:
        return e ? e->editionClass : QString();
    }
}

} // namespace

QList<FunctionSpec> matcherFunctions()
{
    QList<FunctionSpec> f;
    // The family gate takes the platform id as a fifth argument (hardware.cpu.processor_flags);
    // it may be unknown: only the Kaby Lake stepping 9 rules need it.
    const QList<VT> gateArgs = {VT::String, VT::Number, VT::Number, VT::Number, VT::Number};
    f << FunctionSpec {QStringLiteral("cpu_family_gate"), gateArgs, 4, false, VT::String, -1, true, {},
        [](const QList<Value> &a, const EvalContext &c) -> Value {
            if (anyUnknown(a, 0, 4))
                return {};
            return gateResult(a, c);
        },
        QStringLiteral("cpu_family_gate(vendor, family, model, stepping, platform_id): \"pass\", \"fail\" "
                       "or \"needs-platform-id\" (the platform id is unknown) by the family gate data")};
    f << FunctionSpec {QStringLiteral("cpu_family_gate_note"), gateArgs, 4, false, VT::String, -1, true, {},
        [](const QList<Value> &a, const EvalContext &c) -> Value {
            if (anyUnknown(a, 0, 4))
                return {};
            return gateNote(a, c);
        },
        QStringLiteral("cpu_family_gate_note(...): why, with the platform id read, in the text's language")};
    f << FunctionSpec {QStringLiteral("cpu_list_entry"), {VT::String, VT::String}, 2, false, VT::String, -1,
        false, {},
        [](const QList<Value> &a, const EvalContext &c) -> Value {
            QStringList names;
            for (const CpuListEntry *e : c.data->matchCpu(a[0].toString(), a[1].toString()).entries)
                names << e->name;
            return names.join(QStringLiteral(" / "));
        },
        QStringLiteral("cpu_list_entry(vendor, model_name): the list entry the name equals, as the list "
                       "writes it (several joined by \" / \"), or \"\"")};
    f << FunctionSpec {QStringLiteral("cpu_list_systems"), {VT::String, VT::String}, 2, false, VT::List, -1,
        false, {},
        [](const QList<Value> &a, const EvalContext &c) -> Value {
            QStringList systems;
            for (const CpuListEntry *e : c.data->matchCpu(a[0].toString(), a[1].toString()).entries) {
                if (e->systems.isEmpty())
                    return QJsonArray(); // listed without a condition as well
                systems << e->systems;
            }
            return QJsonArray::fromStringList(systems);
        },
        QStringLiteral("cpu_list_systems(vendor, model_name): the system products the matching entry "
                       "counts on ([] when on any, or when none matches)")};
    f << FunctionSpec {QStringLiteral("cpu_list_nearest"), {VT::String, VT::String}, 2, false, VT::String, -1,
        false, {},
        [](const QList<Value> &a, const EvalContext &c) -> Value {
            const CpuListMatch m = c.data->matchCpu(a[0].toString(), a[1].toString());
            const bool ja = c.lang == QLatin1String("ja");
            if (!m.list)
                return ja ? QStringLiteral("このベンダーの一覧はありません")
                          : QStringLiteral("there is no list for this vendor");
            if (m.nearest.isEmpty())
                return ja ? QStringLiteral("同じシリーズや近い型番の名前は一覧にありません")
                          : QStringLiteral("no list name of the same series or a similar model number");
            return (ja ? QStringLiteral("比較した近い名前: %1")
                       : QStringLiteral("nearest list names considered: %1"))
                .arg(quoted(m.nearest, c.lang));
        },
        QStringLiteral("cpu_list_nearest(vendor, model_name): up to 3 list names nearest to a name that "
                       "is not on the list, in the text's language")};
    f << FunctionSpec {QStringLiteral("cpu_list_source"), {VT::String}, 1, false, VT::String, -1, false, {},
        [](const QList<Value> &a, const EvalContext &c) -> Value {
            const CpuList *list = c.data->cpuListFor(a[0].toString());
            const bool ja = c.lang == QLatin1String("ja");
            if (!list)
                return ja ? QStringLiteral("このベンダーの承認済み一覧はありません")
                          : QStringLiteral("no approved list for this vendor");
            return (ja ? QStringLiteral("Microsoft の %1 一覧 %2 件、%3時点、rules/%4、出典 %5")
                       : QStringLiteral("Microsoft's %1 list, %2 names as of %3, rules/%4, from %5"))
                .arg(list->label)
                .arg(list->entries.size())
                .arg(asOfText(list->asOf, c.lang), list->file, list->source);
        },
        QStringLiteral("cpu_list_source(vendor): which list was used, its size, date, file and source")};
    f << FunctionSpec {QStringLiteral("cpu_name"), {VT::String}, 1, false, VT::String, -1, false, {},
        [](const QList<Value> &a, const EvalContext &) -> Value {
            return RuleData::normaliseCpuName(a[0].toString());
        },
        QStringLiteral("cpu_name(model_name): the model name without (R), (TM) and clock speed")};
    // Setup and update error codes (rules/error-codes.yaml): the same text as `upgrade-scan explain`.
    auto explained = [](const QList<Value> &a, const EvalContext &c) -> std::optional<ExplainedCode> {
        const std::optional<SetupCode> code = SetupCode::parse(a[0].toString());
        if (!code)
            return std::nullopt;
        return c.data->errorCodes.explain(*code, c.lang);
    };
    f << FunctionSpec {QStringLiteral("error_text"), {VT::String}, 1, false, VT::String, -1, false, {},
        [explained](const QList<Value> &a, const EvalContext &c) -> Value {
            const auto e = explained(a, c);
            return e ? Value(e->sentence()) : Value();
        },
        QStringLiteral(
            "error_text(code): \"0xC1900101 - 0x20017 (name): meaning; the extend code decoded\"")};
    f << FunctionSpec {QStringLiteral("error_remedy"), {VT::String}, 1, false, VT::String, -1, false, {},
        [explained](const QList<Value> &a, const EvalContext &c) -> Value {
            const auto e = explained(a, c);
            return e ? Value(e->remedy) : Value();
        },
        QStringLiteral("error_remedy(code): what to do about the code, \"\" when the table has no row")};
    f << FunctionSpec {QStringLiteral("error_pattern"), {VT::String}, 1, false, VT::String, -1, false, {},
        [explained](const QList<Value> &a, const EvalContext &c) -> Value {
            const auto e = explained(a, c);
            return e ? Value(e->pattern) : Value();
        },
        QStringLiteral(
            "error_pattern(code): the failure pattern of the code's row (\"disk-space\"), \"\" when none")};
    f << FunctionSpec {QStringLiteral("programs_matching"), {VT::List, VT::String}, 2, false, VT::List, -1,
        false, requireProgramList,
        [](const QList<Value> &a, const EvalContext &c) -> Value {
            return QJsonArray::fromStringList(c.data->matchPrograms(a[0].toList(), a[1].toString()));
        },
        QStringLiteral("programs_matching(programs, \"list-id\"): names of the programs on a list")};
    f << FunctionSpec {QStringLiteral("gpu_dx12"), {VT::List}, 1, false, VT::Bool, -1, false, {},
        [](const QList<Value> &a, const EvalContext &c) -> Value {
            const std::optional<bool> ok = c.data->gpuQualifies(a[0].toList(), nullptr);
            return ok ? Value(*ok) : Value();
        },
        QStringLiteral("gpu_dx12(gpus): true when a GPU is known to qualify, false when every GPU "
                       "is known not to, unknown otherwise")};
    f << FunctionSpec {QStringLiteral("gpu_families"), {VT::List}, 1, false, VT::List, -1, false, {},
        [](const QList<Value> &a, const EvalContext &c) -> Value {
            QStringList described;
            c.data->gpuQualifies(a[0].toList(), &described, c.lang);
            return QJsonArray::fromStringList(described);
        },
        QStringLiteral("gpu_families(gpus): each GPU's PCI id and what the table says about it")};
    f << FunctionSpec {QStringLiteral("edition_in_place"), {VT::String}, 1, false, VT::Bool, -1, false, {},
        [](const QList<Value> &a, const EvalContext &c) { return editionField(a, c, 0); },
        QStringLiteral("edition_in_place(edition_id): the edition has an in-place path")};
    f << FunctionSpec {QStringLiteral("edition_target"), {VT::String}, 1, false, VT::String, -1, false, {},
        [](const QList<Value> &a, const EvalContext &c) { return editionField(a, c, 1); },
        QStringLiteral("edition_target(edition_id): the edition after the upgrade, or \"\"")};
    f << FunctionSpec {QStringLiteral("edition_class"), {VT::String}, 1, false, VT::String, -1, false, {},
        [](const QList<Value> &a, const EvalContext &c) { return editionField(a, c, 2); },
        QStringLiteral("edition_class(edition_id): \"consumer\" or \"business\", or \"\"")};
    return f;
}

} // namespace urs
