// SPDX-License-Identifier: GPL-3.0-or-later
// A SYNTHETIC mounts root for the Export screen: proc/mounts and sys/block as the live system
// would show a boot stick, a second USB stick, an internal disk and a read-only DVD.
#pragma once

#include <QString>

namespace urs::ui::test {

// Writes the tree under root (which must exist) and returns root.
QString makeFakeMountsRoot(const QString &root);

} // namespace urs::ui::test
