// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace urs {

class FactSet;
class HardwareRoot;

// Writes hardware.firmware.rtc_time from the first RTC (Documentation/ABI/testing/sysfs-class-rtc).
// The kernel reads the clock as if it held UTC; Windows keeps it in local time, so on a machine
// that ran Windows the value is the local wall clock, written with a Z. Rules compare it with
// the scan time knowing that.
class RtcProbe {
public:
    explicit RtcProbe(const HardwareRoot &root)
        : m_root(root)
    {
    }
    void collect(FactSet &facts) const;

private:
    const HardwareRoot &m_root;
};

} // namespace urs
