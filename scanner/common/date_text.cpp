// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/date_text.h"

namespace urs {

QString japaneseDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1 年 %2 月 %3 日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString dateText(const QDate &date, const QString &lang)
{
    if (lang == QLatin1String("ja"))
        return japaneseDate(date);
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString dateTimeText(const QDateTime &t, const QString &lang)
{
    if (!t.isValid())
        return {};
    return dateText(t.date(), lang) + QLatin1Char(' ') + t.time().toString(QStringLiteral("HH:mm"));
}

} // namespace urs
