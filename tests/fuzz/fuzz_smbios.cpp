// SPDX-License-Identifier: GPL-3.0-or-later
// The SMBIOS parsers (DSP0134): SmbiosEntryPoint, SmbiosTable and SmbiosStructure on their own,
// then SmbiosProbe over a hardware root holding the two files as the kernel exports them.
// Input: one byte n, then n bytes of entry point (sys/firmware/dmi/tables/smbios_entry_point),
// the rest the structure table (sys/firmware/dmi/tables/DMI). tests/fuzz/make-seeds.sh builds
// the seeds in that shape from the captured trees of tests/data/hardware.
#include "facts/fact_set.h"
#include "fuzz_support.h"
#include "hardware/hardware_root.h"
#include "hardware/smbios_entry_point.h"
#include "hardware/smbios_probe.h"
#include "hardware/smbios_table.h"

using namespace urs;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quiet();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype epSize = qsizetype(std::min<size_t>(data[0], size - 1));
    const QByteArray entryPoint = fuzz::bytes(data + 1, size_t(epSize));
    const QByteArray table = fuzz::bytes(data + 1 + epSize, size - 1 - size_t(epSize));

    const SmbiosEntryPoint ep = SmbiosEntryPoint::parse(entryPoint);
    (void)ep.version();
    (void)ep.atLeast(2, 6);
    const SmbiosTable parsed = SmbiosTable::parse(table);
    for (const SmbiosStructure &s : parsed.structures()) {
        (void)s.handle();
        for (int offset = -1; offset <= s.length(); ++offset) {
            QString why;
            (void)s.string(offset, &why);
            (void)s.byte(offset);
            (void)s.word(offset);
            (void)s.dword(offset);
            (void)s.qword(offset);
            (void)s.bytes(offset, 16);
        }
    }

    static const QString root = fuzz::scratchDir();
    const HardwareRoot hardware(root);
    fuzz::writeFile(hardware.hostPath(SmbiosProbe::kEntryPointPath), entryPoint);
    fuzz::writeFile(hardware.hostPath(SmbiosProbe::kTablePath), table);
    FactSet facts;
    SmbiosProbe(hardware).collect(facts);
    (void)facts.toJson();
    return 0;
}
