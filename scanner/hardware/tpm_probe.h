// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace urs {

class FactSet;
class HardwareRoot;

// Writes hardware.tpm.present and hardware.tpm.version: the kernel's TPM device
// (/sys/class/tpm/tpm0/tpm_version_major, Linux 5.6+), else the ACPI table that announces a
// TPM (TCG ACPI Specification: "TPM2" for TPM 2.0, "TCPA" for TPM 1.2). A firmware TPM that
// is switched off in setup leaves no trace, so "absent" is worded as "not visible".
class TpmProbe {
public:
    explicit TpmProbe(const HardwareRoot &root)
        : m_root(root)
    {
    }
    void collect(FactSet &facts) const;

private:
    const HardwareRoot &m_root;
};

} // namespace urs
