// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace urs {

class FactSet;
class HardwareRoot;

// Writes hardware.displays from the EDID of each DRM connector (/sys/class/drm/card*-*/edid).
// Windows 11 asks for a display over 9" diagonal with 720p; a disconnected connector has an
// empty EDID and is left out.
class DisplayProbe {
public:
    explicit DisplayProbe(const HardwareRoot &root)
        : m_root(root)
    {
    }
    void collect(FactSet &facts) const;

private:
    const HardwareRoot &m_root;
};

} // namespace urs
