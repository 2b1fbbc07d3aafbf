// SPDX-License-Identifier: GPL-3.0-or-later
#include "hardware/ipv4_address_map.h"

#include <QList>
#include <QSet>
#include <optional>

namespace urs {

namespace {

// "192.0.2.2" -> 0xC0000202 (Qt Network is not linked into the core library).
std::optional<quint32> parseDotted(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return std::nullopt;
    quint32 v = 0;
    for (const QString &p : parts) {
        bool ok = false;
        const uint octet = p.toUInt(&ok, 10);
        if (!ok || octet > 255)
            return std::nullopt;
        v = (v << 8) | octet;
    }
    return v;
}

} // namespace

QStringList Ipv4AddressMap::localAddresses(const QByteArray &fibTrie)
{
    // Leaves look like "   |-- 192.0.2.2" followed by "      /32 host LOCAL"; the file lists
    // the Main and Local tables, so addresses repeat.
    QSet<QString> seen;
    QStringList out;
    QString last;
    for (const QByteArray &raw : fibTrie.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.startsWith("|-- ")) {
            last = QString::fromLatin1(line.mid(4).trimmed());
        } else if (line.startsWith("/32 host LOCAL") && !last.isEmpty()) {
            const std::optional<quint32> a = parseDotted(last);
            if (a && (*a >> 24) != 127 && !seen.contains(last)) {
                seen.insert(last);
                out.append(last);
            }
        }
    }
    return out;
}

QHash<QString, QStringList> Ipv4AddressMap::build(const QByteArray &fibTrie, const QByteArray &route)
{
    struct Route {
        QString iface;
        quint32 dest;
        quint32 mask;
    };
    // /proc/net/route prints Destination and Mask as the in-memory (network order) bytes read
    // as a host integer: on the little-endian machines we run on, "000200C0" is 192.0.2.0.
    const auto toHost = [](quint32 raw) {
        return (raw & 0xFF) << 24 | ((raw >> 8) & 0xFF) << 16 | ((raw >> 16) & 0xFF) << 8
            | ((raw >> 24) & 0xFF);
    };
    QList<Route> routes;
    const QList<QByteArray> lines = route.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the header
        const QList<QByteArray> f = lines[i].simplified().split(' ');
        if (f.size() < 8)
            continue;
        bool ok1 = false;
        bool ok2 = false;
        const quint32 dest = f[1].toUInt(&ok1, 16);
        const quint32 mask = f[7].toUInt(&ok2, 16);
        if (ok1 && ok2 && mask != 0) // the default route covers everything: no use here
            routes.append({QString::fromLatin1(f[0]), toHost(dest), toHost(mask)});
    }
    QHash<QString, QStringList> map;
    for (const QString &address : localAddresses(fibTrie)) {
        const quint32 a = parseDotted(address).value_or(0);
        const Route *best = nullptr;
        for (const Route &r : routes)
            if ((a & r.mask) == r.dest && (!best || r.mask > best->mask))
                best = &r;
        if (best)
            map[best->iface].append(address);
    }
    for (QStringList &list : map)
        list.sort();
    return map;
}

} // namespace urs
