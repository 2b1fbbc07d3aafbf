// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "facts/fact.h"

#include <QString>
#include <optional>
#include <utility>

namespace urs {

// Why a registry read gave no value. Collectors tell "not there" (often a meaningful answer:
// no policy, no pending marker) from "there but unusable" (always an unknown fact).
enum class HiveReadStatus {
    Ok,
    KeyAbsent, // the key (or one of its parents) does not exist
    ValueAbsent, // the key exists, the value does not
    WrongType, // the value exists with another registry type or size
    Unreadable, // hivex reported an error walking the hive
};

// The result of one registry read: the value, or the reason there is none. Never throws for a
// missing key or value. where() is the provenance string, e.g.
// "SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProductName".
template <typename T> class HiveRead {
public:
    static HiveRead found(T value, QString where)
    {
        HiveRead r;
        r.m_value = std::move(value);
        r.m_where = std::move(where);
        return r;
    }
    static HiveRead missing(HiveReadStatus status, QString reason, QString where)
    {
        HiveRead r;
        r.m_status = status;
        r.m_reason = std::move(reason);
        r.m_where = std::move(where);
        return r;
    }
    // Carries the failure of another read (e.g. the key lookup) over to this value's type.
    template <typename U> static HiveRead failedAs(const HiveRead<U> &other, QString where = {})
    {
        return missing(other.status(), other.reason(), where.isEmpty() ? other.where() : std::move(where));
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const std::optional<T> &optional() const { return m_value; }
    T valueOr(T fallback) const { return m_value ? *m_value : std::move(fallback); }

    HiveReadStatus status() const { return m_status; }
    bool absent() const
    {
        return m_status == HiveReadStatus::KeyAbsent || m_status == HiveReadStatus::ValueAbsent;
    }
    const QString &reason() const { return m_reason; }
    const QString &where() const { return m_where; }
    Provenance provenance() const { return {ProvenanceKind::Hive, m_where}; }

private:
    std::optional<T> m_value;
    HiveReadStatus m_status = HiveReadStatus::Ok;
    QString m_reason;
    QString m_where;
};

} // namespace urs
