// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/data_loader.h"

#include "engine/expression.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace urs {

static QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}
static const QRegularExpression kIdPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));

static QString requireId(const YamlReader &r, const YAML::Node &map, const QString &what)
{
    const QString id = r.requiredString(map, QStringLiteral("id"), what);
    if (!kIdPattern.match(id).hasMatch())
        r.fail(map["id"],
            QStringLiteral("id '%1' of %2 must be lower-case letters, digits and '-'").arg(id, what));
    return id;
}

ExprPtr DataLoader::expression(
    const YamlReader &r, const YAML::Node &node, const ParseScope &scope, ValueType type, const QString &what)
{
    const QString text = r.string(node, what);
    try {
        return ExpressionParser::parse(text, scope, type);
    } catch (const ExpressionError &e) {
        r.fail(node,
            QStringLiteral("bad expression in %1: %2 (column %3 of '%4')")
                .arg(what, e.message())
                .arg(e.column())
                .arg(text));
    }
}

QStringList DataLoader::guideRefs(
    const YamlReader &r, const YAML::Node &node, const RuleBook &book, const QString &what)
{
    const QStringList refs = r.stringList(node, what);
    for (const QString &ref : refs)
        if (!book.guideSections.contains(ref))
            r.fail(node,
                QStringLiteral("%1 links to '%2', which is no section of guides.yaml (write guide#section)")
                    .arg(what, ref));
    return refs;
}

const QStringList &DataLoader::verdictTextKeys()
{
    static const QStringList keys = {QStringLiteral("ready"), QStringLiteral("ready-after-fixes"),
        QStringLiteral("ready-after-checks"), QStringLiteral("clean-install-only"), QStringLiteral("two-hop"),
        QStringLiteral("windows-not-checked"), QStringLiteral("not-checked-list"),
        QStringLiteral("not-supported"), QStringLiteral("confirm"), QStringLiteral("lifecycle-supported"),
        QStringLiteral("lifecycle-esu"), QStringLiteral("lifecycle-ended"), QStringLiteral("class-consumer"),
        QStringLiteral("class-business"), QStringLiteral("class-unknown")};
    return keys;
}

void DataLoader::loadGuides(const YamlReader &r, const YAML::Node &node)
{
    r.requireSequence(node, QStringLiteral("guides"));
    for (const YAML::Node &g : node) {
        r.allowOnly(g, {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("sections")},
            QStringLiteral("a guide"));
        const QString id = requireId(r, g, QStringLiteral("a guide"));
        r.localized(r.required(g, QStringLiteral("title"), QStringLiteral("guide ") + id),
            QStringLiteral("title of guide ") + id);
        const YAML::Node sections = r.required(g, QStringLiteral("sections"), QStringLiteral("guide ") + id);
        r.requireSequence(sections, QStringLiteral("sections of guide ") + id);
        for (const YAML::Node &s : sections) {
            r.allowOnly(s, {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("url")},
                QStringLiteral("a guide section"));
            GuideSection sec;
            sec.guide = id;
            sec.section = requireId(r, s, QStringLiteral("a section of guide ") + id);
            sec.title = r.localized(
                r.required(s, QStringLiteral("title"), QStringLiteral("section ") + sec.section),
                QStringLiteral("title of section ") + sec.section);
            sec.url = r.optionalString(s, QStringLiteral("url"), QStringLiteral("section ") + sec.section);
            const QString key = id + QLatin1Char('#') + sec.section;
            if (m_book.guideSections.contains(key))
                r.fail(s, QStringLiteral("duplicate guide section '%1'").arg(key));
            m_book.guideSections.insert(key, sec);
        }
    }
}

