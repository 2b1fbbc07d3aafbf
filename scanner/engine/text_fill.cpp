// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/text_fill.h"

#include "common/date_text.h"

namespace urs {

LocalizedText fillText(LocalizedText text, const QHash<QString, LocalizedText> &values)
{
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const QString key = QLatin1Char('{') + it.key() + QLatin1Char('}');
        text.en.replace(key, it.value().en);
        text.ja.replace(key, it.value().ja);
    }
    return text;
}

LocalizedText plainText(const QString &s)
{
    return LocalizedText {s, s};
}

LocalizedText localizedDate(const QDate &date)
{
    return LocalizedText {dateText(date, QStringLiteral("en")), japaneseDate(date)};
}

LocalizedText joinTexts(
    const QList<LocalizedText> &items, const LocalizedText &more, const LocalizedText &last)
{
    LocalizedText out = items.value(0);
    for (qsizetype i = 1; i < items.size(); ++i)
        out = fillText(i == items.size() - 1 ? last : more,
            {{QStringLiteral("a"), out}, {QStringLiteral("b"), items[i]}});
    return out;
}

} // namespace urs
