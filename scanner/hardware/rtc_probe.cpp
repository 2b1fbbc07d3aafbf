// SPDX-License-Identifier: GPL-3.0-or-later
#include "hardware/rtc_probe.h"

#include "common/core_text.h"
#include "hardware/hardware_facts.h"
#include "hardware/hardware_root.h"

#include <QDateTime>

namespace urs {

void RtcProbe::collect(FactSet &facts) const
{
    const QString name = QStringLiteral("hardware.firmware.rtc_time");
    const QString dir = QStringLiteral("/sys/class/rtc/rtc0");
    const QString epochPath = dir + QStringLiteral("/since_epoch");
    const FileRead epoch = m_root.readTrimmed(epochPath);
    if (epoch.ok) {
        bool ok = false;
        const qint64 seconds = epoch.data.toLongLong(&ok);
        if (ok && seconds > 0) {
            facts.setDateTime(name, QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC), hw::sysfs(epochPath));
            return;
        }
        log()->debug("hardware: {} holds \"{}\", not seconds", str(epochPath), epoch.data.toStdString());
    }
    // Older drivers: "date" (YYYY-MM-DD) and "time" (hh:mm:ss) files.
    const FileRead date = m_root.readTrimmed(dir + QStringLiteral("/date"));
    const FileRead time = m_root.readTrimmed(dir + QStringLiteral("/time"));
    if (date.ok && time.ok) {
        const QDateTime dt
            = QDateTime::fromString(QString::fromLatin1(date.data + 'T' + time.data + 'Z'), Qt::ISODate);
        if (dt.isValid()) {
            facts.setDateTime(name, dt, hw::sysfs(dir + QStringLiteral("/date, /time")));
            return;
        }
    }
    QString why = epoch.ok ? coreText("%1 is not a number of seconds").arg(epochPath) : epoch.error;
    why = coreText("%1; %2").arg(why,
        date.ok ? (time.ok ? coreText("%1/date and /time are not a valid time").arg(dir) : time.error)
                : date.error);
    hw::unknown(facts, name, why, hw::sysfs(epochPath));
}

} // namespace urs
