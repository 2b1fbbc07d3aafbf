// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace urs {

class FactSet;

// Who a report is about: the machine (SMBIOS type 1 and the Windows computer name) and the
// Windows it runs. Empty strings and nullopt mean unknown; nothing is guessed.
struct MachineIdentity {
    QString manufacturer;
    QString model;
    QString serial; // empty when absent or an OEM placeholder ("To Be Filled By O.E.M.")
    QString uuid; // lower case; empty when absent or a placeholder (all zeros, all F)
    QString computerName;
    QString productName; // "Windows 8.1 Pro"
    QString editionId;
    QString architecture; // "x64", "x86", "arm64"
    std::optional<qint64> build;

    static MachineIdentity fromFacts(const FactSet &facts);
    QJsonObject toJson() const;
    static MachineIdentity fromJson(const QJsonObject &json);

    // What the fleet summary uses to recognise the same machine scanned twice: the SMBIOS UUID,
    // else manufacturer + model + serial, else the computer name; empty when none is known.
    QString key() const;
    // "Windows 8.1 Pro (build 9600, x64)" or the parts known.
    QString sourceOsText(const QString &lang = QStringLiteral("en")) const;
    // Report file name: manufacturer_model_serial-or-uuid_computer_YYYYMMDDTHHMMSSZ.zip,
    // safe on FAT32 and exFAT (see ReportFileName).
    QString reportFileName(const QDateTime &scanTimeUtc) const;

    // SMBIOS fields often hold vendor placeholders instead of a value (DMTF DSP0134 leaves them
    // to the OEM); treating those as identity would merge unrelated machines in the fleet.
    static bool isPlaceholderSerial(const QString &serial);
    static bool isPlaceholderUuid(const QString &uuid);
};

} // namespace urs
