// SPDX-License-Identifier: GPL-3.0-or-later
// Builds a SYNTHETIC SOFTWARE hive the size of a real one (60+ MB, hundreds of thousands of keys)
// with hivex's write API, for the benchmark. It holds the keys the scanner reads on a Windows 8.1
// Pro x64 machine (CurrentVersion, Component Based Servicing with thousands of packages,
// Uninstall, ProfileList, policies) plus bulk COM registration under Classes, which is what makes
// real SOFTWARE hives large.
//
// usage: make-synthetic-software MINIMAL_HIVE OUT_HIVE [CLSID_COUNT]
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <hivex.h>
#include <memory>
#include <string>
#include <vector>

namespace {

struct HiveCloser {
    void operator()(hive_h *h) const { hivex_close(h); }
};

// hivex stores REG_SZ as UTF-16LE with a terminating NUL.
std::string utf16(const std::string &ascii)
{
    std::string out;
    for (char c : ascii) {
        out.push_back(c);
        out.push_back('\0');
    }
    out.append(2, '\0');
    return out;
}

class Builder {
public:
    explicit Builder(hive_h *h)
        : m_h(h)
    {
    }

    hive_node_h child(hive_node_h parent, const std::string &name)
    {
        hive_node_h existing = hivex_node_get_child(m_h, parent, name.c_str());
        if (existing)
            return existing;
        hive_node_h node = hivex_node_add_child(m_h, parent, name.c_str());
        if (!node)
            fail("add_child " + name);
        ++m_keys;
        return node;
    }
    // For keys known to be new: skips the linear lookup.
    hive_node_h addNew(hive_node_h parent, const std::string &name)
    {
        hive_node_h node = hivex_node_add_child(m_h, parent, name.c_str());
        if (!node)
            fail("add_child " + name);
        ++m_keys;
        return node;
    }
    hive_node_h path(const std::string &p)
    {
        hive_node_h node = hivex_root(m_h);
        size_t start = 0;
        while (start <= p.size()) {
            size_t end = p.find('\\', start);
            if (end == std::string::npos)
                end = p.size();
            node = child(node, p.substr(start, end - start));
            start = end + 1;
        }
        return node;
    }
    // Values are (name, type, bytes); set in one call, as hivex replaces the whole set.
    struct Value {
        std::string name;
        hive_type type;
        std::string bytes;
    };
    static Value sz(const std::string &name, const std::string &v) { return {name, hive_t_REG_SZ, utf16(v)}; }
    static Value dword(const std::string &name, uint32_t v)
    {
        std::string b(4, '\0');
        std::memcpy(b.data(), &v, 4);
        return {name, hive_t_REG_DWORD, b};
    }
    void set(hive_node_h node, const std::vector<Value> &values)
    {
        std::vector<hive_set_value> raw;
        for (const Value &v : values)
            raw.push_back({const_cast<char *>(v.name.c_str()), v.type, v.bytes.size(),
                const_cast<char *>(v.bytes.data())});
        if (hivex_node_set_values(m_h, node, raw.size(), raw.data(), 0) != 0)
            fail("set_values");
    }
    long keys() const { return m_keys; }

private:
    [[noreturn]] static void fail(const std::string &what)
    {
        std::perror(what.c_str());
        std::exit(1);
    }
    hive_h *m_h;
    long m_keys = 0;
};

std::string guid(unsigned n)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "{%08X-%04X-%04X-%04X-%012X}", n * 2654435761u, n & 0xffff,
        (n >> 3) & 0xffff, (n * 7) & 0xffff, n * 40503u);
    return buf;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s MINIMAL_HIVE OUT_HIVE [CLSID_COUNT]\n", argv[0]);
        return 2;
    }
    const unsigned clsids = argc > 3 ? unsigned(std::atoi(argv[3])) : 70000;
    std::unique_ptr<hive_h, HiveCloser> hive(hivex_open(argv[1], HIVEX_OPEN_WRITE));
    if (!hive) {
        std::perror(argv[1]);
        return 1;
    }
    Builder b(hive.get());
    using B = Builder;

    b.set(b.path("Microsoft\\Windows NT\\CurrentVersion"),
        {B::sz("ProductName", "Windows 8.1 Pro"), B::sz("EditionID", "Professional"),
            B::sz("CurrentVersion", "6.3"), B::sz("CurrentBuild", "9600"),
            B::sz("CurrentBuildNumber", "9600"), B::sz("InstallationType", "Client"),
            B::sz("BuildLabEx", "9600.17031.amd64fre.winblue_gdr.140221-1952"),
            B::dword("InstallDate", 1400000000)});

    const std::string cbs = "Microsoft\\Windows\\CurrentVersion\\Component Based Servicing\\Packages";
    b.set(b.path(cbs + "\\Package_for_KB2919355~31bf3856ad364e35~amd64~~6.3.1.14"),
        {B::dword("CurrentState", 0x70), B::sz("InstallClient", "WindowsUpdateAgent")});
    const hive_node_h packages = b.path(cbs);
    // 2,500 packages, as on an 8.1 machine a few years in. hivex copies a parent's whole subkey list on
    // every insert, so this one wide key alone leaves ~25 MB of slack in the written hive.
    for (unsigned i = 0; i < 2500; ++i) {
        const std::string id = "Package_" + std::to_string(i) + "_for_KB" + std::to_string(2800000 + i)
            + "~31bf3856ad364e35~amd64~~6.3.1." + std::to_string(i % 9);
        hive_node_h p = b.addNew(packages, id);
        b.set(p,
            {B::dword("CurrentState", i % 17 == 0 ? 0x60 : 0x70),
                B::sz("InstallClient", "WindowsUpdateAgent"),
                B::sz("InstallLocation", "\\\\?\\C:\\Windows\\SoftwareDistribution\\Download\\" + guid(i))});
        b.addNew(p, "Owners");
    }

    const std::string uninstall = "Microsoft\\Windows\\CurrentVersion\\Uninstall";
    for (unsigned i = 0; i < 400; ++i)
        b.set(b.path(uninstall + "\\" + guid(i)),
            {B::sz("DisplayName", "Synthetic Program " + std::to_string(i)),
                B::sz("DisplayVersion", "1." + std::to_string(i)),
                B::sz("Publisher", "Synthetic Publisher")});

    // Bulk: COM classes, three keys each with a few values, in both registry views. hivex
    // rewrites a parent's subkey list on every insert, so very wide keys make the build
    // quadratic; real hives spread the same volume over Classes, CLSID, Interface, TypeLib and
    // AppID, and so do we (at most 64 children per key).
    const char *roots[] = {"Classes\\CLSID", "Classes\\Interface", "Classes\\TypeLib", "Classes\\AppID",
        "Wow6432Node\\Classes\\CLSID", "Wow6432Node\\Classes\\Interface"};
    const unsigned perRoot = clsids / 6;
    unsigned serial = 0;
    for (const char *root : roots) {
        hive_node_h bucket = 0;
        for (unsigned i = 0; i < perRoot; ++i, ++serial) {
            if (i % 16 == 0)
                bucket = b.path(std::string(root) + "\\Group" + std::to_string(i / 1024) + "\\Set"
                    + std::to_string(i / 16 % 64));
            hive_node_h c = b.addNew(bucket, guid(serial));
            b.set(c, {B::sz("", "COM " + std::to_string(serial))});
            b.set(b.addNew(c, "InprocServer32"), {B::sz("ThreadingModel", "Both")});
            b.addNew(c, "ProgID");
        }
    }

    if (hivex_commit(hive.get(), argv[2], 0) != 0) {
        std::perror(argv[2]);
        return 1;
    }
    std::printf("%s: %ld keys added\n", argv[2], b.keys());
    return 0;
}
