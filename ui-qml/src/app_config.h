// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace urs::ui {

struct KioskSettings;

// Where the app reads and writes. Everything is configurable so the tests (and a technician with
// a captured tree) can run the app on a fake machine: the real live system uses the defaults.
struct AppConfig {
    QString hardwareRoot = QStringLiteral("/"); // sysfs/procfs of the machine being scanned
    QString mountsRoot = QStringLiteral("/"); // where /proc/mounts and /sys are read for Export
    QString rulesDir; // empty: RuleEngine::defaultRulesDir()
    QString guidesDir; // empty: installed guides, else the source tree's
    QString reportsDir; // empty: the boot stick's reports folder
    QString language; // "en", "ja"; empty: from the system locale
    QString source; // an image or folder to offer first
    QDateTime scanTime; // invalid: now (tests fix it)
    bool fullscreen = false;
    bool discoverDisks = true; // false: do not probe the block devices
    // The stick's upgradescan.ini (KioskSettings); empty or missing: none.
    QString settingsFile;
    // Disks neither listed nor scanned ("sdb", "/dev/sdb"): the scanner's own stick.
    QStringList excludedDisks;
    // Shut down and Restart buttons: only the live system may switch the machine off.
    bool powerControls = false;
    // The program PowerControl runs with "poweroff" or "reboot" (URS_APP_POWER_COMMAND: tests).
    QString powerCommand = QStringLiteral("systemctl");
    // Batch mode: scan the first Windows found, write the report, show the verdicts, power off.
    bool batch = false;
    // Seconds the Batch screen waits before powering off (0: until a key); unset: the settings
    // file's, else KioskSettings::kDefaultPoweroffAfterSeconds.
    std::optional<int> batchPoweroffAfter;
    QStringList batchTargets; // from the settings file; empty: every target

    // Parses the app's command line (argv[0] excluded). Returns false and sets *error on a
    // mistake.
    static bool parse(const QStringList &arguments, AppConfig *config, QString *error);
    static QString usage();

    // Reads URS_APP_* environment variables (used by the tests and the live image's launcher).
    void applyEnvironment();
    // Takes from the settings file what neither the command line nor the environment set: they
    // win over the file.
    void applySettings(const KioskSettings &settings);
    // Reads settingsFile and applies it; returns the file's warnings (file, key, value).
    QStringList applySettingsFile();

    int batchPoweroffAfterSeconds() const;

    // The guides folder to use: guidesDir, the installed copy, or the source tree's.
    QString effectiveGuidesDir() const;

    // The configuration the App singleton is built from (set before the QML engine loads).
    static AppConfig &current();
};

} // namespace urs::ui
