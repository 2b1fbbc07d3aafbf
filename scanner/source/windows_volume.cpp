// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/windows_volume.h"

namespace urs {

std::optional<qint64> WindowsVolume::treeSize(const QString &directory, int maxEntries) const
{
    auto root = stat(directory);
    if (!root)
        return 0;
    if (!root->isDirectory)
        return root->sizeBytes;
    qint64 total = 0;
    int seen = 0;
    QList<QString> pending {directory};
    while (!pending.isEmpty()) {
        const QString dir = pending.takeLast();
        for (const VolumeEntry &e : list(dir)) {
            if (++seen > maxEntries)
                return std::nullopt;
            if (e.isDirectory)
                pending.append(dir + QLatin1Char('/') + e.name);
            else
                total += e.sizeBytes;
        }
    }
    return total;
}

} // namespace urs
