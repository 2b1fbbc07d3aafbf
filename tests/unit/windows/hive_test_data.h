// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "file_hash.h"

// Where the tests find their hives: the real ones in tests/data/hives/real (xz, expanded
// here with libarchive) and the SYNTHETIC ones the "hives" fixture builds into
// $URS_FIXTURE_DIR/hives/<name>.hive.

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QString>
#include <QtTest>
#include <archive.h>
#include <memory>

namespace urs::test {

inline QString realHivesDir()
{
    return qEnvironmentVariable("URS_REAL_HIVES_DIR", QStringLiteral(URS_TEST_REAL_HIVES_DIR));
}

inline QString syntheticHive(const QString &name)
{
    return qEnvironmentVariable("URS_FIXTURE_DIR") + QStringLiteral("/hives/") + name
        + QStringLiteral(".hive");
}

// Expands realHivesDir()/<name>.xz into dir/<name>; returns the path. Fails the test on error.
inline QString expandRealHive(const QString &name, const QString &dir)
{
    struct Closer {
        void operator()(archive *a) const { archive_read_free(a); }
    };
    const QString src = realHivesDir() + QLatin1Char('/') + name + QStringLiteral(".xz");
    const QString dst = dir + QLatin1Char('/') + name;
    if (QFile::exists(dst))
        return dst;
    std::unique_ptr<archive, Closer> a(archive_read_new());
    archive_read_support_filter_xz(a.get());
    archive_read_support_format_raw(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(src).constData(), 1 << 16) != ARCHIVE_OK)
        qFatal("cannot open %s: %s", qPrintable(src), archive_error_string(a.get()));
    archive_entry *entry = nullptr;
    if (archive_read_next_header(a.get(), &entry) != ARCHIVE_OK)
        qFatal("cannot read %s: %s", qPrintable(src), archive_error_string(a.get()));
    QFile out(dst);
    if (!out.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(dst));
    char buf[1 << 16];
    for (;;) {
        const la_ssize_t n = archive_read_data(a.get(), buf, sizeof buf);
        if (n < 0)
            qFatal("cannot expand %s: %s", qPrintable(src), archive_error_string(a.get()));
        if (n == 0)
            break;
        out.write(buf, n);
    }
    return dst;
}

} // namespace urs::test
