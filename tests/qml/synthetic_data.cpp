// SPDX-License-Identifier: GPL-3.0-or-later
// SYNTHETIC: hand-written data, see synthetic_data.h.
#include "synthetic_data.h"

#include "engine/text_fill.h"
#include "synthetic_time_zone.h"

#include <QJsonArray>

namespace urs::ui::test {

namespace {

LocalizedText lt(const char *en, const char *ja)
{
    return {QString::fromUtf8(en), QString::fromUtf8(ja)};
}

Finding finding(const char *id, const char *target, const char *check, FindingStatus status,
    LocalizedText title, LocalizedText meaning)
{
    Finding f;
    f.id = QLatin1String(id);
    f.target = QLatin1String(target);
    f.check = QLatin1String(check);
    f.status = status;
    f.title = std::move(title);
    f.meaning = std::move(meaning);
    return f;
}

// A text with {end} and {esu} filled in by the dates as each language writes them in prose
// (2027-10-12, 2027 年 10 月 12 日), as the rule engine fills its lifecycle texts.
LocalizedText dated(const char *en, const char *ja, const QDate &end, const QDate &esu = {})
{
    return fillText(lt(en, ja),
        {{QStringLiteral("end"), localizedDate(end)}, {QStringLiteral("esu"), localizedDate(esu)}});
}

PlanStep planStep(const char *kind, const char *findingId, LocalizedText action, GuideLink guide)
{
    PlanStep s;
    s.kind = QLatin1String(kind);
    s.findingId = QLatin1String(findingId);
    s.action = std::move(action);
    s.guide = std::move(guide);
    if (s.kind == QLatin1String("install")) {
        s.place = QStringLiteral("install");
        s.placeLabel = lt("Installation", "インストール");
        s.kindLabel = lt("Upgrade", "アップグレード");
    } else {
        s.place = QStringLiteral("windows");
        s.placeLabel = lt("In Windows", "Windows で");
        s.kindLabel
            = s.kind == QLatin1String("fix") ? lt("Must be fixed", "必須") : lt("Recommended", "推奨事項");
    }
    return s;
}

GuideLink guide(const char *id, const char *section, LocalizedText title)
{
    return {QLatin1String(id), QLatin1String(section), std::move(title), {}};
}

// The plan the engine would make of these findings: Windows 10 in place, the two warnings
// that decided its verdict first, then the antivirus, then the route's own steps.
UpgradePlan syntheticPlan()
{
    UpgradePlan p;
    p.targetId = QStringLiteral("win10-22h2");
    p.route = QStringLiteral("in-place");
    p.headline = lt("Best path: upgrade to Windows 10 22H2 in place after 2 fixes.",
        "最適な方法: 2 件の対処を済ませてから、Windows 10 22H2 へインプレース アップグレードします。");
    p.detail
        = dated("Windows 10 22H2 no longer gets security updates (they ended on {esu}). Windows 11 24H2 and "
                "Windows 11 25H2 would need a newer processor.",
            "Windows 10 22H2 のセキュリティ更新は {esu}に終了しています。Windows 11 24H2、Windows 11 25H2 "
            "には、より新しいプロセッサが必要です。",
            {}, QDate(2026, 10, 13));
    p.steps = {planStep("fix", "free-space",
                   lt("Free about 35 GB on C: with Disk Cleanup, system files included",
                       "ディスク クリーンアップでシステム ファイルも削除し、C: の空きを約 35 GB にします"),
                   guide("in-place-upgrade", "free-space", lt("Free space", "空き容量"))),
        planStep("fix", "fast-startup",
            lt("Turn off fast startup and hibernation", "高速スタートアップと休止状態を無効にします"),
            guide("in-place-upgrade", "fast-startup",
                lt("Fast startup and hibernation", "高速スタートアップと休止状態"))),
        planStep("recommended", "security-software",
            lt("Uninstall security software other than Defender (note its licence first)",
                "Defender 以外のセキュリティ ソフトをアンインストールします（先にライセンスを控えます）"),
            guide("in-place-upgrade", "security-software", lt("Security software", "セキュリティ ソフト"))),
        planStep("install", "",
            lt("Create the Windows 10 22H2 installation media (USB stick or ISO file)",
                "Windows 10 22H2 のインストール メディア（USB メモリまたは ISO ファイル）を作成します"),
            guide("media-creation", "win10", lt("Windows 10 22H2 media", "Windows 10 22H2 のメディア"))),
        planStep("install", "",
            lt("Start setup.exe from the media in Windows and keep personal files and apps",
                "Windows 上でメディアの setup.exe を起動し、個人用ファイルとアプリを引き継ぎます"),
            guide("in-place-upgrade", "run-setup",
                lt("Run setup from the media", "メディアからセットアップを実行"))),
        planStep("install", "",
            lt("Afterwards check activation, and keep Windows.old for the 10 days in which Go back works",
                "終わったらライセンス認証を確認し、「前のバージョンに戻す」が使える 10 日間は Windows.old "
                "を残します"),
            guide(
                "in-place-upgrade", "go-back", lt("Going back within 10 days", "10 日以内なら元に戻せる")))};
    return p;
}

} // namespace

QList<TargetVerdict> syntheticTargets()
{
    TargetVerdict w25;
    w25.targetId = QStringLiteral("win11-25h2");
    w25.name = lt("Windows 11 25H2", "Windows 11 25H2");
    w25.verdict = Verdict::NotSupported;
    w25.reasons = {QStringLiteral("cpu-supported"), QStringLiteral("tpm-2")};
    w25.summary = lt("The processor is not on Microsoft's list and no TPM 2.0 was found.",
        "プロセッサが Microsoft の一覧になく、TPM 2.0 も見つかりません。");
    // As of the scan time (2026-11-25): 25H2 supported, 24H2 and Windows 10 (ESU included) ended.
    w25.lifecycle = dated("Windows 11 25H2 is supported until {end} (Home/Pro editions).",
        "Windows 11 25H2 のサポートは {end}まで（Home/Pro エディション）。", QDate(2027, 10, 12));
    TargetVerdict w24 = w25;
    w24.targetId = QStringLiteral("win11-24h2");
    w24.name = lt("Windows 11 24H2", "Windows 11 24H2");
    w24.lifecycle = dated("Windows 11 24H2 is out of support since {end} (Home/Pro editions).",
        "Windows 11 24H2 は {end}でサポートが終了しています（Home/Pro エディション）。", QDate(2026, 10, 13));
    TargetVerdict w10;
    w10.targetId = QStringLiteral("win10-22h2");
    w10.name = lt("Windows 10 22H2", "Windows 10 22H2");
    w10.verdict = Verdict::ReadyAfterFixes;
    w10.reasons = {QStringLiteral("fast-startup"), QStringLiteral("free-space")};
    w10.summary = lt("An in-place upgrade keeps apps once fast startup is off and 20 GB are free.",
        "高速スタートアップを無効にし 20 GB 空ければ、アプリを残したままアップグレードできます。");
    w10.lifecycle = dated("Support ended on {end}; security updates through consumer ESU ended on {esu}.",
        "サポートは {end}に終了し、個人向け ESU のセキュリティ更新も {esu}に終了しました。",
        QDate(2025, 10, 14), QDate(2026, 10, 13));
    return {w25, w24, w10};
}

Assessment syntheticAssessment()
{
    Assessment a;
    a.rulesVersion = QStringLiteral("synthetic-1");
    a.targets = syntheticTargets();

    Finding cpu = finding("cpu-supported", "win11-25h2", "6", FindingStatus::Blocker,
        lt("Processor not supported", "プロセッサが非対応"),
        lt("Intel Core i5-4200U (4th generation) is not on the Windows 11 list.",
            "Intel Core i5-4200U (第 4 世代) は Windows 11 の対応一覧にありません。"));
    cpu.evidence << Evidence {QStringLiteral("hardware.cpu.model_name"),
        QJsonValue(QStringLiteral("Intel(R) Core(TM) i5-4200U")), QStringLiteral("sysfs /proc/cpuinfo"), {}};
    Finding cpu24 = cpu;
    cpu24.target = QStringLiteral("win11-24h2");

    Finding tpm = finding("tpm-2", "", "6", FindingStatus::Unknown, lt("TPM 2.0", "TPM 2.0"),
        lt("No TPM was visible; it may be turned off in the firmware.",
            "TPM が見えません。ファームウェアで無効になっている可能性があります。"));
    tpm.evidence << Evidence {QStringLiteral("hardware.tpm.present"), QJsonValue(), QString(),
        QStringLiteral("/sys/class/tpm does not exist")};

    Finding fast = finding("fast-startup", "", "16.2", FindingStatus::Warning,
        lt("Fast startup is on", "高速スタートアップが有効"),
        lt("Windows was not fully shut down; setup may fail or files may be lost.",
            "Windows が完全にシャットダウンされていません。"));
    fast.evidence << Evidence {QStringLiteral("windows.fast_startup.hiberboot_enabled"), QJsonValue(true),
        QStringLiteral("hive SYSTEM\\ControlSet001\\Control\\Session Manager\\Power\\HiberbootEnabled"), {}};
    fast.remedy << RemedyStep {lt("Turn fast startup off, then shut down fully.",
                                   "高速スタートアップを無効にして、完全にシャットダウンします。"),
        QStringLiteral("powercfg /h off")};
    fast.guides << GuideLink {QStringLiteral("in-place-upgrade"), QStringLiteral("before"),
        lt("In-place upgrade", "インプレース アップグレード"), {}};

    Finding space = finding("free-space", "", "4", FindingStatus::Warning,
        lt("Not enough free space", "空き容量が不足"),
        // Long enough to take two lines on the Results screen at 1024x768, in both languages.
        lt("12.4 GB free; about 35 GB are advised for a feature upgrade, which keeps the old Windows "
           "for going back and needs room for the new one and its update files.",
            "空きは 12.4 GB。機能アップグレードには約 35 GB を推奨します。元に戻すための以前の Windows "
            "を残したうえで、新しい Windows と更新ファイルを置く場所が必要です。"));
    space.remedy << RemedyStep {lt("Run Disk Cleanup including system files.",
                                    "ディスク クリーンアップでシステム ファイルも削除します。"),
        QStringLiteral("cleanmgr /sageset:1")};

    Finding av = finding("security-software", "", "11", FindingStatus::Advisory,
        lt("Third-party antivirus installed", "他社製ウイルス対策ソフトを検出"),
        lt("Uninstall it before the upgrade and reinstall it afterwards.",
            "アップグレード前にアンインストールし、後で入れ直してください。"));
    Finding ram = finding("memory", "", "6", FindingStatus::Pass, lt("Memory: 8 GB", "メモリ: 8 GB"),
        lt("Enough for every target.", "すべてのターゲットに十分です。"));
    Finding services = finding("services", "", "5", FindingStatus::Pass,
        lt("Update services are enabled", "更新サービスは有効"), {});
    a.findings = {ram, fast, cpu, tpm, av, cpu24, space, services};
    a.plan = syntheticPlan();
    return a;
}

FactSet syntheticFacts()
{
    FactSet f;
    const Provenance hive {
        ProvenanceKind::Hive, QStringLiteral("SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion")};
    f.set(QStringLiteral("windows.product_name"), QStringLiteral("Windows 8.1 Pro"), hive);
    f.set(QStringLiteral("windows.edition_id"), QStringLiteral("Professional"), hive);
    f.set(QStringLiteral("windows.build"), 9600, hive);
    f.set(QStringLiteral("windows.computer_name"), QStringLiteral("OFFICE-PC-07"), hive);
    f.set(QStringLiteral("windows.architecture"), QStringLiteral("x64"), hive);
    // Japan: no daylight saving, so the report's local time is the scan time plus nine hours.
    urs::test::setSyntheticTimeZone(f, QStringLiteral("Tokyo Standard Time"), -540);
    const Provenance smbios {ProvenanceKind::Smbios, QStringLiteral("SMBIOS type 1")};
    f.set(QStringLiteral("hardware.smbios.system.manufacturer"), QStringLiteral("SYNTHETIC"), smbios);
    f.set(QStringLiteral("hardware.smbios.system.product"), QStringLiteral("Laptop 2014"), smbios);
    f.set(QStringLiteral("hardware.smbios.system.serial"), QStringLiteral("SYN-0007"), smbios);
    const Provenance disk {ProvenanceKind::Disk, QStringLiteral("NTFS $Bitmap")};
    f.set(QStringLiteral("volume.total_bytes"), qint64(120) * 1000 * 1000 * 1000, disk);
    f.set(QStringLiteral("volume.free_bytes"), qint64(12400) * 1000 * 1000, disk);
    f.set(QStringLiteral("volume.bitlocker"), false, disk);
    f.setUnknown(QStringLiteral("hardware.tpm.present"), QStringLiteral("/sys/class/tpm does not exist"));
    return f;
}

QList<TargetChoice> syntheticTargetChoices()
{
    QList<TargetChoice> choices;
    for (const TargetVerdict &t : syntheticTargets())
        choices << TargetChoice {t.targetId, t.name, t.lifecycle};
    return choices;
}

QString syntheticDefaultTarget()
{
    return QStringLiteral("win11-25h2");
}

std::shared_ptr<const ScanRecord> syntheticResult()
{
    auto r = std::make_shared<ScanRecord>();
    r->sourcePath = QStringLiteral("/synthetic/laptop-2014.img");
    r->windowsIndex = 1;
    r->scanTime = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
    r->facts = syntheticFacts();
    r->assessment = syntheticAssessment();
    return r;
}

std::shared_ptr<const ScanRecord> syntheticResultBootedIn(const QString &firmwareType)
{
    auto r = std::make_shared<ScanRecord>(*syntheticResult());
    r->facts.set(QStringLiteral("hardware.firmware.type"), firmwareType,
        {ProvenanceKind::Sysfs, QStringLiteral("/sys/firmware/efi")});
    return r;
}

QList<DiskRow> syntheticDiskRows()
{
    DiskRow sda;
    sda.sourcePath = QStringLiteral("/dev/sda");
    sda.sourceKind = QStringLiteral("disk");
    sda.model = QStringLiteral("SYNTHETIC SSD 128");
    sda.diskBytes = qint64(128) * 1000 * 1000 * 1000;
    sda.windowsIndex = 1;
    sda.volumeName = QStringLiteral("partition 2 (NTFS)");
    sda.previewDone = true;
    sda.preview = previewFromFacts(syntheticFacts());
    sda.preview.facts = std::make_shared<const FactSet>(syntheticFacts());
    sda.preview.hibernated = false;
    sda.preview.fastStartup = true;

    DiskRow second = sda;
    second.windowsIndex = 2;
    second.volumeName = QStringLiteral("partition 4 (NTFS)");
    second.previewDone = false; // still reading
    second.preview = {};

    DiskRow sdb;
    sdb.sourcePath = QStringLiteral("/dev/sdb");
    sdb.sourceKind = QStringLiteral("disk");
    sdb.model = QStringLiteral("SYNTHETIC HDD 500");
    sdb.diskBytes = qint64(500) * 1000 * 1000 * 1000;
    sdb.bitlockerSeen = true;
    return {sda, second, sdb};
}

} // namespace urs::ui::test
