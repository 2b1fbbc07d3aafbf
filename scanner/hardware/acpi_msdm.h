// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace urs {

class FactSet;
class HardwareRoot;

// The ACPI MSDM table ("Microsoft Data Management", Microsoft's "Microsoft Software Licensing
// Tables (SLIC and MSDM)"): an OEM Windows product key in the firmware. After the 36-byte ACPI
// header come version, reserved, data type, data reserved and data length (DWORDs at 36..55),
// then the key, 29 characters at offset 56. The key is a secret of the owner: only its last 5
// characters ever leave this class, in facts or in logs.
class AcpiMsdm {
public:
    explicit AcpiMsdm(const HardwareRoot &root)
        : m_root(root)
    {
    }
    void collect(FactSet &facts) const;

    // The last 5 characters of the key in an MSDM table, or nullopt with *why (never quoting
    // the key).
    static std::optional<QString> keyLast5(const QByteArray &table, QString *why);

    static const QString kPath;

private:
    const HardwareRoot &m_root;
};

} // namespace urs
