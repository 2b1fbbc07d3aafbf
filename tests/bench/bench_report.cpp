// SPDX-License-Identifier: GPL-3.0-or-later
// Figures for the report: the time to write one report beyond the scan, the fleet
// summary over many reports, and the size of a sample report zip. Data is SYNTHETIC
// (tests/unit/report/synthetic_report.cpp), sized like a real Windows 8.1 machine: 150
// programs, 1,500 servicing packages.
//
// usage: bench_report [--reports N] [--fleet-dir DIR] [--sample-dir DIR]
//   --reports N      reports in the fleet run (default 10000)
//   --fleet-dir DIR  where to generate them (kept and reused; default: a temporary folder)
//   --sample-dir DIR also keep the sample report zip there
#include "report/fleet_summary.h"
#include "report/report_manifest.h"
#include "report/report_writer.h"
#include "report/zip_reader.h"
#include "synthetic_report.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <numeric>

using namespace urs;
using namespace urs::test;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

test::SyntheticOptions realistic(int i)
{
    test::SyntheticOptions o;
    o.programs = 150;
    o.packages = 1500;
    o.computerName = QStringLiteral("SYNTH-%1").arg(i, 5, 10, QLatin1Char('0'));
    o.serial = QStringLiteral("SYN-%1").arg(i, 6, 10, QLatin1Char('0'));
    o.uuid = QStringLiteral("00000000-0000-4000-8000-%1").arg(i + 1, 12, 10, QLatin1Char('0'));
    o.tpm2 = i % 3 == 0;
    o.fastStartup = i % 2 == 0;
    o.scanTime = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC).addSecs(i);
    return o;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

void oneReport(const QString &sampleDir)
{
    QTemporaryDir dir;
    ScanRecord result = syntheticResult(realistic(0));
    result.evidence = {{{}, QStringLiteral("$WINDOWS.~BT/Sources/Panther/setupact.log"),
        QByteArray("2025-03-01 10:00:00, Info  SYNTHETIC setup line\r\n").repeated(2500), 4000000, true}};
    ReportOptions options;
    options.scanLog = [] { return QByteArray("[info] synthetic scan log line\n").repeated(400); };
    const ReportWriter writer(options);
    QList<double> build, write;
    QString path;
    for (int i = 0; i < 15; ++i) {
        QElapsedTimer t;
        t.start();
        const QByteArray zip = writer.buildZip(result);
        build << t.nsecsElapsed() / 1e6;
        t.restart();
        path = writer.write(result, dir.path());
        write << t.nsecsElapsed() / 1e6;
        QFile::remove(path);
    }
    out() << QStringLiteral("one report: build zip in memory  median %1 ms\n").arg(median(build), 0, 'f', 1);
    out() << QStringLiteral("one report: write (build + fsync + rename)  median %1 ms, max %2 ms  (aim: < "
                            "100 ms beyond the scan)\n")
                 .arg(median(write), 0, 'f', 1)
                 .arg(*std::max_element(write.begin(), write.end()), 0, 'f', 1);

    const QByteArray zip = writer.buildZip(result);
    out() << QStringLiteral("sample report zip: %1 bytes (%2 KiB)\n")
                 .arg(zip.size())
                 .arg(zip.size() / 1024.0, 0, 'f', 1);
    const QList<ReportMember> members = writer.buildMembers(result);
    for (const ReportMember &m : members)
        out() << QStringLiteral("  %1: %2 bytes\n").arg(m.name, -52).arg(m.data.size());
    if (!sampleDir.isEmpty()) {
        QDir().mkpath(sampleDir);
        out() << "sample kept: " << writer.write(result, sampleDir) << "\n";
    }
}

// Reports differ only in the machine (uuid, serial, name) and its verdicts; building them in
// parallel keeps the set-up of 10,000 zips to a minute or so, and a kept folder is reused.
void generateFleet(const QString &dir, int count)
{
    QDir().mkpath(dir);
    const int have = int(QDir(dir).entryList({QStringLiteral("*.zip")}, QDir::Files).size());
    if (have == count) {
        out() << "fleet: reusing " << count << " reports in " << dir << "\n";
        return;
    }
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    QElapsedTimer t;
    t.start();
    QList<int> ids(count);
    std::iota(ids.begin(), ids.end(), 0);
    QtConcurrent::blockingMap(ids, [&dir](int i) {
        const ScanRecord r = syntheticResult(realistic(i));
        const ReportWriter w {ReportOptions {}};
        QFile f(QDir(dir).filePath(w.fileName(r)));
        if (f.open(QIODevice::WriteOnly))
            f.write(w.buildZip(r));
    });
    out() << "fleet: generated " << count << " reports in " << t.elapsed() / 1000.0 << " s\n";
}

void fleet(int count, const QString &fleetDir)
{
    QTemporaryDir tmp;
    const QString dir = fleetDir.isEmpty() ? tmp.filePath(QStringLiteral("reports")) : fleetDir;
    generateFleet(dir, count);
    QTemporaryDir outDir;
    QElapsedTimer t;
    t.start();
    FleetSummary summary;
    summary.addPaths({dir});
    const qint64 readMs = t.elapsed();
    const QStringList written = summary.write(outDir.path(), QStringLiteral("en"));
    const qint64 totalMs = t.elapsed();
    out() << QStringLiteral("fleet over %1 reports: %2 s (read and verify %3 s, write fleet.csv/html %4 s), "
                            "%5 machines, %6 skipped  (aim: < 10 s for 10,000)\n")
                 .arg(summary.reportsRead())
                 .arg(totalMs / 1000.0, 0, 'f', 2)
                 .arg(readMs / 1000.0, 0, 'f', 2)
                 .arg((totalMs - readMs) / 1000.0, 0, 'f', 2)
                 .arg(summary.machines().size())
                 .arg(summary.skipped().size());
    out() << QStringLiteral("fleet.csv %1 bytes, fleet.html %2 bytes\n")
                 .arg(QFileInfo(written.value(0)).size())
                 .arg(QFileInfo(written.value(1)).size());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const char *name, const QString &fallback) {
        const qsizetype i = args.indexOf(QString::fromLatin1(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int reports = option("--reports", QStringLiteral("10000")).toInt();
    oneReport(option("--sample-dir", QString()));
    if (reports > 0)
        fleet(reports, option("--fleet-dir", QString()));
    out().flush();
    return 0;
}
