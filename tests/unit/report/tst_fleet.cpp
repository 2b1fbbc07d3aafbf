// SPDX-License-Identifier: GPL-3.0-or-later
// The fleet summary over a few hundred SYNTHETIC reports, including hostile and broken zips
// built here with libarchive: ../, ..\ and absolute names, a symbolic link, a 10 GB
// declared size, a bad checksum, a text file named .zip, a truncated zip, 10001 members; and
// written byte by byte: a zip bomb whose report.json declares 4 KB and inflates to 33 MiB.
#include "report/fleet_summary.h"
#include "report/report_manifest.h"
#include "report/report_writer.h"
#include "report/zip_reader.h"
#include "report_test_util.h"
#include "synthetic_report.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <archive.h>
#include <archive_entry.h>
#include <array>

using namespace urs;
using namespace urs::test;

namespace {

struct RawMember {
    QString name;
    QByteArray data;
    enum Kind { File, Symlink } kind = File;
    std::optional<qint64> declaredSize = std::nullopt; // set a size in the header that differs from data
};

// Builds a zip with libarchive exactly as told, hostile parts included.
QByteArray rawZip(const QList<RawMember> &members)
{
    QByteArray out;
    std::unique_ptr<archive, int (*)(archive *)> a(archive_write_new(), archive_write_free);
    archive_write_set_format_zip(a.get());
    archive_write_set_options(a.get(), "zip:compression=store");
    archive_write_set_bytes_in_last_block(a.get(), 1);
    archive_write_open2(
        a.get(), &out, nullptr,
        [](archive *, void *c, const void *b, size_t n) -> la_ssize_t {
            static_cast<QByteArray *>(c)->append(static_cast<const char *>(b), qsizetype(n));
            return la_ssize_t(n);
        },
        nullptr, nullptr);
    for (const RawMember &m : members) {
        std::unique_ptr<archive_entry, void (*)(archive_entry *)> e(archive_entry_new(), archive_entry_free);
        archive_entry_set_pathname(e.get(), m.name.toUtf8().constData());
        archive_entry_set_perm(e.get(), 0644);
        archive_entry_set_mtime(e.get(), 1764072000, 0);
        if (m.kind == RawMember::Symlink) {
            archive_entry_set_filetype(e.get(), AE_IFLNK);
            archive_entry_set_symlink(e.get(), m.data.constData());
            archive_entry_set_size(e.get(), 0);
        } else {
            archive_entry_set_filetype(e.get(), AE_IFREG);
            archive_entry_set_size(e.get(), m.declaredSize.value_or(m.data.size()));
        }
        archive_write_header(a.get(), e.get());
        if (m.kind == RawMember::File)
            archive_write_data(a.get(), m.data.constData(), size_t(m.data.size()));
        archive_write_finish_entry(a.get());
    }
    archive_write_close(a.get());
    return out;
}

quint32 crc32(const QByteArray &data)
{
    static const auto table = [] {
        std::array<quint32, 256> t {};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int bit = 0; bit < 8; ++bit)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xffffffffu;
    for (const char c : data)
        crc = table[(crc ^ quint8(c)) & 0xff] ^ (crc >> 8);
    return ~crc;
}

// A zip written byte by byte (PKWARE APPNOTE 6.3.10: local file header 4.3.7, central directory
// header 4.3.12, end of central directory 4.3.16), for what libarchive will not write: a
// deflated member whose headers declare another uncompressed size than it inflates to, as a zip
// bomb's do. The CRC32 is the data's own, so only the size lies.
struct HandMember {
    QString name;
    QByteArray data;
    QByteArray deflated = {}; // data compressed with rawDeflate(), or empty: data is stored
    std::optional<quint32> declaredSize = std::nullopt; // else data.size()
};

// Raw deflate data (RFC 1951): qCompress gives a zlib stream (RFC 1950) after a 4-byte length,
// and the deflate data lies between its 2-byte header and its 4-byte Adler-32.
QByteArray rawDeflate(const QByteArray &data)
{
    const QByteArray z = qCompress(data, 9);
    return z.mid(6, z.size() - 10);
}
QByteArray handZip(const QList<HandMember> &members)
{
    auto le16 = [](QByteArray &b, quint16 v) { b.append(char(v & 0xff)).append(char(v >> 8)); };
    auto le32 = [&](QByteArray &b, quint32 v) {
        le16(b, quint16(v & 0xffff));
        le16(b, quint16(v >> 16));
    };
    QByteArray out, central;
    for (const HandMember &m : members) {
        const bool deflate = !m.deflated.isEmpty();
        const QByteArray stored = deflate ? m.deflated : m.data;
        const QByteArray name = m.name.toUtf8();
        const quint32 offset = quint32(out.size());
        auto header = [&](QByteArray &b, bool local) {
            le32(b, local ? 0x04034b50 : 0x02014b50);
            if (!local)
                le16(b, 20); // version made by
            le16(b, 20); // version needed
            le16(b, 0x0800); // flags: UTF-8 names
            le16(b, deflate ? 8 : 0);
            le16(b, 0); // time
            le16(b, 0x5b79); // date: 2025-11-25
            le32(b, crc32(m.data));
            le32(b, quint32(stored.size()));
            le32(b, m.declaredSize.value_or(quint32(m.data.size())));
            le16(b, quint16(name.size()));
            le16(b, 0); // extra
            if (!local) {
                le16(b, 0); // comment
                le16(b, 0); // disk
                le16(b, 0); // internal attributes
                le32(b, 0100644u << 16); // external attributes: a regular file
                le32(b, offset);
            }
            b.append(name);
        };
        header(out, true);
        out.append(stored);
        header(central, false);
    }
    const quint32 centralAt = quint32(out.size());
    out.append(central);
    le32(out, 0x06054b50);
    le16(out, 0);
    le16(out, 0);
    le16(out, quint16(members.size()));
    le16(out, quint16(members.size()));
    le32(out, quint32(central.size()));
    le32(out, centralAt);
    le16(out, 0);
    return out;
}

// The members of a good report, so each hostile zip differs from a good one in one way.
QList<RawMember> goodMembers(const ScanRecord &r)
{
    const QList<ReportMember> members = ReportWriter(ReportOptions {}).buildMembers(r);
    QList<RawMember> raw;
    for (const ReportMember &m : members)
        raw.append({.name = m.name, .data = m.data});
    raw.append({.name = ReportManifest::fileName(), .data = ReportManifest::build(members)});
    return raw;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

SyntheticOptions machine(int i)
{
    SyntheticOptions o;
    o.computerName = QStringLiteral("SYNTH-%1").arg(i, 3, 10, QLatin1Char('0'));
    o.serial = QStringLiteral("SYN-%1").arg(i, 4, 10, QLatin1Char('0'));
    o.uuid = QStringLiteral("00000000-0000-4000-8000-%1").arg(i + 1, 12, 10, QLatin1Char('0'));
    o.tpm2 = i % 3 == 0;
    o.fastStartup = i % 2 == 0;
    o.scanTime = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC).addSecs(i * 60);
    return o;
}

} // namespace

