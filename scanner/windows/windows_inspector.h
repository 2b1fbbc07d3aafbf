// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/log_pattern.h"

#include <QString>
#include <functional>

namespace urs {

class FactSet;
class WindowsVolume;

// Reads one offline Windows installation: its hives (SOFTWARE, SYSTEM, each NTUSER.DAT) and
// files, into the windows.* and volume.* facts. Throws ScanError(HiveUnreadable) when SOFTWARE
// or SYSTEM is not a readable NT hive; any other failure leaves the fact unknown.
class WindowsInspector {
public:
    using ProgressCallback = std::function<void(double fraction, const QString &text)>;

    // logPatterns: the rule data's (rules/setup-logs.yaml); without them the setup-log facts are
    // unknown.
    WindowsInspector(
        const WindowsVolume &volume, QString windowsPath, const LogPatterns *logPatterns = nullptr);
    void collect(FactSet &facts, const ProgressCallback &progress = {}) const;

private:
    const WindowsVolume &m_volume;
    QString m_windowsPath;
    const LogPatterns *m_logPatterns;
};

} // namespace urs
