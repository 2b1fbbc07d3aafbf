// SPDX-License-Identifier: GPL-3.0-or-later
// upgrade-scan explain CODE: what an upgrade or update error code means and what to do, from the
// same table (rules/error-codes.yaml) the findings quote, so the two never disagree.
#include "cli/cli_options.h"
#include "engine/rule_engine.h"

#include <QCommandLineParser>

namespace urs::cli {

int runExplain(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Explain a Windows setup or Windows Update error code: "
                                                    "0xC1900101, \"0xC1900101 - 0x20017\", 80070070."));
    parser.addHelpOption();
    const QCommandLineOption lang = langOption(QStringLiteral("the text"));
    const QCommandLineOption rules(QStringLiteral("rules"),
        QStringLiteral("Rule folder (default: the installed rules)."), QStringLiteral("DIR"));
    parser.addOption(lang);
    parser.addOption(rules);
    parser.addOption({QStringLiteral("verbose"), QStringLiteral("Log what is read to stderr.")});
    parser.addPositionalArgument(QStringLiteral("CODE"),
        QStringLiteral("The result code, optionally with its extend code (\"0xC1900101 - 0x20017\")."),
        QStringLiteral("CODE [EXTEND]"));
    int code = 0;
    if (!parseCommandLine(parser, QStringLiteral("explain"), arguments, &code))
        return code;
    const QString language = parser.value(lang);
    if (!checkLang(QStringLiteral("explain"), language))
        return 2;
    // "0xC1900101 - 0x20017" may arrive as one argument or as three.
    const QString text = parser.positionalArguments().join(QLatin1Char(' '));
    const std::optional<SetupCode> setupCode = SetupCode::parse(text);
    if (!setupCode) {
        err() << "upgrade-scan explain: '" << text
              << "' is no error code: give 0x and eight hex digits, optionally \" - 0x\" and the five-digit "
                 "extend code "
                 "(0xC1900101 - 0x20017)\n";
        return 2;
    }
    return runGuarded([&] {
        const RuleEngine engine(parser.isSet(rules) ? parser.value(rules) : RuleEngine::defaultRulesDir());
        const ExplainedCode e = engine.errorCodes().explain(*setupCode, language);
        const bool ja = language == QLatin1String("ja");
        out() << e.sentence() << "\n";
        if (!e.remedy.isEmpty())
            out() << (ja ? "対処: " : "What to do: ") << e.remedy << "\n";
        return 0;
    });
}

} // namespace urs::cli
