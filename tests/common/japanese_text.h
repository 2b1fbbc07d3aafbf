// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// English left in a Japanese text (docs/glossary.md, "Kept in English"): what remains once the
// names, codes, paths, commands and the values read from the machine are taken out must be
// Japanese. The report tests and the app's tests use it on what a Japanese reader sees.

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <algorithm>

namespace urs::test {

// Names that stay in English in Japanese text: products, vendors, editions, tools and units.
inline const QSet<QString> &englishNames()
{
    static const QSet<QString> names = {QStringLiteral("Windows"), QStringLiteral("Microsoft"),
        QStringLiteral("BitLocker"), QStringLiteral("Update"), QStringLiteral("Intel"), QStringLiteral("AMD"),
        QStringLiteral("Qualcomm"), QStringLiteral("Snapdragon"), QStringLiteral("Core"),
        QStringLiteral("Ryzen"), QStringLiteral("Xeon"), QStringLiteral("Celeron"), QStringLiteral("Pentium"),
        QStringLiteral("Atom"), QStringLiteral("Athlon"), QStringLiteral("Rufus"), QStringLiteral("Ventoy"),
        QStringLiteral("Hyper"), QStringLiteral("DirectX"), QStringLiteral("Home"), QStringLiteral("Pro"),
        QStringLiteral("Enterprise"), QStringLiteral("Education"), QStringLiteral("Catalog"),
        QStringLiteral("Defender"), QStringLiteral("PowerShell"), QStringLiteral("Linux"),
        QStringLiteral("hivex"), QStringLiteral("libtsk"), QStringLiteral("libarchive"),
        QStringLiteral("sysfs"), QStringLiteral("efivarfs"), QStringLiteral("zip"), QStringLiteral("fTPM"),
        QStringLiteral("cpufreq"), QStringLiteral("arm64"), QStringLiteral("lm"), QStringLiteral("MHz"),
        QStringLiteral("GHz"), QStringLiteral("Industry"), QStringLiteral("Wi-Fi"), QStringLiteral("Esc"),
        QStringLiteral("Del"), QStringLiteral("Shift"), QStringLiteral("root"), QStringLiteral("GiB"),
        QStringLiteral("MiB"), QStringLiteral("Arm"), QStringLiteral("Zen"), QStringLiteral("dd")};
    return names;
}

// Data shown as JSON (objects read from the machine, its keys field names), blanked out whole
// or up to where the report cut it short (…).
inline QString withoutJson(QString text)
{
    for (qsizetype start = text.indexOf(QStringLiteral("{\"")); start >= 0;
         start = text.indexOf(QStringLiteral("{\""), start)) {
        int depth = 0;
        qsizetype end = start;
        for (; end < text.size(); ++end) {
            const QChar c = text.at(end);
            if (c == QLatin1Char('{'))
                ++depth;
            else if (c == QLatin1Char('}') && --depth == 0)
                break;
            else if (c == QChar(0x2026) || c == QLatin1Char('\n'))
                break;
        }
        text.replace(start, qMin(end + 1, text.size()) - start, QStringLiteral(" "));
    }
    return text;
}

// Everything that is English by nature in the text, blanked out: quoted names (「...」), JSON
// data, commands, Windows paths, registry keys and URLs; then (paths last, since a value from
// the machine may hold a "/": "Navi 10 [Radeon RX 5600 OEM/5600 XT]") options and Unix paths.
inline QString withoutTechnicalText(QString text, bool paths)
{
    static const QList<QRegularExpression> first = {
        // A name as Windows or a firmware shows it, quoted.
        QRegularExpression(QStringLiteral("「[^」]*」")),
        QRegularExpression(QStringLiteral("https?://\\S+")),
        // A command and its arguments, up to the Japanese that follows.
        QRegularExpression(
            QStringLiteral("\\b(?:manage-bde|powercfg|shutdown|slmgr|dism|DISM|wuauclt|chkdsk|"
                           "mbr2gpt|w32tm|bcdedit|reagentc|sfc|msinfo32|diskpart|mount|qemu-img|"
                           "ddrescue|upgrade-scan|tpm\\.msc|winver|msconfig)\\b[^\\x{3000}-\\x{9fff}"
                           "\\x{ff08}\\x{ff09}]*")),
        // Windows paths and registry keys: segments may hold spaces before a capital ("Windows
        // NT", "Component Based Servicing").
        QRegularExpression(
            QStringLiteral("(?:[\\w.$~*{}-]+)?(?:\\\\[\\w.$~*{}-]+(?: [A-Z0-9][\\w.$~*{}-]*)*)+"
                           "\\\\?")),
        // A registry value or a fact with its value: "Start = 4", "HiberbootEnabled = はい".
        QRegularExpression(QStringLiteral("\\b[A-Za-z][\\w.]* = ")),
    };
    static const QList<QRegularExpression> last = {
        // Command-line options (--rules, -off).
        QRegularExpression(QStringLiteral("(?<![\\w])--?[a-z][\\w-]*")),
        // Unix paths, and relative ones (rules/cpu-lists/windows11-intel.txt).
        QRegularExpression(QStringLiteral("(?<![\\w])/[\\w.$~*{},/-]+")),
        QRegularExpression(QStringLiteral("[\\w.*-]+(?:/[\\w.*{}$~-]+)+/?")),
    };
    if (!paths)
        text = withoutJson(text);
    for (const QRegularExpression &re : paths ? last : first)
        text.replace(re, QStringLiteral(" "));
    return text;
}

// Every string a fact set holds as a value (names, labels, program names read from the
// machine), longest first; its reasons and provenance (the core's own texts) are left out.
inline QStringList machineValues(const QJsonValue &v)
{
    QStringList out;
    if (v.isString()) {
        out << v.toString();
    } else if (v.isArray()) {
        for (const QJsonValue &x : v.toArray())
            out << machineValues(x);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (it.key() == QLatin1String("provenance") || it.key().endsWith(QLatin1String("_unknown"))
                || it.key() == QLatin1String("selection_note") || it.key() == QLatin1String("note"))
                continue;
            out << machineValues(it.value());
        }
    }
    out.removeAll(QString());
    out.removeDuplicates();
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return out;
}

