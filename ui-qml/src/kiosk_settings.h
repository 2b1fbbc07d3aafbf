// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace urs::ui {

// What the stick's settings file (upgradescan.ini on its UPGRADESCAN partition) asks of the app:
//   [batch] enabled=true|false
//           poweroff_after_seconds=N   (0: wait for a key)
//           targets=ID,ID              (empty or absent: every target)
//   [app]   language=en|ja
// A key the file does not hold stays unset. So does a value that cannot be used, with a warning
// naming the file, the key and the value: the file is edited by hand on another computer, and a
// typo must not keep the scanner from starting.
struct KioskSettings {
    static constexpr int kDefaultPoweroffAfterSeconds = 60;
    static constexpr int kMaxPoweroffAfterSeconds = 24 * 60 * 60;

    std::optional<bool> batchEnabled;
    std::optional<int> poweroffAfterSeconds;
    QStringList targets; // lower-case ids as written; whether the rules know them is checked later
    std::optional<QString> language;
    QStringList warnings; // one sentence each, naming the file

    // A missing file is no error (most sticks have none): everything stays unset.
    static KioskSettings read(const QString &path);
    // "60" -> 60; nullopt unless a whole number from 0 to kMaxPoweroffAfterSeconds (the file,
    // the command line and the environment take the same values).
    static std::optional<int> parsePoweroffSeconds(const QString &text);
};

} // namespace urs::ui
