// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "windows/hive.h"
#include "windows/windows_paths.h"

#include <QString>
#include <memory>
#include <optional>
#include <vector>

namespace urs {

class WindowsVolume;

// A user's NTUSER.DAT, opened or not.
struct UserHive {
    QString name; // profile folder name, "bob"
    QString sid; // from ProfileList; empty when found by listing Users
    QString profilePath; // as Windows wrote it, "C:\\Users\\bob"
    QString hivePath; // on the volume, "Users/bob/NTUSER.DAT"
    std::unique_ptr<Hive> hive; // null when it could not be opened
    QString problem; // why it was not opened
};

// The hives of one offline Windows installation: SOFTWARE and SYSTEM (required), the control
// set in use, and every user's NTUSER.DAT (each optional: one that fails is logged, not fatal).
class HiveSet {
public:
    // Opens <windowsDir>\System32\config\SOFTWARE and SYSTEM; throws ScanError(HiveUnreadable)
    // when either is not a readable NT hive, ScanError(SourceUnreadable) when it cannot be read.
    HiveSet(const WindowsVolume &volume, const QString &windowsDir);

    const Hive &software() const { return m_software; }
    const Hive &system() const { return m_system; }
    const WindowsPaths &paths() const { return m_paths; }
    const std::vector<UserHive> &users() const { return m_users; }

    // The control set in use: "ControlSet001" for Select\Current = 1. nullopt when SYSTEM holds
    // no control set at all (then every CCS read is unknown with controlSetNote() as reason).
    std::optional<int> controlSetNumber() const { return m_controlSet; }
    // How it was chosen: "SYSTEM\\Select\\Current = 1", or why a fallback was used.
    const QString &controlSetNote() const { return m_controlSetNote; }
    bool controlSetIsFallback() const { return m_controlSetFallback; }
    // A key below the control set in use ("Control\\Power"); "" for the control set itself.
    HiveRead<HiveKey> ccs(const QString &relativePath = {}) const;

    static QString controlSetName(int number);

private:
    void resolveControlSet();
    void findUsers(const WindowsVolume &volume);
    void openUser(const WindowsVolume &volume, UserHive user);

    Hive m_software;
    Hive m_system;
    WindowsPaths m_paths;
    std::optional<int> m_controlSet;
    QString m_controlSetNote;
    bool m_controlSetFallback = false;
    // What a CCS read says without a control set: KeyAbsent when SYSTEM has none, Unreadable
    // when its subkey list could not be read.
    HiveReadStatus m_noControlSetStatus = HiveReadStatus::KeyAbsent;
    std::vector<UserHive> m_users;
};

} // namespace urs
