// SPDX-License-Identifier: GPL-3.0-or-later
// The newest moment this installation wrote something: compared with the firmware clock it
// shows a clock that is far off (a dead CMOS battery), which makes upgrades fail.
#include "common/core_text.h"
#include "windows/collectors/collectors.h"

#include <QJsonArray>
#include <QJsonObject>

namespace urs {

namespace {

struct Stamp {
    QDateTime time;
    QString source;
};

// Times before Windows NT existed only come from damaged data or a clock reset to its epoch.
bool isPlausible(const QDateTime &t)
{
    return t.isValid() && t.date().year() >= 1995;
}

void consider(std::optional<Stamp> *newest, const std::optional<QDateTime> &time, const QString &source)
{
    if (!time || !isPlausible(*time))
        return;
    if (!*newest || *time > (*newest)->time)
        *newest = Stamp {*time, source};
}

} // namespace

void checkActivity(const WindowsContext &ctx, FactSet &facts)
{
    std::optional<Stamp> newest;
    if (const auto shutdown = facts.value(QStringLiteral("windows.last_shutdown")))
        consider(&newest, QDateTime::fromString(shutdown->toString(), Qt::ISODate),
            QStringLiteral("windows.last_shutdown"));
    for (const Hive *hive : {&ctx.hives.system(), &ctx.hives.software()}) {
        consider(&newest, hive->root().lastWrite(), coreText("%1 root key last write").arg(hive->name()));
        consider(&newest, hive->headerLastWritten(), coreText("%1 hive header").arg(hive->name()));
    }
    if (const auto logs = facts.value(QStringLiteral("windows.earlier_attempts.logs"))) {
        for (const QJsonValue &v : logs->toArray()) {
            const QJsonObject log = v.toObject();
            consider(&newest,
                QDateTime::fromString(log.value(QStringLiteral("modified")).toString(), Qt::ISODate),
                log.value(QStringLiteral("path")).toString());
        }
    }
    const QString name = QStringLiteral("windows.newest_activity");
    if (!newest) {
        facts.setUnknown(name,
            coreText("no plausible time in the last shutdown, hive headers, root keys or logs"),
            {ProvenanceKind::Derived, {}});
        return;
    }
    facts.setDateTime(name, newest->time, {ProvenanceKind::Derived, newest->source});
}

} // namespace urs
