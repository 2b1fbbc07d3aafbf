// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace urs {

// The SMBIOS entry point structure (/sys/firmware/dmi/tables/smbios_entry_point): the 32-bit
// "_SM_" anchor (SMBIOS 2.1+), the 64-bit "_SM3_" anchor (SMBIOS 3.0+) or the legacy "_DMI_"
// anchor. DSP0134 3.6.0 section 5.2. We only need the version and the table length from it.
class SmbiosEntryPoint {
public:
    static SmbiosEntryPoint parse(const QByteArray &data);

    bool valid() const { return m_valid; }
    const QString &error() const { return m_error; } // why not valid
    int major() const { return m_major; }
    int minor() const { return m_minor; }
    bool is64Bit() const { return m_is64; }
    quint64 tableLength() const { return m_tableLength; } // maximum size for 3.x
    QString version() const; // "2.7"
    // True when the version is at least major.minor (the layout of a field depends on it).
    bool atLeast(int major, int minor) const;

private:
    bool m_valid = false;
    QString m_error;
    int m_major = 0;
    int m_minor = 0;
    bool m_is64 = false;
    quint64 m_tableLength = 0;
};

} // namespace urs
