// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli_options.h"

namespace urs::cli {

int runCheck(const QStringList &arguments)
{
    err() << "upgrade-scan check: not built yet (issue 3)\n";
    return 10;
}

} // namespace urs::cli
