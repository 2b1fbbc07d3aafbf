// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringDecoder>
#include <functional>
#include <optional>

namespace urs {

// Streams a text log line by line in bounded memory, whatever its size: one chunk and one
// partial line are held at a time. Setup writes its logs in UTF-8 or the ANSI code page,
// SetupDiag and some tools in UTF-16; UTF-16 (by its byte-order mark, or by its zero bytes when
// it has none) is turned into UTF-8 on the way, so a line is always bytes that lineText()
// decodes. A line longer than kMaxLineBytes keeps its beginning and is marked cut; the rest is
// skipped without being held.
class LogLineReader {
public:
    // Reads up to max bytes at offset (shorter only at the end); throws ScanError on I/O errors.
    using ReadChunk = std::function<QByteArray(qint64 offset, qint64 max)>;
    enum class Encoding { Utf8OrAnsi, Utf16LE, Utf16BE };

    static constexpr qint64 kChunkBytes = 1 << 20;
    static constexpr qsizetype kMaxLineBytes = 4096;

    struct Line {
        qint64 number = 0; // 1-based
        QByteArrayView bytes; // without the line end; valid until the next call to next()
        bool cut = false; // longer than kMaxLineBytes: only the beginning is here
    };

    LogLineReader(ReadChunk read, qint64 sizeBytes);
    // False at the end of the file.
    bool next(Line &line);
    Encoding encoding() const { return m_encoding; }
    qint64 cutLines() const { return m_cutLines; }
    // The most the reader held at once (a chunk and a partial line at most): memory stays flat.
    qsizetype peakBufferBytes() const { return m_peakBuffer; }
    // UTF-8 when the bytes are valid UTF-8, else Windows-1252's ASCII-compatible cousin Latin-1:
    // a log in the ANSI code page still reads, never as replacement characters only.
    static QString lineText(QByteArrayView bytes);

private:
    bool fill(); // appends the next chunk; false at the end of the file
    QByteArray decode(const QByteArray &raw);

    ReadChunk m_read;
    qint64 m_size = 0;
    qint64 m_offset = 0; // of the next chunk in the file
    qint64 m_number = 0;
    qint64 m_cutLines = 0;
    qsizetype m_peakBuffer = 0;
    QByteArray m_buffer;
    qsizetype m_pos = 0; // start of the next line in m_buffer
    bool m_skipToLineEnd = false; // inside the rest of a cut line
    Encoding m_encoding = Encoding::Utf8OrAnsi;
    std::optional<QStringDecoder> m_utf16;
};

} // namespace urs
