// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace urs::test {

// The bundled sample disk image (CTest fixture "sample"; URS_SAMPLE_DIR is set by CMake).
inline QString sample()
{
    return qEnvironmentVariable("URS_SAMPLE_DIR") + QStringLiteral("/sample-disk.img");
}

// A disk-image fixture by name (tests/fixtures/images/build-images.sh; URS_FIXTURE_DIR by CMake).
inline QString image(const QString &name)
{
    return qEnvironmentVariable("URS_FIXTURE_DIR") + QStringLiteral("/images/") + name
        + QStringLiteral(".img");
}

} // namespace urs::test
