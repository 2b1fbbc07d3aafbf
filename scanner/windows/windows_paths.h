// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace urs {

// Turns paths as Windows wrote them in the registry ("C:\\Users\\bob",
// "%SystemDrive%\\Users\\bob", "\\??\\C:\\x", "%SystemRoot%\\system32\\x.exe") into paths on
// the scanned volume ("Users/bob"), and back into the drive-letter form reports show.
class WindowsPaths {
public:
    // systemDrive: "C:" (from SOFTWARE ...\CurrentVersion SystemRoot); windowsDir: the Windows
    // folder on the volume as found, e.g. "Windows".
    WindowsPaths(QString systemDrive, QString windowsDir);

    const QString &systemDrive() const { return m_systemDrive; }
    const QString &windowsDir() const { return m_windowsDir; }

    // Expands %SystemDrive%, %SystemRoot%, %windir%, %ProgramFiles% (and its x86 and Common
    // Files kin) and %ProgramData%, strips "\\??\\" and "\\\\?\\", and
    // returns the path relative to the volume root with '/' separators. nullopt for a path on
    // another drive, a network path, or one still holding an unexpanded %variable%.
    std::optional<QString> toVolumePath(const QString &windowsPath) const;
    // "Users/bob/NTUSER.DAT" -> "C:\\Users\\bob\\NTUSER.DAT" (for reports and provenance).
    QString toWindowsPath(const QString &volumePath) const;
    // Expands the variables above and strips the NT prefixes, keeping the drive letter.
    QString expand(const QString &windowsPath) const;

    // "C:" from a SystemRoot value like "C:\\Windows"; nullopt when it has no drive letter.
    static std::optional<QString> driveOf(const QString &path);

private:
    QString m_systemDrive;
    QString m_windowsDir;
};

} // namespace urs
