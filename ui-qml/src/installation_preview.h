// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "facts/fact_set.h"

#include <QString>
#include <memory>
#include <optional>

namespace urs::ui {

// What the Start screen shows about one Windows installation before the user picks it. It comes
// from the library's own scan (ScanSession without the rules), so the app judges nothing itself.
struct InstallationPreview {
    QString productName;
    QString editionId;
    std::optional<qint64> build;
    QString computerName;
    std::optional<qint64> volumeBytes;
    std::optional<qint64> freeBytes;
    std::optional<bool> encrypted; // BitLocker on the Windows volume
    std::optional<bool> hibernated; // hiberfil.sys holds an image: Windows was not shut down fully
    std::optional<bool> fastStartup;
    QString error; // why the installation could not be read
    std::shared_ptr<const FactSet> facts; // the whole preview, for the target screen
};

// Reads one installation of a source with the library (hardware, disk and hives; no rules).
// Blocking: call it from a worker thread. Never throws: a failure is returned in error.
InstallationPreview previewInstallation(
    const QString &sourcePath, int windowsIndex, const QString &hardwareRoot);

// Fills the fields of a preview from a fact set (shared with the scan result).
InstallationPreview previewFromFacts(const FactSet &facts);

} // namespace urs::ui
