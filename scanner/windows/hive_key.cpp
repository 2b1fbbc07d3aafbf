// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/hive_key.h"

#include "common/core_text.h"
#include "windows/registry_codec.h"

#include <cerrno>
#include <cstring>
#include <hivex.h>
#include <memory>

namespace urs {

namespace {

struct FreeDeleter {
    void operator()(void *p) const { std::free(p); }
};
template <typename T> using CPtr = std::unique_ptr<T, FreeDeleter>;

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

QString joinPath(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return a + QLatin1Char('\\') + b;
}

} // namespace

HiveKey::HiveKey(hive_h *hive, std::size_t node, QString hiveName, QString path)
    : m_hive(hive)
    , m_node(node)
    , m_hiveName(std::move(hiveName))
    , m_path(std::move(path))
{
}

QString HiveKey::name() const
{
    CPtr<char> n(hivex_node_name(m_hive, m_node));
    return n ? QString::fromUtf8(n.get()) : QString();
}

QString HiveKey::where(const QString &valueName) const
{
    return joinPath(joinPath(m_hiveName, m_path), valueName);
}

HiveRead<HiveKey> HiveKey::child(const QString &relativePath) const
{
    const QStringList parts = relativePath.split(QLatin1Char('\\'), Qt::SkipEmptyParts);
    hive_node_h node = m_node;
    QString walked = m_path;
    for (const QString &part : parts) {
        errno = 0;
        const hive_node_h next = hivex_node_get_child(m_hive, node, part.toUtf8().constData());
        const int err = errno;
        const QString target = where(relativePath);
        if (next == 0 && err != 0) {
            // hivex walks the subkey list of the key reached so far: name that key.
            const HiveKey parent(m_hive, node, m_hiveName, walked);
            return HiveRead<HiveKey>::missing(HiveReadStatus::Unreadable,
                coreText("cannot read key %1: %2")
                    .arg(target, parent.unreadable(coreText("list the subkeys"), err)),
                target);
        }
        if (next == 0) {
            QString reason = coreText("key %1 absent").arg(target);
            if (&part != &parts.constLast()) // say where the walk stopped
                reason = coreText("key %1 absent (%2 has no subkey %3)")
                             .arg(target, joinPath(m_hiveName, walked), part);
            return HiveRead<HiveKey>::missing(HiveReadStatus::KeyAbsent, reason, target);
        }
        // A lookup goes through the same subkey list children() checks: a key it finds must
        // name the key it was found under as its parent, or the walk could go round a loop.
        if (const hive_node_h up = hivex_node_parent(m_hive, next); up != node) {
            const HiveKey parent(m_hive, node, m_hiveName, walked);
            return HiveRead<HiveKey>::missing(HiveReadStatus::Unreadable,
                coreText("cannot read key %1: %2").arg(target, parent.foreignSubkey(next, up)), target);
        }
        node = next;
        walked = joinPath(walked, part);
    }
    return HiveRead<HiveKey>::found(
        HiveKey(m_hive, node, m_hiveName, joinPath(m_path, parts.join(QLatin1Char('\\')))),
        where(relativePath));
}

QString HiveKey::unreadable(const QString &what, int err) const
{
    return coreText("cannot %1 of %2 (key record at hive offset 0x%3): hivex: %4")
        .arg(what, where(), QString::number(qulonglong(m_node), 16),
            err != 0 ? errnoText(err) : coreText("unknown error"));
}

QString HiveKey::foreignSubkey(std::size_t child, std::size_t itsParent) const
{
    return coreText("cannot %1 of %2 (key record at hive offset 0x%3): it lists the key at hive offset "
                    "0x%4, whose parent is the key at 0x%5, not this one: the subkey list is damaged")
        .arg(coreText("list the subkeys"), where(), QString::number(qulonglong(m_node), 16),
            QString::number(qulonglong(child), 16), QString::number(qulonglong(itsParent), 16));
}

HiveRead<QList<HiveKey>> HiveKey::children() const
{
    using R = HiveRead<QList<HiveKey>>;
    errno = 0;
    CPtr<hive_node_h> list(hivex_node_children(m_hive, m_node));
    const int err = errno;
    if (!list)
        return R::missing(HiveReadStatus::Unreadable, unreadable(coreText("list the subkeys"), err), where());
    QList<HiveKey> out;
    for (const hive_node_h *p = list.get(); *p; ++p) {
        // Every key of a subkey list names this key as its parent in its own record (Windows
        // writes both). One that does not is damage hivex lets through: a list pointing back to
        // an ancestor or at the key itself makes the tree a loop, any other would give this key
        // another key's subkeys.
        if (const hive_node_h up = hivex_node_parent(m_hive, *p); up != m_node)
            return R::missing(HiveReadStatus::Unreadable, foreignSubkey(*p, up), where());
        errno = 0;
        CPtr<char> n(hivex_node_name(m_hive, *p));
        if (!n) {
            const int nameErr = errno;
            return R::missing(HiveReadStatus::Unreadable,
                unreadable(coreText("read the name of subkey %1 (at hive offset 0x%2)")
                               .arg(out.size() + 1)
                               .arg(qulonglong(*p), 0, 16),
                    nameErr),
                where());
        }
        out.append(HiveKey(m_hive, *p, m_hiveName, joinPath(m_path, QString::fromUtf8(n.get()))));
    }
    return R::found(out, where());
}

HiveRead<QStringList> HiveKey::childNames() const
{
    const auto keys = children();
    if (!keys)
        return HiveRead<QStringList>::failedAs(keys);
    QStringList out;
    for (const HiveKey &k : *keys)
        out.append(k.name());
    return HiveRead<QStringList>::found(out, keys.where());
}

HiveRead<QStringList> HiveKey::valueNames() const
{
    using R = HiveRead<QStringList>;
    errno = 0;
    CPtr<hive_value_h> list(hivex_node_values(m_hive, m_node));
    const int err = errno;
    if (!list)
        return R::missing(HiveReadStatus::Unreadable, unreadable(coreText("list the values"), err), where());
    QStringList out;
    for (const hive_value_h *p = list.get(); *p; ++p) {
        errno = 0;
        CPtr<char> k(hivex_value_key(m_hive, *p));
        if (!k) {
            const int nameErr = errno;
            return R::missing(HiveReadStatus::Unreadable,
                unreadable(coreText("read the name of value %1 (at hive offset 0x%2)")
                               .arg(out.size() + 1)
                               .arg(qulonglong(*p), 0, 16),
                    nameErr),
                where());
        }
        out.append(QString::fromUtf8(k.get()));
    }
    return R::found(out, where());
}

HiveRead<bool> HiveKey::hasValue(const QString &name) const
{
    errno = 0;
    const hive_value_h value = hivex_node_get_value(m_hive, m_node, name.toUtf8().constData());
    const int err = errno;
    // hivex leaves errno alone when the value is simply not there.
    if (value == 0 && err != 0 && err != ENOENT) {
        return HiveRead<bool>::missing(HiveReadStatus::Unreadable,
            coreText("cannot look for value %1: %2")
                .arg(where(name), unreadable(coreText("list the values"), err)),
            where(name));
    }
    return HiveRead<bool>::found(value != 0, where(name));
}

std::optional<QDateTime> HiveKey::lastWrite() const
{
    errno = 0;
    const int64_t t = hivex_node_timestamp(m_hive, m_node);
    if (t == -1 && errno != 0)
        return std::nullopt;
    return RegistryCodec::fromFileTime(t);
}

HiveRead<std::pair<int, QByteArray>> HiveKey::raw(const QString &name) const
{
    using R = HiveRead<std::pair<int, QByteArray>>;
    const QString at = where(name);
    errno = 0;
    const hive_value_h value = hivex_node_get_value(m_hive, m_node, name.toUtf8().constData());
    const int err = errno;
    if (value == 0 && err != 0 && err != ENOENT) {
        return R::missing(HiveReadStatus::Unreadable,
            coreText("cannot read value %1: %2").arg(at, unreadable(coreText("list the values"), err)), at);
    }
    if (value == 0) {
        return R::missing(
            HiveReadStatus::ValueAbsent, coreText("value %1 absent from key %2").arg(name, where()), at);
    }
    // hivex writes the value record's 32-bit type word, whatever it holds (types past REG_QWORD
    // exist, and a damaged hive holds anything), into a hive_type: a C++ enum that may only hold
    // 0..15, so reading it back as one is undefined behaviour (tests/fuzz/fuzz_hive: type 1025).
    // It lands in plain bytes instead and is copied out as an int.
    static_assert(sizeof(hive_type) == sizeof(int));
    alignas(hive_type) unsigned char typeBytes[sizeof(hive_type)] = {};
    size_t len = 0;
    errno = 0;
    CPtr<char> data(hivex_value_value(m_hive, value, reinterpret_cast<hive_type *>(typeBytes), &len));
    if (!data) {
        return R::missing(HiveReadStatus::Unreadable,
            coreText("cannot read the data of %1: hivex: %2").arg(at, errnoText(errno)), at);
    }
    int type = 0;
    std::memcpy(&type, typeBytes, sizeof type);
    return R::found({type, QByteArray(data.get(), qsizetype(len))}, at);
}

HiveRead<std::pair<int, QByteArray>> HiveKey::rawOfTypes(
    const QString &name, std::initializer_list<int> types, const QString &expected) const
{
    auto r = raw(name);
    if (!r)
        return r;
    for (int t : types) {
        if (r->first == t)
            return r;
    }
    return HiveRead<std::pair<int, QByteArray>>::missing(HiveReadStatus::WrongType,
        coreText("%1 is %2, expected %3").arg(r.where(), RegistryCodec::typeName(r->first), expected),
        r.where());
}

HiveRead<QString> HiveKey::string(const QString &name) const
{
    auto r = rawOfTypes(name, {hive_t_REG_SZ, hive_t_REG_EXPAND_SZ}, QStringLiteral("REG_SZ"));
    if (!r)
        return HiveRead<QString>::failedAs(r);
    // Windows stores REG_SZ as UTF-16LE ([MS-RRP] 3.1.1.5); decoding here rather than with
    // hivex_value_string keeps Japanese and other non-Latin text exact and never fails on an
    // odd byte count or garbage after the terminating NUL (seen in TimeZoneKeyName).
    return HiveRead<QString>::found(RegistryCodec::fromUtf16Le(r->second), r.where());
}

HiveRead<QStringList> HiveKey::multiString(const QString &name) const
{
    auto r = rawOfTypes(name, {hive_t_REG_MULTI_SZ}, QStringLiteral("REG_MULTI_SZ"));
    if (!r)
        return HiveRead<QStringList>::failedAs(r);
    return HiveRead<QStringList>::found(RegistryCodec::multiStringFromUtf16Le(r->second), r.where());
}

HiveRead<quint32> HiveKey::dword(const QString &name) const
{
    auto r = rawOfTypes(name, {hive_t_REG_DWORD, hive_t_REG_DWORD_BIG_ENDIAN}, QStringLiteral("REG_DWORD"));
    if (!r)
        return HiveRead<quint32>::failedAs(r);
    if (r->second.size() < 4) {
        return HiveRead<quint32>::missing(HiveReadStatus::WrongType,
            coreText("%1 is a REG_DWORD of %2 bytes, expected 4").arg(r.where()).arg(r->second.size()),
            r.where());
    }
    const char *p = r->second.constData();
    return HiveRead<quint32>::found(
        r->first == hive_t_REG_DWORD ? RegistryCodec::le32(p) : RegistryCodec::be32(p), r.where());
}

HiveRead<quint64> HiveKey::qword(const QString &name) const
{
    auto r = rawOfTypes(name, {hive_t_REG_QWORD}, QStringLiteral("REG_QWORD"));
    if (!r)
        return HiveRead<quint64>::failedAs(r);
    if (r->second.size() < 8) {
        return HiveRead<quint64>::missing(HiveReadStatus::WrongType,
            coreText("%1 is a REG_QWORD of %2 bytes, expected 8").arg(r.where()).arg(r->second.size()),
            r.where());
    }
    return HiveRead<quint64>::found(RegistryCodec::le64(r->second.constData()), r.where());
}

HiveRead<QByteArray> HiveKey::binary(const QString &name) const
{
    auto r = rawOfTypes(name, {hive_t_REG_BINARY}, QStringLiteral("REG_BINARY"));
    if (!r)
        return HiveRead<QByteArray>::failedAs(r);
    return HiveRead<QByteArray>::found(r->second, r.where());
}

} // namespace urs
