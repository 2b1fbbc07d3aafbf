// SPDX-License-Identifier: GPL-3.0-or-later
#include "app_config.h"

#include "common/log.h"
#include "kiosk_settings.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace urs::ui {

namespace {

QCommandLineOption opt(const QString &name, const QString &help, const QString &value = {})
{
    return value.isEmpty() ? QCommandLineOption(name, help) : QCommandLineOption(name, help, value);
}

void defineOptions(QCommandLineParser &p)
{
    p.setApplicationDescription(QStringLiteral("Upgrade readiness scanner: the touch and keyboard app."));
    p.addHelpOption();
    p.addOption(
        opt(QStringLiteral("fullscreen"), QStringLiteral("Fill the screen (the live system's default).")));
    p.addOption(opt(QStringLiteral("windowed"), QStringLiteral("Open a window even on eglfs/linuxfb.")));
    p.addOption(opt(QStringLiteral("hardware-root"), QStringLiteral("Read sysfs/procfs under DIR."),
        QStringLiteral("DIR")));
    p.addOption(opt(QStringLiteral("mounts-root"), QStringLiteral("Read /proc/mounts and /sys under DIR."),
        QStringLiteral("DIR")));
    p.addOption(opt(QStringLiteral("rules"), QStringLiteral("Rule folder."), QStringLiteral("DIR")));
    p.addOption(opt(QStringLiteral("guides"), QStringLiteral("Guides folder (holds en/ and ja/)."),
        QStringLiteral("DIR")));
    p.addOption(
        opt(QStringLiteral("reports"), QStringLiteral("Default folder for reports."), QStringLiteral("DIR")));
    p.addOption(opt(QStringLiteral("lang"), QStringLiteral("Language: en or ja."), QStringLiteral("LANG")));
    p.addOption(opt(QStringLiteral("source"), QStringLiteral("Offer this image, device or folder first."),
        QStringLiteral("PATH")));
    p.addOption(opt(QStringLiteral("scan-time"), QStringLiteral("Judge as of this UTC time (ISO 8601)."),
        QStringLiteral("TIME")));
    p.addOption(opt(QStringLiteral("no-discovery"), QStringLiteral("Do not look at the block devices.")));
    p.addOption(opt(QStringLiteral("settings"),
        QStringLiteral("Read settings from this INI file ([batch] enabled, poweroff_after_seconds, targets; "
                       "[app] language). The command line wins over it."),
        QStringLiteral("FILE")));
    p.addOption(opt(QStringLiteral("exclude-disk"),
        QStringLiteral("Neither list nor scan this disk (sdb or /dev/sdb: the scanner's own stick). "
                       "Repeatable."),
        QStringLiteral("NAME")));
    p.addOption(opt(QStringLiteral("power-controls"),
        QStringLiteral("Show Shut down and Restart buttons (on the live system).")));
    p.addOption(opt(QStringLiteral("batch"),
        QStringLiteral("Batch mode: scan the first Windows found, write its report, show the verdicts, "
                       "then power off.")));
    p.addOption(opt(QStringLiteral("batch-poweroff-after"),
        QStringLiteral("Batch mode: power off SECONDS after the verdicts show (0: wait for a key; "
                       "default 60)."),
        QStringLiteral("SECONDS")));
}

// "a,b c" -> {"a", "b", "c"}: a list in one environment variable.
QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace

QString AppConfig::usage()
{
    QCommandLineParser p;
    defineOptions(p);
    // Without a QCoreApplication the parser does not know the program's name.
    return p.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("upgrade-scan-app"));
}

