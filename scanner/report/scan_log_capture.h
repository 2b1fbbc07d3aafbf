// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <memory>
#include <spdlog/common.h>
#include <vector>

namespace urs {

class CaptureSink;

// Captures what urs::log() says during one scan, for the report's scan.log. While it lives it
// adds a sink to the logger and lowers the logger to debug; the sinks that were there keep
// showing only what they showed before (their level is raised to the old logger level), so
// the terminal stays as quiet as the user asked. Create it before the scan and read text()
// after; attach and detach must not race with other threads changing the logger's sinks.
class ScanLogCapture {
public:
    // At most maxBytes are kept; later lines are counted and noted at the end.
    explicit ScanLogCapture(qint64 maxBytes = 4 * 1024 * 1024);
    ~ScanLogCapture();
    ScanLogCapture(const ScanLogCapture &) = delete;
    ScanLogCapture &operator=(const ScanLogCapture &) = delete;

    QByteArray text() const;

private:
    std::shared_ptr<CaptureSink> m_sink;
    spdlog::level::level_enum m_oldLoggerLevel;
    std::vector<spdlog::level::level_enum> m_oldSinkLevels;
};

} // namespace urs
