// SPDX-License-Identifier: GPL-3.0-or-later
#include "hardware/network_probe.h"

#include "common/core_text.h"
#include "hardware/hardware_facts.h"
#include "hardware/hardware_root.h"
#include "hardware/ipv4_address_map.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace urs {

void NetworkProbe::collect(FactSet &facts) const
{
    const QString name = QStringLiteral("hardware.network.interfaces");
    const QString connected = QStringLiteral("hardware.network.connected");
    const QString net = QStringLiteral("/sys/class/net");
    if (!m_root.isDir(net)) {
        hw::unknown(facts, name, coreText("%1 is missing").arg(net), hw::sysfs(net));
        hw::unknown(facts, connected, coreText("%1 is missing").arg(net), hw::sysfs(net));
        return;
    }
    const FileRead fib = m_root.read(QStringLiteral("/proc/net/fib_trie"), 4 * 1024 * 1024);
    const FileRead route = m_root.read(QStringLiteral("/proc/net/route"), 4 * 1024 * 1024);
    const bool haveAddresses = fib.ok && route.ok;
    if (!haveAddresses)
        log()->debug("hardware: IPv4 addresses unknown: {}", str(fib.ok ? route.error : fib.error));
    const QHash<QString, QStringList> addresses
        = haveAddresses ? Ipv4AddressMap::build(fib.data, route.data) : QHash<QString, QStringList>();

    QJsonArray list;
    // Connected: some interface has a link and an address other than a self-assigned
    // 169.254.x.x one (APIPA, what Windows and Linux take when no DHCP server answers).
    bool anyConnected = false;
    for (const QString &iface : m_root.entries(net)) {
        if (iface == QLatin1String("lo"))
            continue;
        const QString dir = net + QLatin1Char('/') + iface;
        const FileRead oper = m_root.readTrimmed(dir + QStringLiteral("/operstate"));
        // Reading "carrier" of an interface that is down fails with EINVAL: unknown, not false.
        const FileRead carrier = m_root.readTrimmed(dir + QStringLiteral("/carrier"));
        QJsonObject o {{QStringLiteral("name"), iface},
            {QStringLiteral("operstate"),
                oper.ok ? QJsonValue(QString::fromLatin1(oper.data)) : QJsonValue()},
            {QStringLiteral("carrier"),
                carrier.ok && (carrier.data == "0" || carrier.data == "1") ? QJsonValue(carrier.data == "1")
                                                                           : QJsonValue()}};
        if (haveAddresses) {
            const QStringList ips = addresses.value(iface);
            o.insert(QStringLiteral("ipv4"), QJsonArray::fromStringList(ips));
            o.insert(QStringLiteral("apipa"), std::any_of(ips.begin(), ips.end(), Ipv4AddressMap::isApipa));
            const bool link = carrier.ok ? carrier.data == "1" : oper.ok && oper.data == "up";
            anyConnected
                = anyConnected || (link && std::any_of(ips.begin(), ips.end(), [](const QString &ip) {
                      return !Ipv4AddressMap::isApipa(ip);
                  }));
        } else {
            o.insert(QStringLiteral("ipv4"), QJsonValue());
            o.insert(QStringLiteral("apipa"), QJsonValue());
        }
        list.append(o);
    }
    facts.set(name, list,
        hw::sysfs(net + QStringLiteral("/*/{operstate,carrier}, /proc/net/fib_trie, /proc/net/route")));
    if (haveAddresses)
        facts.set(connected, anyConnected, hw::derived(name));
    else
        hw::unknown(facts, connected, coreText("the IPv4 addresses could not be read"), hw::derived(name));
}

} // namespace urs
