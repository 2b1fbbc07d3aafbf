// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli_commands.h"

#include "cli/cli_options.h"

namespace urs::cli {

static const char kUsage[] = R"(Usage: upgrade-scan COMMAND [OPTIONS]

Tells whether a Windows 8.1 machine can be upgraded in place to Windows 10 or 11,
reading the hardware and the installed Windows offline and read-only.

Commands:
  facts   --source PATH [--json]     print what was read from the machine
  facts   [--exclude-disk NAME]      list the disks and Windows installations found here
  check   --source PATH [--target ID|all] [--json]
                                     verdict and findings per target
  report  --source PATH --out DIR [--technician NAME] [--asset-tag TAG] [--note TEXT]
                                     write the zipped readiness report
  fleet   DIR... --out DIR           summarise many reports (fleet.csv, fleet.html)
  explain CODE [--lang ja]           what a setup or update error code means, what to do

Common options: --hardware-root DIR, --windows N, --rules DIR, --scan-time TIME, --verbose.
Run 'upgrade-scan COMMAND --help' for the options of one command.

Exit codes:
  0 ok (check: every requested target is ready)   1 check: some target is not ready
  2 usage error          3 source unreadable      4 no Windows found
  5 rule files invalid   6 report not written     7 cancelled
  8 registry hive unreadable                     10 internal error
)";

int run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        (command.isEmpty() ? err() : out()) << kUsage;
        return command.isEmpty() ? 2 : 0;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out() << "upgrade-scan " << URS_VERSION << "\n";
        return 0;
    }
    if (command == QLatin1String("facts"))
        return runFacts(arguments);
    if (command == QLatin1String("check"))
        return runCheck(arguments);
    if (command == QLatin1String("report"))
        return runReport(arguments);
    if (command == QLatin1String("fleet"))
        return runFleet(arguments);
    if (command == QLatin1String("explain"))
        return runExplain(arguments);
    err() << "upgrade-scan: unknown command '" << command << "'\n\n" << kUsage;
    return 2;
}

} // namespace urs::cli
