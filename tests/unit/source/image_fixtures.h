// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where the disk-image fixtures live (tests/fixtures/images/build-images.sh, CTest fixture
// "images") and what the builder recorded about them with ntfs-3g and ntfsinfo.

#include "common/scan_error.h"
#include "file_hash.h"
#include "process_io.h"
#include "source/source.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMap>
#include <QString>
#include <QtTest>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace urs::test {

inline QString imageDir()
{
    const QString base = qEnvironmentVariable("URS_FIXTURE_DIR");
    return base.isEmpty() ? QString() : base + QStringLiteral("/images");
}

inline QString imagePath(const QString &name)
{
    return imageDir() + QLatin1Char('/') + name + QStringLiteral(".img");
}

// "p3.free_clusters=23532" lines of <name>.expect.
inline QMap<QString, qint64> readExpect(const QString &name)
{
    QMap<QString, qint64> out;
    QFile f(imageDir() + QLatin1Char('/') + name + QStringLiteral(".expect"));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith('#') || !line.contains('='))
            continue;
        const QList<QByteArray> kv = line.split('=');
        out.insert(QString::fromLatin1(kv.at(0).trimmed()), kv.at(1).trimmed().toLongLong());
    }
    return out;
}

// Opens the volume of any partition (with or without Windows) through Source::openVolume.
inline std::unique_ptr<WindowsVolume> volumeOf(const Source &src, int partition)
{
    WindowsInstallation inst;
    inst.partitionIndex = partition;
    return src.openVolume(inst);
}

} // namespace urs::test

// Fails the test unless the images fixture was built.
#define URS_REQUIRE_IMAGES()                                                                                 \
    do {                                                                                                     \
        if (urs::test::imageDir().isEmpty()                                                                  \
            || !QFile::exists(urs::test::imageDir() + QStringLiteral("/.stamp")))                            \
            QFAIL("the 'images' fixture is missing: run ctest (fixture_images) or "                          \
                  "tests/fixtures/images/build-images.sh $URS_FIXTURE_DIR/images");                          \
    } while (false)