// The English words left in text, each with a little context; empty when the text is all
// Japanese apart from names, codes, paths, commands and the given values.
inline QStringList englishIn(QString text, const QStringList &values = {})
{
    text = withoutTechnicalText(text, false);
    // A value counts where it stands whole ("de" the CPU flag, not the "de" in "decided", nor
    // "network" in the fact name "hardware.network.interfaces").
    for (const QString &v : values) {
        if (v.size() < 2)
            continue;
        const QRegularExpression whole(
            QStringLiteral("(?<![\\w.-])%1(?![\\w-])").arg(QRegularExpression::escape(v)));
        text.replace(whole, QStringLiteral(" "));
    }
    text = withoutTechnicalText(text, true);
    // A word of two or more letters; anything with a digit, an underscore, a dot or a star inside,
    // in capitals only or with a capital inside is a code, an identifier, a file name or an
    // acronym (TPM, NTFS, x64, KB2919355, HiberbootEnabled, CompatData*.xml).
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z0-9_.*'+-]*[A-Za-z0-9]"));
    static const QRegularExpression code(QStringLiteral("[0-9_.*]|[a-z][A-Z]"));
    QStringList found;
    QRegularExpressionMatchIterator it = word.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString w = m.captured(0);
        const QChar before = m.capturedStart() > 0 ? text.at(m.capturedStart() - 1) : QChar();
        // A file's extension (".bak"), an NTFS metadata file ("$Volume").
        if (before == QLatin1Char('.') || before == QLatin1Char('*') || before == QLatin1Char('$'))
            continue;
        if (w.contains(code) || w == w.toUpper() || englishNames().contains(w))
            continue;
        if (w.contains(QLatin1Char('-'))) {
            const QStringList parts = w.split(QLatin1Char('-'));
            if (std::all_of(parts.begin(), parts.end(), [](const QString &p) {
                    return p.isEmpty() || p == p.toUpper() || englishNames().contains(p);
                }))
                continue;
        }
        found << QStringLiteral("'%1' in \"…%2…\"")
                     .arg(
                         w, text.mid(qMax<qsizetype>(0, m.capturedStart() - 30), w.size() + 60).simplified());
    }
    return found;
}

// The text a reader sees in an HTML page: no markup, no style, no code or pre blocks (commands
// as typed), entities decoded.
inline QString visibleText(QString html)
{
    html.remove(QRegularExpression(
        QStringLiteral("<style[^>]*>.*?</style>"), QRegularExpression::DotMatchesEverythingOption));
    html.remove(QRegularExpression(
        QStringLiteral("<(code|pre)[^>]*>.*?</\\1>"), QRegularExpression::DotMatchesEverythingOption));
    // A URL's break points join what they split (htmlEscapeBreakingUrls()).
    html.replace(
        QRegularExpression(QStringLiteral("<span class=\"nb\">([^<]*)</span>")), QStringLiteral("\\1"));
    html.remove(QStringLiteral("<wbr>"));
    html.replace(QRegularExpression(QStringLiteral("<[^>]*>")), QStringLiteral(" "));
    html.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    html.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    html.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    html.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    html.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return html;
}

} // namespace urs::test
