// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QXmlStreamReader;

namespace urs {

// Why an XML file setup wrote could not be read to its end, naming the file and the line; ""
// when it was read whole. A file cut short (a crash during setup) keeps what came before.
QString xmlReadProblem(const QXmlStreamReader &reader, const QString &file);

} // namespace urs
