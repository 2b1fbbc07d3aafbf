// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report_writer.h"

#include <QList>

namespace urs {

class FactSet;
class WindowsVolume;
struct ScanResult;

// Copies the small files that show what Windows setup said on an earlier attempt into the
// report: the tails of setupact.log and setuperr.log (setup appends, so the end holds the
// last attempt), CompatData_*.xml (the appraiser's blocking list, BlockingType="Hard"), and
// the SetupDiag result when present (Microsoft, "SetupDiag" and "Windows upgrade log files").
// The files are the ones the windows.earlier_attempts.logs fact lists; reading them needs the
// volume, so the caller passes it in. A file that cannot be read is logged and left out.
class EvidenceCollector {
public:
    static constexpr qint64 kLogTailBytes = 128 * 1024;
    static constexpr qint64 kXmlMaxBytes = 512 * 1024;
    static constexpr qint64 kTotalMaxBytes = 2 * 1024 * 1024;

    static QList<EvidenceFile> collect(const WindowsVolume &volume, const FactSet &facts);
    // Reopens the scanned source (read-only) and collects from the installation the scan
    // chose. Never throws: a source that cannot be reopened gives no evidence files.
    static QList<EvidenceFile> collectFromSource(const ScanResult &result);

    // "$WINDOWS.~BT\Sources\Panther\setupact.log" -> "evidence/WINDOWS.~BT_Sources_Panther_setupact.log"
    static QString memberName(const QString &volumePath);
};

} // namespace urs
