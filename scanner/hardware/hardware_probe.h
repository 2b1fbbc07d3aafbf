// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace urs {

class FactSet;

// Reads the machine the scanner runs on, from Linux, under a root directory ("/" on the live
// system, a captured tree in tests). Writes the hardware.* facts; every read stands alone, so
// a missing file makes that one fact unknown with the path in the reason.
class HardwareProbe {
public:
    explicit HardwareProbe(QString root = QStringLiteral("/"));
    void collect(FactSet &facts) const;

private:
    QString m_root;
};

} // namespace urs
