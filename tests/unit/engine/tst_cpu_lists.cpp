// SPDX-License-Identifier: GPL-3.0-or-later
// Microsoft's processor lists (rules/cpu-lists) and the matcher: every name of every list,
// written as the processor reports it, must be found; names that are not listed must not be,
// however close their number; the findings quote the entry that matched or the nearest ones;
// the CPU rules name their source and give a remedy for every blocker and warning.
#include "engine/rule_loader.h"
#include "engine_test_support.h"

#include <QRegularExpression>

using namespace urs;

namespace {

const RuleBook &book()
{
    static const std::unique_ptr<RuleBook> b = RuleLoader::load(test::rulesDir());
    return *b;
}

QString mhz(const char *clock)
{
    return QStringLiteral(" @ %1GHz").arg(QLatin1String(clock));
}

// The brand string an Intel processor reports (CPUID leaves 0x80000002-4, which /proc/cpuinfo
// prints as "model name") for a name as Microsoft lists it.
QString intelBrand(QString n)
{
    n.remove(QRegularExpression(QStringLiteral(" with IPU$"))); // Microsoft's note, not the name
    QRegularExpressionMatch m;
    static const QRegularExpression coreI(QStringLiteral("^Core\\(TM\\) (i[3579])-(N?)(\\d+)(\\w*)$"));
    if ((m = coreI.match(n)).hasMatch()) {
        const QString model
            = m.captured(1) + QLatin1Char('-') + m.captured(2) + m.captured(3) + m.captured(4);
        const QString digits = m.captured(3);
        if (!m.captured(2).isEmpty()) // i3-N305
            return QStringLiteral("Intel(R) Core(TM) ") + model;
        if (digits.startsWith(QLatin1String("11")))
            return QStringLiteral("11th Gen Intel(R) Core(TM) ") + model + mhz("2.80");
        if (digits.startsWith(QLatin1String("12")) || digits.startsWith(QLatin1String("13")))
            return digits.left(2) + QStringLiteral("th Gen Intel(R) Core(TM) ") + model;
        if (digits.startsWith(QLatin1String("14")))
            return QStringLiteral("Intel(R) Core(TM) ") + model;
        return QStringLiteral("Intel(R) Core(TM) ") + model + QStringLiteral(" CPU") + mhz("2.40");
    }
    static const QRegularExpression coreM(QStringLiteral("^Core\\(TM\\) (m\\d-\\w+)$"));
    if ((m = coreM.match(n)).hasMatch())
        return QStringLiteral("Intel(R) Core(TM) %1 CPU").arg(m.captured(1)) + mhz("1.10");
    // Core 3/5/7/9 and Core Ultra: "Intel(R) Core(TM) Ultra 7 155H", "Intel(R) Core(TM) 5 120U".
    static const QRegularExpression coreNew(QStringLiteral("^Core\\(TM\\) ((?:Ultra )?\\d)-(\\w+)$"));
    if ((m = coreNew.match(n)).hasMatch())
        return QStringLiteral("Intel(R) Core(TM) %1 %2").arg(m.captured(1), m.captured(2));
    static const QRegularExpression nSeries(QStringLiteral("^Processor (N\\d+)$"));
    if ((m = nSeries.match(n)).hasMatch())
        return QStringLiteral("Intel(R) ") + m.captured(1); // "Intel(R) N100"
    if (n.startsWith(QLatin1String("Processor ")))
        return QStringLiteral("Intel(R) ") + n; // "Intel(R) Processor U300"
    if (n.startsWith(QLatin1String("Atom(R) ")))
        return QStringLiteral("Intel(R) Atom(TM) %1 ").arg(n.mid(8)) + mhz("2.00");
    // Desktop Celeron and Pentium G parts put "CPU" before the model.
    static const QRegularExpression desktopG(QStringLiteral("^(Celeron|Pentium)\\(R\\) (G\\d+\\w*)$"));
    if ((m = desktopG.match(n)).hasMatch())
        return QStringLiteral("Intel(R) %1(R) CPU %2").arg(m.captured(1), m.captured(2)) + mhz("3.10");
    if (n.startsWith(QLatin1String("Celeron(R) ")) || n.startsWith(QLatin1String("Pentium(R) ")))
        return QStringLiteral("Intel(R) ") + n + QStringLiteral(" CPU") + mhz("1.10");
    static const QRegularExpression xeonW(QStringLiteral("^Xeon\\(R\\) W(\\d-\\w+)$"));
    if ((m = xeonW.match(n)).hasMatch())
        return QStringLiteral("Intel(R) Xeon(R) w") + m.captured(1); // "Intel(R) Xeon(R) w5-3435X"
    if (n.startsWith(QLatin1String("Xeon(R) ")) && n.endsWith(QLatin1Char('+')))
        return QStringLiteral("Intel(R) ") + n; // "Intel(R) Xeon(R) Gold 5415+"
    if (n.startsWith(QLatin1String("Xeon(R) ")))
        return QStringLiteral("Intel(R) ") + n + QStringLiteral(" CPU") + mhz("2.10");
    return QStringLiteral("Intel(R) ") + n;
}

// AMD brand strings: "AMD Ryzen 5 2600 Six-Core Processor", "AMD Ryzen 7 5800X 8-Core
// Processor", APUs "... with Radeon Graphics" (Phoenix "w/ Radeon 780M Graphics").
QString amdBrand(const QString &n)
{
    QRegularExpressionMatch m;
    static const QRegularExpression bare(QStringLiteral("^\\d{4}e$"));
    if (bare.match(n).hasMatch())
        return QStringLiteral("AMD %1 with Radeon Graphics").arg(n);
    if (n.startsWith(QLatin1String("EPYC ")))
        return QStringLiteral("AMD %1 16-Core Processor").arg(n);
    if (n.startsWith(QLatin1String("Ryzen Threadripper PRO ")))
        return QStringLiteral("AMD %1 64-Cores").arg(n);
    if (n.startsWith(QLatin1String("Ryzen Embedded ")) || n.startsWith(QLatin1String("Athlon ")))
        return QStringLiteral("AMD %1 with Radeon Graphics").arg(n);
    static const QRegularExpression ryzen(QStringLiteral("^Ryzen \\d (?:PRO )?(\\d)(\\d)(\\d)\\d(\\w*)$"));
    if ((m = ryzen.match(n)).hasMatch()) {
        const QString suffix = m.captured(4);
        if (suffix.isEmpty() || suffix == QLatin1String("X") || suffix == QLatin1String("XT")
            || suffix == QLatin1String("X3D") || suffix == QLatin1String("E"))
            return QStringLiteral("AMD %1 %2 Processor")
                .arg(n,
                    m.captured(1) == QLatin1String("2") ? QStringLiteral("Six-Core")
                                                        : QStringLiteral("8-Core"));
        if (m.captured(1) == QLatin1String("7") && m.captured(3) == QLatin1String("4"))
            return QStringLiteral("AMD %1 w/ Radeon 780M Graphics").arg(n);
        if (m.captured(1) == QLatin1String("3") && suffix.startsWith(QLatin1Char('U')))
            return QStringLiteral("AMD %1 with Radeon Vega Mobile Gfx").arg(n);
        return QStringLiteral("AMD %1 with Radeon Graphics").arg(n);
    }
    return QStringLiteral("AMD ") + n; // "AMD Ryzen Z1 Extreme"
}

// arm64 Linux prints no model name; what it shows is the SMBIOS processor version (dmidecode,
// lscpu "BIOS Model name"): "Snapdragon(R) X Elite - X1E78100 - Qualcomm(R) Oryon(TM) CPU".
QString qualcommBrand(const QString &n)
{
    QRegularExpressionMatch m;
    static const QRegularExpression x1(QStringLiteral("^X1([EP]?)-(\\d+)-(\\d+)$"));
    if ((m = x1.match(n)).hasMatch()) {
        const QString tier = m.captured(1) == QLatin1String("E") ? QStringLiteral("X Elite")
            : m.captured(1) == QLatin1String("P")                ? QStringLiteral("X Plus")
                                                                 : QStringLiteral("X");
        return QStringLiteral("Snapdragon(R) %1 - X1%2%3%4 - Qualcomm(R) Oryon(TM) CPU")
            .arg(tier, m.captured(1), m.captured(2), m.captured(3));
    }
    if (n == QLatin1String("Snapdragon (R) X"))
        return QStringLiteral("Snapdragon(R) X - X126100 - Qualcomm(R) Oryon(TM) CPU");
    static const QRegularExpression snapdragon(QStringLiteral("^Snapdragon \\(TM\\) (.+)$"));
    if ((m = snapdragon.match(n)).hasMatch())
        return QStringLiteral("Snapdragon(TM) %1 @ 2.69 GHz").arg(m.captured(1));
    if (n.startsWith(QLatin1String("Microsoft SQ")))
        return n + QStringLiteral(" @ 3.0 GHz");
    return QStringLiteral("Qualcomm(R) ") + n; // "Qualcomm(R) QCM6490"
}

QString brandFor(const QString &vendor, const CpuListEntry &e)
{
    const QString name = e.reportedAs.isEmpty() ? e.name : e.reportedAs;
    if (vendor == QLatin1String("GenuineIntel"))
        return intelBrand(name);
    if (vendor == QLatin1String("AuthenticAMD"))
        return amdBrand(name);
    return qualcommBrand(name);
}

QStringList names(const QList<const CpuListEntry *> &entries)
{
    QStringList out;
    for (const CpuListEntry *e : entries)
        out << e->name;
    return out;
}

const QString kIntel = QStringLiteral("GenuineIntel");
const QString kAmd = QStringLiteral("AuthenticAMD");

} // namespace

