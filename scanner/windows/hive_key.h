// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "windows/hive_read.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <cstddef>

struct hive_h;

namespace urs {

// One key of an open Hive: a cheap, copyable view that is valid while its Hive lives.
// Registry names are case-insensitive (hivex_node_get_child and hivex_node_get_value compare
// without case), so "software\\microsoft" finds "SOFTWARE\\Microsoft".
class HiveKey {
public:
    HiveKey(hive_h *hive, std::size_t node, QString hiveName, QString path);

    // Path below the hive root, '\\'-separated, as the caller spelled it ("" for the root).
    const QString &path() const { return m_path; }
    QString name() const;
    // Provenance text: "SOFTWARE\\<path>" or "SOFTWARE\\<path>\\<valueName>".
    QString where(const QString &valueName = {}) const;

    // A key below this one; relativePath may hold several parts ("Control\\Power").
    HiveRead<HiveKey> child(const QString &relativePath) const;
    // The subkeys and the value names, in hive order. A list hivex cannot read (a damaged
    // subkey or value list, a name that cannot be decoded) is Unreadable with hivex's reason,
    // never a shorter or empty list: an empty list is an answer ("no programs", "no bypass").
    // So is a subkey list holding a key whose record names another key as its parent (a list
    // pointing back to an ancestor would make the tree a loop); child() checks the same.
    HiveRead<QList<HiveKey>> children() const;
    HiveRead<QStringList> childNames() const;
    HiveRead<QStringList> valueNames() const;
    // Whether a value of that name exists; Unreadable when the value list cannot be read.
    HiveRead<bool> hasValue(const QString &name) const;
    // Last time Windows wrote the key (its FILETIME), when the hive holds a sane one.
    std::optional<QDateTime> lastWrite() const;

    // Typed reads. A value of another type is WrongType with the actual type in the reason.
    HiveRead<QString> string(const QString &name) const; // REG_SZ, REG_EXPAND_SZ
    HiveRead<QStringList> multiString(const QString &name) const; // REG_MULTI_SZ
    HiveRead<quint32> dword(const QString &name) const; // REG_DWORD, REG_DWORD_BIG_ENDIAN
    HiveRead<quint64> qword(const QString &name) const; // REG_QWORD
    HiveRead<QByteArray> binary(const QString &name) const; // REG_BINARY
    // Raw bytes of a value of any type, with the type (hivex's hive_type) beside them.
    HiveRead<std::pair<int, QByteArray>> raw(const QString &name) const;

private:
    // "cannot <what> of SOFTWARE\\<path> (key record at hive offset 0x...): hivex: <errno>".
    QString unreadable(const QString &what, int err) const;
    // Why the subkey list is damaged: it lists child, whose record names itsParent instead.
    QString foreignSubkey(std::size_t child, std::size_t itsParent) const;
    HiveRead<std::pair<int, QByteArray>> rawOfTypes(
        const QString &name, std::initializer_list<int> types, const QString &expected) const;

    hive_h *m_hive; // not owned: the Hive outlives its keys
    std::size_t m_node;
    QString m_hiveName;
    QString m_path;
};

} // namespace urs
