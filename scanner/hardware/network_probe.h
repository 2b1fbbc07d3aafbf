// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace urs {

class FactSet;
class HardwareRoot;

// Writes hardware.network.interfaces: the live system's interfaces (/sys/class/net, loopback
// left out) with their state and IPv4 addresses. The report uses it to say whether the machine
// could download updates, and an APIPA address (169.254.x.x, RFC 3927) means DHCP failed.
class NetworkProbe {
public:
    explicit NetworkProbe(const HardwareRoot &root)
        : m_root(root)
    {
    }
    void collect(FactSet &facts) const;

private:
    const HardwareRoot &m_root;
};

} // namespace urs