void DataLoader::loadEditions(const YamlReader &r, const YAML::Node &node)
{
    r.requireSequence(node, QStringLiteral("editions"));
    QStringList seen;
    for (const YAML::Node &e : node) {
        r.allowOnly(e,
            {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("class"),
                QStringLiteral("in_place")},
            QStringLiteral("an edition mapping"));
        EditionEntry entry;
        entry.sourceIds
            = r.stringList(r.required(e, QStringLiteral("from"), QStringLiteral("an edition mapping")),
                QStringLiteral("'from' of an edition mapping"));
        for (const QString &id : entry.sourceIds) {
            if (seen.contains(id, Qt::CaseInsensitive))
                r.fail(e, QStringLiteral("duplicate edition id '%1'").arg(id));
            seen << id;
        }
        entry.targetEdition = r.requiredString(e, QStringLiteral("to"), QStringLiteral("an edition mapping"));
        entry.editionClass
            = r.requiredString(e, QStringLiteral("class"), QStringLiteral("an edition mapping"));
        if (entry.editionClass != QLatin1String("consumer")
            && entry.editionClass != QLatin1String("business"))
            r.fail(e["class"],
                QStringLiteral("class must be consumer or business, not '%1'").arg(entry.editionClass));
        entry.inPlace
            = r.boolean(r.required(e, QStringLiteral("in_place"), QStringLiteral("an edition mapping")),
                QStringLiteral("in_place"));
        m_book.data.editions << entry;
    }
}

void DataLoader::loadFamilyGate(const YamlReader &r, const YAML::Node &node)
{
    const QString what = QStringLiteral("cpu_family_gate");
    r.allowOnly(node,
        {QStringLiteral("source"), QStringLiteral("as_of"), QStringLiteral("vendors"),
            QStringLiteral("other")},
        what);
    FamilyGate &gate = m_book.data.gate;
    gate.source = r.requiredString(node, QStringLiteral("source"), what);
    gate.asOf = r.requiredString(node, QStringLiteral("as_of"), what);
    const YAML::Node vendors = r.required(node, QStringLiteral("vendors"), what);
    r.requireMap(vendors, QStringLiteral("vendors of cpu_family_gate"));
    static const QStringList results
        = {QStringLiteral("pass"), QStringLiteral("fail"), QStringLiteral("needs-platform-id")};
    for (auto it = vendors.begin(); it != vendors.end(); ++it) {
        const QString vendor = qs(it->first.Scalar());
        // A copy: it->second belongs to a proxy that dies before a range-for over it would end.
        const YAML::Node gateRules = it->second;
        r.requireSequence(gateRules, QStringLiteral("gate rules of ") + vendor);
        QList<GateRule> rules;
        for (const YAML::Node &g : gateRules) {
            r.allowOnly(g,
                {QStringLiteral("family"), QStringLiteral("family_min"), QStringLiteral("family_max"),
                    QStringLiteral("model"), QStringLiteral("model_min"), QStringLiteral("model_max"),
                    QStringLiteral("model_not"), QStringLiteral("stepping"), QStringLiteral("platform_id"),
                    QStringLiteral("result"), QStringLiteral("note")},
                QStringLiteral("a gate rule of ") + vendor);
            GateRule rule;
            auto opt = [&](const char *key, std::optional<int> &out) {
                if (g[key].IsDefined())
                    out = r.integer(g[key], QLatin1String(key));
            };
            opt("family", rule.family);
            opt("family_min", rule.familyMin);
            opt("family_max", rule.familyMax);
            opt("model_min", rule.modelMin);
            opt("model_max", rule.modelMax);
            opt("platform_id", rule.platformId);
            if (g["model"].IsDefined())
                rule.models = r.integerList(g["model"], QStringLiteral("model"));
            if (g["model_not"].IsDefined())
                rule.modelsNot = r.integerList(g["model_not"], QStringLiteral("model_not"));
            if (g["stepping"].IsDefined())
                rule.steppings = r.integerList(g["stepping"], QStringLiteral("stepping"));
            rule.result = r.requiredString(g, QStringLiteral("result"), QStringLiteral("a gate rule"));
            if (!results.contains(rule.result))
                r.fail(g["result"],
                    QStringLiteral("result must be one of %1, not '%2'")
                        .arg(results.join(QStringLiteral(", ")), rule.result));
            if (rule.result == QLatin1String("needs-platform-id") && !rule.platformId)
                r.fail(g["result"],
                    QStringLiteral(
                        "a needs-platform-id rule says which platform id passes (platform_id: 16)"));
            if (rule.platformId && rule.result != QLatin1String("needs-platform-id"))
                r.fail(g["platform_id"],
                    QStringLiteral("platform_id belongs to a rule whose result is needs-platform-id"));
            rule.note = r.localized(r.required(g, QStringLiteral("note"), QStringLiteral("a gate rule")),
                QStringLiteral("note of a gate rule"));
            rules << rule;
        }
        gate.vendors.insert(vendor, rules);
    }
    const YAML::Node other = r.required(node, QStringLiteral("other"), what);
    r.allowOnly(other, {QStringLiteral("result"), QStringLiteral("note")},
        QStringLiteral("other of cpu_family_gate"));
    gate.otherResult = r.requiredString(other, QStringLiteral("result"), QStringLiteral("other"));
    if (!results.contains(gate.otherResult))
        r.fail(other["result"],
            QStringLiteral("result must be one of %1").arg(results.join(QStringLiteral(", "))));
    gate.otherNote = r.localized(
        r.required(other, QStringLiteral("note"), QStringLiteral("other")), QStringLiteral("note of other"));
}

