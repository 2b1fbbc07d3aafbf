// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/setup_logs/setup_xml.h"

#include "common/core_text.h"

#include <QXmlStreamReader>

namespace urs {

QString xmlReadProblem(const QXmlStreamReader &reader, const QString &file)
{
    if (!reader.hasError())
        return {};
    return coreText("%1 is not a whole XML file: %2 at line %3")
        .arg(file, reader.errorString())
        .arg(reader.lineNumber());
}

} // namespace urs