class TestFleet : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void hostileZipsRefusedWithReason_data();
    void hostileZipsRefusedWithReason();
    void summaryOverManyReports();
    void htmlListsFindingIds();
    void nothingExtracted();
    void writesAtomically();
    void cli();

private:
    QTemporaryDir m_dir;
    QString m_reports;
    QMap<QString, QString> m_hostile; // file name -> expected words in the reason
    static constexpr int kMachines = 240;
    static constexpr int kRescanned = 20;
};

void TestFleet::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_reports = m_dir.filePath(QStringLiteral("reports"));
    QVERIFY(QDir().mkpath(m_reports + QStringLiteral("/site-b")));
    for (int i = 0; i < kMachines; ++i) {
        const ScanRecord r = syntheticResult(machine(i));
        const QString sub = i % 2 ? QStringLiteral("/site-b/") : QStringLiteral("/");
        writeFile(m_reports + sub + ReportWriter(ReportOptions {}).fileName(r),
            ReportWriter(ReportOptions {}).buildZip(r));
    }
    // Machines scanned again a month earlier, with the opposite fast-startup state: the
    // newer report must win.
    for (int i = 0; i < kRescanned; ++i) {
        SyntheticOptions o = machine(i);
        o.scanTime = o.scanTime.addDays(-30);
        o.fastStartup = !o.fastStartup;
        const ScanRecord r = syntheticResult(o);
        writeFile(m_reports + QLatin1Char('/') + ReportWriter(ReportOptions {}).fileName(r),
            ReportWriter(ReportOptions {}).buildZip(r));
    }

    const ScanRecord bad = syntheticResult(machine(999));
    auto hostile = [&](const QString &name, const QByteArray &bytes, const QString &why) {
        writeFile(m_reports + QLatin1Char('/') + name, bytes);
        m_hostile.insert(name, why);
    };
    QList<RawMember> m = goodMembers(bad);
    m.prepend({.name = QStringLiteral("../evil.txt"), .data = "climbed out"});
    hostile(QStringLiteral("dotdot.zip"), rawZip(m), QStringLiteral(".."));
    m = goodMembers(bad);
    m.prepend({.name = QStringLiteral("/tmp/urs-fleet-evil-absolute.txt"), .data = "absolute"});
    hostile(QStringLiteral("absolute.zip"), rawZip(m), QStringLiteral("absolute"));
    m = goodMembers(bad);
    m.prepend({.name = QStringLiteral("passwd"), .data = "/etc/passwd", .kind = RawMember::Symlink});
    hostile(QStringLiteral("symlink.zip"), rawZip(m), QStringLiteral("link"));
    // Zip has no hard links (libarchive stores one as an empty file); a Windows-style
    // "..\\" climbs out just as well on the machine that unpacks it.
    m = goodMembers(bad);
    m.append({.name = QStringLiteral("..\\evil.txt"), .data = "climbed out"});
    hostile(QStringLiteral("backslash.zip"), rawZip(m), QStringLiteral(".."));
    // 10 GB declared in the local header. Without the central directory (a streamed zip),
    // the reader sees only that header; with it, the two disagree. Both are refused.
    m = goodMembers(bad);
    m.prepend({.name = QStringLiteral("huge.bin"),
        .data = QByteArray(16, 'x'),
        .kind = RawMember::File,
        .declaredSize = 10LL * 1024 * 1024 * 1024});
    const QByteArray huge = rawZip(m);
    hostile(QStringLiteral("huge-streamed.zip"), huge.left(huge.indexOf("PK\x01\x02")),
        QStringLiteral("declares 10737418240"));
    hostile(QStringLiteral("huge-inconsistent.zip"), huge, QStringLiteral("10737418240"));
    m = goodMembers(bad);
    for (RawMember &x : m)
        if (x.name == QLatin1String("report.json"))
            x.data.replace("SYN-0999", "SYN-0998");
    hostile(QStringLiteral("badchecksum.zip"), rawZip(m), QStringLiteral("checksum"));
    hostile(QStringLiteral("notazip.zip"), "This is a text file, not a zip.\n", QStringLiteral("not a zip"));
    const QByteArray good = ReportWriter(ReportOptions {}).buildZip(bad);
    hostile(QStringLiteral("truncated.zip"), good.left(good.size() / 2), QString());
    hostile(QStringLiteral("empty.zip"), QByteArray(), QStringLiteral("not a zip"));
    hostile(QStringLiteral("other.zip"), rawZip({{QStringLiteral("holiday.jpg"), "synthetic"}}),
        QStringLiteral("not an upgrade-scan report"));
    m = goodMembers(bad);
    m.append({QStringLiteral("extra.exe"), "MZ"});
    hostile(QStringLiteral("unlisted.zip"), rawZip(m), QStringLiteral("not in the manifest"));
    // More members than any report has (ZipReader::Limits::maxMembers is 10000): refused once
    // the count is passed, before anything is read.
    m = goodMembers(bad);
    for (int i = 0; i < 10001; ++i)
        m.append({QStringLiteral("filler/%1.txt").arg(i, 5, 10, QLatin1Char('0')), "x"});
    hostile(QStringLiteral("too-many-members.zip"), rawZip(m), QStringLiteral("more than 10000 members"));
    // A zip bomb: report.json declares 4 KB but inflates to 33 MiB (33 KB in the zip). Reading
    // stops at the 32 MiB cap whatever the header says; the same member declaring its true size
    // is refused before it is inflated.
    const QByteArray spaces(33 << 20, ' ');
    const QByteArray deflated = rawDeflate(spaces);
    QByteArray manifest;
    for (const RawMember &x : goodMembers(bad))
        if (x.name == ReportManifest::fileName())
            manifest = x.data;
    hostile(QStringLiteral("bomb.zip"),
        handZip({{QStringLiteral("report.json"), spaces, deflated, 4096},
            {ReportManifest::fileName(), manifest}}),
        QStringLiteral("member 'report.json' inflates past 33554432 bytes"));
    hostile(QStringLiteral("oversized.zip"),
        handZip({{QStringLiteral("report.json"), spaces, deflated}, {ReportManifest::fileName(), manifest}}),
        QStringLiteral("member 'report.json' is larger than 33554432 bytes"));
}

