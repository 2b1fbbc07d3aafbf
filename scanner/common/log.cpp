// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/log.h"

#include "common/scan_log.h"

#include <QMutex>
#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>

namespace urs {

namespace {

// One console sink for the process; every logger shares it (the _mt sink locks itself), and
// its level is the console level.
spdlog::sink_ptr consoleSink()
{
    static const spdlog::sink_ptr sink = [] {
        auto s = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        s->set_level(spdlog::level::warn);
        s->set_pattern("[%H:%M:%S.%e] [%^%l%$] %v");
        return s;
    }();
    return sink;
}

spdlog::logger *processLogger()
{
    static const std::shared_ptr<spdlog::logger> logger = [] {
        auto l = std::make_shared<spdlog::logger>("urs", consoleSink());
        l->set_level(spdlog::level::debug);
        return l;
    }();
    return logger.get();
}

thread_local spdlog::logger *t_current = nullptr;

// Keeps formatted lines in memory, up to a limit.
class MemorySink : public spdlog::sinks::base_sink<std::mutex> {
public:
    explicit MemorySink(qint64 maxBytes)
        : m_maxBytes(maxBytes)
    {
        set_formatter_(std::make_unique<spdlog::pattern_formatter>("[%l] %v"));
    }
    QByteArray text()
    {
        std::lock_guard<std::mutex> lock(mutex_);
        QByteArray t = m_text;
        if (m_dropped > 0)
            t += QByteArray("[warning] ") + QByteArray::number(m_dropped) + " more log lines were left out\n";
        return t;
    }

protected:
    void sink_it_(const spdlog::details::log_msg &msg) override
    {
        spdlog::memory_buf_t formatted;
        formatter_->format(msg, formatted);
        if (m_text.size() + qint64(formatted.size()) > m_maxBytes) {
            ++m_dropped;
            return;
        }
        m_text.append(formatted.data(), qsizetype(formatted.size()));
    }
    void flush_() override { }

private:
    qint64 m_maxBytes;
    QByteArray m_text;
    qint64 m_dropped = 0;
};

spdlog::level::level_enum toSpdlog(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return spdlog::level::debug;
    case LogLevel::Info:
        return spdlog::level::info;
    case LogLevel::Warning:
        return spdlog::level::warn;
    case LogLevel::Error:
        return spdlog::level::err;
    case LogLevel::Off:
        break;
    }
    return spdlog::level::off;
}

} // namespace

spdlog::logger *log()
{
    return t_current ? t_current : processLogger();
}

struct ScanLog::Impl {
    std::shared_ptr<MemorySink> memory;
    spdlog::logger logger;

    explicit Impl(qint64 maxBytes)
        : memory(std::make_shared<MemorySink>(maxBytes))
        , logger("session", {memory, consoleSink()})
    {
        logger.set_level(spdlog::level::debug);
    }
};

ScanLog::ScanLog(qint64 maxBytes)
    : d(std::make_unique<Impl>(maxBytes))
{
}

ScanLog::~ScanLog() = default;

QByteArray ScanLog::text() const
{
    return d->memory->text();
}

ScanLog::Scope::Scope(const ScanLog &log)
    : m_previous(t_current)
{
    t_current = &log.d->logger;
}

ScanLog::Scope::~Scope()
{
    t_current = static_cast<spdlog::logger *>(m_previous);
}

void setConsoleLogLevel(LogLevel level)
{
    consoleSink()->set_level(toSpdlog(level));
}

} // namespace urs
