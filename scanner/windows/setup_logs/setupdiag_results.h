// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "windows/setup_logs/log_scanner.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace urs {

// SetupDiagResults.xml, which newer setups (Windows 10 2004 and later) leave in
// Windows\Logs\SetupDiag after running Microsoft's SetupDiag on a failure: the rule that matched
// (ProfileName) and its failure details. When it names a result code it is the attempt's result,
// before any pattern of ours.
struct SetupDiagResults {
    std::optional<LogMatch> match;
    QString problem; // "" when the file was read whole

    static SetupDiagResults parse(const QByteArray &xml, const QString &file);
};

} // namespace urs
