// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/setup_logs/log_line_reader.h"

#include <cstring>

namespace urs {

namespace {

// UTF-16 without a byte-order mark: most ASCII text has a zero byte in every pair.
std::optional<LogLineReader::Encoding> sniffUtf16(QByteArrayView head)
{
    const qsizetype n = std::min<qsizetype>(head.size(), 512) & ~qsizetype(1);
    if (n < 8)
        return std::nullopt;
    int evenZero = 0, oddZero = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZero += head[i] == 0;
        oddZero += head[i + 1] == 0;
    }
    const int pairs = int(n / 2);
    if (oddZero * 10 >= pairs * 8 && evenZero * 10 < pairs)
        return LogLineReader::Encoding::Utf16LE;
    if (evenZero * 10 >= pairs * 8 && oddZero * 10 < pairs)
        return LogLineReader::Encoding::Utf16BE;
    return std::nullopt;
}

} // namespace

LogLineReader::LogLineReader(ReadChunk read, qint64 sizeBytes)
    : m_read(std::move(read))
    , m_size(sizeBytes)
{
}

QByteArray LogLineReader::decode(const QByteArray &raw)
{
    if (!m_utf16)
        return raw;
    // Invalid UTF-16 (a lone surrogate) becomes '?' on the way to UTF-8; the decoder keeps a pair
    // split across two chunks.
    return QString(m_utf16->decode(raw)).toUtf8();
}

bool LogLineReader::fill()
{
    if (m_offset >= m_size)
        return false;
    QByteArray raw = m_read(m_offset, std::min(kChunkBytes, m_size - m_offset));
    if (raw.isEmpty()) {
        m_size = m_offset; // the file ended early (it shrank): stop here
        return false;
    }
    const bool first = m_offset == 0;
    m_offset += raw.size();
    if (first) {
        if (raw.startsWith("\xFF\xFE")) {
            m_encoding = Encoding::Utf16LE;
            raw.remove(0, 2);
        } else if (raw.startsWith("\xFE\xFF")) {
            m_encoding = Encoding::Utf16BE;
            raw.remove(0, 2);
        } else if (raw.startsWith("\xEF\xBB\xBF")) {
            raw.remove(0, 3);
        } else if (const auto sniffed = sniffUtf16(raw)) {
            m_encoding = *sniffed;
        }
        if (m_encoding != Encoding::Utf8OrAnsi)
            m_utf16.emplace(
                m_encoding == Encoding::Utf16LE ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
    }
    // Keep only the unread part, so the buffer never holds more than a chunk and a line.
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer.append(decode(raw));
    m_peakBuffer = std::max(m_peakBuffer, m_buffer.size());
    return true;
}

bool LogLineReader::next(Line &line)
{
    for (;;) {
        const char *begin = m_buffer.constData() + m_pos;
        const qsizetype available = m_buffer.size() - m_pos;
        const void *nl = available > 0 ? std::memchr(begin, '\n', size_t(available)) : nullptr;
        if (m_skipToLineEnd) {
            if (!nl) {
                m_pos = m_buffer.size();
                if (!fill())
                    return false;
                continue;
            }
            m_pos += static_cast<const char *>(nl) - begin + 1;
            m_skipToLineEnd = false;
            continue;
        }
        if (nl) {
            qsizetype len = static_cast<const char *>(nl) - begin;
            m_pos += len + 1;
            if (len > 0 && begin[len - 1] == '\r')
                --len;
            line.number = ++m_number;
            line.cut = len > kMaxLineBytes;
            if (line.cut)
                ++m_cutLines;
            line.bytes = QByteArrayView(begin, std::min(len, kMaxLineBytes));
            return true;
        }
        if (available > kMaxLineBytes) {
            // No line end within the limit: give the beginning, skip the rest as it comes.
            line.number = ++m_number;
            line.cut = true;
            ++m_cutLines;
            line.bytes = QByteArrayView(begin, kMaxLineBytes);
            m_pos = m_buffer.size();
            m_skipToLineEnd = true;
            // The view stays valid: fill() runs only on the next call.
            return true;
        }
        if (!fill()) {
            if (available == 0)
                return false;
            // The last line has no line end.
            qsizetype len = available;
            if (begin[len - 1] == '\r')
                --len;
            m_pos = m_buffer.size();
            line.number = ++m_number;
            line.cut = false;
            line.bytes = QByteArrayView(begin, len);
            return true;
        }
    }
}

QString LogLineReader::lineText(QByteArrayView bytes)
{
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        text = QString::fromLatin1(bytes);
    // Control characters (a NUL run where a crash cut the log) would upset the report.
    for (QChar &c : text)
        if (c.unicode() < 0x20 && c != QLatin1Char('\t'))
            c = QChar(0xFFFD);
    return text;
}

} // namespace urs