// The names of a list file (rules/cpu-lists/*.txt, as tools/update-cpu-lists.sh writes them):
// the date of the copy on the first line, one model name a line, EOF on the last line.
void DataLoader::readCpuListFile(const YamlReader &r, const YAML::Node &fileNode, CpuList &list) const
{
    const QString shown = QDir(m_book.dir).dirName() + QLatin1Char('/') + QDir::cleanPath(list.file);
    const YamlReader txt(shown);
    if (QDir::isAbsolutePath(list.file))
        r.fail(fileNode, QStringLiteral("file '%1' must be relative to the rules folder").arg(list.file));
    QFile f(QDir(m_book.dir).filePath(list.file));
    if (!f.open(QIODevice::ReadOnly))
        r.fail(fileNode,
            QStringLiteral("cannot read the CPU list file '%1': %2").arg(list.file, f.errorString()));
    QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    for (QString &line : lines)
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast(); // the newline after EOF
    if (lines.isEmpty())
        txt.failAt(1, QStringLiteral("the file is empty; its first line must be the date of the copy"));
    const QString first = lines.first().trimmed();
    QDate date = QDate::fromString(first, QStringLiteral("yyyy.M.d"));
    if (!date.isValid())
        date = QDate::fromString(first, Qt::ISODate);
    if (!date.isValid())
        txt.failAt(1,
            QStringLiteral("the first line must be the date the list was copied (YYYY.M.D or YYYY-MM-DD), "
                           "not '%1'")
                .arg(first));
    list.asOf = date.toString(Qt::ISODate);
    if (lines.size() < 2 || lines.last().trimmed() != QLatin1String("EOF"))
        txt.failAt(int(lines.size()),
            QStringLiteral("the last line must be EOF; without it the copy may be cut short"));
    QHash<QString, int> seen;
    for (int i = 1; i + 1 < lines.size(); ++i) {
        const QString name = lines[i].trimmed();
        const int line = i + 1;
        if (name.isEmpty())
            txt.failAt(line, QStringLiteral("empty line (one model name a line, EOF last)"));
        if (name == QLatin1String("EOF"))
            txt.failAt(line, QStringLiteral("EOF before the last line"));
        if (seen.contains(name))
            txt.failAt(line,
                QStringLiteral("'%1' is listed twice (first at line %2)").arg(name).arg(seen.value(name)));
        seen.insert(name, line);
        CpuListEntry entry;
        entry.name = name;
        entry.line = line;
        entry.keys << CpuName::key(name);
        if (entry.keys.first().isEmpty())
            txt.failAt(line, QStringLiteral("'%1' holds no model name to compare").arg(name));
        list.entries << entry;
    }
    if (list.entries.isEmpty())
        txt.failAt(2, QStringLiteral("no model names between the date and EOF"));
}

