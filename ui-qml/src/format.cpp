// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"

#include <QLocale>
#include <QUrl>

namespace urs::ui {

QString formatBytes(std::optional<qint64> bytes)
{
    if (!bytes || *bytes < 0)
        return {};
    return QLocale().formattedDataSize(*bytes, 1, QLocale::DataSizeSIFormat);
}

QString localPath(const QString &pathOrUrl)
{
    const QString trimmed = pathOrUrl.trimmed();
    if (trimmed.startsWith(QLatin1String("file:")))
        return QUrl(trimmed).toLocalFile();
    return trimmed;
}

} // namespace urs::ui
