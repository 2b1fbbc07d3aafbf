// SPDX-License-Identifier: GPL-3.0-or-later
// The firmware's binary tables the scanner parses, each given the whole input: the ACPI MSDM
// table (AcpiMsdm::keyLast5, and AcpiMsdm over a hardware root holding it as
// sys/firmware/acpi/tables/MSDM), the UEFI SecureBoot and SetupMode variables (FirmwareProbe
// over sys/firmware/efi/efivars) and a monitor's EDID (EdidParser).
#include "facts/fact_set.h"
#include "fuzz_support.h"
#include "hardware/acpi_msdm.h"
#include "hardware/edid_parser.h"
#include "hardware/firmware_probe.h"
#include "hardware/hardware_root.h"

using namespace urs;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quiet();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    QString why;
    (void)AcpiMsdm::keyLast5(input, &why);
    (void)EdidParser::parse(input);

    static const QString root = fuzz::scratchDir();
    const HardwareRoot hardware(root);
    fuzz::writeFile(hardware.hostPath(AcpiMsdm::kPath), input);
    for (const char *name : {"SecureBoot", "SetupMode"}) {
        fuzz::writeFile(hardware.hostPath(QStringLiteral("/sys/firmware/efi/efivars/%1-%2")
                                              .arg(QLatin1String(name), FirmwareProbe::kGlobalGuid)),
            input);
    }
    FactSet facts;
    AcpiMsdm(hardware).collect(facts);
    FirmwareProbe(hardware).collect(facts);
    (void)facts.toJson();
    return 0;
}
