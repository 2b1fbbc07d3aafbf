// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/report_strings.h"

#include "common/size_text.h"
#include "engine/status_words.h"

#include <QDateTime>
#include <QHash>

namespace urs {

namespace {

struct Label {
    const char *en;
    const char *ja;
};

// Keys are stable; texts are written to be read by the person at the machine, not by us.
const QHash<QString, Label> &table()
{
    static const QHash<QString, Label> t = {
        {QStringLiteral("title"), {"Upgrade readiness report", "アップグレード準備状況レポート"}},
        {QStringLiteral("subtitle"),
            {"What this computer needs before it can move from Windows 8.1 to a supported Windows.",
                "この PC を Windows 8.1 からサポート中の Windows へ移行する前に必要なこと"}},
        {QStringLiteral("machine"), {"This computer", "この PC"}},
        {QStringLiteral("manufacturer"), {"Manufacturer", "メーカー"}},
        {QStringLiteral("model"), {"Model", "モデル"}},
        {QStringLiteral("serial"), {"Serial number", "シリアル番号"}},
        {QStringLiteral("uuid"), {"SMBIOS UUID", "SMBIOS UUID"}},
        {QStringLiteral("computer_name"), {"Computer name", "コンピューター名"}},
        {QStringLiteral("windows"), {"Installed Windows", "インストール済みの Windows"}},
        {QStringLiteral("processor"), {"Processor", "プロセッサ"}},
        {QStringLiteral("memory"), {"Memory", "メモリ"}},
        {QStringLiteral("firmware"), {"Firmware", "ファームウェア"}},
        {QStringLiteral("tpm"), {"TPM", "TPM"}},
        {QStringLiteral("scanned"), {"Scanned", "スキャン日時"}},
        // date and time, the machine's time zone, its UTC offset
        {QStringLiteral("local_time"), {"%1 %2 (%3)", "%1 %2（%3）"}},
        // the scan time on the machine's clock, then in UTC
        {QStringLiteral("local_and_utc"), {"%1 · %2", "%1／%2"}},
        {QStringLiteral("scanned_local"),
            {"Scanned (machine's local time)", "スキャン日時（この PC の現地時刻）"}},
        {QStringLiteral("technician"), {"Technician", "担当者"}},
        {QStringLiteral("asset_tag"), {"Asset tag", "資産番号"}},
        {QStringLiteral("note"), {"Note", "メモ"}},
        {QStringLiteral("versions"), {"Version", "バージョン"}},
        // the program's version, the rules' version
        {QStringLiteral("version_line"),
            {"Upgrade readiness scanner %1, rules %2", "アップグレード準備チェッカー %1、ルール %2"}},
        {QStringLiteral("unknown_value"), {"unknown", "不明"}},
        // an empty list or text among the evidence
        {QStringLiteral("none_value"), {"none", "なし"}},
        {QStringLiteral("not_present"), {"not detected", "検出されません"}},
        {QStringLiteral("yes"), {"yes", "はい"}},
        {QStringLiteral("no"), {"no", "いいえ"}},
        {QStringLiteral("more_items"),
            {"… and %1 more (%2 in all; see facts.json)", "… ほか %1 件（全 %2 件、facts.json を参照）"}},
        {QStringLiteral("secure_boot_on"), {"Secure Boot on", "セキュア ブート有効"}},
        {QStringLiteral("secure_boot_off"), {"Secure Boot off", "セキュア ブート無効"}},
        {QStringLiteral("verdicts"), {"Verdict per target", "移行先ごとの判定"}},
        {QStringLiteral("decided_by"), {"Decided by", "判定理由"}},
        {QStringLiteral("lifecycle"), {"Support", "サポート"}},
        {QStringLiteral("to_confirm"),
            {"Could not be checked; confirm before upgrading",
                "確認できなかった項目（アップグレード前に確認してください）"}},
        {QStringLiteral("alternative"), {"Another way", "別の方法"}},
        {QStringLiteral("not_evaluated"),
            {"The rules were not evaluated for this scan.",
                "このスキャンではルールによる判定を行っていません。"}},
        {QStringLiteral("findings"), {"Findings", "チェック結果"}},
        {QStringLiteral("no_findings"), {"Nothing in this group.", "該当する項目はありません。"}},
        {QStringLiteral("all_targets"), {"all targets", "すべての移行先"}},
        {QStringLiteral("target"), {"Target", "移行先"}},
        {QStringLiteral("finding_id"), {"Finding ID", "項目 ID"}},
        {QStringLiteral("check"), {"Checklist item", "チェックリスト項目"}},
        {QStringLiteral("status"), {"Status", "状態"}},
        {QStringLiteral("finding_title"), {"Finding", "項目"}},
        {QStringLiteral("meaning"), {"What it means", "説明"}},
        {QStringLiteral("evidence"), {"Evidence", "根拠"}},
        {QStringLiteral("evidence_source"), {"read from", "取得元"}},
        {QStringLiteral("evidence_unknown"), {"unknown", "不明"}},
        {QStringLiteral("remedy"), {"What to do", "対処方法"}},
        {QStringLiteral("guides"), {"Guides", "ガイド"}},
        {QStringLiteral("passed_checks"), {"Checks passed", "問題のなかった項目"}},
        {QStringLiteral("disk"), {"Disk space on the Windows volume", "Windows ボリュームのディスク容量"}},
        {QStringLiteral("disk_size"), {"Size", "容量"}},
        {QStringLiteral("disk_used"), {"Used", "使用中"}},
        {QStringLiteral("disk_free"), {"Free", "空き"}},
        {QStringLiteral("disk_reclaimable"), {"Reclaimable", "解放できる領域"}},
        {QStringLiteral("disk_needed"), {"Free space needed", "必要な空き容量"}},
        {QStringLiteral("disk_unknown"),
            {"The size of the Windows volume could not be read.",
                "Windows ボリュームの容量を読み取れませんでした。"}},
        {QStringLiteral("disk_enough"),
            {"There is enough free space for the upgrade.", "アップグレードに十分な空き容量があります。"}},
        {QStringLiteral("disk_enough_after_cleanup"),
            {"Enough space once the reclaimable files are removed.",
                "解放できるファイルを削除すれば十分な空き容量になります。"}},
        {QStringLiteral("disk_short"),
            {"Not enough space even after clean-up: move files off the disk.",
                "ファイルを削除しても空き容量が足りません。ファイルを別のドライブへ移してください。"}},
        {QStringLiteral("matrix"), {"Requirements by target", "移行先ごとの要件"}},
        {QStringLiteral("requirement"), {"Requirement", "要件"}},
        {QStringLiteral("not_applicable"), {"not checked", "対象外"}},
        {QStringLiteral("guide_links"), {"Guides and official pages", "ガイドと公式ページ"}},
        {QStringLiteral("guide_scan_hint"),
            {"Scan a code with a phone to open the page.",
                "スマートフォンでコードを読み取るとページが開きます。"}},
        {QStringLiteral("guide"), {"Guide", "ガイド"}},
        {QStringLiteral("guide_on_stick"),
            {"Guide on the scanner stick", "スキャナーの USB メモリ内のガイド"}},
        {QStringLiteral("footer"),
            {"Made offline by the upgrade readiness scanner %1 with rules %2. Nothing on this computer "
             "was changed.",
                "アップグレード準備チェッカー %1（ルール "
                "%2）がオフラインで作成しました。この PC には何も変更を加えていません。"}},
        {QStringLiteral("evidence_files"),
            {"Setup logs copied into this report", "このレポートに含めたセットアップログ"}},
        // fleet
        {QStringLiteral("fleet_title"), {"Fleet summary", "全台サマリー"}},
        {QStringLiteral("fleet_subtitle"),
            {"%1 computers from %2 reports, worst first.", "%2 件のレポートから %1 台（状態の悪い順）"}},
        {QStringLiteral("fleet_machines"), {"Computers", "PC 一覧"}},
        {QStringLiteral("fleet_source_os"), {"Installed Windows", "インストール済みの Windows"}},
        {QStringLiteral("fleet_blockers"), {"Blockers", "阻害要因"}},
        {QStringLiteral("fleet_blocker_counts"), {"Blockers across the fleet", "全台の阻害要因"}},
        {QStringLiteral("fleet_count"), {"Computers", "台数"}},
        {QStringLiteral("fleet_none"), {"none", "なし"}},
        {QStringLiteral("fleet_skipped"), {"Files skipped", "読み込めなかったファイル"}},
        {QStringLiteral("fleet_reason"), {"Reason", "理由"}},
        {QStringLiteral("fleet_file"), {"Report file", "レポートファイル"}},
        {QStringLiteral("fleet_superseded"),
            {"%1 older reports of computers scanned again were left out.",
                "再スキャンされた PC の古いレポート %1 件は除外しました。"}},
        {QStringLiteral("fleet_no_skipped"), {"Every file was read.", "すべてのファイルを読み込みました。"}},
        // the program's version, how many report files were read, the rules' versions
        {QStringLiteral("fleet_footer"),
            {"Made offline by upgrade-scan %1, the upgrade readiness scanner, from %2 reports (rules %3).",
                "アップグレード準備チェッカー（upgrade-scan %1）が %2 件のレポートから"
                "オフラインで作成しました（ルール %3）。"}},
        // A computer whose Windows volume is encrypted: its Windows was never judged.
        {QStringLiteral("fleet_windows_not_checked"),
            {"Encrypted: Windows not checked", "暗号化: Windows は未確認"}},
        {QStringLiteral("fleet_windows_not_checked_count"),
            {"Encrypted: Windows not checked: %1 of %2 computers. Only their hardware was judged; decrypt "
             "the Windows volume in Windows (recovery key saved first) and scan them again.",
                "暗号化: Windows は未確認: %2 台中 %1 台。ハードウェアだけを判定しました。回復キーを保存して"
                "から Windows でボリュームの暗号化を解除し、もう一度スキャンしてください。"}},
    };
    return t;
}

} // namespace

ReportStrings::ReportStrings(QString lang)
    : m_lang(std::move(lang))
{
}

bool ReportStrings::isSupported(const QString &lang)
{
    return supportedLanguages().contains(lang);
}

QStringList ReportStrings::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ja")};
}

QStringList ReportStrings::keys()
{
    QStringList k = table().keys();
    k.sort();
    return k;
}

QString ReportStrings::text(const char *key) const
{
    const auto it = table().constFind(QLatin1String(key));
    if (it == table().constEnd())
        return QString::fromLatin1(key);
    return QString::fromUtf8(m_lang == QLatin1String("ja") ? it->ja : it->en);
}

QString ReportStrings::verdict(Verdict v) const
{
    return StatusWords::verdict(v, m_lang);
}

QString ReportStrings::status(FindingStatus s) const
{
    return StatusWords::status(s, m_lang);
}

QString ReportStrings::bytes(qint64 n) const
{
    return sizeText(n);
}

QString ReportStrings::dateTime(const QDateTime &utc) const
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

} // namespace urs
