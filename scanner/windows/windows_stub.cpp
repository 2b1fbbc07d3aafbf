// PLACEHOLDER: replaced by the hive collectors (issue 2).
#include "windows/windows_inspector.h"
namespace urs {
WindowsInspector::WindowsInspector(const WindowsVolume &volume, QString windowsPath)
    : m_volume(volume), m_windowsPath(std::move(windowsPath)) {}
void WindowsInspector::collect(FactSet &, const ProgressCallback &) const {}
} // namespace urs