bool AppConfig::parse(const QStringList &arguments, AppConfig *config, QString *error)
{
    QCommandLineParser p;
    defineOptions(p);
    if (!p.parse(QStringList {QStringLiteral("upgrade-scan-app")} + arguments)) {
        *error = p.errorText();
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        *error = usage();
        return false;
    }
    auto take = [&p](const char *name, QString *field) {
        if (p.isSet(QLatin1String(name)))
            *field = p.value(QLatin1String(name));
    };
    take("hardware-root", &config->hardwareRoot);
    take("mounts-root", &config->mountsRoot);
    take("rules", &config->rulesDir);
    take("guides", &config->guidesDir);
    take("reports", &config->reportsDir);
    take("lang", &config->language);
    take("source", &config->source);
    take("settings", &config->settingsFile);
    if (p.isSet(QStringLiteral("exclude-disk")))
        config->excludedDisks = p.values(QStringLiteral("exclude-disk"));
    if (p.isSet(QStringLiteral("power-controls")))
        config->powerControls = true;
    if (p.isSet(QStringLiteral("batch")))
        config->batch = true;
    if (p.isSet(QStringLiteral("batch-poweroff-after"))) {
        const QString value = p.value(QStringLiteral("batch-poweroff-after"));
        config->batchPoweroffAfter = KioskSettings::parsePoweroffSeconds(value);
        if (!config->batchPoweroffAfter) {
            *error = QStringLiteral("--batch-poweroff-after: '%1' is not a whole number of seconds from 0 "
                                    "(wait for a key) to %2")
                         .arg(value)
                         .arg(KioskSettings::kMaxPoweroffAfterSeconds);
            return false;
        }
    }
    if (p.isSet(QStringLiteral("fullscreen")))
        config->fullscreen = true;
    if (p.isSet(QStringLiteral("windowed")))
        config->fullscreen = false;
    if (p.isSet(QStringLiteral("no-discovery")))
        config->discoverDisks = false;
    if (p.isSet(QStringLiteral("scan-time"))) {
        config->scanTime = QDateTime::fromString(p.value(QStringLiteral("scan-time")), Qt::ISODate);
        if (!config->scanTime.isValid()) {
            *error = QStringLiteral("--scan-time: '%1' is not an ISO 8601 time (e.g. 2026-11-25T10:00:00Z)")
                         .arg(p.value(QStringLiteral("scan-time")));
            return false;
        }
    }
    if (!config->language.isEmpty() && config->language != QLatin1String("en")
        && config->language != QLatin1String("ja")) {
        *error = QStringLiteral("--lang: '%1' is not supported (use en or ja)").arg(config->language);
        return false;
    }
    return true;
}

void AppConfig::applyEnvironment()
{
    auto take = [](const char *var, QString *field) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            *field = v;
    };
    take("URS_APP_HARDWARE_ROOT", &hardwareRoot);
    take("URS_APP_MOUNTS_ROOT", &mountsRoot);
    take("URS_APP_RULES", &rulesDir);
    take("URS_APP_GUIDES", &guidesDir);
    take("URS_APP_REPORTS", &reportsDir);
    take("URS_APP_LANG", &language);
    take("URS_APP_SOURCE", &source);
    const QString t = qEnvironmentVariable("URS_APP_SCAN_TIME");
    if (!t.isEmpty())
        scanTime = QDateTime::fromString(t, Qt::ISODate);
    if (qEnvironmentVariable("URS_APP_DISCOVERY") == QLatin1String("0"))
        discoverDisks = false;
    take("URS_APP_SETTINGS", &settingsFile);
    take("URS_APP_POWER_COMMAND", &powerCommand);
    if (const QString disks = qEnvironmentVariable("URS_APP_EXCLUDE_DISK"); !disks.isEmpty())
        excludedDisks = splitList(disks);
    if (qEnvironmentVariable("URS_APP_POWER_CONTROLS") == QLatin1String("1"))
        powerControls = true;
    if (qEnvironmentVariable("URS_APP_BATCH") == QLatin1String("1"))
        batch = true;
    if (const QString after = qEnvironmentVariable("URS_APP_BATCH_POWEROFF_AFTER"); !after.isEmpty()) {
        batchPoweroffAfter = KioskSettings::parsePoweroffSeconds(after);
        if (!batchPoweroffAfter)
            log()->warn(
                "URS_APP_BATCH_POWEROFF_AFTER='{}' is not a whole number of seconds; ignored", str(after));
    }
}

void AppConfig::applySettings(const KioskSettings &settings)
{
    // Batch mode has no "off" switch on the command line: --batch turns it on whatever the file
    // says, and the file can turn it on without the option.
    batch = batch || settings.batchEnabled.value_or(false);
    if (!batchPoweroffAfter)
        batchPoweroffAfter = settings.poweroffAfterSeconds;
    if (batchTargets.isEmpty())
        batchTargets = settings.targets;
    if (language.isEmpty() && settings.language)
        language = *settings.language;
}

QStringList AppConfig::applySettingsFile()
{
    const KioskSettings settings = KioskSettings::read(settingsFile);
    applySettings(settings);
    return settings.warnings;
}

int AppConfig::batchPoweroffAfterSeconds() const
{
    return batchPoweroffAfter.value_or(KioskSettings::kDefaultPoweroffAfterSeconds);
}

QString AppConfig::effectiveGuidesDir() const
{
    if (!guidesDir.isEmpty())
        return guidesDir;
    // The installed copy wins on the live system; a build directory uses the source tree's.
    const QString installed = QStringLiteral(URS_GUIDES_INSTALL_DIR);
    if (QFileInfo(installed).isDir())
        return installed;
    return QStringLiteral(URS_GUIDES_SOURCE_DIR);
}

AppConfig &AppConfig::current()
{
    static AppConfig config;
    return config;
}

} // namespace urs::ui
