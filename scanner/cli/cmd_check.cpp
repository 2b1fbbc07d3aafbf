// SPDX-License-Identifier: GPL-3.0-or-later
// `check`: the verdict per target and the findings behind it. The ScanSession runs the rules;
// this file only checks the options, prints and chooses the exit code.
#include "cli/cli_options.h"
#include "common/scan_error.h"
#include "engine/assessment_json.h"
#include "engine/assessment_text.h"

#include <QJsonDocument>

namespace urs::cli {

int runCheck(const QStringList &arguments)
{
    ScanOptionParser options(QStringLiteral("check"),
        QStringLiteral("Judge whether the machine can be upgraded to each target (exit 0 when every "
                       "requested target is ready, 1 otherwise)."));
    options.parser().addOption(
        {QStringLiteral("lang"), QStringLiteral("Language of the text output: en or ja."),
            QStringLiteral("LANG"), QStringLiteral("en")});
    int code = 0;
    if (!options.parse(arguments, &code))
        return code;
    const QString lang = options.parser().value(QStringLiteral("lang"));
    if (lang != QLatin1String("en") && lang != QLatin1String("ja")) {
        err() << "upgrade-scan check: --lang takes en or ja, not '" << lang << "'\n";
        return 2;
    }
    if (!options.hasSource()) {
        err() << "upgrade-scan check: --source PATH is required (a disk image, block device or folder)\n";
        return 2;
    }

    // The session loads the rules first: a broken rule file or an unknown target id stops the
    // command before any disk is read.
    ScanSession session(options.sessionOptions());
    std::optional<ScanRecord> result = runScan(session, options.request(), Judge::WithRules, &code);
    if (!result)
        return code;
    if (!result->assessment) {
        err() << "upgrade-scan check: internal error: the scan gave no assessment\n";
        return exitCodeFor(ScanErrorKind::Internal);
    }
    const Assessment &assessment = *result->assessment;
    if (options.json())
        out() << QJsonDocument(assessmentToJson(assessment)).toJson(QJsonDocument::Indented);
    else
        out() << assessmentToText(assessment, lang);
    out().flush();
    const bool allReady = std::all_of(assessment.targets.begin(), assessment.targets.end(),
        [](const TargetVerdict &v) { return v.verdict == Verdict::Ready; });
    return allReady && !assessment.targets.isEmpty() ? 0 : 1;
}

} // namespace urs::cli
