// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace urs {

// Which IPv4 addresses each interface holds, from procfs alone (no netlink, so it also works on
// a captured tree): the local addresses are the "/32 host LOCAL" leaves of /proc/net/fib_trie,
// and the interface of each is the one whose /proc/net/route entry covers it (longest prefix).
class Ipv4AddressMap {
public:
    // interface name -> dotted addresses, sorted; loopback addresses left out.
    static QHash<QString, QStringList> build(const QByteArray &fibTrie, const QByteArray &route);
    static QStringList localAddresses(const QByteArray &fibTrie);
    static bool isApipa(const QString &address) { return address.startsWith(QLatin1String("169.254.")); }
};

} // namespace urs
