// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/zip_reader.h"

#include "common/core_text.h"

#include <QSet>
#include <archive.h>
#include <archive_entry.h>
#include <memory>

namespace urs {

namespace {
struct ReadFree {
    void operator()(struct archive *a) const { archive_read_free(a); }
};

QString archiveMessage(struct archive *a)
{
    const char *msg = archive_error_string(a);
    return msg ? QString::fromUtf8(msg) : coreText("unknown libarchive error");
}
} // namespace

QString ZipReader::checkMemberName(const QString &name)
{
    if (name.isEmpty())
        return coreText("a member has an empty name");
    if (name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('\\')))
        return coreText("member '%1' has an absolute name").arg(name);
    if (name.size() >= 2 && name.at(1) == QLatin1Char(':'))
        return coreText("member '%1' names a drive").arg(name);
    for (const QChar c : name) {
        if (c.unicode() < 0x20) {
            QString shown = name;
            for (QChar &x : shown)
                if (x.unicode() < 0x20)
                    x = QChar(0xFFFD);
            return coreText("member '%1' has a control character in its name").arg(shown);
        }
    }
    // Both separators count: Windows unzip tools treat '\' as one too (the "zip slip" family).
    const QStringList parts
        = QString(name).replace(QLatin1Char('\\'), QLatin1Char('/')).split(QLatin1Char('/'));
    for (const QString &p : parts)
        if (p == QLatin1String(".."))
            return coreText("member '%1' climbs out of the archive with '..'").arg(name);
    return {};
}

ZipContents ZipReader::read(const QByteArray &zip, const QStringList &wanted)
{
    return read(zip, wanted, Limits {});
}

ZipContents ZipReader::read(const QByteArray &zip, const QStringList &wanted, const Limits &limits)
{
    ZipContents out;
    std::unique_ptr<struct archive, ReadFree> holder(archive_read_new());
    struct archive *a = holder.get();
    if (!a) {
        out.error = coreText("out of memory");
        return out;
    }
    // Zip only: a tar or a gzip renamed to .zip is "not a zip", not something to unpack.
    archive_read_support_format_zip(a);
    if (archive_read_open_memory(a, zip.constData(), size_t(zip.size())) != ARCHIVE_OK) {
        out.error = coreText("not a zip file (%1)").arg(archiveMessage(a));
        return out;
    }
    QSet<QString> seen;
    const QSet<QString> wantedSet(wanted.begin(), wanted.end());
    for (;;) {
        archive_entry *entry = nullptr;
        const int r = archive_read_next_header(a, &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r != ARCHIVE_OK) {
            out.error = coreText("broken zip (%1)").arg(archiveMessage(a));
            return out;
        }
        const char *utf8 = archive_entry_pathname_utf8(entry);
        const char *raw = archive_entry_pathname(entry);
        const QString name = utf8 ? QString::fromUtf8(utf8) : QString::fromLocal8Bit(raw ? raw : "");
        if (const QString bad = checkMemberName(name); !bad.isEmpty()) {
            out.error = bad;
            return out;
        }
        if (out.members.size() >= limits.maxMembers) {
            out.error = coreText("more than %1 members").arg(limits.maxMembers);
            return out;
        }
        if (archive_entry_hardlink(entry) || archive_entry_symlink(entry)) {
            out.error = coreText("member '%1' is a link").arg(name);
            return out;
        }
        const auto type = archive_entry_filetype(entry);
        if (type != AE_IFREG && type != AE_IFDIR) {
            out.error
                = coreText("member '%1' is not a plain file (type 0%2)").arg(name, QString::number(type, 8));
            return out;
        }
        if (seen.contains(name)) {
            out.error = coreText("member '%1' appears twice").arg(name);
            return out;
        }
        seen.insert(name);
        ZipMemberInfo info {name, std::nullopt};
        if (archive_entry_size_is_set(entry))
            info.declaredSize = archive_entry_size(entry);
        if (info.declaredSize && (*info.declaredSize < 0 || *info.declaredSize > limits.maxDeclaredBytes)) {
            out.error = coreText("member '%1' declares %2 bytes, more than a report can hold")
                            .arg(name, QString::number(*info.declaredSize));
            return out;
        }
        out.members.append(info);
        if (type != AE_IFREG || !wantedSet.contains(name)) {
            archive_read_data_skip(a);
            continue;
        }
        if (info.declaredSize && *info.declaredSize > limits.maxWantedBytes) {
            out.error = coreText("member '%1' is larger than %2 bytes")
                            .arg(name, QString::number(limits.maxWantedBytes));
            return out;
        }
        // Read with a cap whatever the header declared: a lying header must not make us
        // allocate more (a "zip bomb" declares little and inflates to much).
        QByteArray bytes;
        char buffer[65536];
        for (;;) {
            const la_ssize_t n = archive_read_data(a, buffer, sizeof buffer);
            if (n == 0)
                break;
            if (n < 0) {
                out.error = coreText("member '%1' is damaged (%2)").arg(name, archiveMessage(a));
                return out;
            }
            if (bytes.size() + n > limits.maxWantedBytes) {
                out.error = coreText("member '%1' inflates past %2 bytes")
                                .arg(name, QString::number(limits.maxWantedBytes));
                return out;
            }
            bytes.append(buffer, qsizetype(n));
        }
        if (info.declaredSize && bytes.size() != *info.declaredSize) {
            out.error = coreText("member '%1' holds %2 bytes but declares %3")
                            .arg(name, QString::number(bytes.size()), QString::number(*info.declaredSize));
            return out;
        }
        out.data.insert(name, bytes);
    }
    return out;
}

} // namespace urs
