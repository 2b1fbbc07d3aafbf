// SPDX-License-Identifier: GPL-3.0-or-later
// The input as a registry hive, opened as a scan opens one (Hive::openOnVolume: copied into a
// memfd that hivex opens read-only) and read as the scanner reads it: every key and value by
// type (HiveKey, RegistryCodec), ProfileList, a BCD store, then the whole WindowsInspector with
// the input as SOFTWARE, SYSTEM and each user's NTUSER.DAT. A hive that is not one is
// ScanError(HiveUnreadable); anything else is a bug.
#include "common/scan_error.h"
#include "facts/fact_set.h"
#include "fuzz_support.h"
#include "source/windows_volume.h"
#include "windows/bcd_store.h"
#include "windows/hive.h"
#include "windows/profile_list.h"
#include "windows/windows_inspector.h"

#include <hivex.h>
#include <unistd.h>

using namespace urs;

namespace {

// A Windows volume held in memory whose every hive is the fuzzer's input: SOFTWARE and SYSTEM
// in Windows\System32\config, and NTUSER.DAT in any folder (Users\fuzz for a listing, and
// wherever ProfileList points). Nothing else is on it.
class HiveVolume : public WindowsVolume {
public:
    QByteArray hive;

    QString displayName() const override { return QStringLiteral("fuzz volume"); }
    FileSystem filesystem() const override { return FileSystem::Ntfs; }
    std::optional<VolumeEntry> stat(const QString &path) const override
    {
        const QString p = normal(path);
        if (isHive(p))
            return VolumeEntry {p.section(QLatin1Char('/'), -1), false, hive.size(), {}};
        if (isFolder(p))
            return VolumeEntry {p.section(QLatin1Char('/'), -1), true, 0, {}};
        return std::nullopt;
    }
    QList<VolumeEntry> list(const QString &directory) const override
    {
        const QString p = normal(directory);
        if (p == QLatin1String("users"))
            return {VolumeEntry {QStringLiteral("fuzz"), true, 0, {}}};
        if (p == QLatin1String("users/fuzz"))
            return {VolumeEntry {QStringLiteral("NTUSER.DAT"), false, hive.size(), {}}};
        if (p == QLatin1String("windows/system32/config"))
            return {VolumeEntry {QStringLiteral("SOFTWARE"), false, hive.size(), {}},
                VolumeEntry {QStringLiteral("SYSTEM"), false, hive.size(), {}}};
        return {};
    }
    QByteArray read(const QString &path, qint64 offset, qint64 maxBytes) const override
    {
        if (!isHive(normal(path)))
            throw ScanError(ScanErrorKind::SourceUnreadable, path, QStringLiteral("no such file"));
        return hive.mid(offset, maxBytes);
    }
    void copyTo(const QString &path, int fd) const override
    {
        if (!isHive(normal(path)))
            throw ScanError(ScanErrorKind::SourceUnreadable, path, QStringLiteral("no such file"));
        if (::write(fd, hive.constData(), size_t(hive.size())) != hive.size())
            throw ScanError(ScanErrorKind::SourceUnreadable, path, QStringLiteral("cannot copy"));
    }
    VolumeSpace space() const override { return {{}, {}, {}, QStringLiteral("fuzz volume: no space")}; }

private:
    static QString normal(const QString &path)
    {
        QString p = path.toLower();
        p.replace(QLatin1Char('\\'), QLatin1Char('/'));
        while (p.startsWith(QLatin1Char('/')))
            p.remove(0, 1);
        return p;
    }
    static bool isHive(const QString &p)
    {
        return p == QLatin1String("windows/system32/config/software")
            || p == QLatin1String("windows/system32/config/system")
            || p.endsWith(QLatin1String("/ntuser.dat"));
    }
    static bool isFolder(const QString &p)
    {
        return p.isEmpty() || p == QLatin1String("windows") || p == QLatin1String("windows/system32")
            || p == QLatin1String("windows/system32/config") || p == QLatin1String("users")
            || p == QLatin1String("users/fuzz");
    }
};

// Every key (at most kMaxKeys, kMaxDepth deep: a hive may hold cycles) and every value, read
// with the typed read its registry type calls for, as the collectors read theirs.
constexpr int kMaxKeys = 2000;
constexpr int kMaxDepth = 32;

void walk(const HiveKey &key, int depth, int &keys)
{
    if (++keys > kMaxKeys || depth > kMaxDepth)
        return;
    (void)key.name();
    (void)key.lastWrite();
    if (const auto names = key.valueNames()) {
        for (const QString &name : *names) {
            (void)key.hasValue(name);
            const auto raw = key.raw(name);
            if (!raw)
                continue;
            switch (raw->first) {
            case hive_t_REG_SZ:
            case hive_t_REG_EXPAND_SZ:
                (void)key.string(name);
                break;
            case hive_t_REG_MULTI_SZ:
                (void)key.multiString(name);
                break;
            case hive_t_REG_DWORD:
            case hive_t_REG_DWORD_BIG_ENDIAN:
                (void)key.dword(name);
                break;
            case hive_t_REG_QWORD:
                (void)key.qword(name);
                break;
            default:
                (void)key.binary(name);
                (void)key.string(name); // a WrongType answer, with the type in the reason
            }
        }
    }
    (void)key.childNames();
    if (const auto children = key.children()) {
        for (const HiveKey &child : *children) {
            (void)child.where(QStringLiteral("x"));
            walk(child, depth + 1, keys);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quiet();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    HiveVolume volume;
    volume.hive = fuzz::bytes(data, size);

    try {
        Hive hive = Hive::openOnVolume(
            volume, QStringLiteral("Windows/System32/config/SOFTWARE"), QStringLiteral("SOFTWARE"));
        (void)hive.isDirty();
        (void)hive.headerLastWritten();
        int keys = 0;
        walk(hive.root(), 0, keys);
        (void)ProfileList::read(hive);
        (void)hive.string(
            QStringLiteral("Microsoft\\Windows NT\\CurrentVersion"), QStringLiteral("ProductName"));
        (void)hive.dword(QStringLiteral("Select"), QStringLiteral("Current"));
        const BcdStore bcd(std::move(hive));
        (void)bcd.defaultObject();
        (void)bcd.objects();
    } catch (const ScanError &e) {
        fuzz::expected(e);
        return 0; // not a hive: refused with the reason, as documented
    }

    FactSet facts;
    try {
        WindowsInspector(volume, QStringLiteral("Windows")).collect(facts);
    } catch (const ScanError &e) {
        fuzz::expected(e);
    }
    (void)facts.toJson();
    return 0;
}
