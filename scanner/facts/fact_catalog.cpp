// SPDX-License-Identifier: GPL-3.0-or-later
// The fact contract. docs/facts.md is generated from this table (upgrade-scan facts --catalog)
// and a test checks the two agree. Add facts here; never rename one.
#include "facts/fact_catalog.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace urs {

namespace {
using T = FactType;

const QList<FactSpec> kCatalog = {
    // --- the source: what was opened and what the disk holds ---------------------------------
    {"source.path", T::String, "Path given with --source."},
    {"source.kind", T::String, "\"image\", \"block_device\" or \"directory\"."},
    {"source.disk_size_bytes", T::Integer, "Size of the image or device (not for a directory)."},
    {"source.partition_style", T::String,
        "\"gpt\", \"mbr\", \"none\" (a bare file system) or \"other\" (a Mac, BSD or Sun table)."},
    {"source.partitions", T::ObjectList,
        "Every partition: index, start_bytes, size_bytes, description, filesystem "
        "(ntfs|fat|exfat|bitlocker|other|unknown), role (esp|recovery|windows|data|other), bitlocker, "
        "has_windows, type_id (GPT type GUID or MBR type byte), label, note (why the volume could not "
        "be read; only when it could not)."},
    {"source.esp_present", T::Bool, "An EFI system partition exists on the disk."},
    {"source.esp.has_windows_boot_manager", T::Bool,
        "An EFI system partition holds \\EFI\\Microsoft\\Boot\\bootmgfw.efi (the Windows Boot Manager "
        "UEFI firmware starts)."},
    {"source.recovery_partition_present", T::Bool, "A Windows recovery partition exists."},
    {"source.windows_installations", T::ObjectList,
        "Windows installations found: index, partition, path, volume (the volume's display name); the "
        "one scanned also has product_name, build and computer_name."},
    {"source.selected_windows", T::Integer, "Index of the installation that was scanned."},
    {"source.selection_note", T::String, "Why that installation was chosen."},

    // --- the Windows volume -----------------------------------------------------------------
    {"volume.filesystem", T::String, "File system of the Windows volume (\"ntfs\")."},
    {"volume.label", T::String, "Volume label."},
    {"volume.total_bytes", T::Integer, "Size of the Windows volume."},
    {"volume.free_bytes", T::Integer, "Free bytes (from the NTFS cluster bitmap on an image)."},
    {"volume.cluster_bytes", T::Integer, "Cluster size."},
    {"volume.bitlocker", T::Bool, "The volume is BitLocker-encrypted (OEM id -FVE-FS-)."},
    {"volume.dirty", T::Bool, "The NTFS dirty flag is set (chkdsk pending or unclean shutdown)."},
    {"volume.reclaimable.pagefile_bytes", T::Integer, "Size of pagefile.sys (0 when absent)."},
    {"volume.reclaimable.hiberfil_bytes", T::Integer, "Size of hiberfil.sys (0 when absent)."},
    {"volume.reclaimable.swapfile_bytes", T::Integer, "Size of swapfile.sys (0 when absent)."},
    {"volume.reclaimable.windows_old_bytes", T::Integer, "Size of Windows.old (0 when absent)."},
    {"volume.reclaimable.update_download_bytes", T::Integer,
        "Size of Windows\\SoftwareDistribution\\Download."},
    {"volume.reclaimable.windows_bt_bytes", T::Integer, "Size of $WINDOWS.~BT (0 when absent)."},
    {"volume.reclaimable.total_bytes", T::Integer, "Sum of the reclaimable sizes above."},

    // --- Windows identity -------------------------------------------------------------------
    {"windows.path", T::String, "Windows folder on the volume, e.g. \"Windows\"."},
    {"windows.product_name", T::String, "SOFTWARE ...\\CurrentVersion ProductName."},
    {"windows.edition_id", T::String, "EditionID, e.g. \"Professional\", \"Core\"."},
    {"windows.current_version", T::String, "CurrentVersion, \"6.3\" for 8.1."},
    {"windows.build", T::Integer, "CurrentBuildNumber (or CurrentBuild), 9600 for 8.1."},
    {"windows.ubr", T::Integer, "Update build revision (often absent on 8.1)."},
    {"windows.build_lab_ex", T::String, "BuildLabEx."},
    {"windows.installation_type", T::String, "InstallationType: Client, Server, ..."},
    {"windows.product_id", T::String, "ProductId (not a product key)."},
    {"windows.install_date", T::DateTime, "InstallDate (Unix time in the hive)."},
    {"windows.architecture", T::String,
        "\"x64\", \"x86\" or \"arm64\" (PROCESSOR_ARCHITECTURE in the SYSTEM hive)."},
    {"windows.computer_name", T::String, "ComputerName of the control set in use."},
    {"windows.control_set", T::Integer, "Select\\Current: the control set in use."},
    {"windows.time_zone", T::String,
        "TimeZoneKeyName of Control\\TimeZoneInformation, e.g. \"Pacific Standard Time\"."},
    {"windows.time_zone_bias_minutes", T::Integer,
        "Bias: minutes from local standard time to UTC (UTC = local + bias; 480 for Pacific, -540 for "
        "Tokyo)."},
    {"windows.time_zone_active_bias_minutes", T::Integer,
        "ActiveTimeBias: the bias in effect (standard or daylight) when Windows last ran."},
    {"windows.time_zone_daylight", T::Object,
        "The daylight-saving rule: observed (false when DaylightStart is empty), standard_bias_minutes; "
        "when observed also daylight_bias_minutes, daylight_start and standard_start (year, month, "
        "day_of_week, day, hour, minute, second; year 0 means every year, on week day of the month, 5 "
        "the last)."},
    {"windows.rtc_in_utc", T::Bool,
        "RealTimeIsUniversal = 1: Windows keeps the firmware clock in UTC; false (absent, the default): "
        "in local time."},
    {"windows.last_shutdown", T::DateTime, "Control\\Windows ShutdownTime."},
    {"windows.newest_activity", T::DateTime,
        "Newest time the installation wrote (last shutdown, hive headers, log times)."},
    {"windows.users", T::ObjectList, "Users whose NTUSER.DAT was read: name, profile_path."},

    // --- how Windows boots: its BCD store, from the disk (not how the scanner booted) -------
    {"windows.boot.mode", T::String,
        "\"uefi\" or \"legacy\": how the installed Windows boots, from the path of the Windows Boot "
        "Loader its BCD store starts by default (winload.efi or winload.exe)."},
    {"windows.boot.bcd_path", T::String,
        "The BCD store read: \\EFI\\Microsoft\\Boot\\BCD on the EFI system partition, or \\Boot\\BCD on "
        "the active (system) partition; the provenance names the partition."},
    {"windows.boot.default_object", T::String,
        "The object {bootmgr} starts by default (element 23000003), e.g. \"{2ad6f0e4-...}\"."},
    {"windows.boot.loader_path", T::String,
        "Path element (12000002) of that Windows Boot Loader, e.g. \"\\Windows\\system32\\winload.efi\"."},
    {"windows.boot.loaders", T::ObjectList,
        "Every Windows Boot Loader object of the store: id, description, path, system_root, default."},

    // --- power: fast startup and hibernation ------------------------------------------------
    {"windows.fast_startup.hiberboot_enabled", T::Bool,
        "Session Manager\\Power HiberbootEnabled = 1 (fast startup on)."},
    {"windows.fast_startup.hibernate_enabled", T::Bool, "Control\\Power HibernateEnabled = 1."},
    {"windows.fast_startup.hiberfil_present", T::Bool, "hiberfil.sys exists on the volume."},
    {"windows.fast_startup.hiberfil_bytes", T::Integer, "Size of hiberfil.sys."},
    {"windows.fast_startup.volume_hibernated", T::Bool,
        "hiberfil.sys holds a hibernation image (signature hibr/HIBR): Windows was not shut down "
        "fully."},

    // --- services ---------------------------------------------------------------------------
    {"windows.services.wuauserv.start", T::Integer, "Start of wuauserv (0-4; 4 = disabled)."},
    {"windows.services.bits.start", T::Integer, "Start of BITS."},
    {"windows.services.trustedinstaller.start", T::Integer, "Start of TrustedInstaller."},
    {"windows.services.cryptsvc.start", T::Integer, "Start of CryptSvc."},
    {"windows.services.appreadiness.start", T::Integer, "Start of AppReadiness."},
    {"windows.services.third_party", T::ObjectList,
        "Auto-start services whose image is outside Windows: name, display_name, image_path, start."},
    {"windows.language.install", T::String,
        "The language Windows was installed in (Nls\\Language InstallLanguage, named by its MUI "
        "UI language: \"en-US\"); upgrade media must be in it to keep apps."},
    {"windows.language.ui_languages", T::StringList,
        "Installed display languages (Control\\MUI\\UILanguages)."},
    {"windows.startup.run_entries", T::ObjectList,
        "Run and RunOnce entries, machine and per user: scope, name, command."},

    // --- servicing and updates --------------------------------------------------------------
    {"windows.updates.packages", T::ObjectList,
        "Component Based Servicing packages: identity, kb, state (number), state_name."},
    {"windows.updates.installed_kbs", T::StringList,
        "KB numbers of installed or permanent packages, e.g. \"KB2919355\"."},
    {"windows.updates.kb2919355_installed", T::Bool, "The Windows 8.1 Update (KB2919355)."},
    {"windows.updates.last_success_install", T::DateTime, "Auto Update\\Results\\Install LastSuccessTime."},
    {"windows.servicing.unserviceable", T::Bool,
        "Component Based Servicing value Unserviceable is set: the servicing stack is broken."},

    // --- pending reboot ---------------------------------------------------------------------
    {"windows.pending_reboot.reasons", T::StringList,
        "Markers found: PendingFileRenameOperations, CBS RebootPending, CBS PackagesPending, "
        "WU RebootRequired, WinSxS pending.xml."},
    {"windows.pending_reboot.file_renames", T::StringList, "Files named by PendingFileRenameOperations."},

    // --- features and roles -----------------------------------------------------------------
    {"windows.features.iis.installed", T::Bool, "IIS is installed (SOFTWARE\\Microsoft\\InetStp)."},
    {"windows.features.iis.version", T::String, "IIS version, e.g. \"8.5\"."},
    {"windows.features.hyperv.installed", T::Bool, "The Hyper-V role is enabled."},
    {"windows.features.enabled_optional", T::StringList,
        "Optional features selected (Notifications\\OptionalFeatures Selection = 1)."},
    {"windows.features.added", T::StringList,
        "Enabled optional features that are not on by default and matter for upgrades."},

    // --- programs ---------------------------------------------------------------------------
    {"windows.programs", T::ObjectList,
        "Installed programs (64-bit, 32-bit and per-user Uninstall views): name, version, "
        "publisher, install_date, scope."},

    // --- policies and network path ----------------------------------------------------------
    {"windows.policies.wsus_server", T::String, "Policies ...\\WindowsUpdate WUServer."},
    {"windows.policies.wsus_status_server", T::String, "WUStatusServer."},
    {"windows.policies.use_wu_server", T::Bool, "...\\WindowsUpdate\\AU UseWUServer = 1."},
    {"windows.policies.no_auto_update", T::Bool, "...\\AU NoAutoUpdate = 1."},
    {"windows.policies.disable_os_upgrade", T::Bool, "DisableOSUpgrade = 1."},
    {"windows.policies.target_release_version", T::String, "TargetReleaseVersionInfo."},
    {"windows.policies.disable_gwx", T::Bool, "Policies\\Microsoft\\Windows\\GWX DisableGwx = 1."},
    {"windows.proxy.winhttp_server", T::String, "WinHTTP proxy server (empty when WinHTTP goes direct)."},
    {"windows.proxy.winhttp_direct", T::Bool, "WinHTTP connects directly."},
    {"windows.proxy.user_proxies", T::ObjectList,
        "Per-user Internet Settings: user, enabled, server, auto_config_url."},

    // --- profiles ---------------------------------------------------------------------------
    {"windows.profiles.entries", T::ObjectList, "ProfileList: sid, path, state, is_bak."},
    {"windows.profiles.bak_twins", T::StringList, "SIDs that have a .bak twin."},
    {"windows.profiles.temporary", T::StringList, "SIDs of temporary or backup-state profiles."},

    // --- requirement bypasses and appraiser ------------------------------------------------
    {"windows.bypass.labconfig", T::StringList, "Setup\\LabConfig values set to 1."},
    {"windows.bypass.mosetup_allow_unsupported", T::Bool,
        "Setup\\MoSetup AllowUpgradesWithUnsupportedTPMOrCPU = 1."},
    {"windows.appraiser.red_reasons", T::ObjectList,
        "TargetVersionUpgradeExperienceIndicators: target, red_reason."},

    // --- earlier attempts -------------------------------------------------------------------
    {"windows.earlier_attempts.folders", T::StringList,
        "Folders left by earlier upgrade attempts ($WINDOWS.~BT, Windows\\Panther, ...)."},
    {"windows.earlier_attempts.logs", T::ObjectList, "Setup logs found: path, size_bytes, modified."},
    {"windows.setup_attempts", T::ObjectList,
        "Attempts whose logs were found, newest first: folder, date, result, files."},
    {"windows.last_attempt.found", T::Bool, "Logs of an earlier upgrade attempt were found."},
    {"windows.last_attempt.folder", T::String, "The newest attempt's folder (C:\\$WINDOWS.~BT)."},
    {"windows.last_attempt.date", T::DateTime, "Newest modification of the newest attempt's logs."},
    {"windows.last_attempt.code", T::String,
        "Its result, \"0xC1900101 - 0x20017\" (result - extend code); \"\" when no log line gives one."},
    {"windows.last_attempt.driver", T::String, "The driver the newest cause line names (\"\" when none)."},
    {"windows.last_attempt.bugcheck", T::String, "The stop code of a crash during setup (\"\" when none)."},
    {"windows.last_attempt.evidence", T::ObjectList,
        "The quoted log lines: the result line, then the causes, newest first: file, line, text."},
    {"windows.last_attempt.blocks", T::ObjectList,
        "Setup's compatibility blocks (CompatData*.xml): type hard|soft, kind, name, message, file, line."},
    {"windows.update_errors", T::ObjectList,
        "Windows Update and servicing errors (WindowsUpdate.log, CBS.log), most frequent first: code, count, "
        "last_seen, file, line, text."},
    {"windows.setup_logs.unreadable", T::ObjectList,
        "Setup and update logs that could not be read: file, reason."},

    // --- hardware: CPU ----------------------------------------------------------------------
    {"hardware.cpu.vendor", T::String, "vendor_id: GenuineIntel, AuthenticAMD, ..."},
    {"hardware.cpu.family", T::Integer, "cpu family."},
    {"hardware.cpu.model", T::Integer, "model."},
    {"hardware.cpu.stepping", T::Integer, "stepping."},
    {"hardware.cpu.model_name", T::String, "model name."},
    {"hardware.cpu.flags", T::StringList, "CPU feature flags as Linux names them."},
    {"hardware.cpu.architecture", T::String, "\"x86_64\", \"x86\" or \"arm64\"."},
    {"hardware.cpu.cores", T::Integer, "Physical cores."},
    {"hardware.cpu.threads", T::Integer, "Logical processors."},
    {"hardware.cpu.max_mhz", T::Integer, "Maximum frequency in MHz."},
    {"hardware.cpu.processor_flags", T::Integer,
        "Intel platform id as a bit mask (1 << MSR 0x17 bits 52:50; 0 on AMD), from sysfs "
        "cpu0/microcode/processor_flags (root only): what Windows keeps as \"Platform Specific Field "
        "1\", which the family gate reads for Kaby Lake stepping 9. 16 = 0x10."},

    // --- hardware: memory, firmware, TPM ----------------------------------------------------
    {"hardware.memory_bytes", T::Integer,
        "Installed memory: SMBIOS type 17 modules, else MemTotal from /proc/meminfo."},
    {"hardware.memory.modules", T::ObjectList, "SMBIOS type 17: locator, size_bytes, speed_mts."},
    {"hardware.memory.os_visible_bytes", T::Integer, "MemTotal from /proc/meminfo."},
    {"hardware.firmware.type", T::String, "\"uefi\" or \"bios\" (how the scanner booted)."},
    {"hardware.firmware.secure_boot", T::Bool, "Secure Boot is on (efivar SecureBoot)."},
    {"hardware.firmware.setup_mode", T::Bool, "Firmware is in setup mode (no platform key)."},
    {"hardware.firmware.rtc_time", T::DateTime, "Firmware real-time clock at scan time."},
    {"hardware.tpm.present", T::Bool, "A TPM is visible to the live system."},
    {"hardware.tpm.version", T::String, "\"2.0\" or \"1.2\"."},

    // --- hardware: SMBIOS and ACPI ----------------------------------------------------------
    {"hardware.smbios.version", T::String, "SMBIOS version, e.g. \"2.8\"."},
    {"hardware.smbios.bios.vendor", T::String, "Type 0 vendor."},
    {"hardware.smbios.bios.version", T::String, "Type 0 BIOS version."},
    {"hardware.smbios.bios.release_date", T::String, "Type 0 release date as written (MM/DD/YYYY)."},
    {"hardware.smbios.bios.usb_legacy_supported", T::Bool,
        "Type 0 characteristics extension byte 1 (offset 0x12) bit 1: USB legacy support."},
    {"hardware.smbios.bios.uefi_supported", T::Bool, "Extension byte 2 bit 3: UEFI supported."},
    {"hardware.smbios.bios.is_virtual_machine", T::Bool, "Extension byte 2 bit 4: a VM."},
    {"hardware.smbios.system.manufacturer", T::String, "Type 1 manufacturer."},
    {"hardware.smbios.system.product", T::String, "Type 1 product name."},
    {"hardware.smbios.system.serial", T::String, "Type 1 serial number."},
    {"hardware.smbios.system.uuid", T::String, "Type 1 UUID."},
    {"hardware.smbios.baseboard.manufacturer", T::String, "Type 2 manufacturer."},
    {"hardware.smbios.baseboard.product", T::String, "Type 2 product."},
    {"hardware.acpi.msdm_present", T::Bool, "An ACPI MSDM table (OEM product key) exists."},
    {"hardware.acpi.msdm_key_last5", T::String, "Last 5 characters of the OEM key, no more."},

    // --- hardware: devices ------------------------------------------------------------------
    {"hardware.disks", T::ObjectList, "Block devices: name, size_bytes, rotational, ssd, removable, model."},
    {"hardware.gpus", T::ObjectList,
        "Display adapters: pci_slot, vendor_id, device_id, vendor_name, device_name."},
    {"hardware.displays", T::ObjectList,
        "Connected displays from EDID: connector, width_mm, height_mm, diagonal_inches, "
        "width_px, height_px."},
    {"hardware.network.interfaces", T::ObjectList,
        "Network interfaces of the live system: name, operstate, carrier, ipv4, apipa."},
    {"hardware.network.connected", T::Bool,
        "Some interface of the live system has a link and an IPv4 address that is not 169.254.x.x."},
};

} // namespace

