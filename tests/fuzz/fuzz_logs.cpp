// SPDX-License-Identifier: GPL-3.0-or-later
// The setup and update log readers on the input: LogLineReader (encodings, cut lines) and
// LogScanner with the real patterns of rules/setup-logs.yaml, as each log file name the
// patterns read (setupact.log, setuperr.log, WindowsUpdate.log, CBS.log); then
// the same bytes as setup's XML files, CompatReport (CompatData_*.xml) and SetupDiagResults
// (SetupDiagResults.xml). None of them throws for any content: a broken file is a problem
// text. Anything else is a bug.
#include "engine/rule_engine.h"
#include "fuzz_support.h"
#include "windows/setup_logs/compat_report.h"
#include "windows/setup_logs/log_line_reader.h"
#include "windows/setup_logs/log_scanner.h"
#include "windows/setup_logs/setupdiag_results.h"

using namespace urs;

namespace {

// The rules loaded once per process ($URS_FUZZ_RULES, else the source tree's).
const RuleEngine &engine()
{
    static const RuleEngine e(qEnvironmentVariable("URS_FUZZ_RULES", QStringLiteral(URS_RULES_SOURCE_DIR)));
    return e;
}

// The log names the patterns read, once: matching a name against the patterns' wildcards
// compiles a regular expression each time, which is nothing per file in a scan but most of the
// time per input here. BlueBox.log is left out: its patterns are setupact.log's.
const QStringList &logNames()
{
    static const QStringList names = [] {
        const LogScanner scanner(engine().logPatterns());
        QStringList out;
        for (const char *name : {"setupact.log", "setuperr.log", "WindowsUpdate.log", "CBS.log"}) {
            if (scanner.reads(QLatin1String(name)))
                out << QLatin1String(name);
        }
        return out;
    }();
    return names;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quiet();
    (void)logNames();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const LogScanner scanner(engine().logPatterns());
    const QByteArray log = fuzz::bytes(data, size);
    const auto read = [&](qint64 offset, qint64 max) { return log.mid(offset, max); };

    {
        LogLineReader reader(read, log.size());
        LogLineReader::Line line;
        while (reader.next(line))
            (void)LogLineReader::lineText(line.bytes);
        (void)reader.cutLines();
    }
    for (const QString &fileName : logNames()) {
        LogLineReader reader(read, log.size());
        (void)scanner.scan(
            fileName, QStringLiteral("C:\\$WINDOWS.~BT\\Sources\\Panther\\") + fileName, reader);
    }
    (void)CompatReport::parse(
        log, QStringLiteral("C:\\$WINDOWS.~BT\\Sources\\Panther\\CompatData_2021_04_01_10_00_00_1.xml"));
    (void)SetupDiagResults::parse(log, QStringLiteral("C:\\Windows\\Logs\\SetupDiag\\SetupDiagResults.xml"));
    return 0;
}
