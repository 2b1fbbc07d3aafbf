// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/machine_time_zone.h"

#include "facts/fact_set.h"

namespace urs {

namespace {

std::optional<int> integerFact(const FactSet &facts, const char *name)
{
    const std::optional<QJsonValue> v = facts.value(QLatin1String(name));
    if (v && v->isDouble())
        return int(v->toDouble());
    return std::nullopt;
}

MachineTimeZone::Transition transitionFrom(const QJsonObject &o)
{
    const auto n = [&o](const char *key) { return o.value(QLatin1String(key)).toInt(); };
    return {n("year"), n("month"), n("day_of_week"), n("day"), n("hour"), n("minute"), n("second")};
}

bool isValid(const MachineTimeZone::Transition &t)
{
    return t.month >= 1 && t.month <= 12 && t.dayOfWeek >= 0 && t.dayOfWeek <= 6 && t.day >= 1 && t.day <= 31
        && t.hour >= 0 && t.hour <= 23 && t.minute >= 0 && t.minute <= 59;
}

} // namespace

std::optional<MachineTimeZone> MachineTimeZone::fromFacts(const FactSet &facts)
{
    const std::optional<QJsonValue> name = facts.value(QStringLiteral("windows.time_zone"));
    const std::optional<int> bias = integerFact(facts, "windows.time_zone_bias_minutes");
    const std::optional<int> active = integerFact(facts, "windows.time_zone_active_bias_minutes");
    const std::optional<QJsonValue> daylight = facts.value(QStringLiteral("windows.time_zone_daylight"));
    // A bias beyond ±14 hours is no time zone on Earth: a damaged hive, not an offset.
    const auto plausible = [](std::optional<int> b) { return b && *b >= -14 * 60 && *b <= 14 * 60; };

    MachineTimeZone zone;
    zone.m_name = name && name->isString() ? name->toString().trimmed() : QString();
    if (plausible(bias) && daylight && daylight->isObject()) {
        const QJsonObject rule = daylight->toObject();
        zone.m_bias = *bias;
        zone.m_standardBias = rule.value(QLatin1String("standard_bias_minutes")).toInt();
        zone.m_daylightBias = rule.value(QLatin1String("daylight_bias_minutes")).toInt();
        zone.m_daylightStart = transitionFrom(rule.value(QLatin1String("daylight_start")).toObject());
        zone.m_standardStart = transitionFrom(rule.value(QLatin1String("standard_start")).toObject());
        zone.m_observesDaylight = rule.value(QLatin1String("observed")).toBool()
            && isValid(zone.m_daylightStart) && isValid(zone.m_standardStart);
        return zone;
    }
    if (plausible(active))
        return fixed(zone.m_name, *active);
    if (plausible(bias))
        return fixed(zone.m_name, *bias);
    return std::nullopt;
}

MachineTimeZone MachineTimeZone::fixed(const QString &name, int biasMinutes)
{
    MachineTimeZone zone;
    zone.m_name = name;
    zone.m_bias = biasMinutes;
    return zone;
}

QString MachineTimeZone::name() const
{
    return m_name.isEmpty() ? offsetText(-(m_bias + m_standardBias)) : m_name;
}

std::optional<QDateTime> MachineTimeZone::transitionUtc(int year, const Transition &t, int biasInEffect) const
{
    QDate date;
    if (t.year != 0) {
        if (t.year != year)
            return std::nullopt;
        date = QDate(year, t.month, t.day);
    } else {
        const QDate first(year, t.month, 1);
        const int firstDayOfWeek = first.dayOfWeek() % 7; // Qt counts Monday 1 .. Sunday 7
        int day = 1 + (t.dayOfWeek - firstDayOfWeek + 7) % 7 + 7 * (t.day - 1);
        while (day > first.daysInMonth())
            day -= 7; // week 5 is the last one, whether the month has four or five
        date = QDate(year, t.month, day);
    }
    if (!date.isValid())
        return std::nullopt;
    // The transition is given in the local time in effect just before it.
    return QDateTime(date, QTime(t.hour, t.minute, std::min(t.second, 59)), Qt::UTC)
        .addSecs(qint64(biasInEffect) * 60);
}

bool MachineTimeZone::daylightAt(const QDateTime &utc) const
{
    if (!m_observesDaylight || !utc.isValid())
        return false;
    const int standard = m_bias + m_standardBias;
    const int year = utc.toUTC().addSecs(-qint64(standard) * 60).date().year();
    const std::optional<QDateTime> starts = transitionUtc(year, m_daylightStart, standard);
    const std::optional<QDateTime> ends = transitionUtc(year, m_standardStart, m_bias + m_daylightBias);
    if (!starts || !ends)
        return false;
    const QDateTime t = utc.toUTC();
    if (*starts < *ends)
        return t >= *starts && t < *ends; // northern hemisphere: summer inside the year
    return !(t >= *ends && t < *starts); // southern: summer across the new year
}

int MachineTimeZone::offsetMinutesAt(const QDateTime &utc) const
{
    return -(m_bias + (daylightAt(utc) ? m_daylightBias : m_standardBias));
}

QDateTime MachineTimeZone::toLocal(const QDateTime &utc) const
{
    if (!utc.isValid())
        return {};
    return utc.toUTC().toOffsetFromUtc(offsetMinutesAt(utc) * 60);
}

QJsonObject MachineTimeZone::toJson(const QDateTime &utc) const
{
    return {{QStringLiteral("name"), name()}, {QStringLiteral("utc_offset_minutes"), offsetMinutesAt(utc)},
        {QStringLiteral("daylight_saving"), daylightAt(utc)}};
}

QString MachineTimeZone::offsetText(int offsetMinutes)
{
    const int a = std::abs(offsetMinutes);
    return QStringLiteral("UTC%1%2:%3")
        .arg(offsetMinutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(a / 60, 2, 10, QLatin1Char('0'))
        .arg(a % 60, 2, 10, QLatin1Char('0'));
}

} // namespace urs
