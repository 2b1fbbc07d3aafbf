// SPDX-License-Identifier: GPL-3.0-or-later
// bench_setup_logs: streams a big setupact.log through the log scanner with the real rule data
// and prints the time, the speed and the peak resident memory (tools/bench-logs.sh puts grep -c
// beside it). --make writes the SYNTHETIC log first: filler lines in setup's format with a failure
// every 100,000 lines and a result at the end.
#include "engine/rule_engine.h"
#include "windows/setup_logs/log_line_reader.h"
#include "windows/setup_logs/log_scanner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <cstdio>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace urs;

static void make(const QString &path, qint64 bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    const QByteArray filler(
        "2016-03-02 21:04:11, Info                  SP     ExecuteProgress: Elapsed events:1 of 4, "
        "Percent: 12 (SYNTHETIC)\r\n");
    const QByteArray failure("2016-03-02 21:39:40, Error                 SP     Operation failed: Apply WIM: "
                             "C:\\$WINDOWS.~BT\\Sources\\install.esd. Error: 0x80070070[gle=0x00000070]\r\n");
    QByteArray block;
    for (int i = 0; i < 100000; ++i)
        block += i == 99999 ? failure : filler;
    qint64 written = 0;
    while (written + block.size() <= bytes)
        written += f.write(block);
    written += f.write("2016-03-02 22:10:02, Error                 MOUPG  CSetupHost::Execute(412): Result = "
                       "0xC1900101\r\n");
    std::printf("made %s: %lld bytes\n", qPrintable(path), static_cast<long long>(written));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({QStringLiteral("file"), QStringLiteral("The log to read."), QStringLiteral("PATH")});
    p.addOption({QStringLiteral("make"), QStringLiteral("Write a SYNTHETIC log of this many MiB first."),
        QStringLiteral("MIB")});
    p.addOption({QStringLiteral("rules"), QStringLiteral("Rule folder."), QStringLiteral("DIR")});
    p.process(app);
    const QString path = p.value(QStringLiteral("file"));
    if (p.isSet(QStringLiteral("make")))
        make(path, p.value(QStringLiteral("make")).toLongLong() << 20);
    const RuleEngine rules(
        p.isSet(QStringLiteral("rules")) ? p.value(QStringLiteral("rules")) : RuleEngine::defaultRulesDir());
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        qFatal("cannot open %s", qPrintable(path));
    const qint64 size = ::lseek(fd, 0, SEEK_END);
    QElapsedTimer t;
    t.start();
    LogLineReader reader(
        [fd](qint64 offset, qint64 max) {
            QByteArray b(max, Qt::Uninitialized);
            const ssize_t n = ::pread(fd, b.data(), size_t(max), offset);
            b.resize(n > 0 ? n : 0);
            return b;
        },
        size);
    const LogFileScan scan
        = LogScanner(rules.logPatterns()).scan(QStringLiteral("setupact.log"), path, reader);
    const double seconds = t.nsecsElapsed() / 1e9;
    ::close(fd);
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf(
        "bytes %lld\nlines %lld\nresults %lld\ncauses %lld\nseconds %.3f\nMB/s %.0f\npeak RSS MiB %.1f\n"
        "reader buffer peak KiB %lld\n",
        static_cast<long long>(size), static_cast<long long>(scan.lines),
        static_cast<long long>(scan.results.size()), static_cast<long long>(scan.causes.size()), seconds,
        size / 1e6 / seconds, usage.ru_maxrss / 1024.0,
        static_cast<long long>(reader.peakBufferBytes() / 1024));
    for (const LogMatch &m : scan.results)
        std::printf("result %s line %lld: %s\n", qPrintable(m.patternId), static_cast<long long>(m.line),
            qPrintable(m.parts.value(QStringLiteral("result"))));
    return scan.results.isEmpty() ? 1 : 0;
}
