// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/setup_logs/compat_report.h"

#include "windows/setup_logs/setup_xml.h"

#include <QXmlStreamReader>

namespace urs {

namespace {

QString blockType(QStringView blockingType)
{
    if (blockingType.compare(QLatin1String("Hard"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("hard");
    if (blockingType.compare(QLatin1String("Soft"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("soft");
    return {};
}

QString firstOf(const QXmlStreamAttributes &a, std::initializer_list<const char *> names)
{
    for (const char *n : names) {
        const QString v = a.value(QLatin1String(n)).toString().trimmed();
        if (!v.isEmpty())
            return v;
    }
    return {};
}

} // namespace

CompatReport CompatReport::parse(const QByteArray &xml, const QString &file)
{
    CompatReport out;
    QXmlStreamReader x(xml);
    // The item a CompatibilityInfo belongs to: its kind, name and line.
    QString kind, name;
    qint64 line = 0;
    while (!x.atEnd()) {
        if (x.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView element = x.name();
        const QXmlStreamAttributes a = x.attributes();
        if (element == QLatin1String("Program")) {
            kind = QStringLiteral("program");
            name = firstOf(a, {"Name", "Id"});
            line = x.lineNumber();
        } else if (element == QLatin1String("Device")) {
            kind = QStringLiteral("device");
            name = firstOf(a, {"Name", "Model", "Class"});
            line = x.lineNumber();
        } else if (element == QLatin1String("HardwareItem")) {
            kind = QStringLiteral("hardware");
            name = firstOf(a, {"HardwareType", "Name"});
            line = x.lineNumber();
        } else if (element == QLatin1String("DriverPackage")) {
            // A package setup will not carry over: the device may not work after the upgrade.
            if (a.value(QLatin1String("BlockMigration")).compare(QLatin1String("True"), Qt::CaseInsensitive)
                == 0)
                out.blocks << CompatBlock {QStringLiteral("soft"), QStringLiteral("driver"),
                    firstOf(a, {"Inf"}), {}, file, x.lineNumber()};
        } else if (element == QLatin1String("CompatibilityInfo") && !kind.isEmpty()) {
            const QString type = blockType(a.value(QLatin1String("BlockingType")));
            if (!type.isEmpty())
                out.blocks << CompatBlock {
                    type, kind, name, firstOf(a, {"Message", "Title", "StatusDetail"}), file, line};
        }
    }
    out.problem = xmlReadProblem(x, file);
    return out;
}

} // namespace urs
