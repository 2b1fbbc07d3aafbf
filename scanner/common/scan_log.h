// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

namespace urs {

enum class LogLevel { Debug, Info, Warning, Error, Off };

// The log of one scan session. It owns its own logger and sinks: one keeps the session's lines
// in memory for the report's scan.log, the other echoes them to the process console at the
// console level. Nothing is shared with other sessions, so several can log at once.
//
// Library code logs through urs::log() (common/log.h); a ScanLog::Scope routes that, on the
// calling thread, into this log for as long as it lives.
class ScanLog {
public:
    // At most maxBytes of text are kept; later lines are counted and noted at the end.
    explicit ScanLog(qint64 maxBytes = 4 * 1024 * 1024);
    ~ScanLog();
    ScanLog(const ScanLog &) = delete;
    ScanLog &operator=(const ScanLog &) = delete;

    // Every line so far, "[level] text\n" each. Without wall-clock times: the same scan gives
    // the same scan.log, which keeps the report zip reproducible.
    QByteArray text() const;

    class Scope {
    public:
        explicit Scope(const ScanLog &log);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        void *m_previous;
    };

    struct Impl;

private:
    std::unique_ptr<Impl> d;
};

// What the process console (stderr) shows, for every logger: the CLI's --verbose lowers it.
void setConsoleLogLevel(LogLevel level);

} // namespace urs
