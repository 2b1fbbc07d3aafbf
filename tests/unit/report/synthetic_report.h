// SPDX-License-Identifier: GPL-3.0-or-later
// SYNTHETIC test data for the report tests and the report benchmark: a made-up machine
// ("SYNTHETIC Example Corp.") with a hand-written Assessment, so the report can be tested
// without a scan. Nothing here comes from a real machine or from the rule files.
#pragma once

#include "engine/scan_record.h"

namespace urs::test {

struct SyntheticOptions {
    QString computerName = QStringLiteral("SYNTH-PC01");
    QString serial = QStringLiteral("SYN-0001");
    QString uuid = QStringLiteral("5c3f1a2e-7d41-4b8e-9a0c-2f6e1d3b4a59");
    QDateTime scanTime = QDateTime(QDate(2026, 11, 25), QTime(12, 0, 0), Qt::UTC);
    bool tpm2 = false; // false: TPM 1.2, Windows 11 blocked
    bool fastStartup = true; // true: a fixable blocker for every target
    int extraFindings = 0; // more synthetic advisory findings (bench: a bigger report)
    int programs = 0; // synthetic installed programs (windows.programs), for realistic size
    int packages = 0; // synthetic servicing packages (windows.updates.packages)
    bool machineClock = true; // the time zone facts of Japan (Tokyo Standard Time); false: unknown
    ScanNotes notes {QStringLiteral("SYNTHETIC Technician"), QStringLiteral("SYN-ASSET-0001"),
        QStringLiteral("SYNTHETIC note: the keyboard misses a key.")};
};

ScanRecord syntheticResult(const SyntheticOptions &options = {});

} // namespace urs::test