const QList<FactSpec> &FactCatalog::all()
{
    return kCatalog;
}

const FactSpec *FactCatalog::find(const QString &name)
{
    static const QHash<QString, const FactSpec *> index = [] {
        QHash<QString, const FactSpec *> h;
        for (const FactSpec &spec : kCatalog)
            h.insert(QString::fromLatin1(spec.name), &spec);
        return h;
    }();
    return index.value(name, nullptr);
}

QString FactCatalog::typeName(FactType type)
{
    switch (type) {
    case T::Bool:
        return QStringLiteral("bool");
    case T::Integer:
        return QStringLiteral("integer");
    case T::String:
        return QStringLiteral("string");
    case T::DateTime:
        return QStringLiteral("datetime");
    case T::StringList:
        return QStringLiteral("string list");
    case T::ObjectList:
        return QStringLiteral("object list");
    case T::Object:
        return QStringLiteral("object");
    }
    return {};
}

bool FactCatalog::matches(FactType type, const QJsonValue &value)
{
    switch (type) {
    case T::Bool:
        return value.isBool();
    case T::Integer:
        return value.isDouble() && value.toDouble() == double(qint64(value.toDouble()));
    case T::String:
    case T::DateTime:
        return value.isString();
    case T::StringList: {
        if (!value.isArray())
            return false;
        for (const auto &v : value.toArray())
            if (!v.isString())
                return false;
        return true;
    }
    case T::ObjectList: {
        if (!value.isArray())
            return false;
        for (const auto &v : value.toArray())
            if (!v.isObject())
                return false;
        return true;
    }
    case T::Object:
        return value.isObject();
    }
    return false;
}

} // namespace urs
