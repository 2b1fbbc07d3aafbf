// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <functional>

namespace urs {

class FactSet;

// Reads the machine the scanner runs on, from Linux, under a root directory ("/" on the live
// system, a captured tree in tests). Writes the hardware.* facts; every read stands alone, so
// a missing file makes that one fact unknown with the path in the reason.
class HardwareProbe {
public:
    explicit HardwareProbe(QString root = QStringLiteral("/"));
    void collect(FactSet &facts) const;

    // One named part of the hardware (cpu, smbios, ...) and what reads it into the facts.
    using Part = QPair<const char *, std::function<void()>>;
    // Runs each part on its own: one that throws (it should not; every read is guarded) loses
    // only its own facts: the error goes to the scan log, and every hardware.* fact of the
    // catalogue still missing afterwards is unknown, naming the parts that failed.
    static void runParts(const QList<Part> &parts, FactSet &facts);

private:
    QString m_root;
};

} // namespace urs
