// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli_options.h"

namespace urs::cli {

int runReport(const QStringList &arguments)
{
    err() << "upgrade-scan report: not built yet (issue 4)\n";
    return 10;
}

int runFleet(const QStringList &arguments)
{
    err() << "upgrade-scan fleet: not built yet (issue 4)\n";
    return 10;
}

} // namespace urs::cli