void DataLoader::loadCpuList(const YamlReader &r, const YAML::Node &node)
{
    const QString what = QStringLiteral("cpu_list");
    r.allowOnly(node,
        {QStringLiteral("vendor"), QStringLiteral("label"), QStringLiteral("file"), QStringLiteral("source"),
            QStringLiteral("corrections"), QStringLiteral("conditions")},
        what);
    CpuList list;
    list.vendor = r.requiredString(node, QStringLiteral("vendor"), what);
    if (m_book.data.cpuListFor(list.vendor))
        r.fail(node["vendor"], QStringLiteral("a second cpu_list for vendor '%1'").arg(list.vendor));
    list.label = r.requiredString(node, QStringLiteral("label"), what);
    list.source = r.requiredString(node, QStringLiteral("source"), what);
    list.file = r.requiredString(node, QStringLiteral("file"), what);
    readCpuListFile(r, node["file"], list);

    // Corrections and conditions name an entry exactly as the list file writes it.
    const auto entryNamed = [&](const YAML::Node &map, const QString &kind) -> CpuListEntry & {
        const QString name = r.requiredString(map, QStringLiteral("entry"), kind);
        for (CpuListEntry &e : list.entries)
            if (e.name == name)
                return e;
        r.fail(map["entry"],
            QStringLiteral("%1 names '%2', which is no line of %3 (write the entry as the file does)")
                .arg(kind, name, list.file));
    };
    if (node["corrections"].IsDefined()) {
        const YAML::Node corrections = node["corrections"];
        r.requireSequence(corrections, QStringLiteral("corrections of the %1 CPU list").arg(list.label));
        for (const YAML::Node &c : corrections) {
            const QString kind = QStringLiteral("a CPU list correction");
            r.allowOnly(c, {QStringLiteral("entry"), QStringLiteral("reported_as")}, kind);
            CpuListEntry &e = entryNamed(c, kind);
            if (!e.reportedAs.isEmpty())
                r.fail(c, QStringLiteral("'%1' is corrected twice").arg(e.name));
            e.reportedAs = r.requiredString(c, QStringLiteral("reported_as"), kind);
            e.keys << CpuName::key(e.reportedAs);
            if (e.keys.last().isEmpty())
                r.fail(c["reported_as"], QStringLiteral("reported_as holds no model name to compare"));
        }
    }
    if (node["conditions"].IsDefined()) {
        const YAML::Node conditions = node["conditions"];
        r.requireSequence(conditions, QStringLiteral("conditions of the %1 CPU list").arg(list.label));
        for (const YAML::Node &c : conditions) {
            const QString kind = QStringLiteral("a CPU list condition");
            r.allowOnly(c,
                {QStringLiteral("entry"), QStringLiteral("system_products"), QStringLiteral("source")}, kind);
            CpuListEntry &e = entryNamed(c, kind);
            if (!e.systems.isEmpty())
                r.fail(c, QStringLiteral("'%1' has a second condition").arg(e.name));
            e.systems = r.stringList(
                r.required(c, QStringLiteral("system_products"), kind), QStringLiteral("system_products"));
            if (e.systems.isEmpty())
                r.fail(c["system_products"], QStringLiteral("system_products names no system"));
            r.requiredString(c, QStringLiteral("source"), kind);
        }
    }
    m_book.data.cpuLists << list;
}