void TestFleet::hostileZipsRefusedWithReason_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("why");
    for (auto it = m_hostile.begin(); it != m_hostile.end(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key() << it.value();
}

void TestFleet::hostileZipsRefusedWithReason()
{
    QFETCH(QString, file);
    QFETCH(QString, why);
    QString error;
    const std::optional<FleetMachine> m = FleetReader::readFile(m_reports + QLatin1Char('/') + file, &error);
    QVERIFY2(!m, qPrintable(file + QStringLiteral(" was accepted")));
    QVERIFY(!error.isEmpty());
    qInfo("%s", qPrintable(error));
    QVERIFY2(error.contains(why), qPrintable(error));
}

void TestFleet::summaryOverManyReports()
{
    FleetSummary fleet;
    fleet.addPaths({m_reports});
    QCOMPARE(fleet.reportsRead(), kMachines + kRescanned);
    QCOMPARE(fleet.superseded(), kRescanned);
    // Every hostile file is named in the skipped list; nothing else is.
    QStringList skipped;
    for (const FleetSkip &s : fleet.skipped())
        skipped << QFileInfo(s.file).fileName();
    skipped.sort();
    QStringList expected = m_hostile.keys();
    expected.sort();
    QCOMPARE(skipped, expected);

    const QList<FleetMachine> machines = fleet.machines();
    QCOMPARE(machines.size(), kMachines);
    int fastStartup = 0, noTpm2 = 0;
    for (int i = 0; i < kMachines; ++i) {
        fastStartup += machine(i).fastStartup;
        noTpm2 += !machine(i).tpm2;
    }
    // Worst first, and the newest report of a rescanned machine is the one kept.
    for (int i = 1; i < machines.size(); ++i)
        QVERIFY(machines.at(i - 1).computeSeverity() >= machines.at(i).computeSeverity());
    QCOMPARE(machines.first().computeSeverity(), 7);
    QCOMPARE(machines.last().computeSeverity(), 5);
    for (const FleetMachine &m : machines) {
        const int i = m.report.machine.computerName.mid(6).toInt();
        QCOMPARE(m.report.scanTime, machine(i).scanTime);
        QCOMPARE(m.blockerIds.contains(QStringLiteral("fast-startup")), machine(i).fastStartup);
    }
    const QList<QPair<QString, int>> counts = fleet.blockerCounts();
    QCOMPARE(counts.size(), 3);
    QCOMPARE(counts.at(0), qMakePair(QStringLiteral("cpu-supported"), kMachines));
    QVERIFY(counts.contains(qMakePair(QStringLiteral("fast-startup"), fastStartup)));
    QVERIFY(counts.contains(qMakePair(QStringLiteral("tpm-2"), noTpm2)));

    const QString csv = QString::fromUtf8(fleet.csv(QStringLiteral("en")).mid(3));
    QCOMPARE(csv.count(QLatin1String("\r\n")), kMachines + 1);
    QVERIFY(csv.startsWith(
        QLatin1String("Report file,Manufacturer,Model,Serial number,SMBIOS UUID,Computer name,")));
    QVERIFY(csv.contains(QLatin1String("Windows 10 22H2,Windows 11 24H2,Windows 11 25H2,Blockers")));
    const QString html = QString::fromUtf8(fleet.html(QStringLiteral("ja")));
    QVERIFY(html.contains(QStringLiteral("全台の阻害要因")));
    QVERIFY(html.contains(QLatin1String("badchecksum.zip")));
    QVERIFY(!html.contains(QLatin1String("<script")));
}

// fleet.html is the technician's comparison sheet: each blocker of a machine on a row of its
// own with its finding ID beside it (the machine's cells span its rows), a header each printed
// page repeats, and a footer naming the program and version that made it.
void TestFleet::htmlListsFindingIds()
{
    FleetSummary fleet;
    fleet.addPaths({m_reports});
    const QString en = QString::fromUtf8(fleet.html(QStringLiteral("en")));
    QVERIFY(en.contains(QLatin1String("<th>Blockers</th><th>Finding ID</th></tr></thead>")));
    QCOMPARE(en.count(QLatin1String("<thead>")), en.count(QLatin1String("<table")));
    QVERIFY(en.contains(QLatin1String("<td class=\"blocker\">Fast startup is on</td><td class=\"fid\">"
                                      "<code>fast-startup</code></td>")));
    for (const FleetMachine &m : fleet.machines()) {
        // The machine's rows: one per blocker, each title beside its own id, in rule order.
        const qsizetype at = en.indexOf(QStringLiteral("<b>%1</b>").arg(m.report.machine.computerName));
        QVERIFY(at > 0);
        const qsizetype start = en.lastIndexOf(QLatin1String("<tbody>"), at);
        const QString rows = en.mid(start, en.indexOf(QLatin1String("</tbody>"), at) - start);
        QCOMPARE(rows.count(QLatin1String("<tr>")), qMax<qsizetype>(1, m.blockerIds.size()));
        QStringList ids;
        QRegularExpressionMatchIterator it
            = QRegularExpression(QStringLiteral("<td class=\"fid\"><code>([^<]*)</code>")).globalMatch(rows);
        while (it.hasNext())
            ids << it.next().captured(1);
        QCOMPARE(ids, m.blockerIds);
        if (m.blockerIds.size() > 1)
            QVERIFY(rows.contains(QStringLiteral("rowspan=\"%1\"").arg(m.blockerIds.size())));
    }
    QVERIFY2(
        en.contains(QStringLiteral("<footer>Made offline by upgrade-scan %1, the upgrade readiness scanner, "
                                   "from %2 reports (rules ")
                        .arg(QStringLiteral(URS_VERSION))
                        .arg(kMachines + kRescanned)),
        qPrintable(en.mid(en.indexOf(QLatin1String("<footer>")))));

    const QString ja = QString::fromUtf8(fleet.html(QStringLiteral("ja")));
    QVERIFY(ja.contains(QStringLiteral("<th>阻害要因</th><th>項目 ID</th></tr></thead>")));
    QVERIFY(ja.contains(QStringLiteral("<footer>アップグレード準備チェッカー（upgrade-scan %1）が")
                            .arg(QStringLiteral(URS_VERSION))));
}

void TestFleet::nothingExtracted()
{
    FleetSummary fleet;
    fleet.addPaths({m_reports});
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("evil.txt"))));
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/urs-fleet-evil-absolute.txt")));
    QVERIFY(!QFile::exists(QDir::current().filePath(QStringLiteral("passwd"))));
    // The report folder holds exactly what we put there.
    int files = 0;
    for (QDirIterator it(m_reports, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
         it.hasNext(); it.next())
        ++files;
    QCOMPARE(files, kMachines + kRescanned + int(m_hostile.size()));
}

