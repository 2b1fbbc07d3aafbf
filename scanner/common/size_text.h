// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace urs {

// A byte count the way Windows Explorer shows it (1 GB = 1024^3 bytes), the same in both
// languages: "35.2 GB", "465 GB", "344 MB".
QString sizeText(qint64 bytes);

} // namespace urs
