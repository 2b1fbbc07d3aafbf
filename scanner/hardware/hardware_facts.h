// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/log.h"
#include "facts/fact_set.h"

// Small helpers every hardware reader uses to write facts the same way.
namespace urs::hw {

inline Provenance sysfs(const QString &path)
{
    return {ProvenanceKind::Sysfs, path};
}

inline Provenance smbios(const QString &where)
{
    return {ProvenanceKind::Smbios, where};
}

inline Provenance derived(const QString &from)
{
    return {ProvenanceKind::Derived, from};
}

// An unknown fact always gets a debug line too, so --verbose shows why in the scan log.
inline void unknown(
    FactSet &facts, const QString &name, const QString &reason, const Provenance &provenance = {})
{
    log()->debug("hardware: {} unknown: {}", str(name), str(reason));
    facts.setUnknown(name, reason, provenance);
}

} // namespace urs::hw
