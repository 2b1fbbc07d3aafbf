// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/volume_path.h"

#include <QRegularExpression>
#include <algorithm>

namespace urs {

std::optional<QStringList> splitVolumePath(const QString &path)
{
    static const QRegularExpression separators(QStringLiteral("[/\\\\]"));
    QStringList out;
    for (const QString &part : path.split(separators, Qt::SkipEmptyParts)) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String(".."))
            return std::nullopt;
        out.append(part);
    }
    return out;
}

QString windowsStylePath(const QStringList &components)
{
    return components.join(QLatin1Char('\\'));
}

void sortWindowsFirst(QStringList &folders)
{
    const auto isWindows
        = [](const QString &s) { return s.compare(QLatin1String("Windows"), Qt::CaseInsensitive) == 0; };
    std::stable_partition(folders.begin(), folders.end(), isWindows);
}

} // namespace urs
