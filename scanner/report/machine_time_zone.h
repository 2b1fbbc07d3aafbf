// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace urs {

class FactSet;

// The time zone of the scanned Windows, from the facts its registry gave (windows.time_zone,
// windows.time_zone_bias_minutes, windows.time_zone_daylight): the clock the customer reads,
// so a report can say when the machine was scanned in its own local time as well as in UTC.
//
// The offset at an instant follows the rule Windows itself keeps in TimeZoneInformation, the
// same computation Windows does (TIME_ZONE_INFORMATION): the bias, plus the daylight bias between
// DaylightStart (given in local standard time) and StandardStart (given in local daylight time),
// in either order for the southern hemisphere. No tz database is needed, so the live system
// converts as it is. That rule is the one Windows had for the year it last ran; a country that
// changed its rules since is the one case it can be wrong.
class MachineTimeZone {
public:
    struct Transition {
        int year = 0; // 0: every year, on the day-th day_of_week of month (5: the last)
        int month = 0;
        int dayOfWeek = 0; // 0 Sunday
        int day = 0;
        int hour = 0;
        int minute = 0;
        int second = 0;
    };

    // nullopt when the facts hold no usable offset. Without a daylight rule the offset in effect
    // when Windows last ran (ActiveTimeBias) stands for every instant.
    static std::optional<MachineTimeZone> fromFacts(const FactSet &facts);
    // A zone with a fixed offset (tests; a rule-less zone).
    static MachineTimeZone fixed(const QString &name, int biasMinutes);

    // TimeZoneKeyName, or "UTC-08:00" when the name is unknown.
    QString name() const;
    // Minutes to add to UTC to get the machine's local time at that instant (-480 in Pacific
    // winter): the negative of Windows' bias.
    int offsetMinutesAt(const QDateTime &utc) const;
    bool daylightAt(const QDateTime &utc) const;
    // utc as the machine's clock showed it, with its offset (Qt::OffsetFromUTC).
    QDateTime toLocal(const QDateTime &utc) const;
    // report.json's "time_zone": name, utc_offset_minutes and daylight_saving at that instant.
    QJsonObject toJson(const QDateTime &utc) const;

    // "UTC+09:00", "UTC-03:30", "UTC+00:00".
    static QString offsetText(int offsetMinutes);

private:
    // The UTC instant of a transition in year, when the rule has one that year.
    std::optional<QDateTime> transitionUtc(int year, const Transition &t, int biasInEffect) const;

    QString m_name;
    int m_bias = 0; // minutes, UTC = local standard time + bias (+ the daylight bias in summer)
    int m_standardBias = 0;
    int m_daylightBias = 0;
    bool m_observesDaylight = false;
    Transition m_daylightStart;
    Transition m_standardStart;
};

} // namespace urs
