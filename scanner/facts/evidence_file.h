// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace urs {

// A small file copied from the scanned volume while it was open (tails of setupact.log and
// setuperr.log, CompatData xml), so whoever reads the report sees what setup said last time.
struct EvidenceFile {
    QString name; // member name inside the report zip, "evidence/..."
    QString sourcePath; // where it was on the Windows volume
    QByteArray bytes;
    qint64 originalSize = 0;
    bool truncated = false; // true when only the tail (or head) was copied
};

} // namespace urs
