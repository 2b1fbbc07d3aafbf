// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <memory>

struct archive;

namespace urs {

// Builds a zip in memory with libarchive. Every member gets the same fixed time (the scan
// time), owner 0 and mode 0644 and members keep the order they were added in, so the same
// members give the same bytes. (The DOS date field in zip headers is local time, so that
// holds for the same time zone; the extended-timestamp field holds UTC.)
class ZipWriter {
public:
    explicit ZipWriter(const QDateTime &memberTime);
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    // name: relative, '/'-separated. Throws std::runtime_error with libarchive's message.
    void add(const QString &name, const QByteArray &data);
    // Ends the archive and returns its bytes; the writer cannot be used afterwards.
    QByteArray finish();

private:
    struct ArchiveFree {
        void operator()(struct archive *a) const;
    };
    std::unique_ptr<struct archive, ArchiveFree> m_archive;
    QByteArray m_bytes;
    qint64 m_time = 0;
    bool m_finished = false;
};

} // namespace urs
