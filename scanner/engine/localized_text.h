// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace urs {

// Text in both languages the product speaks. Rule files must give both.
struct LocalizedText {
    QString en;
    QString ja;
    const QString &in(const QString &lang) const
    {
        return lang == QLatin1String("ja") && !ja.isEmpty() ? ja : en;
    }
};

} // namespace urs
