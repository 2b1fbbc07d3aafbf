// SPDX-License-Identifier: GPL-3.0-or-later
// report.html of a SYNTHETIC scan rendered by headless Chromium, in English and Japanese: to
// a PNG and to an A4 PDF whose long tables repeat their header row on each page (pdftotext
// reads it back). docs/screenshots/report-*.{png,pdf} are the sample's, made by
// tools/report-screenshots.sh. The page must make no network request (Chromium is pointed at
// a local proxy that counts connections) and log nothing to the console (a blocked load or a
// CSP violation would). Label "unit" only: Chromium does not run under the sanitizer build.
#include "report/report_writer.h"
#include "report/zip_reader.h"
#include "synthetic_report.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <arpa/inet.h>
#include <atomic>
#include <mutex>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace urs;
using namespace urs::test;

namespace {

// A fake proxy on 127.0.0.1 that records the first line of every request Chromium sends it
// ("GET http://host/..." or "CONNECT host:443"). Chromium talks to its own Google services
// (component updates, account checks) even with background networking off; those hosts are
// set apart. Anything else came from the page. (The page's CSP, default-src 'none', also
// turns any load into a console error, which the test checks as well.)
class ProxyTrap {
public:
    ProxyTrap()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in addr {};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&addr), len) != 0 || ::listen(m_fd, 64) != 0
            || ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&addr), &len) != 0)
            return;
        m_port = ntohs(addr.sin_port);
        m_thread = std::thread([this] { serve(); });
    }
    ~ProxyTrap()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
        if (m_fd >= 0)
            ::close(m_fd);
    }
    int port() const { return m_port; }
    // Requests to hosts other than Chromium's own services.
    QStringList pageRequests() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        QStringList out;
        static const QRegularExpression own(QStringLiteral(
            "^(CONNECT |[A-Z]+ https?://)([a-z0-9-]+\\.)*(google\\.com|googleapis\\.com|gstatic\\.com|"
            "gvt1\\.com|chromium\\.org)[:/ ]"));
        for (const QString &line : m_lines)
            if (!own.match(line).hasMatch())
                out << line;
        return out;
    }

private:
    void serve()
    {
        while (!m_stop) {
            pollfd p {m_fd, POLLIN, 0};
            if (::poll(&p, 1, 100) <= 0)
                continue;
            const int c = ::accept4(m_fd, nullptr, nullptr, SOCK_CLOEXEC);
            if (c < 0)
                continue;
            char buf[512];
            pollfd q {c, POLLIN, 0};
            const ssize_t n = ::poll(&q, 1, 2000) > 0 ? ::read(c, buf, sizeof buf) : 0;
            ::close(c);
            std::lock_guard<std::mutex> lock(m_mutex);
            m_lines << QString::fromLatin1(buf, n > 0 ? int(n) : 0).section(QLatin1String("\r\n"), 0, 0);
        }
    }

    int m_fd = -1;
    int m_port = 0;
    std::atomic_bool m_stop = false;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    QStringList m_lines;
};

// report.html of a record, in lang.
QByteArray reportHtml(const ScanRecord &record, const QString &lang)
{
    ReportOptions options;
    options.lang = lang;
    return ZipReader::read(ReportWriter(options).buildZip(record), {QStringLiteral("report.html")})
        .data.value(QStringLiteral("report.html"));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Headless Chromium with a profile of its own that fetches nothing of its own accord.
QStringList headless(const QString &profile)
{
    return {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
        QStringLiteral("--disable-quic"), QStringLiteral("--no-first-run"),
        QStringLiteral("--disable-background-networking"), QStringLiteral("--disable-component-update"),
        QStringLiteral("--disable-sync"), QStringLiteral("--disable-dev-shm-usage"),
        QStringLiteral("--user-data-dir=") + profile};
}

} // namespace

class TestReportRender : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void render_data();
    void render();
    void printRepeatsTableHeaders();

private:
    QString m_chromium;
};

void TestReportRender::initTestCase()
{
    for (const char *name : {"chromium", "chromium-browser"}) {
        m_chromium = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (!m_chromium.isEmpty())
            break;
    }
    if (m_chromium.isEmpty())
        QSKIP("chromium is not installed: apt-get install -y chromium (tools/setup.sh installs it)");
}

void TestReportRender::render_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("mustShow");
    QTest::addColumn<int>("canary");
    QTest::newRow("en") << "en"
                        << "Upgrade readiness report" << 0;
    QTest::newRow("ja") << "ja"
                        << "アップグレード準備状況レポート" << 0;
    // The checks can fail: an image from the net added to the page is caught by the console
    // check (CSP in place) and, with the CSP removed, by the proxy trap.
    QTest::newRow("canary-csp") << "en"
                                << "Upgrade readiness report" << 1;
    QTest::newRow("canary-no-csp") << "en"
                                   << "Upgrade readiness report" << 2;
}

