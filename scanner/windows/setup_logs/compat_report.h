// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace urs {

// One entry of setup's compatibility report that blocks or warns: a program, a device, a
// hardware check or a driver package setup will not migrate.
struct CompatBlock {
    QString type; // "hard" (setup stops until it is removed) or "soft" (a warning)
    QString kind; // "program", "device", "hardware", "driver"
    QString name; // the program or device as setup names it, the .inf of a driver package
    QString message; // setup's own words, when it gives any
    QString file;
    qint64 line = 0;
};

// CompatData_<date>.xml, written by setup's compatibility scan (Microsoft: SetupDiag rules
// CompatBlockedApplication*, HardblockDeviceOrDriver). Read with QXmlStreamReader, whatever its
// encoding; a file cut short keeps the blocks before the cut and says where it broke.
struct CompatReport {
    QList<CompatBlock> blocks;
    QString problem; // "" when the whole file was read

    static CompatReport parse(const QByteArray &xml, const QString &file);
};

} // namespace urs
