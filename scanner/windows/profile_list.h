// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "windows/hive_read.h"

#include <QList>
#include <QString>
#include <optional>

namespace urs {

class Hive;

// One entry of SOFTWARE\Microsoft\Windows NT\CurrentVersion\ProfileList.
struct ProfileEntry {
    QString keyName; // as stored: "S-1-5-21-...-1001" or "S-1-5-21-...-1001.bak"
    QString sid; // without ".bak"
    bool isBak = false; // a "<SID>.bak" twin: Windows parked a broken profile
    QString profilePath; // ProfileImagePath as written ("C:\\Users\\bob"); empty if absent
    std::optional<quint32> state; // State flags
    QString where; // provenance of the key

    // Accounts that sign in interactively have domain or local SIDs S-1-5-21-...; S-1-5-18/19/20
    // are LocalSystem, LocalService and NetworkService ([MS-DTYP] 2.4.2.4 well-known SIDs).
    bool isUserAccount() const;
    // State bit 0x0800 (temporary profile assigned) or 0x8000 (this entry is a backup). These
    // bits are not in Microsoft's API docs; they follow Microsoft's profile-troubleshooting
    // guidance and are widely documented (verify against a broken 8.1 profile when one is found).
    bool isTemporaryOrBackupState() const;
};

class ProfileList {
public:
    static constexpr const char *kKeyPath = "Microsoft\\Windows NT\\CurrentVersion\\ProfileList";
    // The entries, or why they cannot be read (key absent, ...).
    static HiveRead<QList<ProfileEntry>> read(const Hive &software);
};

} // namespace urs
