// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <spdlog/spdlog.h>

namespace urs {

// The scanner's one logger. The CLI sends it to stderr (quiet unless --verbose); the report
// adds a sink that captures the scan's log into scan.log.
std::shared_ptr<spdlog::logger> log();

// Lets spdlog format QString arguments directly.
inline std::string str(const QString &s)
{
    return s.toStdString();
}

} // namespace urs
