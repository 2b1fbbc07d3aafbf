// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/log_knowledge_loader.h"

#include <QRegularExpression>
#include <QSet>

namespace urs {

namespace {

QList<ExtendPart> extendParts(const YamlReader &r, const YAML::Node &node, int max, const QString &what)
{
    r.requireSequence(node, what);
    QList<ExtendPart> parts;
    QSet<int> seen;
    for (const YAML::Node &n : node) {
        r.allowOnly(n, {QStringLiteral("value"), QStringLiteral("name"), QStringLiteral("text")}, what);
        ExtendPart p;
        bool ok = false;
        const QString v = r.requiredString(n, QStringLiteral("value"), what);
        p.value = v.startsWith(QLatin1String("0x")) ? v.mid(2).toInt(&ok, 16) : v.toInt(&ok, 16);
        if (!ok || p.value < 0 || p.value > max)
            r.fail(n["value"],
                QStringLiteral("%1: '%2' is no hex value from 0 to %3").arg(what, v).arg(max, 0, 16));
        if (seen.contains(p.value))
            r.fail(n["value"], QStringLiteral("%1: value %2 twice").arg(what, v));
        seen.insert(p.value);
        p.name = r.requiredString(n, QStringLiteral("name"), what);
        p.text = r.localized(r.required(n, QStringLiteral("text"), what), what + QStringLiteral(" text"));
        parts << p;
    }
    return parts;
}

} // namespace

void LogKnowledgeLoader::loadErrorCodes(const YamlReader &r, const YAML::Node &node, ErrorCodeTable &table)
{
    const QString what = QStringLiteral("error_codes");
    r.allowOnly(node,
        {QStringLiteral("source"), QStringLiteral("texts"), QStringLiteral("phases"),
            QStringLiteral("operations"), QStringLiteral("codes")},
        what);
    r.requiredString(node, QStringLiteral("source"), what);
    const YAML::Node texts = r.required(node, QStringLiteral("texts"), what);
    r.allowOnly(texts,
        {QStringLiteral("win32"), QStringLiteral("unknown"), QStringLiteral("extend"),
            QStringLiteral("unknown_part")},
        QStringLiteral("texts of error_codes"));
    auto text = [&](const char *key) {
        return r.localized(
            r.required(texts, QString::fromLatin1(key), QStringLiteral("texts of error_codes")),
            QStringLiteral("error_codes text ") + QString::fromLatin1(key));
    };
    table.win32Text = text("win32");
    table.unknownText = text("unknown");
    table.extendText = text("extend");
    table.unknownPartText = text("unknown_part");
    table.phases
        = extendParts(r, r.required(node, QStringLiteral("phases"), what), 0xF, QStringLiteral("a phase"));
    table.operations = extendParts(
        r, r.required(node, QStringLiteral("operations"), what), 0xFF, QStringLiteral("an operation"));

    static const QRegularExpression codeForm(QStringLiteral("^0x[0-9A-F]{8}$"));
    static const QRegularExpression prefixForm(QStringLiteral("^0x[0-9A-F]{1,7}\\*$"));
    static const QRegularExpression patternForm(QStringLiteral("^[a-z][a-z0-9-]*$"));
    const YAML::Node codes = r.required(node, QStringLiteral("codes"), what);
    r.requireSequence(codes, QStringLiteral("codes of error_codes"));
    QSet<QString> seen;
    for (const YAML::Node &n : codes) {
        const QString kind = QStringLiteral("an error code");
        r.allowOnly(n,
            {QStringLiteral("code"), QStringLiteral("extend"), QStringLiteral("name"),
                QStringLiteral("pattern"), QStringLiteral("meaning"), QStringLiteral("remedy")},
            kind);
        ErrorCodeEntry e;
        const QString code = r.requiredString(n, QStringLiteral("code"), kind);
        if (prefixForm.match(code).hasMatch()) {
            e.prefix = true;
            e.code = code.chopped(1);
        } else if (codeForm.match(code).hasMatch()) {
            e.code = code;
        } else {
            r.fail(n["code"],
                QStringLiteral("'%1' is no code: write 0x and eight upper-case hex digits, or a prefix "
                               "ending in * (0x8024*)")
                    .arg(code));
        }
        e.extend = r.optionalString(n, QStringLiteral("extend"), kind);
        if (!e.extend.isEmpty()) {
            const std::optional<SetupCode> parsed = SetupCode::parse(e.code + QStringLiteral("-") + e.extend);
            if (e.prefix || !parsed || parsed->extend != e.extend)
                r.fail(n["extend"],
                    QStringLiteral("'%1' is no extend code of a whole code: write 0x and five upper-case hex "
                                   "digits (0x3000D)")
                        .arg(e.extend));
        }
        const QString key = code + QLatin1Char('|') + e.extend;
        if (seen.contains(key))
            r.fail(n["code"], QStringLiteral("code %1 %2 twice").arg(code, e.extend));
        seen.insert(key);
        e.name = r.optionalString(n, QStringLiteral("name"), kind);
        e.pattern = r.requiredString(n, QStringLiteral("pattern"), kind);
        if (!patternForm.match(e.pattern).hasMatch())
            r.fail(
                n["pattern"], QStringLiteral("pattern '%1': lower-case words joined by '-'").arg(e.pattern));
        e.meaning
            = r.localized(r.required(n, QStringLiteral("meaning"), kind), code + QStringLiteral(" meaning"));
        e.remedy
            = r.localized(r.required(n, QStringLiteral("remedy"), kind), code + QStringLiteral(" remedy"));
        table.entries << e;
    }
}

void LogKnowledgeLoader::loadLogPatterns(const YamlReader &r, const YAML::Node &node, LogPatterns &patterns)
{
    r.requireSequence(node, QStringLiteral("log_patterns"));
    static const QStringList groups = {QStringLiteral("result"), QStringLiteral("extend"),
        QStringLiteral("driver"), QStringLiteral("bugcheck"), QStringLiteral("subject")};
    QSet<QString> ids;
    for (const YAML::Node &n : node) {
        const QString kind = QStringLiteral("a log pattern");
        r.allowOnly(n,
            {QStringLiteral("id"), QStringLiteral("role"), QStringLiteral("files"), QStringLiteral("literal"),
                QStringLiteral("expression"), QStringLiteral("note")},
            kind);
        LogPattern p;
        p.id = r.requiredString(n, QStringLiteral("id"), kind);
        if (ids.contains(p.id))
            r.fail(n["id"], QStringLiteral("duplicate log pattern id '%1'").arg(p.id));
        ids.insert(p.id);
        const QString role = r.requiredString(n, QStringLiteral("role"), kind);
        if (role == QLatin1String("result"))
            p.role = LogPatternRole::Result;
        else if (role == QLatin1String("cause"))
            p.role = LogPatternRole::Cause;
        else if (role == QLatin1String("update"))
            p.role = LogPatternRole::Update;
        else
            r.fail(n["role"], QStringLiteral("unknown role '%1' (allowed: result, cause, update)").arg(role));
        p.files
            = r.stringList(r.required(n, QStringLiteral("files"), kind), QStringLiteral("files of ") + p.id);
        p.literal = r.requiredString(n, QStringLiteral("literal"), kind).toUtf8();
        // The scan jumps by the shortest literal's length less one: a short one slows every log.
        if (p.literal.size() < 3)
            r.fail(n["literal"],
                QStringLiteral("log pattern %1: the literal needs three bytes at least").arg(p.id));
        const QString expression = r.requiredString(n, QStringLiteral("expression"), kind);
        p.expression = QRegularExpression(expression, QRegularExpression::CaseInsensitiveOption);
        if (!p.expression.isValid())
            r.fail(n["expression"],
                QStringLiteral("log pattern %1: the expression does not compile: %2 at offset %3")
                    .arg(p.id, p.expression.errorString())
                    .arg(p.expression.patternErrorOffset()));
        for (const QString &g : p.expression.namedCaptureGroups())
            if (!g.isEmpty() && !groups.contains(g))
                r.fail(n["expression"],
                    QStringLiteral("log pattern %1: unknown group '%2' (allowed: %3)")
                        .arg(p.id, g, groups.join(QStringLiteral(", "))));
        if (p.role != LogPatternRole::Cause
            && !p.expression.namedCaptureGroups().contains(QStringLiteral("result")))
            r.fail(n["expression"],
                QStringLiteral("log pattern %1: a %2 pattern needs a (?<result>...) group").arg(p.id, role));
        // The literal must be in every line the expression matches, or lines would be lost.
        if (!expression.contains(QString::fromUtf8(p.literal), Qt::CaseSensitive))
            r.fail(n["literal"],
                QStringLiteral("log pattern %1: the literal '%2' must appear as it is in the expression")
                    .arg(p.id, QString::fromUtf8(p.literal)));
        patterns << p;
    }
    // The scanner keeps one bit per distinct literal of a file in a 64-bit mask.
    if (patterns.size() > 64)
        r.fail(node, QStringLiteral("log_patterns: %1 patterns, at most 64").arg(patterns.size()));
}

} // namespace urs
