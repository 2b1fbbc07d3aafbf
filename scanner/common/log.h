// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the scanner's .cpp files and the two faces: no public header includes spdlog.

#include <QString>
#include <spdlog/spdlog.h>

namespace urs {

// The logger for the calling thread: the ScanLog whose Scope is active here, else the process
// logger, which writes only to the console.
spdlog::logger *log();

// Lets spdlog format QString arguments directly.
inline std::string str(const QString &s)
{
    return s.toStdString();
}

} // namespace urs
