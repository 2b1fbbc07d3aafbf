// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

namespace urs {

// Where a fact was read, so the report can show it as evidence.
enum class ProvenanceKind {
    Hive, // where = "SYSTEM\\ControlSet001\\Control\\Power\\HibernateEnabled"
    File, // where = "C:\\hiberfil.sys" (path on the Windows volume)
    Sysfs, // where = "/sys/firmware/efi" (path under the hardware root)
    Smbios, // where = "SMBIOS type 0, offset 0x12"
    Disk, // where = "partition table" / "NTFS $Bitmap"
    Derived, // where = names the facts it was computed from
};

struct Provenance {
    ProvenanceKind kind = ProvenanceKind::Derived;
    QString where;

    QString kindName() const;
    QString text() const; // "hive SYSTEM\\...\\HibernateEnabled"
};

// One fact: a value with its provenance, or unknown with the reason. Unknown is never a
// stand-in value: rules see it as unknown all the way into the report.
struct Fact {
    QString name; // dotted name from the catalogue, e.g. "windows.build"
    QJsonValue value; // Null when unknown
    bool known = false;
    QString unknownReason;
    Provenance provenance;
};

} // namespace urs