void DataLoader::loadProgramList(const YamlReader &r, const YAML::Node &node)
{
    const QString what = QStringLiteral("program_list");
    r.allowOnly(node,
        {QStringLiteral("id"), QStringLiteral("description"), QStringLiteral("source"),
            QStringLiteral("entries")},
        what);
    ProgramList list;
    list.id = requireId(r, node, what);
    if (m_book.data.programLists.contains(list.id))
        r.fail(node["id"], QStringLiteral("duplicate program list id '%1'").arg(list.id));
    list.description = r.requiredString(node, QStringLiteral("description"), what);
    list.source = r.optionalString(node, QStringLiteral("source"), what);
    const YAML::Node entries = r.required(node, QStringLiteral("entries"), what);
    r.requireSequence(entries, QStringLiteral("entries of program list ") + list.id);
    for (const YAML::Node &e : entries) {
        r.allowOnly(e, {QStringLiteral("name"), QStringLiteral("match"), QStringLiteral("publisher")},
            QStringLiteral("a program entry"));
        ProgramEntry entry;
        entry.name = r.requiredString(e, QStringLiteral("name"), QStringLiteral("a program entry"));
        for (const QString &p :
            r.stringList(r.required(e, QStringLiteral("match"), QStringLiteral("a program entry")),
                QStringLiteral("match")))
            entry.match << WildcardPattern(p);
        if (e["publisher"].IsDefined())
            for (const QString &p : r.stringList(e["publisher"], QStringLiteral("publisher")))
                entry.publisher << WildcardPattern(p);
        list.entries << entry;
    }
    m_book.data.programLists.insert(list.id, list);
}

void DataLoader::loadGpuFamilies(const YamlReader &r, const YAML::Node &node)
{
    const QString what = QStringLiteral("gpu_families");
    const QString kind = QStringLiteral("a GPU family");
    r.allowOnly(node, {QStringLiteral("source"), QStringLiteral("families")}, what);
    m_book.data.gpuSource = r.requiredString(node, QStringLiteral("source"), what);
    const YAML::Node families = r.required(node, QStringLiteral("families"), what);
    r.requireSequence(families, QStringLiteral("families of gpu_families"));
    static const QRegularExpression vendorPattern(QStringLiteral("^[0-9A-Fa-f]{4}$"));
    static const QRegularExpression rangePattern(QStringLiteral("^([0-9A-Fa-f]{4})(?:-([0-9A-Fa-f]{4}))?$"));
    // Every id belongs to one family: the ranges seen so far by (vendor << 16 | first id), so
    // that an id listed twice, or a range over an id of another family, is refused.
    struct Seen {
        int last;
        int line;
        QString family;
        QString text;
    };
    QMap<quint32, Seen> seen;
    QHash<QString, int> familyAt;
    for (const YAML::Node &f : families) {
        r.allowOnly(f,
            {QStringLiteral("name"), QStringLiteral("vendor"), QStringLiteral("dx12_wddm2"),
                QStringLiteral("basis"), QStringLiteral("devices")},
            kind);
        GpuFamily g;
        g.name = r.requiredString(f, QStringLiteral("name"), kind);
        if (familyAt.contains(g.name))
            r.fail(f["name"],
                QStringLiteral("duplicate GPU family '%1' (first at %2:%3)")
                    .arg(g.name, r.file())
                    .arg(familyAt.value(g.name)));
        familyAt.insert(g.name, YamlReader::line(f["name"]));
        const QString vendor = r.requiredString(f, QStringLiteral("vendor"), kind);
        if (!vendorPattern.match(vendor).hasMatch())
            r.fail(f["vendor"],
                QStringLiteral("vendor '%1' of GPU family '%2' must be a 4-digit hexadecimal PCI vendor id")
                    .arg(vendor, g.name));
        g.vendorId = vendor.toInt(nullptr, 16);
        g.dx12Wddm2
            = r.boolean(r.required(f, QStringLiteral("dx12_wddm2"), kind), QStringLiteral("dx12_wddm2"));
        g.basis = r.requiredString(f, QStringLiteral("basis"), kind);
        if (g.basis.trimmed().isEmpty())
            r.fail(f["basis"],
                QStringLiteral("basis of GPU family '%1' must name the source of its answer").arg(g.name));
        const YAML::Node devices = r.required(f, QStringLiteral("devices"), kind);
        r.requireSequence(devices, QStringLiteral("devices of GPU family ") + g.name);
        if (devices.size() == 0)
            r.fail(devices, QStringLiteral("GPU family '%1' lists no devices").arg(g.name));
        for (const YAML::Node &d : devices) {
            const QString text = r.string(d, QStringLiteral("a device of GPU family ") + g.name);
            const auto m = rangePattern.match(text);
            if (!m.hasMatch())
                r.fail(d,
                    QStringLiteral(
                        "device '%1' of GPU family '%2' must be XXXX or XXXX-YYYY (hexadecimal PCI "
                        "device ids)")
                        .arg(text, g.name));
            const int lo = m.captured(1).toInt(nullptr, 16);
            const int hi = m.captured(2).isEmpty() ? lo : m.captured(2).toInt(nullptr, 16);
            if (hi < lo)
                r.fail(d,
                    QStringLiteral("device range '%1' of GPU family '%2' ends before it starts")
                        .arg(text, g.name));
            const quint32 key = quint32(g.vendorId) << 16 | quint32(lo);
            // The range starting last at or before hi is the only one that can overlap [lo, hi].
            auto next = seen.upperBound(quint32(g.vendorId) << 16 | quint32(hi));
            if (next != seen.begin()) {
                const auto prev = --next;
                if (prev.key() >> 16 == quint32(g.vendorId) && prev->last >= lo)
                    r.fail(d,
                        QStringLiteral("%1 %2:%3 of GPU family '%4' is already in GPU family '%5' (as %6 at "
                                       "%7:%8): an id belongs to one generation")
                            .arg(hi == lo ? QStringLiteral("device") : QStringLiteral("device range"), vendor,
                                text, g.name, prev->family, prev->text, r.file())
                            .arg(prev->line));
            }
            seen.insert(key, Seen {hi, YamlReader::line(d), g.name, text});
            g.deviceRanges << qMakePair(lo, hi);
        }
        m_book.data.gpuFamilies << g;
    }
}

