// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/size_text.h"

namespace urs {

QString sizeText(qint64 bytes)
{
    const double gb = double(bytes) / (1024.0 * 1024.0 * 1024.0);
    if (gb >= 1.0 || bytes == 0)
        return QString::number(gb, 'f', gb >= 100 ? 0 : 1) + QStringLiteral(" GB");
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 0) + QStringLiteral(" MB");
}

} // namespace urs
