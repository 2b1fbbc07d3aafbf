// SPDX-License-Identifier: GPL-3.0-or-later
// The expression language: parsing, static types, units and three-valued logic.
#include "engine/expression_evaluator.h"
#include "engine/rule_data.h"
#include "engine_test_support.h"

using namespace urs;

namespace {

Value eval(const QString &text, const FactSet &facts, const QHash<QString, Value> &params = {})
{
    ParseScope scope;
    RuleData data;
    for (auto it = params.constBegin(); it != params.constEnd(); ++it)
        scope.targetParams.insert(it.key(), it.value().type());
    const ExprPtr e = ExpressionParser::parse(text, scope);
    EvalContext c;
    c.facts = &facts;
    c.data = &data;
    c.targetParams = &params;
    c.scanTime = test::scanTime();
    return ExpressionEvaluator::evaluate(*e, c);
}

FactSet someFacts()
{
    FactSet f;
    const Provenance p {ProvenanceKind::Derived, {}};
    f.set(QStringLiteral("volume.free_bytes"), 30'000'000'000LL, p);
    f.set(QStringLiteral("windows.fast_startup.hiberboot_enabled"), true, p);
    f.setUnknown(QStringLiteral("windows.fast_startup.volume_hibernated"),
        QStringLiteral("hiberfil.sys unreadable"), p);
    f.set(QStringLiteral("hardware.cpu.flags"), QJsonArray {"sse2", "POPCNT"}, p);
    f.set(QStringLiteral("windows.architecture"), QStringLiteral("x64"), p);
    f.set(QStringLiteral("windows.last_shutdown"), QStringLiteral("2015-12-12T03:30:15Z"), p);
    f.set(QStringLiteral("hardware.displays"),
        QJsonArray {QJsonObject {{"height_px", 768}}, QJsonObject {{"height_px", 1080}}}, p);
    return f;
}

} // namespace

class TestExpression : public QObject {
    Q_OBJECT
private slots:
    void evaluates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // JSON of the value, "unknown" for unknown
        QTest::newRow("units are decimal GB") << "volume.free_bytes < 35GB"
                                              << "true";
        QTest::newRow("binary GiB") << "4GiB == 4294967296"
                                    << "true";
        QTest::newRow("GHz in MHz") << "1GHz == 1000"
                                    << "true";
        QTest::newRow("arithmetic") << "volume.free_bytes / 1GB"
                                    << "30";
        QTest::newRow("or: true wins over unknown")
            << "windows.fast_startup.hiberboot_enabled or windows.fast_startup.volume_hibernated"
            << "true";
        QTest::newRow("and: unknown stays unknown")
            << "windows.fast_startup.hiberboot_enabled and windows.fast_startup.volume_hibernated"
            << "unknown";
        QTest::newRow("and: false wins over unknown")
            << "not windows.fast_startup.hiberboot_enabled and windows.fast_startup.volume_hibernated"
            << "false";
        QTest::newRow("not unknown") << "not windows.fast_startup.volume_hibernated"
                                     << "unknown";
        QTest::newRow("comparison with unknown") << "windows.build == 9600"
                                                 << "unknown";
        QTest::newRow("known()") << "known(windows.build) or known(windows.architecture)"
                                 << "true";
        QTest::newRow("contains is case-insensitive") << "contains(hardware.cpu.flags, \"popcnt\")"
                                                      << "true";
        QTest::newRow("in list") << "windows.architecture in [\"x86\", \"x64\"]"
                                 << "true";
        QTest::newRow("string equality ignores case") << "windows.architecture == \"X64\""
                                                      << "true";
        QTest::newRow("dates") << "windows.last_shutdown < date(\"2016-01-01\")"
                               << "true";
        QTest::newRow("days to scan time") << "days(windows.last_shutdown, scan_time) > 3900"
                                           << "true";
        QTest::newRow("year") << "year(windows.last_shutdown)"
                              << "2015";
        QTest::newRow("max of a field") << "max(pluck(hardware.displays, \"height_px\"))"
                                        << "1080";
        QTest::newRow("max of nothing") << "max(pluck(hardware.displays, \"width_mm\"))"
                                        << "unknown";
        QTest::newRow("coalesce") << "coalesce(windows.build, 7)"
                                  << "7";
        QTest::newRow("if") << "if(windows.architecture == \"x86\", 1, 2)"
                            << "2";
        QTest::newRow("if unknown") << "if(windows.fast_startup.volume_hibernated, 1, 2)"
                                    << "unknown";
        QTest::newRow("gb") << "gb(volume.free_bytes)"
                            << "\"30.0 GB\"";
        QTest::newRow("smbios date") << "year(smbios_date(\"03/18/2014\"))"
                                     << "2014";
        QTest::newRow("regex") << "matches(windows.architecture, \"^x(64|86)$\")"
                               << "true";
        QTest::newRow("target param") << "volume.free_bytes >= target.min_free"
                                      << "true";
    }
    void evaluates()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const Value v = eval(text, someFacts(), {{QStringLiteral("min_free"), Value(20e9)}});
        if (expected == QLatin1String("unknown")) {
            QVERIFY2(v.isUnknown(), qPrintable(v.text(QStringLiteral("en"))));
            return;
        }
        QVERIFY2(!v.isUnknown(), qPrintable(text));
        QCOMPARE(QString::fromUtf8(QJsonDocument(QJsonArray {v.toJson()}).toJson(QJsonDocument::Compact)),
            QStringLiteral("[%1]").arg(expected));
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("column");
        QTest::newRow("unknown fact") << "windows.bulid == 9600"
                                      << "unknown fact 'windows.bulid'" << 1;
        QTest::newRow("type") << "windows.build == \"9600\""
                              << "compares a number with a text" << 15;
        QTest::newRow("ordering text") << "windows.architecture < \"x64\""
                                       << "orders numbers or dates" << 22;
        QTest::newRow("and on a number") << "windows.build and true"
                                         << "'and' needs a yes/no" << 1;
        QTest::newRow("unit") << "volume.free_bytes < 35GiG"
                              << "unknown unit 'GiG'" << 23;
        QTest::newRow("dangling") << "windows.build =="
                                  << "expected a value" << 17;
        QTest::newRow("unclosed") << "count(windows.programs"
                                  << "expected ')'" << 23;
        QTest::newRow("arity") << "count()"
                               << "count() takes 1 argument(s), got 0" << 1;
        QTest::newRow("argument type") << "count(windows.build)"
                                       << "argument 1 of count() must be a list" << 7;
        QTest::newRow("bad date literal") << "date(\"2026-13-01\")"
                                          << "date() wants YYYY-MM-DD" << 6;
        QTest::newRow("bad regex") << "matches(windows.architecture, \"(\")"
                                   << "invalid regular expression" << 31;
        QTest::newRow("undefined param") << "target.nope > 1"
                                         << "target parameter 'nope'" << 1;
        QTest::newRow("bare word") << "fast_startup"
                                   << "unknown name 'fast_startup'" << 1;
        QTest::newRow("stray character") << "windows.build = 1"
                                         << "unexpected character '='" << 15;
    }
    void rejects()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QFETCH(int, column);
        try {
            eval(text, FactSet());
            QFAIL("accepted");
        } catch (const ExpressionError &e) {
            QVERIFY2(e.message().contains(message), qPrintable(e.message()));
            QCOMPARE(e.column(), column);
        }
    }

    void cpuNamesAndPatterns()
    {
        QCOMPARE(RuleData::normaliseCpuName(QStringLiteral("Intel(R) Core(TM) i5-9400 CPU @ 2.90GHz")),
            QStringLiteral("Intel Core i5-9400"));
        QCOMPARE(
            RuleData::normaliseCpuName(QStringLiteral("Intel(R) Core(TM)2 Duo CPU     E8400  @ 3.00GHz")),
            QStringLiteral("Intel Core 2 Duo E8400"));
        const WildcardPattern p(QStringLiteral("Core i5-8###*"));
        QVERIFY(p.matchesWords(QStringLiteral("Intel Core i5-8250U")));
        QVERIFY(!p.matchesWords(QStringLiteral("Intel Core i5-4200U")));
        QVERIFY(!p.matchesWords(QStringLiteral("Intel Core i5-825")));
        QVERIFY(WildcardPattern(QStringLiteral("Norton*")).matchesWhole(QStringLiteral("norton 360 deluxe")));
    }
};

QTEST_GUILESS_MAIN(TestExpression)
#include "tst_expression.moc"
