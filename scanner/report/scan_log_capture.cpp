// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/scan_log_capture.h"

#include "common/log.h"

#include <algorithm>
#include <mutex>
#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/base_sink.h>

namespace urs {

// Keeps formatted lines in memory. The pattern has no wall-clock time: the scan time is in
// report.json, and without clock readings the same scan gives the same scan.log, which keeps
// the report zip reproducible.
class CaptureSink : public spdlog::sinks::base_sink<std::mutex> {
public:
    explicit CaptureSink(qint64 maxBytes)
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

ScanLogCapture::ScanLogCapture(qint64 maxBytes)
    : m_sink(std::make_shared<CaptureSink>(maxBytes))
{
    auto logger = log();
    m_oldLoggerLevel = logger->level();
    for (const spdlog::sink_ptr &s : logger->sinks()) {
        m_oldSinkLevels.push_back(s->level());
        s->set_level(std::max(s->level(), m_oldLoggerLevel));
    }
    m_sink->set_level(spdlog::level::debug);
    logger->sinks().push_back(m_sink);
    logger->set_level(std::min(m_oldLoggerLevel, spdlog::level::debug));
}

ScanLogCapture::~ScanLogCapture()
{
    auto logger = log();
    auto &sinks = logger->sinks();
    sinks.erase(std::remove(sinks.begin(), sinks.end(), m_sink), sinks.end());
    for (size_t i = 0; i < sinks.size() && i < m_oldSinkLevels.size(); ++i)
        sinks[i]->set_level(m_oldSinkLevels[i]);
    logger->set_level(m_oldLoggerLevel);
}

QByteArray ScanLogCapture::text() const
{
    return m_sink->text();
}

} // namespace urs
