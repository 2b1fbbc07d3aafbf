// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/zip_writer.h"

#include <archive.h>
#include <archive_entry.h>
#include <stdexcept>
#include <sys/stat.h>

namespace urs {

namespace {
struct EntryFree {
    void operator()(archive_entry *e) const { archive_entry_free(e); }
};

la_ssize_t appendToBytes(struct archive *, void *clientData, const void *buffer, size_t length)
{
    static_cast<QByteArray *>(clientData)->append(static_cast<const char *>(buffer), qsizetype(length));
    return la_ssize_t(length);
}

std::runtime_error archiveError(struct archive *a, const char *what)
{
    const char *msg = archive_error_string(a);
    return std::runtime_error(std::string("zip: ") + what + ": " + (msg ? msg : "unknown libarchive error"));
}
} // namespace

void ZipWriter::ArchiveFree::operator()(struct archive *a) const
{
    archive_write_free(a);
}

ZipWriter::ZipWriter(const QDateTime &memberTime)
    : m_archive(archive_write_new())
    , m_time(memberTime.toUTC().toSecsSinceEpoch())
{
    struct archive *a = m_archive.get();
    if (!a)
        throw std::runtime_error("zip: out of memory");
    if (archive_write_set_format_zip(a) != ARCHIVE_OK)
        throw archiveError(a, "zip format");
    // Deflate for every member; member names are written as UTF-8 with the language-encoding
    // flag (APPNOTE 4.4.4 bit 11) so Windows' own unzip shows them right.
    if (archive_write_set_options(a, "zip:compression=deflate,zip:hdrcharset=UTF-8") != ARCHIVE_OK)
        throw archiveError(a, "zip options");
    // No padding after the end of the archive: a zip is not a tape.
    archive_write_set_bytes_in_last_block(a, 1);
    if (archive_write_open2(a, &m_bytes, nullptr, appendToBytes, nullptr, nullptr) != ARCHIVE_OK)
        throw archiveError(a, "open");
}

ZipWriter::~ZipWriter() = default;

void ZipWriter::add(const QString &name, const QByteArray &data)
{
    if (m_finished)
        throw std::logic_error("ZipWriter::add after finish");
    std::unique_ptr<archive_entry, EntryFree> entry(archive_entry_new());
    const QByteArray utf8 = name.toUtf8();
    archive_entry_set_pathname_utf8(entry.get(), utf8.constData());
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_set_perm(entry.get(), 0644);
    archive_entry_set_size(entry.get(), data.size());
    archive_entry_set_mtime(entry.get(), m_time, 0);
    archive_entry_set_uid(entry.get(), 0);
    archive_entry_set_gid(entry.get(), 0);
    struct archive *a = m_archive.get();
    if (archive_write_header(a, entry.get()) != ARCHIVE_OK)
        throw archiveError(a, "member header");
    qsizetype done = 0;
    while (done < data.size()) {
        const la_ssize_t n = archive_write_data(a, data.constData() + done, size_t(data.size() - done));
        if (n <= 0)
            throw archiveError(a, "member data");
        done += n;
    }
    if (archive_write_finish_entry(a) != ARCHIVE_OK)
        throw archiveError(a, "member end");
}

QByteArray ZipWriter::finish()
{
    if (!m_finished) {
        m_finished = true;
        if (archive_write_close(m_archive.get()) != ARCHIVE_OK)
            throw archiveError(m_archive.get(), "close");
    }
    return m_bytes;
}

} // namespace urs
