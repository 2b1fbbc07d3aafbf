// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/error_code_table.h"

#include <QRegularExpression>

namespace urs {

std::optional<SetupCode> SetupCode::parse(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(?:0x)?([0-9A-F]{8})(?:\\s*-\\s*(?:0x)?([0-9A-F]{1,5}))?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    SetupCode c;
    c.result = QStringLiteral("0x") + m.captured(1).toUpper();
    if (m.hasCaptured(2) && !m.captured(2).isEmpty())
        c.extend = QStringLiteral("0x") + m.captured(2).toUpper().rightJustified(5, QLatin1Char('0'));
    return c;
}

QString SetupCode::text() const
{
    return extend.isEmpty() ? result : result + QStringLiteral(" - ") + extend;
}

const ErrorCodeEntry *ErrorCodeTable::find(const SetupCode &code) const
{
    const ErrorCodeEntry *exact = nullptr;
    const ErrorCodeEntry *longestPrefix = nullptr;
    for (const ErrorCodeEntry &e : entries) {
        if (e.prefix) {
            if (code.result.startsWith(e.code, Qt::CaseInsensitive)
                && (!longestPrefix || e.code.size() > longestPrefix->code.size()))
                longestPrefix = &e;
            continue;
        }
        if (e.code.compare(code.result, Qt::CaseInsensitive) != 0)
            continue;
        if (!e.extend.isEmpty()) {
            if (e.extend.compare(code.extend, Qt::CaseInsensitive) == 0)
                return &e; // the most specific row
            continue;
        }
        exact = &e;
    }
    return exact ? exact : longestPrefix;
}

namespace {

const ExtendPart *partFor(const QList<ExtendPart> &parts, int value)
{
    for (const ExtendPart &p : parts)
        if (p.value == value)
            return &p;
    return nullptr;
}

} // namespace

ExplainedCode ErrorCodeTable::explain(const SetupCode &code, const QString &lang) const
{
    ExplainedCode out;
    out.code = code;
    if (const ErrorCodeEntry *e = find(code)) {
        out.known = true;
        out.name = e->name;
        out.pattern = e->pattern;
        out.meaning = e->meaning.in(lang);
        out.remedy = e->remedy.in(lang);
    } else {
        // What the code's own structure says: an HRESULT of the Win32 facility carries a
        // Win32 error number (Microsoft: "Upgrade error codes").
        bool ok = false;
        const quint32 value = code.result.mid(2).toUInt(&ok, 16);
        out.meaning = ok && (value & 0xFFFF0000u) == 0x80070000u ? win32Text.in(lang).arg(value & 0xFFFFu)
                                                                 : unknownText.in(lang);
    }
    if (!code.extend.isEmpty()) {
        bool ok = false;
        const int value = code.extend.mid(2).toInt(&ok, 16);
        const ExtendPart *phase = ok ? partFor(phases, value >> 16) : nullptr;
        const ExtendPart *operation = ok ? partFor(operations, value & 0xFF) : nullptr;
        const QString unknown = unknownPartText.in(lang);
        out.when = extendText.in(lang).arg(code.extend, phase ? phase->text.in(lang) : unknown,
            operation ? operation->text.in(lang) : unknown);
    }
    return out;
}

QString ExplainedCode::sentence() const
{
    QString s = code.text();
    if (!name.isEmpty())
        s += QStringLiteral(" (") + name + QLatin1Char(')');
    s += QStringLiteral(": ") + meaning;
    if (!when.isEmpty())
        s += QLatin1Char(' ') + when;
    return s;
}

} // namespace urs
