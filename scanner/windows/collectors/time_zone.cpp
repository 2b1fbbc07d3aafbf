// SPDX-License-Identifier: GPL-3.0-or-later
// The time zone the installed Windows keeps its clock in (the SYSTEM hive's
// Control\TimeZoneInformation, the TIME_ZONE_INFORMATION structure Windows itself reads): its
// name, its offset from UTC, its daylight-saving rule, and whether the firmware clock holds UTC.
// The report uses them to give the scan time in the machine's own local time beside UTC.
#include "common/core_text.h"
#include "windows/collectors/collectors.h"

#include <QJsonObject>
#include <QtEndian>

namespace urs {

namespace {

const QString kKey = QStringLiteral("Control\\TimeZoneInformation");

// Bias values are LONGs stored in REG_DWORD: east of Greenwich they are negative (Tokyo -540).
qint64 signedBias(quint32 dword)
{
    return qint64(qint32(dword));
}

// A transition of 16 bytes. TimeZoneInformation is the kernel's copy (RTL_TIME_ZONE_INFORMATION),
// so its StandardStart and DaylightStart are TIME_FIELDS, not the SYSTEMTIME of the Time Zones
// database: little-endian WORDs Year, Month, Day, Hour, Minute, Second, Milliseconds, Weekday.
// (The real 8.1 hive in tests/data/hives/real has 0,3,2,2,0,0,0,0 for Pacific daylight time:
// the second Sunday of March at 2:00.) Year 0 makes it a yearly rule: Day is then the week of
// the month (1-5, 5 the last) of Weekday (0 Sunday). The milliseconds are left out.
std::optional<QJsonObject> transition(const QByteArray &bytes)
{
    if (bytes.size() != 16)
        return std::nullopt;
    const auto word = [&bytes](int i) { return int(qFromLittleEndian<quint16>(bytes.constData() + 2 * i)); };
    return QJsonObject {{QStringLiteral("year"), word(0)}, {QStringLiteral("month"), word(1)},
        {QStringLiteral("day"), word(2)}, {QStringLiteral("hour"), word(3)},
        {QStringLiteral("minute"), word(4)}, {QStringLiteral("second"), word(5)},
        {QStringLiteral("day_of_week"), word(7)}};
}

HiveRead<QJsonObject> readTransition(const HiveRead<HiveKey> &key, const QString &value)
{
    const auto bytes = valueOf(key, value, &HiveKey::binary);
    if (!bytes)
        return HiveRead<QJsonObject>::failedAs(bytes);
    const std::optional<QJsonObject> t = transition(*bytes);
    if (!t) {
        return HiveRead<QJsonObject>::missing(HiveReadStatus::WrongType,
            coreText("%1 is %2 bytes, not a 16-byte TIME_FIELDS").arg(bytes.where()).arg(bytes->size()),
            bytes.where());
    }
    return HiveRead<QJsonObject>::found(*t, bytes.where());
}

// StandardBias, DaylightBias, StandardStart and DaylightStart as one object: the rule is only
// usable whole. A DaylightStart month of 0 means the zone has no daylight saving time (or the
// user switched "Automatically adjust clock for daylight saving time" off).
HiveRead<QJsonObject> getDaylightRule(const HiveRead<HiveKey> &key)
{
    const auto standardBias = valueOf(key, QStringLiteral("StandardBias"), &HiveKey::dword);
    const auto daylightBias = valueOf(key, QStringLiteral("DaylightBias"), &HiveKey::dword);
    const auto standardStart = readTransition(key, QStringLiteral("StandardStart"));
    const auto daylightStart = readTransition(key, QStringLiteral("DaylightStart"));
    if (!standardBias)
        return HiveRead<QJsonObject>::failedAs(standardBias);
    if (!daylightStart)
        return HiveRead<QJsonObject>::failedAs(daylightStart);
    QJsonObject rule {{QStringLiteral("standard_bias_minutes"), signedBias(*standardBias)}};
    const bool observed = daylightStart->value(QStringLiteral("month")).toInt() != 0;
    rule.insert(QStringLiteral("observed"), observed);
    if (observed) {
        if (!daylightBias)
            return HiveRead<QJsonObject>::failedAs(daylightBias);
        if (!standardStart)
            return HiveRead<QJsonObject>::failedAs(standardStart);
        rule.insert(QStringLiteral("daylight_bias_minutes"), signedBias(*daylightBias));
        rule.insert(QStringLiteral("daylight_start"), *daylightStart);
        rule.insert(QStringLiteral("standard_start"), *standardStart);
    }
    return HiveRead<QJsonObject>::found(rule, key.where());
}

// RealTimeIsUniversal is a DWORD, but guides often have it set as a QWORD on 64-bit Windows,
// which Windows accepts too. Absent (the default) means the firmware clock holds local time.
void setRtcInUtc(const HiveRead<HiveKey> &key, FactSet &facts)
{
    const QString fact = QStringLiteral("windows.rtc_in_utc");
    const auto dword = valueOf(key, QStringLiteral("RealTimeIsUniversal"), &HiveKey::dword);
    if (dword.status() == HiveReadStatus::WrongType) {
        const auto qword = valueOf(key, QStringLiteral("RealTimeIsUniversal"), &HiveKey::qword);
        setFromRead(facts, fact, qword, [](quint64 v) { return QJsonValue(v == 1); });
        return;
    }
    setFlag(facts, fact, dword, dword.status() == HiveReadStatus::ValueAbsent);
}

} // namespace

void checkTimeZone(const WindowsContext &ctx, FactSet &facts)
{
    const HiveRead<HiveKey> key = ctx.hives.ccs(kKey);
    setFromRead(facts, QStringLiteral("windows.time_zone"),
        valueOf(key, QStringLiteral("TimeZoneKeyName"), &HiveKey::string));
    const auto toMinutes = [](quint32 v) { return QJsonValue(signedBias(v)); };
    setFromRead(facts, QStringLiteral("windows.time_zone_bias_minutes"),
        valueOf(key, QStringLiteral("Bias"), &HiveKey::dword), toMinutes);
    setFromRead(facts, QStringLiteral("windows.time_zone_active_bias_minutes"),
        valueOf(key, QStringLiteral("ActiveTimeBias"), &HiveKey::dword), toMinutes);
    setFromRead(facts, QStringLiteral("windows.time_zone_daylight"), getDaylightRule(key),
        [](const QJsonObject &o) { return QJsonValue(o); });
    setRtcInUtc(key, facts);
}

} // namespace urs