class TestCpuLists : public QObject {
    Q_OBJECT
private slots:
    // The files hold Microsoft's lists unchanged: sizes and date of the copy.
    void listsAreLoadedWhole_data()
    {
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("file");
        QTest::newRow("Intel") << kIntel << 1059 << "cpu-lists/windows11-intel.txt";
        QTest::newRow("AMD") << kAmd << 397 << "cpu-lists/windows11-amd.txt";
        QTest::newRow("Qualcomm") << "Qualcomm" << 24 << "cpu-lists/windows11-qualcomm.txt";
    }
    void listsAreLoadedWhole()
    {
        QFETCH(QString, vendor);
        QFETCH(int, size);
        QFETCH(QString, file);
        const CpuList *list = book().data.cpuListFor(vendor);
        QVERIFY(list);
        QCOMPARE(list->entries.size(), size);
        QCOMPARE(list->file, file);
        QCOMPARE(list->asOf, QStringLiteral("2025-10-06"));
        QVERIFY(list->source.startsWith(QLatin1String("https://learn.microsoft.com/")));
        QCOMPARE(list->entries.first().line, 2);
    }

    // Every name of every list, as the processor reports it, is found as that entry.
    void everyListedNameIsFound_data()
    {
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("brand");
        int rows = 0;
        for (const CpuList &list : book().data.cpuLists)
            for (const CpuListEntry &e : list.entries) {
                QTest::addRow("%s %d: %s", qPrintable(list.label), e.line, qPrintable(e.name))
                    << list.vendor << e.name << brandFor(list.vendor, e);
                ++rows;
            }
        QCOMPARE(rows, 1059 + 397 + 24);
    }
    void everyListedNameIsFound()
    {
        QFETCH(QString, vendor);
        QFETCH(QString, entry);
        QFETCH(QString, brand);
        const CpuListMatch m = book().data.matchCpu(vendor, brand);
        QVERIFY2(names(m.entries).contains(entry),
            qPrintable(QStringLiteral("\"%1\" matched [%2]")
                           .arg(brand, names(m.entries).join(QStringLiteral(", ")))));
        QVERIFY(m.nearest.isEmpty());
    }

