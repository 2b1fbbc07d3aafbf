// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_test_util.h"

#include <QProcess>
#include <archive.h>
#include <archive_entry.h>
#include <memory>

namespace urs::test {

QMap<QString, QByteArray> readZipWithLibarchive(const QByteArray &zip, QString *error)
{
    QMap<QString, QByteArray> out;
    std::unique_ptr<archive, int (*)(archive *)> a(archive_read_new(), archive_read_free);
    archive_read_support_format_zip(a.get());
    if (archive_read_open_memory(a.get(), zip.constData(), size_t(zip.size())) != ARCHIVE_OK) {
        *error = QString::fromUtf8(archive_error_string(a.get()));
        return {};
    }
    archive_entry *e = nullptr;
    int r;
    while ((r = archive_read_next_header(a.get(), &e)) == ARCHIVE_OK) {
        QByteArray data;
        char buf[8192];
        la_ssize_t n;
        while ((n = archive_read_data(a.get(), buf, sizeof buf)) > 0)
            data.append(buf, n);
        if (n < 0) {
            *error = QString::fromUtf8(archive_error_string(a.get()));
            return {};
        }
        out.insert(QString::fromUtf8(archive_entry_pathname_utf8(e)), data);
    }
    if (r != ARCHIVE_EOF) {
        *error = QString::fromUtf8(archive_error_string(a.get()));
        return {};
    }
    return out;
}

int runTool(const QString &program, const QStringList &args, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForStarted(5000))
        return -1;
    p.waitForFinished(60000);
    *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
}

} // namespace urs::test
