// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "windows/hive.h"

#include <QList>
#include <QString>

namespace urs {

class WindowsVolume;

// One object of a BCD store: Objects\{id} with Description\Type and Elements\<hex>\Element.
struct BcdObject {
    QString id; // "{2ad6f0e4-81b0-11e5-9a7c-b8ca3a5e1f02}", as the store spells it
    quint32 type = 0; // Description\Type; 0 when it cannot be read
    QString description; // element 0x12000004, empty when absent
    QString path; // element 0x12000002 (application path), empty when absent
    QString pathWhere; // provenance of the path element
    QString systemRoot; // element 0x22000002 (Windows boot loaders only), empty when absent
};

// A Boot Configuration Data store: a registry hive (\EFI\Microsoft\Boot\BCD on the EFI system
// partition, \Boot\BCD on a BIOS system partition) read through hivex like any other, from a
// memfd copy. Element ids and object types as Microsoft documents them: "BcdLibraryElementTypes",
// "BcdBootMgrElementTypes", "BcdOSLoaderElementTypes" and "BcdObject Type" (learn.microsoft.com,
// previous-versions/windows/desktop/bcd).
class BcdStore {
public:
    // {9dea862c-5cdd-4e70-acc1-f32b344d4795}: the Windows Boot Manager ({bootmgr}).
    static const QString kBootMgrId;
    static constexpr quint32 kTypeBootMgr = 0x10100002; // application, boot manager
    static constexpr quint32 kTypeOsLoader = 0x10200003; // application, Windows boot loader
    static constexpr const char *kElementPath = "12000002"; // BcdLibraryString_ApplicationPath
    static constexpr const char *kElementDescription = "12000004"; // BcdLibraryString_Description
    static constexpr const char *kElementDefault = "23000003"; // BcdBootMgrObject_DefaultObject
    static constexpr const char *kElementSystemRoot = "22000002"; // BcdOSLoaderString_SystemRoot

    explicit BcdStore(Hive hive);
    // Copies volumePath off the volume and opens it read-only; name is the provenance prefix
    // ("\\EFI\\Microsoft\\Boot\\BCD"). Throws ScanError(HiveUnreadable) for a file that is no
    // registry hive, ScanError(SourceUnreadable) when it cannot be read.
    static BcdStore open(const WindowsVolume &volume, const QString &volumePath, const QString &name);

    const Hive &hive() const { return m_hive; }
    // The object {bootmgr} starts by default (its element 0x23000003; on other objects the same
    // id means something else, e.g. a loader's resume object).
    HiveRead<QString> defaultObject() const;
    // Every object of the store, in hive order. Unreadable when the Objects list is damaged; an
    // object whose own keys cannot be read is listed with what could be read (and logged).
    HiveRead<QList<BcdObject>> objects() const;

private:
    Hive m_hive;
};

} // namespace urs