    // Brand strings as /proc/cpuinfo and SMBIOS give them, and the entry each must equal.
    void examples_data()
    {
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<QString>("brand");
        QTest::addColumn<QStringList>("entries");
        QTest::newRow("Kaby Lake R") << kIntel << "Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz"
                                     << QStringList {"Core(TM) i5-8250U"};
        QTest::newRow("Tiger Lake") << kIntel << "11th Gen Intel(R) Core(TM) i7-1165G7 @ 2.80GHz"
                                    << QStringList {"Core(TM) i7-1165G7"};
        QTest::newRow("Zen+") << kAmd << "AMD Ryzen 5 2600 Six-Core Processor"
                              << QStringList {"Ryzen 5 2600"};
        QTest::newRow("Intel Processor N100") << kIntel << "Intel(R) N100" << QStringList {"Processor N100"};
        QTest::newRow("Athlon Silver")
            << kAmd << "AMD Athlon Silver 3050U with Radeon Graphics" << QStringList {"Athlon Silver 3050U"};
        QTest::newRow("Core Ultra") << kIntel << "Intel(R) Core(TM) Ultra 7 155H"
                                    << QStringList {"Core(TM) Ultra 7-155H"};
        QTest::newRow("12th gen") << kIntel << "12th Gen Intel(R) Core(TM) i5-1235U"
                                  << QStringList {"Core(TM) i5-1235U"};
        QTest::newRow("Phoenix") << kAmd << "AMD Ryzen 7 7840U w/ Radeon 780M Graphics"
                                 << QStringList {"Ryzen 7 7840U"};
        QTest::newRow("EPYC 7H12") << kAmd << "AMD EPYC 7H12 64-Core Processor" << QStringList {"EPYC 7H12"};
        QTest::newRow("Xeon D") << kIntel << "Intel(R) Xeon(R) D-1736 CPU @ 2.30GHz"
                                << QStringList {"Xeon(R) D-1736"};
        QTest::newRow("Xeon w5") << kIntel << "Intel(R) Xeon(R) w5-3435X" << QStringList {"Xeon(R) W5-3435X"};
        QTest::newRow("Celeron 3867U")
            << kIntel << "Intel(R) Celeron(R) 3867U CPU @ 1.80GHz" << QStringList {"Celeron(R) 3867U"};
        QTest::newRow("Core 3 N350") << kIntel << "Intel(R) Core(TM) 3 N350"
                                     << QStringList {"Core(TM) 3-N350"};
        QTest::newRow("Atom (TM) for (R)")
            << kIntel << "Intel(R) Atom(TM) x6425E  @ 2.00GHz" << QStringList {"Atom(R) x6425E"};
        QTest::newRow("leading spaces, odd case")
            << kIntel << "   intel(r) core(tm) I5-8250u cpu @ 1.60ghz" << QStringList {"Core(TM) i5-8250U"};
        // Microsoft's typo: a Pentium listed under Xeon Gold matches both lines.
        QTest::newRow("Xeon Gold G6400 typo") << kIntel << "Intel(R) Pentium(R) Gold G6400 CPU @ 4.00GHz"
                                              << QStringList {"Pentium(R) Gold G6400", "Xeon(R) Gold G6400"};
        QTest::newRow("Ryzen Embedded R2000 Series")
            << kAmd << "AMD Ryzen Embedded R2314 with Radeon Graphics"
            << QStringList {"Ryzen Embedded R2000 Series R2314"};
        // The list's "with IPU" note is no part of the name.
        QTest::newRow("Core 3 100U") << kIntel << "Intel(R) Core(TM) 3 100U"
                                     << QStringList {"Core(TM) 3-100U", "Core(TM) 3-100U with IPU"};
        QTest::newRow("Snapdragon X Elite")
            << "Qualcomm"
            << "Snapdragon(R) X Elite - X1E78100 - Qualcomm(R) Oryon(TM) CPU" << QStringList {"X1E-78-100"};
        QTest::newRow("Snapdragon 8cx Gen 3")
            << "Qualcomm"
            << "Snapdragon(TM) 8cx Gen 3 @ 2.69 GHz" << QStringList {"Snapdragon (TM) 8cx Gen 3"};
        QTest::newRow("Surface Pro X") << "Qualcomm"
                                       << "Microsoft SQ1 @ 3.0 GHz" << QStringList {"Microsoft SQ1"};
    }
    void examples()
    {
        QFETCH(QString, vendor);
        QFETCH(QString, brand);
        QFETCH(QStringList, entries);
        QCOMPARE(names(book().data.matchCpu(vendor, brand).entries), entries);
    }

