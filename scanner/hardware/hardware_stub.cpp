// PLACEHOLDER: replaced by the hardware probe (issue 2).
#include "hardware/hardware_probe.h"
namespace urs {
HardwareProbe::HardwareProbe(QString root) : m_root(std::move(root)) {}
void HardwareProbe::collect(FactSet &) const {}
} // namespace urs
