// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Lays out a minimal Windows installation on a FakeVolume: the SOFTWARE and SYSTEM hives in
// Windows\System32\config and optional user hives in Users\<name>\NTUSER.DAT.

#include "fake_volume.h"

#include <QMap>

namespace urs::test {

struct WindowsLayout {
    QString software; // host path of the SOFTWARE hive
    QString system; // host path of the SYSTEM hive
    QMap<QString, QString> users; // user folder name -> host path of its NTUSER.DAT
};

inline void layOut(const FakeVolume &volume, const WindowsLayout &layout)
{
    volume.addCopy(QStringLiteral("Windows/System32/config/SOFTWARE"), layout.software);
    volume.addCopy(QStringLiteral("Windows/System32/config/SYSTEM"), layout.system);
    for (auto it = layout.users.begin(); it != layout.users.end(); ++it)
        volume.addCopy(QStringLiteral("Users/") + it.key() + QStringLiteral("/NTUSER.DAT"), it.value());
}

} // namespace urs::test