void TestReportRender::render()
{
    QFETCH(QString, lang);
    QFETCH(QString, mustShow);
    QFETCH(int, canary);
    QTemporaryDir dir;
    QByteArray html = reportHtml(syntheticResult(), lang);
    QVERIFY(html.contains(mustShow.toUtf8()));
    if (canary > 0)
        html.replace("</main>", "<img src=\"http://canary.example.net/c.png\"></main>");
    if (canary == 2) {
        const qsizetype at = html.indexOf("<meta http-equiv=\"Content-Security-Policy\"");
        QVERIFY(at > 0);
        html.remove(at, html.indexOf('>', at) + 1 - at);
    }
    const QString htmlPath = dir.filePath(QStringLiteral("report.html"));
    QVERIFY(writeFile(htmlPath, html));

    // Any request the page makes goes to this proxy and shows up as a pending connection.
    ProxyTrap proxy;
    QVERIFY(proxy.port() > 0);
    const QString png = dir.filePath(QStringLiteral("report-%1.png").arg(lang));
    const QString pdf = dir.filePath(QStringLiteral("report-%1.pdf").arg(lang));
    const QStringList common = headless(dir.filePath(QStringLiteral("profile")))
        + QStringList {QStringLiteral("--hide-scrollbars"), QStringLiteral("--enable-logging=stderr"),
            QStringLiteral("--log-level=0"),
            QStringLiteral("--proxy-server=http://127.0.0.1:%1").arg(proxy.port()),
            QStringLiteral("--proxy-bypass-list=<-loopback>")};
    auto run = [&](const QStringList &extra, QString *log) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(m_chromium, common + extra + QStringList {QUrl::fromLocalFile(htmlPath).toString()});
        if (!p.waitForFinished(180000)) {
            p.kill();
            p.waitForFinished();
        }
        *log = QString::fromUtf8(p.readAll());
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    };
    QString log;
    QVERIFY2(run({QStringLiteral("--screenshot=") + png, QStringLiteral("--window-size=1200,3900")}, &log),
        qPrintable(log));
    if (canary > 0) {
        // Give the trap a moment to log the last request, then expect to be caught.
        QTest::qWait(300);
        const bool caught
            = canary == 1 ? log.contains(QLatin1String("CONSOLE")) : !proxy.pageRequests().isEmpty();
        QVERIFY2(caught, "an external image went unnoticed");
        return;
    }
    QVERIFY2(!log.contains(QLatin1String("CONSOLE")), qPrintable(log));
    QString pdfLog;
    QVERIFY2(
        run({QStringLiteral("--print-to-pdf=") + pdf, QStringLiteral("--no-pdf-header-footer")}, &pdfLog),
        qPrintable(pdfLog));
    QVERIFY2(!pdfLog.contains(QLatin1String("CONSOLE")), qPrintable(pdfLog));
    QTest::qWait(300);
    QVERIFY2(proxy.pageRequests().isEmpty(), qPrintable(proxy.pageRequests().join(QLatin1Char('\n'))));

    QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), 1200);
    // Not a blank page: many distinct colours (text, badges, the disk bar, QR codes).
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));

    // A4 is 595 x 842 points; Chromium writes it as the MediaBox of every page.
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray pdfBytes = pdfFile.readAll();
    QVERIFY(pdfBytes.startsWith("%PDF"));
    const QRegularExpression box(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
    const QRegularExpressionMatch mb = box.match(QString::fromLatin1(pdfBytes));
    QVERIFY2(mb.hasMatch(), "no page size in the PDF");
    QVERIFY2(qAbs(mb.captured(1).toDouble() - 595.0) < 1.0 && qAbs(mb.captured(2).toDouble() - 842.0) < 1.0,
        qPrintable(mb.captured(0)));
    qInfo("printed on %lld A4 pages",
        qlonglong(pdfBytes.count("/Type /Page\n") + pdfBytes.count("/Type /Page>")
            + pdfBytes.count("/Type /Page/")));
}

// On paper a long table goes on over pages with its header row at the top of each (thead,
// print CSS), and nothing is cut: every requirement of the matrix is printed. The synthetic
// report with many findings makes the matrix longer than a page.
void TestReportRender::printRepeatsTableHeaders()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext is not installed: apt-get install -y poppler-utils (tools/setup.sh installs it)");
    QTemporaryDir dir;
    SyntheticOptions o;
    o.extraFindings = 60;
    const QString htmlPath = dir.filePath(QStringLiteral("report.html"));
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY(writeFile(htmlPath, reportHtml(syntheticResult(o), QStringLiteral("en"))));
    QProcess chromium;
    chromium.start(m_chromium,
        headless(dir.filePath(QStringLiteral("profile")))
            + QStringList {QStringLiteral("--no-pdf-header-footer"), QStringLiteral("--print-to-pdf=") + pdf,
                QUrl::fromLocalFile(htmlPath).toString()});
    QVERIFY(chromium.waitForFinished(180000));
    QVERIFY2(QFile::exists(pdf), chromium.readAllStandardError().constData());
    QProcess text;
    text.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    const QStringList pages = QString::fromUtf8(text.readAllStandardOutput()).split(QLatin1Char('\f'));
    QVERIFY2(pages.size() > 3, qPrintable(QString::number(pages.size())));

    // A page that opens with the matrix's header row goes on with the matrix: its first line
    // is "Requirement  Windows 10  Windows 11 ...", never a row cut in two.
    int continued = 0;
    for (qsizetype p = 1; p < pages.size(); ++p) {
        const QString first = pages.at(p).trimmed().section(QLatin1Char('\n'), 0, 0).simplified();
        if (first.startsWith(QLatin1String("Requirement Windows 10")))
            ++continued;
    }
    QVERIFY2(continued > 0, "no page repeats the header of the requirements table");
    // Every synthetic finding is printed twice: its row of the matrix and its card.
    const QString all = pages.join(QLatin1Char('\n'));
    QVERIFY2(all.count(QLatin1String("Synthetic advisory")) >= 2 * o.extraFindings,
        qPrintable(QString::number(all.count(QLatin1String("Synthetic advisory")))));
}

QTEST_GUILESS_MAIN(TestReportRender)
#include "tst_report_render.moc"
