// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace urs {

struct ScanRecord;

// findings.csv: one row per finding (a finding that holds for every target is one row with
// the target column saying so). Headers and status words in the report's language; the
// finding id column stays the stable rule id for filtering.
class FindingsCsv {
public:
    static QByteArray build(const ScanRecord &result, const QString &lang);
};

} // namespace urs
