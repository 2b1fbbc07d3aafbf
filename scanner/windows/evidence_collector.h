// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "facts/evidence_file.h"

#include <QList>

namespace urs {

class FactSet;
class WindowsVolume;

// Copies the small files that show what Windows setup said on an earlier attempt, while the
// volume is open for the scan: the tails of setupact.log and setuperr.log (setup appends, so
// the end holds the last attempt), CompatData_*.xml (the appraiser's blocking list,
// BlockingType="Hard"), and the SetupDiag result when present (Microsoft, "SetupDiag" and
// "Windows upgrade log files"). The files are the ones the windows.earlier_attempts.logs fact
// lists. A file that cannot be read is logged and left out. The report names the zip members.
class EvidenceCollector {
public:
    static constexpr qint64 kLogTailBytes = 128 * 1024;
    static constexpr qint64 kXmlMaxBytes = 512 * 1024;
    static constexpr qint64 kTotalMaxBytes = 2 * 1024 * 1024;

    static QList<EvidenceFile> collect(const WindowsVolume &volume, const FactSet &facts);
};

} // namespace urs