void TestFleet::writesAtomically()
{
    QTemporaryDir out;
    FleetSummary fleet;
    fleet.addPaths({m_reports + QStringLiteral("/site-b")});
    QCOMPARE(fleet.machines().size(), kMachines / 2);
    const QStringList paths = fleet.write(out.path(), QStringLiteral("en"));
    QCOMPARE(paths,
        (QStringList {
            out.filePath(QStringLiteral("fleet.csv")), out.filePath(QStringLiteral("fleet.html"))}));
    // A second run replaces them in place; no temporary files stay behind.
    fleet.write(out.path(), QStringLiteral("en"));
    QCOMPARE(
        QDir(out.path()).entryList(QDir::Files | QDir::Hidden), (QStringList {"fleet.csv", "fleet.html"}));
}

void TestFleet::cli()
{
    const QString cli = qEnvironmentVariable("URS_CLI");
    if (cli.isEmpty() || !QFileInfo(cli).isExecutable())
        QSKIP("URS_CLI is not set to a built upgrade-scan");
    QTemporaryDir out;
    QProcess p;
    p.start(cli, {QStringLiteral("fleet"), m_reports, QStringLiteral("--out"), out.path()});
    QVERIFY(p.waitForFinished(120000));
    const QString stdoutText = QString::fromUtf8(p.readAllStandardOutput());
    const QString stderrText = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 0);
    for (auto it = m_hostile.begin(); it != m_hostile.end(); ++it)
        QVERIFY2(stderrText.contains(it.key()), qPrintable(it.key()));
    QVERIFY(stdoutText.trimmed().endsWith(out.filePath(QStringLiteral("fleet.html"))));
    QVERIFY(QFile::exists(out.filePath(QStringLiteral("fleet.csv"))));
    p.start(cli, {QStringLiteral("fleet"), m_reports});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2); // --out missing
}

QTEST_GUILESS_MAIN(TestFleet)
#include "tst_fleet.moc"
