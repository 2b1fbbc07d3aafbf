// SPDX-License-Identifier: GPL-3.0-or-later
// How often the data path goes back to the disk. Runs, each in a fresh ScanSession in this
// process, the CLI's `report` (scan, then write the zip) and the app's whole flow (describe the
// source, preview every installation, list the targets, scan, write the zip), and prints the
// bytes the process read for each ("rchar" of /proc/self/io: every read(2) and pread(2), the
// image's and the rule files' alike) and their ratio. One pass over the disk keeps the ratio
// near 1; a flow that reads the hives again shows as 2 or more.
//
// usage: bench_session_io --source IMAGE --hardware-root DIR [--rules DIR] [--runs N]
#include "common/scan_log.h"
#include "process_io.h"
#include "session/scan_session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace urs;

namespace {

qint64 bytesFor(const std::function<void()> &flow)
{
    const qint64 before = test::bytesReadByProcess();
    flow();
    return test::bytesReadByProcess() - before;
}

qint64 median(std::vector<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("source"), QStringLiteral("Disk image."), QStringLiteral("IMAGE")},
        {QStringLiteral("hardware-root"), QStringLiteral("Captured hardware tree."), QStringLiteral("DIR")},
        {QStringLiteral("rules"), QStringLiteral("Rule files."), QStringLiteral("DIR")},
        {QStringLiteral("runs"), QStringLiteral("Runs of each flow."), QStringLiteral("N"),
            QStringLiteral("3")}});
    parser.process(app);
    setConsoleLogLevel(LogLevel::Off); // the figures only
    SessionOptions options;
    options.hardwareRoot = parser.value(QStringLiteral("hardware-root"));
    options.rulesDir = parser.value(QStringLiteral("rules"));
    const QString source = parser.value(QStringLiteral("source"));
    ScanRequest request;
    request.sourcePath = source;

    std::vector<qint64> report, appFlow;
    for (int run = 0; run < parser.value(QStringLiteral("runs")).toInt(); ++run) {
        QTemporaryDir out;
        report.push_back(bytesFor([&] {
            ScanSession session(options);
            session.writeReport(session.scan(request), QStringLiteral("en"), out.path());
        }));
        appFlow.push_back(bytesFor([&] {
            ScanSession session(options);
            const DiscoveredDisk disk = session.describeSource(source);
            FactSet previewFacts;
            for (const WindowsInstallation &inst : disk.installations) {
                const InstallationPreview p = session.preview(source, inst.index);
                if (p.facts && previewFacts.all().isEmpty())
                    previewFacts = *p.facts;
            }
            session.targetChoices(previewFacts);
            session.writeReport(session.scan(request), QStringLiteral("en"), out.path());
        }));
    }
    const double ratio = double(median(appFlow)) / double(median(report));
    std::printf("bytes read, median of %zu runs\n", report.size());
    std::printf("  report (scan + zip):                              %12lld\n", qint64(median(report)));
    std::printf("  app flow (describe, preview, targets, scan, zip): %12lld\n", qint64(median(appFlow)));
    std::printf("  ratio app flow / report: %.3f (aim: at most 1.2)\n", ratio);
    return ratio <= 1.2 ? 0 : 1;
}
