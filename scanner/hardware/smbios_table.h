// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hardware/smbios_structure.h"

namespace urs {

// The structure table (/sys/firmware/dmi/tables/DMI), walked structure by structure until the
// end-of-table structure (type 127) or the end of the data. A damaged structure stops the walk;
// the structures before it stay usable and error() says where it stopped.
class SmbiosTable {
public:
    static SmbiosTable parse(const QByteArray &data);

    const QList<SmbiosStructure> &structures() const { return m_structures; }
    const SmbiosStructure *first(int type) const;
    QList<const SmbiosStructure *> all(int type) const;
    const QString &error() const { return m_error; }

private:
    QList<SmbiosStructure> m_structures;
    QString m_error;
};

} // namespace urs
