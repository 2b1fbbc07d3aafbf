// SPDX-License-Identifier: GPL-3.0-or-later
// Named matchers: functions whose knowledge is rule data (rules/cpu-*.yaml, programs.yaml,
// gpus.yaml, editions.yaml), registered in the same table as the built-ins.
#include "engine/function_table.h"
#include "engine/rule_data.h"

namespace urs {

using VT = ValueType;

namespace {

void requireProgramList(const QList<ExprPtr> &a, const RuleData *data)
{
    const QString id = requireStringLiteral(a, 1, QStringLiteral("programs_matching"));
    if (data && !data->programLists.contains(id))
        throw ExpressionError(a[1]->column,
            QStringLiteral("no program list '%1' (known: %2)")
                .arg(id, QStringList(data->programLists.keys()).join(QStringLiteral(", "))));
}

const GateRule *gateFor(const QList<Value> &a, const EvalContext &c)
{
    return c.data->gateRule(
        a[0].toString(), int(a[1].toNumber()), int(a[2].toNumber()), int(a[3].toNumber()));
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
    const QList<VT> gateArgs = {VT::String, VT::Number, VT::Number, VT::Number};
    f << FunctionSpec {QStringLiteral("cpu_family_gate"), gateArgs, 4, false, VT::String, -1, false, {},
        [](const QList<Value> &a, const EvalContext &c) -> Value {
            const GateRule *rule = gateFor(a, c);
            return rule ? rule->result : c.data->gate.otherResult;
        },
        QStringLiteral("cpu_family_gate(vendor, family, model, stepping): \"pass\", \"fail\" or "
                       "\"needs-platform-id\" by the family gate data")};
    f << FunctionSpec {QStringLiteral("cpu_family_gate_note"), gateArgs, 4, false, VT::String, -1, false, {},
        [](const QList<Value> &a, const EvalContext &c) -> Value {
            const GateRule *rule = gateFor(a, c);
            return rule ? rule->note.in(c.lang) : c.data->gate.otherNote.in(c.lang);
        },
        QStringLiteral("cpu_family_gate_note(vendor, family, model, stepping): why, in the text's language")};
    f << FunctionSpec {QStringLiteral("cpu_approved"), {VT::String, VT::String}, 2, false, VT::String, -1,
        false, {},
        [](const QList<Value> &a, const EvalContext &c) -> Value {
            return c.data->approvedFamily(a[0].toString(), a[1].toString());
        },
        QStringLiteral("cpu_approved(vendor, model_name): the approved family matched, or \"\"")};
    f << FunctionSpec {QStringLiteral("cpu_list_source"), {VT::String}, 1, false, VT::String, -1, false, {},
        [](const QList<Value> &a, const EvalContext &c) -> Value {
            const CpuList *list = c.data->cpuListFor(a[0].toString());
            if (!list)
                return c.lang == QLatin1String("ja") ? QStringLiteral("このベンダーの承認リストはありません")
                                                     : QStringLiteral("no approved list for this vendor");
            return QStringLiteral("%1 (%2, %3)").arg(list->label, list->source, list->asOf);
        },
        QStringLiteral("cpu_list_source(vendor): which list was used, its source and date")};
    f << FunctionSpec {QStringLiteral("cpu_name"), {VT::String}, 1, false, VT::String, -1, false, {},
        [](const QList<Value> &a, const EvalContext &) -> Value {
            return RuleData::normaliseCpuName(a[0].toString());
        },
        QStringLiteral("cpu_name(model_name): the model name without (R), (TM) and clock speed")};
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
            c.data->gpuQualifies(a[0].toList(), &described);
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
