// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace urs {

struct EvidenceFile;
struct ScanRecord;
struct ReportOptions;

// report.html: one self-contained page (inline CSS and SVG; no scripts, fonts, images or
// other fetched resources) that reads on a phone and prints on A4. Sections: the machine,
// a verdict per target, disk space, the requirements matrix, the findings grouped by status,
// the guides with QR codes, and the setup logs included.
class ReportHtml {
public:
    static QByteArray render(
        const ScanRecord &result, const ReportOptions &options, const QList<EvidenceFile> &evidence);
};

} // namespace urs
