// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"

#include "common/core_text.h"
#include "common/date_text.h"

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

QString appLanguage()
{
    return QLocale().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

QString appText(const QString &coreText)
{
    return CoreText::in(coreText, appLanguage());
}

QString appDateTime(const QDateTime &t)
{
    const QString lang = appLanguage();
    return lang == QLatin1String("ja") ? dateTimeText(t, lang) : QLocale().toString(t, QLocale::ShortFormat);
}

} // namespace urs::ui
