// SPDX-License-Identifier: GPL-3.0-or-later
// SYNTHETIC data, see synthetic_report.h.
#include "synthetic_report.h"

#include "synthetic_time_zone.h"

#include <QJsonArray>
#include <QJsonObject>

namespace urs::test {

namespace {

Provenance hive(const char *where)
{
    return {ProvenanceKind::Hive, QString::fromLatin1(where)};
}

Provenance smbios(const char *where)
{
    return {ProvenanceKind::Smbios, QString::fromLatin1(where)};
}

LocalizedText lt(const char *en, const char *ja)
{
    return {QString::fromUtf8(en), QString::fromUtf8(ja)};
}

Evidence ev(const FactSet &facts, const char *name)
{
    const Fact *f = facts.find(QString::fromLatin1(name));
    Evidence e;
    e.fact = QString::fromLatin1(name);
    if (f) {
        e.value = f->known ? f->value : QJsonValue();
        e.provenance = f->provenance.text();
        e.unknownReason = f->unknownReason;
    }
    return e;
}

GuideLink mediaGuide()
{
    return {QStringLiteral("media-creation"), QStringLiteral("windows-10"),
        lt("Create Windows 10 installation media", "Windows 10 のインストールメディアを作成する"),
        QStringLiteral("https://www.microsoft.com/software-download/windows10")};
}

GuideLink win11Specs()
{
    return {QStringLiteral("clean-install"), QStringLiteral("requirements"),
        lt("Windows 11 specifications", "Windows 11 の仕様"),
        QStringLiteral("https://www.microsoft.com/windows/windows-11-specifications")};
}

GuideLink cleanInstallGuide()
{
    return {QStringLiteral("clean-install"), QStringLiteral("backup"),
        lt("Back up, then install Windows 11 from scratch",
            "バックアップしてから Windows 11 を新規インストールする"),
        {}};
}

} // namespace

ScanRecord syntheticResult(const SyntheticOptions &o)
{
    ScanRecord r;
    r.scanTime = o.scanTime;
    r.sourcePath = QStringLiteral("/synthetic/disk.img");
    r.notes = o.notes;
    FactSet &f = r.facts;
    if (o.machineClock)
        setSyntheticTimeZone(f, QStringLiteral("Tokyo Standard Time"), -540);
    f.set(QStringLiteral("hardware.smbios.system.manufacturer"), QStringLiteral("SYNTHETIC Example Corp."),
        smbios("SMBIOS type 1, offset 0x04"));
    // Markup and a slash in the model test escaping and file-name sanitising.
    f.set(QStringLiteral("hardware.smbios.system.product"), QStringLiteral("Test <Book> 14/G2"),
        smbios("SMBIOS type 1, offset 0x05"));
    f.set(QStringLiteral("hardware.smbios.system.serial"), o.serial, smbios("SMBIOS type 1, offset 0x07"));
    f.set(QStringLiteral("hardware.smbios.system.uuid"), o.uuid, smbios("SMBIOS type 1, offset 0x08"));
    f.set(QStringLiteral("windows.computer_name"), o.computerName,
        hive("SYSTEM\\ControlSet001\\Control\\ComputerName\\ComputerName\\ComputerName"));
    f.set(QStringLiteral("windows.product_name"), QStringLiteral("Windows 8.1 Pro"),
        hive("SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProductName"));
    f.set(QStringLiteral("windows.edition_id"), QStringLiteral("Professional"),
        hive("SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\EditionID"));
    f.set(QStringLiteral("windows.build"), 9600,
        hive("SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\CurrentBuildNumber"));
    f.set(QStringLiteral("windows.architecture"), QStringLiteral("x64"),
        hive("SYSTEM\\ControlSet001\\Control\\Session Manager\\Environment\\PROCESSOR_ARCHITECTURE"));
    f.set(QStringLiteral("hardware.cpu.model_name"),
        QStringLiteral("Intel(R) Core(TM) i5-4300U CPU @ 1.90GHz"),
        {ProvenanceKind::Sysfs, QStringLiteral("/proc/cpuinfo")});
    f.set(QStringLiteral("hardware.memory_bytes"), double(8LL << 30), smbios("SMBIOS type 17"));
    f.set(QStringLiteral("hardware.firmware.type"), QStringLiteral("uefi"),
        {ProvenanceKind::Sysfs, QStringLiteral("/sys/firmware/efi")});
    f.set(QStringLiteral("hardware.firmware.secure_boot"), false,
        {ProvenanceKind::Sysfs,
            QStringLiteral("/sys/firmware/efi/efivars/SecureBoot-8be4df61-93ca-11d2-aa0d-00e098032b8c")});
    f.set(QStringLiteral("hardware.tpm.present"), true,
        {ProvenanceKind::Sysfs, QStringLiteral("/sys/class/tpm/tpm0")});
    f.set(QStringLiteral("hardware.tpm.version"), o.tpm2 ? QStringLiteral("2.0") : QStringLiteral("1.2"),
        {ProvenanceKind::Sysfs, QStringLiteral("/sys/class/tpm/tpm0/tpm_version_major")});
    f.setUnknown(QStringLiteral("hardware.smbios.bios.usb_legacy_supported"),
        QStringLiteral("SMBIOS type 0 has no characteristics extension bytes (/sys/firmware/dmi/tables/DMI)"),
        smbios("SMBIOS type 0, offset 0x12"));
    f.set(QStringLiteral("volume.total_bytes"), double(119LL << 30),
        {ProvenanceKind::Disk, QStringLiteral("NTFS boot sector")});
    f.set(QStringLiteral("volume.free_bytes"), double(14LL << 30),
        {ProvenanceKind::Disk, QStringLiteral("NTFS $Bitmap")});
    f.set(QStringLiteral("volume.reclaimable.total_bytes"), double(9LL << 30),
        {ProvenanceKind::Derived, QStringLiteral("volume.reclaimable.*")});
    f.set(QStringLiteral("windows.fast_startup.hiberboot_enabled"), o.fastStartup,
        hive("SYSTEM\\ControlSet001\\Control\\Session Manager\\Power\\HiberbootEnabled"));
    f.set(QStringLiteral("windows.earlier_attempts.logs"),
        QJsonArray {QJsonObject {
            {QStringLiteral("path"), QStringLiteral("$WINDOWS.~BT\\Sources\\Panther\\setupact.log")},
            {QStringLiteral("size_bytes"), 300000},
            {QStringLiteral("modified"), QStringLiteral("2025-03-01T10:00:00Z")}}},
        {ProvenanceKind::File, QStringLiteral("$WINDOWS.~BT\\Sources\\Panther")});

    if (o.programs > 0 || o.packages > 0) {
        QJsonArray programs, packages;
        for (int i = 0; i < o.programs; ++i)
            programs.append(
                QJsonObject {{QStringLiteral("name"), QStringLiteral("Synthetic Program %1").arg(i)},
                    {QStringLiteral("version"), QStringLiteral("1.%1.0").arg(i)},
                    {QStringLiteral("publisher"), QStringLiteral("SYNTHETIC Software")},
                    {QStringLiteral("scope"), QStringLiteral("machine")}});
        for (int i = 0; i < o.packages; ++i)
            packages.append(QJsonObject {
                {QStringLiteral("identity"),
                    QStringLiteral("Package_for_KB%1~31bf3856ad364e35~amd64~~6.3.1.%2")
                        .arg(3000000 + i)
                        .arg(i % 7)},
                {QStringLiteral("kb"), QStringLiteral("KB%1").arg(3000000 + i)},
                {QStringLiteral("state"), 112}, {QStringLiteral("state_name"), QStringLiteral("installed")}});
        f.set(QStringLiteral("windows.programs"), programs,
            hive("SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall"));
        f.set(QStringLiteral("windows.updates.packages"), packages,
            hive("SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Component Based Servicing\\Packages"));
    }

    Assessment a;
    a.rulesVersion = QStringLiteral("synthetic-1");
    a.targets = {
        {.targetId = QStringLiteral("win10-22h2"),
            .name = lt("Windows 10 22H2", "Windows 10 22H2"),
            .verdict = Verdict::ReadyAfterFixes,
            .reasons = {QStringLiteral("fast-startup"), QStringLiteral("free-space")},
            .summary
            = lt("An in-place upgrade keeps apps and files once fast startup is off and space is freed.",
                "高速スタートアップを無効にして空き容量を確保すれば、アプリとファイルを残したままアップグレー"
                "ドできます。"),
            .lifecycle = lt("Security updates only with ESU until 2026-10-13.",
                "ESU により 2026-10-13 までセキュリティ更新のみ提供されます。"),
            .lifecycleState = {},
            .toConfirm = {},
            .alternative = {}},
        {.targetId = QStringLiteral("win11-24h2"),
            .name = lt("Windows 11 24H2", "Windows 11 24H2"),
            .verdict = Verdict::NotSupported,
            .reasons = {QStringLiteral("cpu-supported"), QStringLiteral("tpm-2")},
            .summary = lt("This processor and TPM do not meet Windows 11's requirements.",
                "このプロセッサと TPM は Windows 11 の要件を満たしていません。"),
            .lifecycle = lt("Home and Pro: until 2026-10-13.", "Home と Pro: 2026-10-13 まで"),
            .lifecycleState = {},
            .toConfirm = {},
            .alternative = {}},
        {.targetId = QStringLiteral("win11-25h2"),
            .name = lt("Windows 11 25H2", "Windows 11 25H2"),
            .verdict = Verdict::NotSupported,
            .reasons = {QStringLiteral("cpu-supported"), QStringLiteral("tpm-2")},
            .summary = lt("This processor and TPM do not meet Windows 11's requirements.",
                "このプロセッサと TPM は Windows 11 の要件を満たしていません。"),
            .lifecycle = lt("Home and Pro: until 2027-10-12.", "Home と Pro: 2027-10-12 まで"),
            .lifecycleState = {},
            .toConfirm = {},
            .alternative = {}},
    };
    if (o.tpm2) {
        a.targets[1].verdict = Verdict::CleanInstallOnly;
        a.targets[1].reasons = {QStringLiteral("upgrade-path")};
        a.targets[2].verdict = Verdict::CleanInstallOnly;
        a.targets[2].reasons = {QStringLiteral("upgrade-path")};
    }
    a.targets[2].toConfirm = {QStringLiteral("usb-legacy")};

    auto add = [&a](Finding fi) { a.findings.append(std::move(fi)); };
    Finding fast {.id = QStringLiteral("fast-startup"),
        .target = {},
        .check = QStringLiteral("16.2"),
        .status = o.fastStartup ? FindingStatus::Blocker : FindingStatus::Pass,
        .title = lt("Fast startup is on", "高速スタートアップが有効です"),
        .meaning = lt("Windows was not fully shut down; setup cannot start from a hibernated system.",
            "Windows が完全にシャットダウンされていません。休止状態のままではセットアップを開始できません。"),
        .evidence = {ev(f, "windows.fast_startup.hiberboot_enabled")},
        .remedy = {{lt("Start Windows, open an administrator command prompt and run:",
                        "Windows を起動し、管理者としてコマンドプロンプトを開いて次を実行します:"),
                       QStringLiteral("powercfg /h off")},
            {lt("Shut down with Shift held while clicking Shut down.",
                 "Shift キーを押しながら「シャットダウン」をクリックします。"),
                {}}},
        .guides = {},
        .kind = {}};
    add(fast);
    for (const QString &target :
        {QStringLiteral("win10-22h2"), QStringLiteral("win11-24h2"), QStringLiteral("win11-25h2")}) {
        const bool win10 = target == QLatin1String("win10-22h2");
        add({.id = QStringLiteral("cpu-supported"),
            .target = target,
            .check = QStringLiteral("6"),
            .status = win10 ? FindingStatus::Pass : FindingStatus::Blocker,
            .title = lt("Processor is supported", "プロセッサがサポート対象です"),
            .meaning = win10
                ? lt("Windows 10 runs on this processor.", "このプロセッサで Windows 10 が動作します。")
                : lt("Intel 4th generation processors are not on Microsoft's list for Windows 11.",
                    "第 4 世代の Intel プロセッサは Windows 11 の対応リストにありません。"),
            .evidence = {ev(f, "hardware.cpu.model_name")},
            .remedy = {},
            .guides = win10 ? QList<GuideLink> {} : QList<GuideLink> {win11Specs()},
            .kind = {}});
        if (!win10) {
            add({.id = QStringLiteral("tpm-2"),
                .target = target,
                .check = QStringLiteral("6"),
                .status = o.tpm2 ? FindingStatus::Pass : FindingStatus::Blocker,
                .title = lt("TPM 2.0", "TPM 2.0"),
                .meaning = lt("Windows 11 needs TPM 2.0; this machine has TPM 1.2.",
                    "Windows 11 には TPM 2.0 が必要ですが、このコンピューターは TPM 1.2 です。"),
                .evidence = {ev(f, "hardware.tpm.present"), ev(f, "hardware.tpm.version")},
                .remedy = {},
                .guides = {win11Specs(), cleanInstallGuide()},
                .kind = {}});
        }
    }
    add({.id = QStringLiteral("free-space"),
        .target = {},
        .check = QStringLiteral("4"),
        .status = FindingStatus::Warning,
        .title = lt("Not enough free space", "空き容量が不足しています"),
        .meaning = lt("The upgrade needs 20 GB free; 14 GB is free and 9 GB can be reclaimed.",
            "アップグレードには 20 GB の空きが必要です。空きは 14 GB、解放できる領域は 9 GB です。"),
        .evidence = {ev(f, "volume.free_bytes"), ev(f, "volume.reclaimable.total_bytes")},
        .remedy = {{lt("Run Disk Cleanup and include system files.",
                        "ディスク クリーンアップを実行し、システムファイルも対象にします。"),
            QStringLiteral("cleanmgr /sageset:1 & cleanmgr /sagerun:1")}},
        .guides = {mediaGuide()},
        .kind = {}});
    add({.id = QStringLiteral("usb-legacy"),
        .target = {},
        .check = QStringLiteral("16.1"),
        .status = FindingStatus::Unknown,
        .title = lt("Legacy USB support in the BIOS", "BIOS のレガシー USB サポート"),
        .meaning = lt("Could not be read; if setup hangs, turn legacy USB support off in the firmware.",
            "読み取れませんでした。セットアップが停止する場合はファームウェアでレガシー USB "
            "サポートを無効にしてください。"),
        .evidence = {ev(f, "hardware.smbios.bios.usb_legacy_supported")},
        .remedy = {},
        .guides = {},
        .kind = {}});
    add({.id = QStringLiteral("iis-installed"),
        .target = {},
        .check = QStringLiteral("16.3"),
        .status = FindingStatus::Advisory,
        .title = lt("IIS is installed (<script>alert(1)</script>)", "IIS がインストールされています"),
        .meaning = lt("Features added later can block setup; remove them if it fails.",
            "後から追加した機能がセットアップを妨げることがあります。"),
        .evidence = {},
        .remedy = {},
        .guides = {mediaGuide()},
        .kind = {}});
    add({.id = QStringLiteral("ram"),
        .target = {},
        .check = QStringLiteral("6"),
        .status = FindingStatus::Pass,
        .title = lt("Memory", "メモリ"),
        .meaning = lt("8 GB is enough.", "8 GB で十分です。"),
        .evidence = {ev(f, "hardware.memory_bytes")},
        .remedy = {},
        .guides = {},
        .kind = {}});
    for (int i = 0; i < o.extraFindings; ++i) {
        add({.id = QStringLiteral("synthetic-advisory-%1").arg(i),
            .target = {},
            .check = QStringLiteral("99"),
            .status = FindingStatus::Advisory,
            .title = lt("Synthetic advisory", "合成の推奨事項"),
            .meaning = lt("Synthetic text for the benchmark.", "ベンチマーク用の合成テキスト。"),
            .evidence = {ev(f, "windows.build")},
            .remedy = {},
            .guides = {},
            .kind = {}});
    }
    // The words rules/fact-labels.yaml gives these facts, so the page reads as a real one.
    const QList<QPair<const char *, LocalizedText>> names {
        {"windows.fast_startup.hiberboot_enabled", lt("Fast startup", "高速スタートアップ")},
        {"hardware.cpu.model_name", lt("Processor", "プロセッサ")},
        {"hardware.tpm.present", lt("TPM detected", "TPM の検出")},
        {"hardware.tpm.version", lt("TPM version", "TPM のバージョン")},
        {"volume.free_bytes", lt("Free space", "空き容量")},
        {"volume.reclaimable.total_bytes",
            lt("Space that clean-up can free", "クリーンアップで解放できる容量")},
        {"hardware.smbios.bios.usb_legacy_supported",
            lt("Firmware supports USB keyboards before Windows starts",
                "Windows 起動前の USB キーボードへのファームウェアの対応")},
        {"hardware.memory_bytes", lt("Installed memory", "搭載メモリ")},
        {"windows.build", lt("Build", "ビルド")}};
    for (const auto &[fact, name] : names)
        a.factLabels.insert(QString::fromLatin1(fact), FactLabel {name, {}, {}});
    r.assessment = a;
    return r;
}

} // namespace urs::test
