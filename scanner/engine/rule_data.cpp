// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/rule_data.h"

#include <QJsonObject>
#include <algorithm>

namespace urs {

static QString wildcardToRegex(const QString &pattern)
{
    QString re;
    for (const QChar c : pattern) {
        if (c == QLatin1Char('*'))
            re += QStringLiteral("\\S*");
        else if (c == QLatin1Char('#'))
            re += QStringLiteral("[0-9]");
        else if (c == QLatin1Char('?'))
            re += QStringLiteral(".");
        else
            re += QRegularExpression::escape(QString(c));
    }
    return re;
}

WildcardPattern::WildcardPattern(const QString &pattern)
    : m_text(pattern)
{
    // For whole names '*' may cross spaces ("Norton*" matches "Norton 360 Deluxe").
    QString whole = wildcardToRegex(pattern).replace(QStringLiteral("\\S*"), QStringLiteral(".*"));
    m_whole = QRegularExpression(
        QStringLiteral("^") + whole + QStringLiteral("$"), QRegularExpression::CaseInsensitiveOption);
    m_words = QRegularExpression(
        QStringLiteral("(?:^|\\s)") + wildcardToRegex(pattern) + QStringLiteral("(?=\\s|$)"),
        QRegularExpression::CaseInsensitiveOption);
}

bool GateRule::matches(int f, int m, int s) const
{
    if (family && f != *family)
        return false;
    if (familyMin && f < *familyMin)
        return false;
    if (familyMax && f > *familyMax)
        return false;
    if (modelMin && m < *modelMin)
        return false;
    if (modelMax && m > *modelMax)
        return false;
    if (!models.isEmpty() && !models.contains(m))
        return false;
    if (modelsNot.contains(m))
        return false;
    if (!steppings.isEmpty() && !steppings.contains(s))
        return false;
    return true;
}

QString RuleData::normaliseCpuName(const QString &modelName)
{
    QString s = modelName;
    static const QRegularExpression marks(QStringLiteral("\\((R|TM|tm|r)\\)"));
    static const QRegularExpression speed(
        QStringLiteral("@\\s*[0-9.]+\\s*[GM]Hz"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression words(QStringLiteral("\\b(CPU|Processor)\\b"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    s.replace(marks, QStringLiteral(" "));
    s.replace(speed, QString());
    s.replace(words, QString());
    return s.replace(spaces, QStringLiteral(" ")).trimmed();
}

const CpuList *RuleData::cpuListFor(const QString &vendor) const
{
    for (const CpuList &list : cpuLists)
        if (list.vendor.compare(vendor, Qt::CaseInsensitive) == 0)
            return &list;
    return nullptr;
}

CpuListMatch RuleData::matchCpu(const QString &vendor, const QString &modelName) const
{
    CpuListMatch m;
    m.list = cpuListFor(vendor);
    if (!m.list)
        return m;
    const QList<CpuNameKey> names = CpuName::candidates(modelName);
    for (const CpuListEntry &entry : m.list->entries) {
        const bool equal = std::any_of(entry.keys.begin(), entry.keys.end(), [&](const CpuNameKey &k) {
            return std::any_of(
                names.begin(), names.end(), [&](const CpuNameKey &n) { return n.key == k.key; });
        });
        if (equal)
            m.entries << &entry;
    }
    if (!m.entries.isEmpty() || names.isEmpty())
        return m;
    QList<CpuNameKey> listed;
    QList<const CpuListEntry *> of;
    for (const CpuListEntry &entry : m.list->entries) {
        listed << entry.keys.last(); // the corrected reading when there is one
        of << &entry;
    }
    for (int i : CpuName::nearest(names.first(), listed, 3))
        m.nearest << of[i];
    return m;
}

const GateRule *RuleData::gateRule(const QString &vendor, int family, int model, int stepping) const
{
    const auto it = gate.vendors.constFind(vendor);
    if (it == gate.vendors.constEnd())
        return nullptr;
    for (const GateRule &rule : *it)
        if (rule.matches(family, model, stepping))
            return &rule;
    return nullptr;
}

QStringList RuleData::matchPrograms(const QJsonArray &programs, const QString &listId) const
{
    QStringList found;
    const ProgramList list = programLists.value(listId);
    for (const QJsonValue &v : programs) {
        const QJsonObject p = v.toObject();
        const QString name = p.value(QStringLiteral("name")).toString();
        const QString publisher = p.value(QStringLiteral("publisher")).toString();
        for (const ProgramEntry &entry : list.entries) {
            const bool nameHit = std::any_of(entry.match.begin(), entry.match.end(),
                [&](const WildcardPattern &w) { return w.matchesWhole(name); });
            const bool publisherHit = entry.publisher.isEmpty() || publisher.isEmpty()
                || std::any_of(entry.publisher.begin(), entry.publisher.end(),
                    [&](const WildcardPattern &w) { return w.matchesWhole(publisher); });
            if (nameHit && publisherHit) {
                const QString shown
                    = publisher.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, publisher);
                if (!found.contains(shown))
                    found << shown;
                break;
            }
        }
    }
    return found;
}

static int hexField(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        return v.toInt();
    QString s = v.toString();
    if (s.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        s = s.mid(2);
    bool ok = false;
    const int n = s.toInt(&ok, 16);
    return ok ? n : -1;
}

const GpuFamily *RuleData::gpuFamily(int vendorId, int deviceId) const
{
    for (const GpuFamily &f : gpuFamilies) {
        if (f.vendorId != vendorId)
            continue;
        for (const auto &range : f.deviceRanges)
            if (deviceId >= range.first && deviceId <= range.second)
                return &f;
    }
    return nullptr;
}

std::optional<bool> RuleData::gpuQualifies(
    const QJsonArray &gpus, QStringList *described, const QString &lang) const
{
    bool anyUnrecognised = gpus.isEmpty();
    bool anyQualifies = false;
    for (const QJsonValue &v : gpus) {
        const QJsonObject g = v.toObject();
        const int vendor = hexField(g, "vendor_id");
        const int device = hexField(g, "device_id");
        const GpuFamily *hit = vendor < 0 || device < 0 ? nullptr : gpuFamily(vendor, device);
        const QString id = QStringLiteral("%1:%2")
                               .arg(vendor, 4, 16, QLatin1Char('0'))
                               .arg(device, 4, 16, QLatin1Char('0'));
        const QString label = g.value(QStringLiteral("device_name")).toString();
        if (described && lang == QLatin1String("ja")) // the family's name (gpus.yaml) in 「」
            *described << QStringLiteral("%1 %2 -> %3")
                              .arg(id, label.isEmpty() ? QStringLiteral("（名前なし）") : label,
                                  hit ? QStringLiteral("「%1」（DirectX 12 / WDDM 2 に%2）")
                                            .arg(hit->name,
                                                hit->dx12Wddm2 ? QStringLiteral("対応")
                                                               : QStringLiteral("非対応"))
                                      : QStringLiteral("表にありません"));
        else if (described)
            *described << QStringLiteral("%1 %2 -> %3")
                              .arg(id, label.isEmpty() ? QStringLiteral("(no name)") : label,
                                  hit ? hit->name
                                          + (hit->dx12Wddm2 ? QStringLiteral(": DirectX 12 / WDDM 2")
                                                            : QStringLiteral(": no DirectX 12 / WDDM 2"))
                                      : QStringLiteral("not in the table"));
        if (!hit)
            anyUnrecognised = true;
        else if (hit->dx12Wddm2)
            anyQualifies = true;
    }
    if (anyQualifies)
        return true;
    if (anyUnrecognised)
        return std::nullopt;
    return false;
}

const EditionEntry *RuleData::edition(const QString &editionId) const
{
    for (const EditionEntry &e : editions)
        for (const QString &id : e.sourceIds)
            if (id.compare(editionId, Qt::CaseInsensitive) == 0)
                return &e;
    return nullptr;
}

} // namespace urs
