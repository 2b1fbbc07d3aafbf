// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// SYNTHETIC time-zone facts, as the time-zone collector writes them from a SYSTEM hive's
// Control\TimeZoneInformation (the real hives are read in tests/unit/windows/tst_time_zone.cpp).

#include "facts/fact_set.h"

#include <QJsonObject>

namespace urs::test {

// A zone without daylight saving time.
inline QJsonObject noDaylightSaving()
{
    return {{QStringLiteral("observed"), false}, {QStringLiteral("standard_bias_minutes"), 0}};
}

// bias: minutes from local standard time to UTC, as Windows stores it (-540 for Tokyo).
inline void setSyntheticTimeZone(
    FactSet &facts, const QString &name, int bias, const QJsonObject &daylight = noDaylightSaving())
{
    const Provenance where {
        ProvenanceKind::Hive, QStringLiteral("SYSTEM\\ControlSet001\\Control\\TimeZoneInformation")};
    facts.set(QStringLiteral("windows.time_zone"), name, where);
    facts.set(QStringLiteral("windows.time_zone_bias_minutes"), bias, where);
    facts.set(QStringLiteral("windows.time_zone_active_bias_minutes"), bias, where);
    facts.set(QStringLiteral("windows.time_zone_daylight"), daylight, where);
}

} // namespace urs::test