void DataLoader::loadVerdictTexts(const YamlReader &r, const YAML::Node &node)
{
    r.allowOnly(node, verdictTextKeys(), QStringLiteral("verdict_texts"));
    for (const QString &key : verdictTextKeys())
        m_book.verdictTexts.insert(key,
            r.localized(r.required(node, key, QStringLiteral("verdict_texts")),
                QStringLiteral("verdict text ") + key));
}

Value DataLoader::paramValue(const YamlReader &r, const YAML::Node &node, const QString &what) const
{
    if (node.IsSequence()) {
        QJsonArray list;
        for (const YAML::Node &item : node)
            list.append(paramValue(r, item, what).toJson());
        return list;
    }
    const QString s = r.string(node, what);
    if (YamlReader::isQuoted(node))
        return s;
    if (s == QLatin1String("true") || s == QLatin1String("false"))
        return s == QLatin1String("true");
    if (const auto q = ExpressionParser::parseQuantity(s))
        return *q;
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (d.isValid())
        return QDateTime(d, QTime(0, 0), Qt::UTC);
    return s;
}

void DataLoader::loadTargets(const YamlReader &r, const YAML::Node &node)
{
    r.requireSequence(node, QStringLiteral("targets"));
    for (const YAML::Node &t : node) {
        r.allowOnly(t,
            {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("family"),
                QStringLiteral("release"), QStringLiteral("architectures"),
                QStringLiteral("default_candidate"), QStringLiteral("lifecycle"), QStringLiteral("two_hop"),
                QStringLiteral("guides"), QStringLiteral("params")},
            QStringLiteral("a target"));
        Target target;
        target.id = requireId(r, t, QStringLiteral("a target"));
        const QString what = QStringLiteral("target ") + target.id;
        if (m_book.target(target.id))
            r.fail(t["id"], QStringLiteral("duplicate target id '%1'").arg(target.id));
        target.name
            = r.localized(r.required(t, QStringLiteral("name"), what), QStringLiteral("name of ") + what);
        target.family = r.requiredString(t, QStringLiteral("family"), what);
        target.release
            = r.date(r.required(t, QStringLiteral("release"), what), QStringLiteral("release of ") + what);
        target.architectures = r.stringList(
            r.required(t, QStringLiteral("architectures"), what), QStringLiteral("architectures"));
        if (t["default_candidate"].IsDefined())
            target.defaultCandidate = r.boolean(t["default_candidate"], QStringLiteral("default_candidate"));
        const YAML::Node life = r.required(t, QStringLiteral("lifecycle"), what);
        r.allowOnly(life, {QStringLiteral("consumer"), QStringLiteral("business")},
            QStringLiteral("lifecycle of ") + what);
        for (const char *cls : {"consumer", "business"}) {
            const YAML::Node c = r.required(life, QLatin1String(cls), QStringLiteral("lifecycle of ") + what);
            r.allowOnly(
                c, {QStringLiteral("end"), QStringLiteral("esu_end")}, QStringLiteral("lifecycle dates"));
            LifecycleDates &dates
                = QLatin1String(cls) == QLatin1String("consumer") ? target.consumer : target.business;
            dates.end = r.date(r.required(c, QStringLiteral("end"), QStringLiteral("lifecycle dates")),
                QStringLiteral("end"));
            if (c["esu_end"].IsDefined())
                dates.esuEnd = r.date(c["esu_end"], QStringLiteral("esu_end"));
        }
        if (t["two_hop"].IsDefined()) {
            const YAML::Node hop = t["two_hop"];
            r.allowOnly(
                hop, {QStringLiteral("via"), QStringLiteral("when")}, QStringLiteral("two_hop of ") + what);
            target.twoHopVia = r.requiredString(hop, QStringLiteral("via"), QStringLiteral("two_hop"));
            ParseScope scope;
            scope.data = &m_book.data;
            scope.targetParamsAllowed = false;
            target.twoHopWhen
                = expression(r, r.required(hop, QStringLiteral("when"), QStringLiteral("two_hop")), scope,
                    ValueType::Bool, QStringLiteral("two_hop.when of ") + what);
        }
        if (t["guides"].IsDefined())
            target.guides = guideRefs(r, t["guides"], m_book, QStringLiteral("guides of ") + what);
        if (t["params"].IsDefined()) {
            const YAML::Node params = t["params"];
            r.requireMap(params, QStringLiteral("params of ") + what);
            for (auto it = params.begin(); it != params.end(); ++it) {
                const QString key = qs(it->first.Scalar());
                target.params.insert(
                    key, paramValue(r, it->second, QStringLiteral("param %1 of %2").arg(key, what)));
            }
        }
        m_book.targets << target;
    }
}

void DataLoader::finish(const YamlReader &r, const YAML::Node &targetsNode)
{
    int i = 0;
    for (const Target &t : m_book.targets) {
        const YAML::Node node = targetsNode[i++];
        if (t.twoHopVia.isEmpty())
            continue;
        const YAML::Node hop = node["two_hop"];
        const YAML::Node via = hop["via"];
        if (!m_book.target(t.twoHopVia) || t.twoHopVia == t.id)
            r.fail(via,
                QStringLiteral("two_hop of target %1 goes via '%2', which is no other target")
                    .arg(t.id, t.twoHopVia));
        // Follow the chain to its end: a loop (A via B, B via A) has no first hop to take, and
        // the verdicts, each built after its via target's, would wait on each other for ever.
        QStringList chain {t.id};
        for (const Target *next = m_book.target(t.twoHopVia); next; next = m_book.target(next->twoHopVia)) {
            const bool seen = chain.contains(next->id);
            chain << next->id;
            if (seen)
                r.fail(via,
                    QStringLiteral("two_hop of target %1 loops: %2 (an upgrade path must end at a target "
                                   "without two_hop)")
                        .arg(t.id, chain.join(QStringLiteral(" via "))));
        }
    }
}

} // namespace urs