    // How names are reduced before they are compared (CpuName).
    void nameKeys_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("equal");
        QTest::newRow("marks, clock, CPU") << "Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz"
                                           << "Core(TM) i5-8250U" << true;
        QTest::newRow("nth Gen") << "13th Gen Intel(R) Core(TM) i7-13700K"
                                 << "Core(TM) i7-13700K" << true;
        QTest::newRow("N-Core Processor") << "AMD Ryzen 9 5950X 16-Core Processor"
                                          << "Ryzen 9 5950X" << true;
        QTest::newRow("Six-Core Processor") << "AMD Ryzen 5 2600X Six-Core Processor"
                                            << "Ryzen 5 2600X" << true;
        QTest::newRow("with Radeon Graphics") << "AMD Ryzen 7 5700U with Radeon Graphics"
                                              << "Ryzen 7 5700U" << true;
        QTest::newRow("Microsoft's '+' for '-'") << "Core(TM) i5+8400"
                                                 << "Intel(R) Core(TM) i5-8400 CPU @ 2.80GHz" << true;
        QTest::newRow("a model's own '+'") << "Xeon(R) Gold 5415+"
                                           << "Xeon(R) Gold 5415" << false;
        QTest::newRow("a different number") << "Core(TM) i3-8121U"
                                            << "Core(TM) i3-8130U" << false;
        QTest::newRow("PRO is part of the name") << "Ryzen 5 PRO 2600"
                                                 << "Ryzen 5 2600" << false;
        QTest::newRow("Core 2 is not Core") << "Intel(R) Core(TM)2 Duo CPU E8400 @ 3.00GHz"
                                            << "Core(TM) i5-8400" << false;
    }
    void nameKeys()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, equal);
        QCOMPARE(CpuName::key(a).key == CpuName::key(b).key, equal);
    }

    // Not listed: never matched, however close the number; the nearest names are offered.
    void notListed_data()
    {
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<QString>("brand");
        QTest::addColumn<QString>("nearest"); // one of the nearest names, or "" for none
        QTest::newRow("Cannon Lake i3-8121U") << kIntel << "Intel(R) Core(TM) i3-8121U CPU @ 2.20GHz"
                                              << "Core(TM) i3-8130U";
        QTest::newRow("Kaby Lake i7-7700HQ") << kIntel << "Intel(R) Core(TM) i7-7700HQ CPU @ 2.80GHz"
                                             << "Core(TM) i7-7820HQ";
        QTest::newRow("Kaby Lake i7-7700K") << kIntel << "Intel(R) Core(TM) i7-7700K CPU @ 4.20GHz"
                                            << "Core(TM) i7-7800X";
        QTest::newRow("Haswell i5-4200U") << kIntel << "Intel(R) Core(TM) i5-4200U CPU @ 1.60GHz"
                                          << "";
        QTest::newRow("Zen Ryzen 5 1600") << kAmd << "AMD Ryzen 5 1600 Six-Core Processor"
                                          << "Ryzen 5 2600";
        QTest::newRow("Zen Ryzen 7 1700") << kAmd << "AMD Ryzen 7 1700 Eight-Core Processor"
                                          << "Ryzen 7 2700";
        QTest::newRow("Raven Ridge 2400G") << kAmd << "AMD Ryzen 5 2400G with Radeon Vega Graphics"
                                           << "Ryzen 5 2500X";
        QTest::newRow("Core 2 Duo E8400") << kIntel << "Intel(R) Core(TM)2 Duo CPU     E8400  @ 3.00GHz"
                                          << "";
        QTest::newRow("Kaveri A10") << kAmd << "AMD A10-7850K Radeon R7, 12 Compute Cores 4C+8G"
                                    << "";
        QTest::newRow("QEMU model") << kIntel << "Intel Core Processor (Skylake, IBRS)"
                                    << "";
        // No prefix acceptance either way.
        QTest::newRow("shorter than a listed name") << kIntel << "Intel(R) Core(TM) i5-8250 CPU @ 1.60GHz"
                                                    << "Core(TM) i5-8250U";
        QTest::newRow("longer than a listed name") << kIntel << "Intel(R) Core(TM) i5-8250UX CPU @ 1.60GHz"
                                                   << "Core(TM) i5-8250U";
        QTest::newRow("Ryzen Z1 is not Z1 Extreme's prefix") << kAmd << "AMD Ryzen Z1 Extended"
                                                             << "";
        QTest::newRow("another vendor's list") << kAmd << "Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz"
                                               << "";
        QTest::newRow("Snapdragon X Elite, other part")
            << "Qualcomm"
            << "Snapdragon(R) X Elite - X1E99100 - Qualcomm(R) Oryon(TM) CPU"
            << "";
    }
    void notListed()
    {
        QFETCH(QString, vendor);
        QFETCH(QString, brand);
        QFETCH(QString, nearest);
        const CpuListMatch m = book().data.matchCpu(vendor, brand);
        QVERIFY2(m.entries.isEmpty(), qPrintable(names(m.entries).join(QStringLiteral(", "))));
        QVERIFY(m.nearest.size() <= 3);
        if (!nearest.isEmpty())
            QVERIFY2(
                names(m.nearest).contains(nearest), qPrintable(names(m.nearest).join(QStringLiteral(", "))));
    }

    // The finding quotes the entry that matched, or says none did and names the nearest.
    void findingExplainsTheMatch()
    {
        const QString W24 = QStringLiteral("win11-24h2");
        const Assessment listed
            = test::engine().evaluate(test::loadFacts(QStringLiteral("desktop-2019"),
                                          {{QStringLiteral("hardware.cpu.model_name"),
                                              QStringLiteral("Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz")}}),
                {W24}, test::scanTime());
        const Finding *f = test::findFinding(listed, QStringLiteral("cpu-approved-list"), W24);
        QVERIFY(f);
        QCOMPARE(f->status, FindingStatus::Pass);
        QVERIFY2(
            f->meaning.en.contains(QStringLiteral("as \"Core(TM) i5-8250U\"")), qPrintable(f->meaning.en));
        QVERIFY2(
            f->meaning.en.contains(QStringLiteral("1059 names as of 2025-10-06")), qPrintable(f->meaning.en));
        QVERIFY(f->meaning.ja.contains(QStringLiteral("「Core(TM) i5-8250U」")));

        const Assessment missing
            = test::engine().evaluate(test::loadFacts(QStringLiteral("desktop-2019"),
                                          {{QStringLiteral("hardware.cpu.model_name"),
                                              QStringLiteral("Intel(R) Core(TM) i3-8121U CPU @ 2.20GHz")}}),
                {W24}, test::scanTime());
        f = test::findFinding(missing, QStringLiteral("cpu-approved-list"), W24);
        QCOMPARE(f->status, FindingStatus::Warning);
        QCOMPARE(f->kind, QStringLiteral("hardware"));
        QVERIFY2(
            f->meaning.en.contains(QStringLiteral("nearest list names considered: \"Core(TM) i3-8130U\"")),
            qPrintable(f->meaning.en));
        QVERIFY(f->meaning.en.contains(QStringLiteral("Microsoft may withhold updates")));
        QVERIFY(f->meaning.ja.contains(QStringLiteral("「Core(TM) i3-8130U」")));
        QVERIFY(!f->remedy.isEmpty());
        // A warning decides no verdict: the gate passes, so the list is no reason.
        QVERIFY(!test::verdictFor(missing, W24)->reasons.contains(QStringLiteral("cpu-approved-list")));

        const Assessment none = test::engine().evaluate(
            test::loadFacts(QStringLiteral("core2-e8400")), {W24}, test::scanTime());
        f = test::findFinding(none, QStringLiteral("cpu-approved-list"), W24);
        QCOMPARE(f->status, FindingStatus::Warning);
        QVERIFY2(f->meaning.en.contains(QStringLiteral("no list name of the same series")),
            qPrintable(f->meaning.en));
    }

    // Core i7-7820HQ counts on Surface Studio 2 and Precision 5520 only (SMBIOS product name).
    void i7_7820hqDependsOnTheSystem_data()
    {
        QTest::addColumn<QJsonValue>("product");
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("gate");
        QTest::newRow("Surface Studio 2") << QJsonValue(QStringLiteral("Surface Studio 2")) << "pass"
                                          << "pass";
        QTest::newRow("Precision 5520, other case") << QJsonValue(QStringLiteral("PRECISION 5520")) << "pass"
                                                    << "pass";
        QTest::newRow("another Dell") << QJsonValue(QStringLiteral("XPS 15 9560")) << "warning"
                                      << "blocker";
        QTest::newRow("unknown system")
            << QJsonValue(QJsonObject {{"$unknown", "synthetic: no SMBIOS"}}) << "unknown"
            << "unknown";
    }
    void i7_7820hqDependsOnTheSystem()
    {
        QFETCH(QJsonValue, product);
        QFETCH(QString, list);
        QFETCH(QString, gate);
        const QString W25 = QStringLiteral("win11-25h2");
        const Assessment a = test::engine().evaluate(
            test::loadFacts(QStringLiteral("desktop-2019"),
                {{QStringLiteral("hardware.cpu.model_name"),
                     QStringLiteral("Intel(R) Core(TM) i7-7820HQ CPU @ 2.90GHz")},
                    {QStringLiteral("hardware.cpu.model"), 158}, {QStringLiteral("hardware.cpu.stepping"), 9},
                    {QStringLiteral("hardware.cpu.processor_flags"), 32},
                    {QStringLiteral("hardware.smbios.system.product"), product}}),
            {W25}, test::scanTime());
        const Finding *l = test::findFinding(a, QStringLiteral("cpu-approved-list"), W25);
        const Finding *g = test::findFinding(a, QStringLiteral("cpu-family-gate"), W25);
        QCOMPARE(statusName(l->status), list);
        QCOMPARE(statusName(g->status), gate);
        if (list == QLatin1String("warning"))
            QVERIFY2(l->meaning.en.contains(QStringLiteral("Surface Studio 2, Precision 5520")),
                qPrintable(l->meaning.en));
        if (gate == QLatin1String("blocker"))
            QVERIFY2(g->meaning.en.contains(QStringLiteral("platform id is 32 (0x20): fails")),
                qPrintable(g->meaning.en));
    }

    // Kaby Lake stepping 9: the platform id decides; unreadable, the finding says so.
    void platformIdUnreadable()
    {
        const QString W24 = QStringLiteral("win11-24h2");
        const Assessment a = test::engine().evaluate(
            test::loadFacts(QStringLiteral("desktop-2019"),
                {{QStringLiteral("hardware.cpu.model"), 142}, {QStringLiteral("hardware.cpu.stepping"), 9},
                    {QStringLiteral("hardware.cpu.processor_flags"),
                        QJsonObject {{"$unknown",
                            "cannot read /sys/devices/system/cpu/cpu0/microcode/processor_flags"}}}}),
            {W24}, test::scanTime());
        const Finding *g = test::findFinding(a, QStringLiteral("cpu-family-gate"), W24);
        QCOMPARE(g->status, FindingStatus::Unknown);
        QVERIFY2(g->meaning.en.contains(QStringLiteral("platform id could not be read")),
            qPrintable(g->meaning.en));
        QVERIFY(g->meaning.ja.contains(QStringLiteral("読み取れませんでした")));
        bool shown = false;
        for (const Evidence &e : g->evidence)
            if (e.fact == QLatin1String("hardware.cpu.processor_flags"))
                shown = e.unknownReason.contains(QStringLiteral("microcode/processor_flags"));
        QVERIFY(shown);
        QVERIFY(!g->remedy.isEmpty());
        QVERIFY(test::verdictFor(a, W24)->toConfirm.contains(QStringLiteral("cpu-family-gate")));
    }

    // The CPU rules (checklist item 6): each names its source, and each blocker and warning
    // carries a remedy.
    void cpuRulesNameSourcesAndRemedies()
    {
        QFile f(test::rulesDir() + QStringLiteral("/checks/requirements-cpu.yaml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
        int rules = 0;
        for (int i = 0; i < lines.size(); ++i) {
            if (!lines[i].startsWith(QLatin1String("  - id: ")))
                continue;
            ++rules;
            bool source = false;
            for (int j = i - 1; j >= 0 && lines[j].startsWith(QLatin1String("  #")); --j)
                source = source || lines[j].contains(QLatin1String("Source:"));
            QVERIFY2(source, qPrintable(lines[i] + QStringLiteral(": no '# Source:' comment above it")));
        }
        QCOMPARE(rules, 8);
        for (const Rule &r : book().rules) {
            if (r.check != QLatin1String("6"))
                continue;
            for (const Outcome &o : r.outcomes)
                if (o.status == FindingStatus::Blocker || o.status == FindingStatus::Warning)
                    QVERIFY2(
                        !o.remedy.isEmpty(), qPrintable(QStringLiteral("%1 line %2").arg(r.id).arg(o.line)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCpuLists)
#include "tst_cpu_lists.moc"
