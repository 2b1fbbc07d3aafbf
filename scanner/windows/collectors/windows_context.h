// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/log_pattern.h"
#include "facts/fact_set.h"
#include "source/windows_volume.h"
#include "windows/hive_set.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QString>

namespace urs {

// What every collector reads from: the volume, the opened hives and where Windows lives.
struct WindowsContext {
    const WindowsVolume &volume;
    const HiveSet &hives;
    QString windowsDir; // "Windows", as the folder is stored on the volume
    // The rule data's log patterns (rules/setup-logs.yaml); null when the rules are not loaded.
    const LogPatterns *logPatterns = nullptr;

    // "Windows/<relative>", a path on the volume.
    QString windowsFile(const QString &relative) const { return windowsDir + QLatin1Char('/') + relative; }
    // Provenance of a file or folder on the volume, in the "C:\\hiberfil.sys" form.
    Provenance file(const QString &volumePath) const
    {
        return {ProvenanceKind::File, hives.paths().toWindowsPath(volumePath)};
    }
};

// Reads one value of a key that may itself be missing, e.g.
// valueOf(hives.ccs("Control\\Power"), "HibernateEnabled", &HiveKey::dword).
template <typename T>
HiveRead<T> valueOf(
    const HiveRead<HiveKey> &key, const QString &value, HiveRead<T> (HiveKey::*read)(const QString &) const)
{
    if (!key)
        return HiveRead<T>::failedAs(key, key.where() + QLatin1Char('\\') + value);
    return ((*key).*read)(value);
}

// Sets a fact from a registry read: the converted value with the read's provenance, or
// unknown with the read's reason.
template <typename T, typename Convert>
void setFromRead(FactSet &facts, const QString &name, const HiveRead<T> &read, Convert convert)
{
    if (read)
        facts.set(name, convert(*read), read.provenance());
    else
        facts.setUnknown(name, read.reason(), read.provenance());
}

inline QJsonValue toJson(const QString &v)
{
    return v;
}
inline QJsonValue toJson(quint32 v)
{
    return qint64(v);
}
inline QJsonValue toJson(quint64 v)
{
    return qint64(v);
}
inline QJsonValue toJson(const QStringList &v)
{
    return QJsonArray::fromStringList(v);
}

template <typename T> void setFromRead(FactSet &facts, const QString &name, const HiveRead<T> &read)
{
    setFromRead(facts, name, read, [](const T &v) { return toJson(v); });
}

// A DWORD flag that Windows or a policy writes as 1 to switch something on. Absence is an
// answer (not configured: off) only where the caller says so; a value of another type is
// unknown, never off.
inline void setFlag(FactSet &facts, const QString &name, const HiveRead<quint32> &read, bool absentMeansOff)
{
    if (read)
        facts.set(name, *read == 1, read.provenance());
    else if (read.absent() && absentMeansOff)
        facts.set(name, false, read.provenance());
    else
        facts.setUnknown(name, read.reason(), read.provenance());
}

} // namespace urs
