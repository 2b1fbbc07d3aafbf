<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AcpiMsdm</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not an MSDM table (%1 bytes)</source>
        <translation>MSDM テーブルではありません（%1 バイト）</translation>
    </message>
    <message>
        <source>table length %1 is too short for a key or beyond the %2 bytes read</source>
        <translation>テーブル長 %1 はプロダクト キーには短すぎるか、読み取った %2 バイトを超えています</translation>
    </message>
    <message>
        <source>checksum does not add up</source>
        <translation>チェックサムが合いません</translation>
    </message>
    <message>
        <source>data length %1 is shorter than a product key</source>
        <translation>データ長 %1 はプロダクト キーより短いです</translation>
    </message>
    <message>
        <source>the data at offset 56 is not a product key of the form XXXXX-XXXXX-XXXXX-XXXXX-XXXXX</source>
        <translation>オフセット 56 のデータは XXXXX-XXXXX-XXXXX-XXXXX-XXXXX 形式のプロダクト キーではありません</translation>
    </message>
    <message>
        <source>%1 is missing: the ACPI tables are not visible</source>
        <translation>%1 がありません。ACPI テーブルが見えません</translation>
    </message>
    <message>
        <source>%1 (not present)</source>
        <translation>%1（なし）</translation>
    </message>
    <message>
        <source>no MSDM table in %1: the firmware holds no OEM product key</source>
        <translation>%1 に MSDM テーブルがありません。ファームウェアに OEM のプロダクト キーはありません</translation>
    </message>
    <message>
        <source>%1 offset 56 (last 5 characters only)</source>
        <translation>%1 のオフセット 56（末尾 5 文字のみ）</translation>
    </message>
</context>
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>the report folder does not exist</source>
        <translation>レポートの保存先フォルダーがありません</translation>
    </message>
    <message>
        <source>this is not a folder</source>
        <translation>フォルダーではありません</translation>
    </message>
    <message>
        <source>the report folder is not writable</source>
        <translation>レポートの保存先フォルダーに書き込めません</translation>
    </message>
    <message>
        <source>cannot create the report folder: %1</source>
        <translation>レポートの保存先フォルダーを作成できません: %1</translation>
    </message>
    <message>
        <source>A part of this path is a file, not a folder: choose another folder (--out)</source>
        <translation>このパスの途中がフォルダーではなくファイルです。別のフォルダーを選んでください</translation>
    </message>
    <message>
        <source>cannot create the report folder</source>
        <translation>レポートの保存先フォルダーを作成できません</translation>
    </message>
    <message>
        <source>cannot create a file in the report folder</source>
        <translation>レポートの保存先フォルダーにファイルを作成できません</translation>
    </message>
    <message>
        <source>writing %1 failed</source>
        <translation>%1 を書き込めませんでした</translation>
    </message>
    <message>
        <source>closing %1 failed</source>
        <translation>%1 を閉じられませんでした</translation>
    </message>
    <message>
        <source>the report folder went away while %1 was written (was the USB stick or disk removed?)</source>
        <translation>%1 の書き込み中にレポート フォルダーがなくなりました（USB メモリやディスクが取り外されましたか？）</translation>
    </message>
    <message>
        <source>Connect the stick or disk again and save the report again</source>
        <translation>USB メモリやディスクをもう一度接続して、レポートを保存し直してください</translation>
    </message>
    <message>
        <source>flushing %1 to disk failed</source>
        <translation>%1 をディスクに書き込めませんでした</translation>
    </message>
    <message>
        <source>too many reports named %1</source>
        <translation>%1 という名前のレポートが多すぎます</translation>
    </message>
    <message>
        <source>renaming the finished %1 into place failed</source>
        <translation>書き終えた %1 の名前を変更できませんでした</translation>
    </message>
</context>
<context>
    <name>BlockDiskProbe</name>
    <message>
        <source>%1 is missing</source>
        <translation>%1 がありません</translation>
    </message>
</context>
<context>
    <name>CpuFrequency</name>
    <message>
        <source>/proc/cpuinfo cpu MHz (current clock; no cpufreq driver)</source>
        <translation>/proc/cpuinfo の「cpu MHz」（現在のクロック。cpufreq ドライバーなし）</translation>
    </message>
    <message>
        <source>/proc/cpuinfo model name (base clock)</source>
        <translation>/proc/cpuinfo の「model name」（ベース クロック）</translation>
    </message>
    <message>
        <source>no %1/cpu*/cpufreq/cpuinfo_max_freq, no cpu MHz in /proc/cpuinfo and no frequency in the model name</source>
        <translation>%1/cpu*/cpufreq/cpuinfo_max_freq がなく、/proc/cpuinfo に「cpu MHz」もなく、モデル名にも周波数がありません</translation>
    </message>
</context>
<context>
    <name>CpuProbe</name>
    <message>
        <source>%1; %2</source>
        <translation>%1。%2</translation>
    </message>
</context>
<context>
    <name>DirectorySource</name>
    <message>
        <source>the folder cannot be read</source>
        <translation>フォルダーを読み取れません</translation>
    </message>
    <message>
        <source>Check its permissions, or run the scanner as root</source>
        <translation>フォルダーのアクセス許可を確認するか、スキャナーを root で実行してください</translation>
    </message>
    <message>
        <source>no Windows installation in this folder (looked for &lt;folder&gt;\System32\config\SOFTWARE and SYSTEM, in any letter case)</source>
        <translation>このフォルダーに Windows がありません（&lt;フォルダー&gt;\System32\config\SOFTWARE と SYSTEM を大文字小文字を問わず探しました）</translation>
    </message>
    <message>
        <source>Give the folder where the Windows volume is mounted, the one that holds the Windows folder (for example mount it read-only with &apos;mount -t ntfs-3g -o ro /dev/sdXN /mnt/win&apos; and give /mnt/win)</source>
        <translation>Windows ボリュームをマウントしたフォルダー（Windows フォルダーを含むフォルダー）を指定してください（例: mount -t ntfs-3g -o ro /dev/sdXN /mnt/win で読み取り専用にマウントし、/mnt/win を指定）</translation>
    </message>
    <message>
        <source>a folder has no partition %1</source>
        <translation>フォルダーにはパーティション %1 がありません</translation>
    </message>
    <message>
        <source>Give the whole disk (an image or a block device such as /dev/sda) to read its other partitions</source>
        <translation>ほかのパーティションを読み取るには、ディスク全体（ディスク イメージ、または /dev/sda などのブロック デバイス）を指定してください</translation>
    </message>
</context>
<context>
    <name>DirectoryVolume</name>
    <message>
        <source>the folder cannot be listed: %1</source>
        <translation>フォルダーの内容を一覧できません: %1</translation>
    </message>
    <message>
        <source>Check the permissions of the folder (run as root to read every file)</source>
        <translation>フォルダーのアクセス許可を確認してください（すべてのファイルを読み取るには root で実行します）</translation>
    </message>
    <message>
        <source>no file %1 in the folder</source>
        <translation>フォルダーにファイル %1 がありません</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>読み取れません: %1</translation>
    </message>
    <message>
        <source>cannot write the copy: %1</source>
        <translation>コピーを書き込めません: %1</translation>
    </message>
    <message>
        <source>read failed: %1</source>
        <translation>読み取りに失敗しました: %1</translation>
    </message>
    <message>
        <source>cannot read the size of the file system holding %1: %2</source>
        <translation>%1 のあるファイル システムの容量を読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>DisplayProbe</name>
    <message>
        <source>%1 is missing: no graphics driver exposes connectors</source>
        <translation>%1 がありません。コネクタを公開するグラフィックス ドライバーがありません</translation>
    </message>
</context>
<context>
    <name>EdidParser</name>
    <message>
        <source>EDID is empty (nothing connected)</source>
        <translation>EDID が空です（何も接続されていません）</translation>
    </message>
    <message>
        <source>EDID is %1 bytes, shorter than its 128-byte base block</source>
        <translation>EDID は %1 バイトで、128 バイトの基本ブロックより短いです</translation>
    </message>
    <message>
        <source>EDID lacks the 00 FF FF FF FF FF FF 00 header</source>
        <translation>EDID に 00 FF FF FF FF FF FF 00 のヘッダーがありません</translation>
    </message>
    <message>
        <source>EDID base block checksum does not add up</source>
        <translation>EDID 基本ブロックのチェックサムが合いません</translation>
    </message>
</context>
<context>
    <name>FactSet</name>
    <message>
        <source>invalid time value</source>
        <translation>無効な時刻の値です</translation>
    </message>
    <message>
        <source>wrong type in JSON input</source>
        <translation>JSON 入力の型が正しくありません</translation>
    </message>
</context>
<context>
    <name>FirmwareProbe</name>
    <message>
        <source>%1 is %2 bytes; expected 4 attribute bytes and a value</source>
        <translation>%1 は %2 バイトです。4 バイトの属性と値が必要です</translation>
    </message>
    <message>
        <source>%1 (efivarfs is not mounted at %2)</source>
        <translation>%1（efivarfs が %2 にマウントされていません）</translation>
    </message>
    <message>
        <source>%1 (not present)</source>
        <translation>%1（なし）</translation>
    </message>
    <message>
        <source>/sys/firmware is missing: cannot tell how the system booted</source>
        <translation>/sys/firmware がありません。システムの起動方法がわかりません</translation>
    </message>
    <message>
        <source>booted in legacy BIOS mode; Secure Boot state is not visible</source>
        <translation>レガシー BIOS モードで起動したため、セキュア ブートの状態が見えません</translation>
    </message>
    <message>
        <source>%1 holds %2, expected 0 or 1</source>
        <translation>%1 の値は %2 です（0 か 1 のはずです）</translation>
    </message>
</context>
<context>
    <name>FleetReader</name>
    <message>
        <source>not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>%1 bytes is too large for a report zip</source>
        <translation>%1 バイトはレポートの zip としては大きすぎます</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>読み取れません（%1）</translation>
    </message>
    <message>
        <source>grew while it was read, or is too large for a report zip</source>
        <translation>読み取り中に大きくなったか、レポートの zip としては大きすぎます</translation>
    </message>
    <message>
        <source>not an upgrade-scan report (no %1 or %2)</source>
        <translation>upgrade-scan のレポートではありません（%1 も %2 もありません）</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; is not in the manifest</source>
        <translation>「%1」がマニフェストにありません</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; is %2 bytes, the manifest says %3</source>
        <translation>「%1」は %2 バイトですが、マニフェストでは %3 バイトです</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; of the manifest is missing</source>
        <translation>マニフェストにある「%1」がありません</translation>
    </message>
    <message>
        <source>checksum of %1 does not match the manifest (damaged or edited)</source>
        <translation>%1 のチェックサムがマニフェストと一致しません（破損しているか、編集されています）</translation>
    </message>
    <message>
        <source>report.json cannot be read: %1</source>
        <translation>report.json を読み取れません: %1</translation>
    </message>
</context>
<context>
    <name>FleetSummary</name>
    <message>
        <source>no such file or folder</source>
        <translation>そのファイルまたはフォルダーはありません</translation>
    </message>
</context>
<context>
    <name>GpuProbe</name>
    <message>
        <source>%1 is missing</source>
        <translation>%1 がありません</translation>
    </message>
    <message>
        <source>%1; names from %2</source>
        <translation>%1（名前は %2 から）</translation>
    </message>
    <message>
        <source>%1; names unknown (%2)</source>
        <translation>%1（名前は不明: %2）</translation>
    </message>
</context>
<context>
    <name>HardwareProbe</name>
    <message>
        <source>internal error while reading the hardware (%1); see the scan log</source>
        <translation>ハードウェアの読み取り中に内部エラーが発生しました（%1）。スキャン ログを参照してください</translation>
    </message>
</context>
<context>
    <name>HardwareRoot</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes; not read</source>
        <translation>%1 は %2 バイトを超えるため、読み取っていません</translation>
    </message>
</context>
<context>
    <name>Hive</name>
    <message>
        <source>cannot open the hive: %1</source>
        <translation>ハイブを開けません: %1</translation>
    </message>
    <message>
        <source>Check that the file exists and is readable</source>
        <translation>ファイルがあり、読み取れることを確認してください</translation>
    </message>
    <message>
        <source>cannot create a memory file for the hive: %1</source>
        <translation>ハイブ用のメモリ ファイルを作成できません: %1</translation>
    </message>
    <message>
        <source>cannot read the hive: %1</source>
        <translation>ハイブを読み取れません: %1</translation>
    </message>
    <message>
        <source>hivex cannot read the hive (%1)</source>
        <translation>hivex がハイブを読み取れません（%1）</translation>
    </message>
</context>
<context>
    <name>HiveFileCheck</name>
    <message>
        <source>bytes %1</source>
        <translation>バイト列 %1</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>ファイルが空です（0 バイト）</translation>
    </message>
    <message>
        <source>not a Windows NT registry hive (magic &apos;CREG&apos;: a Windows 9x registry)</source>
        <translation>Windows NT のレジストリ ハイブではありません（マジック「CREG」: Windows 9x のレジストリ）</translation>
    </message>
    <message>
        <source>not a Windows NT registry hive (magic %1, expected &apos;regf&apos;)</source>
        <translation>Windows NT のレジストリ ハイブではありません（マジック %1。「regf」のはずです）</translation>
    </message>
    <message>
        <source>too short to be a registry hive (%1 bytes; the base block alone is 4096 and at least one 4096-byte hive bin follows)</source>
        <translation>レジストリ ハイブとしては短すぎます（%1 バイト。ベース ブロックだけで 4096 バイトあり、その後に 4096 バイトのハイブ ビンが 1 つ以上続きます）</translation>
    </message>
    <message>
        <source>the hive header is damaged (hive bins data size %1 is not a multiple of 4096)</source>
        <translation>ハイブのヘッダーが壊れています（ハイブ ビンのデータ サイズ %1 が 4096 の倍数ではありません）</translation>
    </message>
    <message>
        <source>the hive is truncated: its header declares %1 bytes of hive bins but the file holds only %2 bytes after the 4096-byte base block</source>
        <translation>ハイブが途中で切れています。ヘッダーではハイブ ビンが %1 バイトですが、ファイルには 4096 バイトのベース ブロックの後に %2 バイトしかありません</translation>
    </message>
    <message>
        <source>the hive header is incomplete</source>
        <translation>ハイブのヘッダーが不完全です</translation>
    </message>
    <message>
        <source>the hive header is damaged (checksum 0x%1, computed 0x%2)</source>
        <translation>ハイブのヘッダーが壊れています（チェックサム 0x%1、計算値 0x%2）</translation>
    </message>
    <message>
        <source>the hive is truncated at offset %1 (inside a hive bin header)</source>
        <translation>ハイブがオフセット %1 で途切れています（ハイブ ビンのヘッダー内）</translation>
    </message>
    <message>
        <source>the hive is damaged at offset %1: expected a hive bin (&apos;hbin&apos;), found %2</source>
        <translation>ハイブがオフセット %1 で壊れています。ハイブ ビン（「hbin」）のはずが %2 でした</translation>
    </message>
</context>
<context>
    <name>HiveKey</name>
    <message>
        <source>cannot read key %1: %2</source>
        <translation>キー %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>list the subkeys</source>
        <translation>サブキーの一覧表示</translation>
    </message>
    <message>
        <source>key %1 absent</source>
        <translation>キー %1 がありません</translation>
    </message>
    <message>
        <source>key %1 absent (%2 has no subkey %3)</source>
        <translation>キー %1 がありません（%2 にサブキー %3 がありません）</translation>
    </message>
    <message>
        <source>cannot %1 of %2 (key record at hive offset 0x%3): hivex: %4</source>
        <translation>%2 の%1ができません（キー レコードはハイブ オフセット 0x%3）: hivex: %4</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <source>cannot %1 of %2 (key record at hive offset 0x%3): it lists the key at hive offset 0x%4, whose parent is the key at 0x%5, not this one: the subkey list is damaged</source>
        <translation>%2 の%1ができません（キー レコードはハイブ オフセット 0x%3）: 一覧にあるハイブ オフセット 0x%4 のキーの親はこのキーではなく 0x%5 のキーです。サブキーの一覧が壊れています</translation>
    </message>
    <message>
        <source>read the name of subkey %1 (at hive offset 0x%2)</source>
        <translation>サブキー %1（ハイブ オフセット 0x%2）の名前の読み取り</translation>
    </message>
    <message>
        <source>list the values</source>
        <translation>値の一覧表示</translation>
    </message>
    <message>
        <source>read the name of value %1 (at hive offset 0x%2)</source>
        <translation>値 %1（ハイブ オフセット 0x%2）の名前の読み取り</translation>
    </message>
    <message>
        <source>cannot look for value %1: %2</source>
        <translation>値 %1 を探せません: %2</translation>
    </message>
    <message>
        <source>cannot read value %1: %2</source>
        <translation>値 %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>value %1 absent from key %2</source>
        <translation>キー %2 に値 %1 がありません</translation>
    </message>
    <message>
        <source>cannot read the data of %1: hivex: %2</source>
        <translation>%1 のデータを読み取れません: hivex: %2</translation>
    </message>
    <message>
        <source>%1 is %2, expected %3</source>
        <translation>%1 は %2 です（%3 のはずです）</translation>
    </message>
    <message>
        <source>%1 is a REG_DWORD of %2 bytes, expected 4</source>
        <translation>%1 は %2 バイトの REG_DWORD です（4 バイトのはずです）</translation>
    </message>
    <message>
        <source>%1 is a REG_QWORD of %2 bytes, expected 8</source>
        <translation>%1 は %2 バイトの REG_QWORD です（8 バイトのはずです）</translation>
    </message>
</context>
<context>
    <name>HiveSet</name>
    <message>
        <source>%1 = %2 but SYSTEM has no %3</source>
        <translation>%1 = %2 ですが、SYSTEM に %3 がありません</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>%1; SYSTEM holds no ControlSetNNN key</source>
        <translation>%1。SYSTEM に ControlSetNNN キーがありません</translation>
    </message>
    <message>
        <source>%1; fell back to %2</source>
        <translation>%1。代わりに %2 を使いました</translation>
    </message>
    <message>
        <source>no control set to read %1 from: %2</source>
        <translation>%1 を読み取るコントロール セットがありません: %2</translation>
    </message>
    <message>
        <source>%1 ProfileImagePath &apos;%2&apos; is not a folder on this volume</source>
        <translation>%1 の ProfileImagePath「%2」はこのボリュームのフォルダーではありません</translation>
    </message>
    <message>
        <source>no NTUSER.DAT at %1</source>
        <translation>%1 に NTUSER.DAT がありません</translation>
    </message>
</context>
<context>
    <name>JsonTopLevel</name>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>expected a member name at offset %1</source>
        <translation>オフセット %1 にメンバー名が必要です</translation>
    </message>
    <message>
        <source>unterminated string at offset %1</source>
        <translation>オフセット %1 の文字列が閉じていません</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; at offset %1</source>
        <translation>オフセット %1 に「:」が必要です</translation>
    </message>
    <message>
        <source>malformed value of &apos;%1&apos; at offset %2</source>
        <translation>オフセット %2 の「%1」の値が不正です</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; at offset %1</source>
        <translation>オフセット %1 に「,」か「}」が必要です</translation>
    </message>
    <message>
        <source>garbage after the object at offset %1</source>
        <translation>オフセット %1 のオブジェクトの後に余分なデータがあります</translation>
    </message>
</context>
<context>
    <name>MemoryProbe</name>
    <message>
        <source>no valid MemTotal line in %1</source>
        <translation>%1 に有効な「MemTotal」の行がありません</translation>
    </message>
    <message>
        <source>SMBIOS type 17 (sum of %1 module(s))</source>
        <translation>SMBIOS タイプ 17（%1 個のモジュールの合計）</translation>
    </message>
    <message>
        <source>%1 MemTotal (usable by the OS; SMBIOS modules unavailable)</source>
        <translation>%1 の「MemTotal」（OS が使える容量。SMBIOS のモジュール情報なし）</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1。%2</translation>
    </message>
</context>
<context>
    <name>NetworkProbe</name>
    <message>
        <source>%1 is missing</source>
        <translation>%1 がありません</translation>
    </message>
    <message>
        <source>the IPv4 addresses could not be read</source>
        <translation>IPv4 アドレスを読み取れませんでした</translation>
    </message>
</context>
<context>
    <name>PciIds</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>ReportManifest</name>
    <message>
        <source>manifest.json is not JSON (%1 at offset %2)</source>
        <translation>manifest.json が JSON ではありません（オフセット %2 で %1）</translation>
    </message>
    <message>
        <source>manifest.json is not an upgrade-scan SHA-256 manifest</source>
        <translation>manifest.json は upgrade-scan の SHA-256 マニフェストではありません</translation>
    </message>
    <message>
        <source>manifest.json schema version %1 is not supported (this build reads 1 to %2)</source>
        <translation>manifest.json のスキーマ バージョン %1 には対応していません（このビルドは 1 から %2 まで）</translation>
    </message>
    <message>
        <source>manifest.json has a malformed entry</source>
        <translation>manifest.json に不正な項目があります</translation>
    </message>
</context>
<context>
    <name>ReportSummary</name>
    <message>
        <source>report.json is not JSON (%1)</source>
        <translation>report.json が JSON ではありません（%1）</translation>
    </message>
    <message>
        <source>report.json is not an upgrade-scan report</source>
        <translation>report.json は upgrade-scan のレポートではありません</translation>
    </message>
    <message>
        <source>report.json schema version %1 is not supported (this build reads 1 to %2); use a newer upgrade-scan</source>
        <translation>report.json のスキーマ バージョン %1 には対応していません（このビルドは 1 から %2 まで）。新しい upgrade-scan を使ってください</translation>
    </message>
    <message>
        <source>report.json has no valid scan_time</source>
        <translation>report.json に有効な scan_time がありません</translation>
    </message>
    <message>
        <source>report.json has a malformed assessment</source>
        <translation>report.json の判定結果が不正です</translation>
    </message>
</context>
<context>
    <name>RtcProbe</name>
    <message>
        <source>%1 is not a number of seconds</source>
        <translation>%1 は秒数ではありません</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>%1/date and /time are not a valid time</source>
        <translation>%1/date と /time は有効な時刻ではありません</translation>
    </message>
</context>
<context>
    <name>ScanSession</name>
    <message>
        <source>Choose a folder on another drive, such as the USB stick: the scanner never writes to the disk it scans</source>
        <translation>USB メモリなど、別のドライブのフォルダーを選んでください。スキャン対象のディスクには何も書き込みません</translation>
    </message>
    <message>
        <source>unknown target &apos;%1&apos;</source>
        <translation>不明な移行先「%1」</translation>
    </message>
    <message>
        <source>Valid targets: %1, or all</source>
        <translation>有効な移行先: %1、または all</translation>
    </message>
    <message>
        <source>Reading the hardware</source>
        <translation>ハードウェアを読み取っています</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>%1 を開いています</translation>
    </message>
    <message>
        <source>Reading the registry of %1</source>
        <translation>%1 のレジストリを読み取っています</translation>
    </message>
    <message>
        <source>Judging against the rules</source>
        <translation>ルールに照らして判定しています</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>SmbiosEntryPoint</name>
    <message>
        <source>64-bit entry point is %1 bytes, needs 24</source>
        <translation>64 ビットのエントリ ポイントが %1 バイトです（24 バイト必要）</translation>
    </message>
    <message>
        <source>64-bit entry point length %1 is wrong</source>
        <translation>64 ビットのエントリ ポイントの長さ %1 が正しくありません</translation>
    </message>
    <message>
        <source>64-bit entry point checksum does not add up</source>
        <translation>64 ビットのエントリ ポイントのチェックサムが合いません</translation>
    </message>
    <message>
        <source>32-bit entry point is %1 bytes, needs 31</source>
        <translation>32 ビットのエントリ ポイントが %1 バイトです（31 バイト必要）</translation>
    </message>
    <message>
        <source>32-bit entry point length %1 is wrong</source>
        <translation>32 ビットのエントリ ポイントの長さ %1 が正しくありません</translation>
    </message>
    <message>
        <source>32-bit entry point lacks the _DMI_ anchor at 0x10</source>
        <translation>32 ビットのエントリ ポイントの 0x10 に _DMI_ アンカーがありません</translation>
    </message>
    <message>
        <source>32-bit entry point checksum does not add up</source>
        <translation>32 ビットのエントリ ポイントのチェックサムが合いません</translation>
    </message>
    <message>
        <source>legacy _DMI_ entry point is short or its checksum does not add up</source>
        <translation>従来の _DMI_ エントリ ポイントが短いか、チェックサムが合いません</translation>
    </message>
    <message>
        <source>entry point is empty</source>
        <translation>エントリ ポイントが空です</translation>
    </message>
    <message>
        <source>no _SM_, _SM3_ or _DMI_ anchor at the start</source>
        <translation>先頭に _SM_、_SM3_、_DMI_ のいずれのアンカーもありません</translation>
    </message>
    <message>
        <source>entry point gives SMBIOS version 0.%1</source>
        <translation>エントリ ポイントの SMBIOS バージョンが 0.%1 です</translation>
    </message>
</context>
<context>
    <name>SmbiosProbe</name>
    <message>
        <source>SMBIOS type 1 UUID is %1 bytes, not 16</source>
        <translation>SMBIOS タイプ 1 の UUID が 16 バイトではなく %1 バイトです</translation>
    </message>
    <message>
        <source>SMBIOS type 1 UUID is all 00: the system has no UUID</source>
        <translation>SMBIOS タイプ 1 の UUID がすべて 00 です。このシステムには UUID がありません</translation>
    </message>
    <message>
        <source>SMBIOS type 1 UUID is all FF: the manufacturer did not set it</source>
        <translation>SMBIOS タイプ 1 の UUID がすべて FF です。メーカーが設定していません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SmbiosStructure</name>
    <message>
        <source>SMBIOS type %1 structure is %2 bytes long; it has no string field at offset 0x%3</source>
        <translation>SMBIOS タイプ %1 の構造体は %2 バイトで、オフセット 0x%3 に文字列フィールドがありません</translation>
    </message>
    <message>
        <source>SMBIOS type %1 offset 0x%2 has string index 0: the firmware gives no value</source>
        <translation>SMBIOS タイプ %1、オフセット 0x%2 の文字列番号が 0 です。ファームウェアが値を設定していません</translation>
    </message>
    <message>
        <source>SMBIOS type %1 offset 0x%2 names string %3, but the structure has only %4</source>
        <translation>SMBIOS タイプ %1、オフセット 0x%2 は文字列 %3 を指していますが、構造体には %4 個しかありません</translation>
    </message>
    <message>
        <source>SMBIOS type %1 offset 0x%2 string is blank</source>
        <translation>SMBIOS タイプ %1、オフセット 0x%2 の文字列が空白です</translation>
    </message>
</context>
<context>
    <name>SmbiosTable</name>
    <message>
        <source>structure at offset %1 (type %2) has length %3, less than its header</source>
        <translation>オフセット %1 の構造体（タイプ %2）の長さ %3 がヘッダーより短いです</translation>
    </message>
    <message>
        <source>structure at offset %1 (type %2) is truncated: its formatted area needs %3 bytes, %4 remain</source>
        <translation>オフセット %1 の構造体（タイプ %2）が途中で切れています。書式付き領域に %3 バイト必要ですが、残りは %4 バイトです</translation>
    </message>
    <message>
        <source>structure at offset %1 (type %2) is truncated: its string set has no terminating double NUL</source>
        <translation>オフセット %1 の構造体（タイプ %2）が途中で切れています。文字列の並びが 2 つの NUL で終わっていません</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>no source given</source>
        <translation>スキャン対象が指定されていません</translation>
    </message>
    <message>
        <source>Give a disk image, a block device such as /dev/sda, or a folder</source>
        <translation>ディスク イメージ、/dev/sda などのブロック デバイス、またはフォルダーを指定してください</translation>
    </message>
    <message>
        <source>partition table</source>
        <translation>パーティション テーブル</translation>
    </message>
    <message>
        <source>&lt;folder&gt;\System32\config\SOFTWARE and SYSTEM on each volume</source>
        <translation>各ボリュームの &lt;フォルダー&gt;\System32\config\SOFTWARE と SYSTEM</translation>
    </message>
    <message>
        <source>size of %1</source>
        <translation>%1 のサイズ</translation>
    </message>
    <message>
        <source>%1 is a folder: it has no disk size</source>
        <translation>%1 はフォルダーのため、ディスク サイズがありません</translation>
    </message>
    <message>
        <source>%1 is a folder: its partition table is not visible</source>
        <translation>%1 はフォルダーのため、パーティション テーブルが見えません</translation>
    </message>
    <message>
        <source>%1 holds a single volume, not a whole disk: the other partitions of its disk are not visible</source>
        <translation>%1 はディスク全体ではなく 1 つのボリュームのため、同じディスクのほかのパーティションが見えません</translation>
    </message>
</context>
<context>
    <name>TpmProbe</name>
    <message>
        <source>%1 holds &quot;%2&quot;</source>
        <translation>%1 の値は「%2」です</translation>
    </message>
    <message>
        <source>%1 (ACPI table)</source>
        <translation>%1（ACPI テーブル）</translation>
    </message>
    <message>
        <source>%1; no TPM2 or TCPA table in %2</source>
        <translation>%1。%2 に TPM2 テーブルも TCPA テーブルもありません</translation>
    </message>
    <message>
        <source>neither /sys/class nor %1 is readable</source>
        <translation>/sys/class も %1 も読み取れません</translation>
    </message>
    <message>
        <source>%1 (not present), %2/TPM2 and TCPA (not present)</source>
        <translation>%1（なし）、%2/TPM2 と TCPA（なし）</translation>
    </message>
    <message>
        <source>no TPM visible; a firmware TPM (fTPM/PTT) may be switched off in firmware setup</source>
        <translation>TPM が見えません。ファームウェア TPM（fTPM/PTT）がファームウェア設定で無効になっている可能性があります</translation>
    </message>
</context>
<context>
    <name>TskDirectoryIndex</name>
    <message>
        <source>cannot list the folder in MFT record %1: %2</source>
        <translation>MFT レコード %1 のフォルダーの内容を一覧できません: %2</translation>
    </message>
</context>
<context>
    <name>TskDiskSource</name>
    <message>
        <source>no partition table (MBR or GPT), and its volume cannot be read: %1</source>
        <translation>パーティション テーブル（MBR や GPT）がなく、ボリュームも読み取れません: %1</translation>
    </message>
    <message>
        <source>Run chkdsk on this volume in Windows, or copy the disk with ddrescue if it is failing, then scan again</source>
        <translation>Windows でこのボリュームに chkdsk を実行するか、ディスクが故障しかけていれば ddrescue でコピーしてから、もう一度スキャンしてください</translation>
    </message>
    <message>
        <source>the GPT partition table is damaged: %1</source>
        <translation>GPT パーティション テーブルが壊れています: %1</translation>
    </message>
    <message>
        <source>The firmware and Windows fall back on the backup copy of the table at the end of the disk and usually repair it from there: start Windows once and shut it down, then scan again; if it does not start, repair the table with gdisk (its recovery and transformation menu) first</source>
        <translation>ファームウェアと Windows はディスクの末尾にあるテーブルのバックアップを使い、通常はそこから修復します。Windows を一度起動してシャットダウンしてから、もう一度スキャンしてください。起動しない場合は、先に gdisk（回復と変換のメニュー）でテーブルを修復してください</translation>
    </message>
    <message>
        <source>cannot open it as a raw disk image (%1)</source>
        <translation>RAW ディスク イメージとして開けません（%1）</translation>
    </message>
    <message>
        <source>Give a raw (dd) image or a block device such as /dev/sda</source>
        <translation>RAW（dd）形式のイメージ、または /dev/sda などのブロック デバイスを指定してください</translation>
    </message>
    <message>
        <source>it holds no data (size 0)</source>
        <translation>データがありません（サイズ 0）</translation>
    </message>
    <message>
        <source>Check that a disk is present and that the copy finished</source>
        <translation>ディスクがあること、コピーが完了していることを確認してください</translation>
    </message>
    <message>
        <source>whole image (no partition table)</source>
        <translation>イメージ全体（パーティション テーブルなし）</translation>
    </message>
    <message>
        <source>no partition table (MBR or GPT) and no file system found</source>
        <translation>パーティション テーブル（MBR や GPT）もファイル システムも見つかりません</translation>
    </message>
    <message>
        <source>Give a raw (dd) copy of a whole disk or a block device such as /dev/sda; convert VHD, VHDX, VMDK or QCOW2 images first with &apos;qemu-img convert -O raw&apos;</source>
        <translation>ディスク全体の RAW（dd）形式のコピー、または /dev/sda などのブロック デバイスを指定してください。VHD、VHDX、VMDK、QCOW2 のイメージは先に qemu-img convert -O raw で変換します</translation>
    </message>
    <message>
        <source>partition %1 ends at byte %2 but the %3 holds only %4 bytes: it is truncated</source>
        <translation>パーティション %1 は %2 バイト目で終わりますが、%3は %4 バイトしかありません。途中で切れています</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>ありません</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>読み取れません: %1</translation>
    </message>
    <message>
        <source>Give a disk image, a block device such as /dev/sda, or a folder holding a Windows volume</source>
        <translation>ディスク イメージ、/dev/sda などのブロック デバイス、または Windows ボリュームのあるフォルダーを指定してください</translation>
    </message>
    <message>
        <source>the image file is empty (0 bytes)</source>
        <translation>イメージ ファイルが空です（0 バイト）</translation>
    </message>
    <message>
        <source>is neither a disk image, a block device nor a folder</source>
        <translation>ディスク イメージでも、ブロック デバイスでも、フォルダーでもありません</translation>
    </message>
    <message>
        <source>Give a raw disk image or a block device such as /dev/sda</source>
        <translation>RAW ディスク イメージ、または /dev/sda などのブロック デバイスを指定してください</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>開けません: %1</translation>
    </message>
    <message>
        <source>Run the scanner as root to read a disk</source>
        <translation>ディスクを読み取るには、スキャナーを root で実行してください</translation>
    </message>
    <message>
        <source>Check that the disk is connected and readable</source>
        <translation>ディスクが接続され、読み取れることを確認してください</translation>
    </message>
    <message>
        <source>image</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <source>device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>%1 partition %2</source>
        <translation>%1 のパーティション %2</translation>
    </message>
    <message>
        <source>the %1 file system extends past the end of the %2: it is truncated</source>
        <translation>%1 ファイル システムが%2の末尾を越えています。途中で切れています</translation>
    </message>
    <message>
        <source>no partition %1 for Windows installation %2</source>
        <translation>%2 番目の Windows のパーティション %1 がありません</translation>
    </message>
    <message>
        <source>the volume is BitLocker-encrypted</source>
        <translation>ボリュームは BitLocker で暗号化されています</translation>
    </message>
    <message>
        <source>In Windows, save the recovery key, decrypt the volume (manage-bde -off C:, then wait for &quot;Fully Decrypted&quot; in manage-bde -status) and scan again</source>
        <translation>Windows で回復キーを保存してからボリュームの暗号化を解除し（manage-bde -off C: を実行し、manage-bde -status で「完全に復号化されています」と表示されるまで待ちます）、もう一度スキャンしてください</translation>
    </message>
    <message>
        <source>the %1 has no partition %2</source>
        <translation>%1にパーティション %2 がありません</translation>
    </message>
</context>
<context>
    <name>TskNtfsVolume</name>
    <message>
        <source>the file system cannot be read (%1)</source>
        <translation>ファイル システムを読み取れません（%1）</translation>
    </message>
    <message>
        <source>If Windows reports no errors on this disk, the image may be incomplete: copy the disk again</source>
        <translation>Windows でこのディスクにエラーが出ていなければ、イメージが不完全な可能性があります。ディスクをもう一度コピーしてください</translation>
    </message>
    <message>
        <source>no file %1 on the volume</source>
        <translation>ボリュームにファイル %1 がありません</translation>
    </message>
    <message>
        <source>cannot open %1 (MFT record %2): %3</source>
        <translation>%1（MFT レコード %2）を開けません: %3</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 はファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>cannot read the metadata of %1 (MFT record %2): %3</source>
        <translation>%1（MFT レコード %2）のメタデータを読み取れません: %3</translation>
    </message>
    <message>
        <source>Run chkdsk on this volume in Windows, or copy the disk with ddrescue if it is failing, then scan again</source>
        <translation>Windows でこのボリュームに chkdsk を実行するか、ディスクが故障しかけていれば ddrescue でコピーしてから、もう一度スキャンしてください</translation>
    </message>
    <message>
        <source>cannot list %1: %2</source>
        <translation>%1 の内容を一覧できません: %2</translation>
    </message>
    <message>
        <source>the root folder</source>
        <translation>ルート フォルダー</translation>
    </message>
    <message>
        <source>cannot read %1 at offset %2: %3</source>
        <translation>%1 をオフセット %2 で読み取れません: %3</translation>
    </message>
    <message>
        <source>The disk may have bad sectors; copy it with ddrescue and scan the copy</source>
        <translation>ディスクに不良セクターがある可能性があります。ddrescue でコピーし、そのコピーをスキャンしてください</translation>
    </message>
    <message>
        <source>%1 is no NTFS volume: its size is read from NTFS metadata only</source>
        <translation>%1 は NTFS ボリュームではありません。容量は NTFS のメタデータからしか読み取れません</translation>
    </message>
    <message>
        <source>the NTFS boot sector of %1 gives no cluster size or count</source>
        <translation>%1 の NTFS ブート セクターにクラスターのサイズまたは数がありません</translation>
    </message>
    <message>
        <source>the free space of %1 cannot be read: %2</source>
        <translation>%1 の空き容量を読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>WinHttpSettings</name>
    <message>
        <source>blob of %1 bytes is shorter than its 16-byte header</source>
        <translation>%1 バイトのデータは 16 バイトのヘッダーより短いです</translation>
    </message>
</context>
<context>
    <name>WindowsInspector</name>
    <message>
        <source>Opening the registry hives</source>
        <translation>レジストリ ハイブを開いています</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 に失敗しました: %2</translation>
    </message>
    <message>
        <source>not collected</source>
        <translation>収集されていません</translation>
    </message>
    <message>
        <source>Windows read</source>
        <translation>Windows の読み取り完了</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>a member has an empty name</source>
        <translation>名前が空のファイルがあります</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; has an absolute name</source>
        <translation>「%1」の名前が絶対パスです</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; names a drive</source>
        <translation>「%1」の名前にドライブが含まれています</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; has a control character in its name</source>
        <translation>「%1」の名前に制御文字が含まれています</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; climbs out of the archive with &apos;..&apos;</source>
        <translation>「%1」は「..」で zip の外を指しています</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>メモリが足りません</translation>
    </message>
    <message>
        <source>not a zip file (%1)</source>
        <translation>zip ファイルではありません（%1）</translation>
    </message>
    <message>
        <source>broken zip (%1)</source>
        <translation>zip が壊れています（%1）</translation>
    </message>
    <message>
        <source>more than %1 members</source>
        <translation>ファイルが %1 個を超えています</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; is a link</source>
        <translation>「%1」はリンクです</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; is not a plain file (type 0%2)</source>
        <translation>「%1」は通常のファイルではありません（種類 0%2）</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; appears twice</source>
        <translation>「%1」が 2 回出てきます</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; declares %2 bytes, more than a report can hold</source>
        <translation>「%1」は %2 バイトとされていますが、レポートに入る量を超えています</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; is larger than %2 bytes</source>
        <translation>「%1」は %2 バイトを超えています</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; is damaged (%2)</source>
        <translation>「%1」が壊れています（%2）</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; inflates past %2 bytes</source>
        <translation>「%1」は展開すると %2 バイトを超えます</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; holds %2 bytes but declares %3</source>
        <translation>「%1」は %2 バイトですが、%3 バイトとされています</translation>
    </message>
</context>
<context>
    <name>urs</name>
    <message>
        <source>%1 is inside the scanned folder %2</source>
        <translation>%1 はスキャン対象のフォルダー %2 の中にあります</translation>
    </message>
    <message>
        <source>%1 is on %2, mounted from %3, which is part of the disk being scanned (%4)</source>
        <translation>%1 は %3 からマウントされた %2 にあり、スキャン対象のディスク（%4）の一部です</translation>
    </message>
    <message>
        <source>its header at byte %1 cannot be read (%2)</source>
        <translation>バイト %1 のヘッダーを読み取れません（%2）</translation>
    </message>
    <message>
        <source>its header gives its own size as %1 bytes</source>
        <translation>ヘッダーが示す自身のサイズが %1 バイトです</translation>
    </message>
    <message>
        <source>the CRC32 of its header is 0x%1, the header says 0x%2</source>
        <translation>ヘッダーの CRC32 は 0x%1 ですが、ヘッダーには 0x%2 とあります</translation>
    </message>
    <message>
        <source>its header declares %1 partition entries of %2 bytes</source>
        <translation>ヘッダーが %2 バイトのパーティション エントリを %1 個と宣言しています</translation>
    </message>
    <message>
        <source>its partition entries lie past the end of the disk (sector %1)</source>
        <translation>パーティション エントリがディスクの末尾より後ろにあります（セクター %1）</translation>
    </message>
    <message>
        <source>its partition entries cannot be read (%1)</source>
        <translation>パーティション エントリを読み取れません（%1）</translation>
    </message>
    <message>
        <source>the CRC32 of its partition entries is 0x%1, the header says 0x%2</source>
        <translation>パーティション エントリの CRC32 は 0x%1 ですが、ヘッダーには 0x%2 とあります</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>ファイルまたはディレクトリがありません</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>入出力エラー</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>デバイスに空き領域がありません</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>読み取り専用のファイル システムです</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>ディレクトリではありません</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>ディレクトリです</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>ファイルが既にあります</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>操作は許可されていません</translation>
    </message>
    <message>
        <source>No such device or address</source>
        <translation>デバイスまたはアドレスがありません</translation>
    </message>
    <message>
        <source>No such device</source>
        <translation>デバイスがありません</translation>
    </message>
    <message>
        <source>No medium found</source>
        <translation>メディアがありません</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>デバイスまたはリソースが使用中です</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>引数が無効です</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>開いているファイルが多すぎます</translation>
    </message>
    <message>
        <source>Cannot allocate memory</source>
        <translation>メモリを確保できません</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>ファイル名が長すぎます</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>ディスク クォータを超えました</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>ファイルが大きすぎます</translation>
    </message>
    <message>
        <source>Operation not supported</source>
        <translation>操作はサポートされていません</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <source>hive %1</source>
        <translation>レジストリ %1</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>ファイル %1</translation>
    </message>
    <message>
        <source>sysfs %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>smbios %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>disk %1</source>
        <translation>ディスク %1</translation>
    </message>
    <message>
        <source>derived %1</source>
        <translation>算出: %1</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>算出</translation>
    </message>
    <message>
        <source>arm64 %1 has no x86 %2 (%3)</source>
        <translation>arm64 の %1 には x86 の %2 がありません（%3）</translation>
    </message>
    <message>
        <source>no &quot;%1&quot; line in %2</source>
        <translation>%2 に「%1」の行がありません</translation>
    </message>
    <message>
        <source>unrecognised %1 in %2</source>
        <translation>%2 の %1 を認識できません</translation>
    </message>
    <message>
        <source>no &quot;vendor_id&quot; line in %1</source>
        <translation>%1 に「vendor_id」の行がありません</translation>
    </message>
    <message>
        <source>no &quot;model name&quot; line in %1</source>
        <translation>%1 に「model name」の行がありません</translation>
    </message>
    <message>
        <source>%1 says CPU architecture %2: a 32-bit ARM kernel</source>
        <translation>%1 の「CPU architecture」が %2 です（32 ビット ARM のカーネル）</translation>
    </message>
    <message>
        <source>%1 arm64 layout (CPU implementer, Features)</source>
        <translation>%1 の arm64 形式（「CPU implementer」、「Features」）</translation>
    </message>
    <message>
        <source>no &quot;flags&quot; line in %1</source>
        <translation>%1 に「flags」の行がありません</translation>
    </message>
    <message>
        <source>%1 flags: lm</source>
        <translation>%1 の「flags」に lm あり</translation>
    </message>
    <message>
        <source>%1 flags: no lm</source>
        <translation>%1 の「flags」に lm なし</translation>
    </message>
    <message>
        <source>arm64 has no x86 platform id (%1 exists on x86 only)</source>
        <translation>arm64 には x86 のプラットフォーム ID がありません（%1 は x86 だけにあります）</translation>
    </message>
    <message>
        <source>%1 (the kernel&apos;s microcode loader shows it to root only; it is absent in a virtual machine and when the loader is off)</source>
        <translation>%1（カーネルのマイクロコード ローダーは root にだけ表示します。仮想マシンやローダーが無効な場合はありません）</translation>
    </message>
    <message>
        <source>%1 holds &apos;%2&apos;, not a platform id bit mask such as 0x10</source>
        <translation>%1 の値「%2」は 0x10 のようなプラットフォーム ID のビット マスクではありません</translation>
    </message>
    <message>
        <source>%1 processor entries</source>
        <translation>%1 の「processor」行</translation>
    </message>
    <message>
        <source>no processor entries in %1</source>
        <translation>%1 に「processor」行がありません</translation>
    </message>
    <message>
        <source>unreadable %1/online</source>
        <translation>%1/online を読み取れません</translation>
    </message>
    <message>
        <source>%1 has no core ids and %2/cpu*/topology is not readable</source>
        <translation>%1 にコア ID がなく、%2/cpu*/topology も読み取れません</translation>
    </message>
    <message>
        <source>distinct (physical id, core id) pairs</source>
        <translation>「physical id」と「core id」の異なる組の数</translation>
    </message>
    <message>
        <source>cpu cores x %1 package(s)</source>
        <translation>「cpu cores」× %1 パッケージ</translation>
    </message>
    <message>
        <source>SMBIOS memory modules not read</source>
        <translation>SMBIOS のメモリ モジュールを読み取っていません</translation>
    </message>
    <message>
        <source>SMBIOS lists no installed memory module</source>
        <translation>SMBIOS に取り付け済みのメモリ モジュールがありません</translation>
    </message>
    <message>
        <source>SMBIOS gives no size for module %1</source>
        <translation>SMBIOS にモジュール %1 の容量がありません</translation>
    </message>
    <message>
        <source>SMBIOS type 0 structure is %1 bytes long; the characteristics extension byte at offset %2 is absent (older SMBIOS version)</source>
        <translation>SMBIOS タイプ 0 の構造体は %1 バイトで、オフセット %2 の特性拡張バイトがありません（古い SMBIOS バージョン）</translation>
    </message>
    <message>
        <source>SMBIOS type 1 structure is %1 bytes long; it has no UUID (SMBIOS 2.0)</source>
        <translation>SMBIOS タイプ 1 の構造体は %1 バイトで、UUID がありません（SMBIOS 2.0）</translation>
    </message>
    <message>
        <source>no SMBIOS type 17 (memory device) structure in %1</source>
        <translation>%1 に SMBIOS タイプ 17（メモリ デバイス）の構造体がありません</translation>
    </message>
    <message>
        <source>no SMBIOS type 17 (memory device) structure in %1 (the table walk stopped early: %2)</source>
        <translation>%1 に SMBIOS タイプ 17（メモリ デバイス）の構造体がありません（テーブルの読み取りが途中で止まりました: %2）</translation>
    </message>
    <message>
        <source>SMBIOS type 17</source>
        <translation>SMBIOS タイプ 17</translation>
    </message>
    <message>
        <source>SMBIOS type 17 offsets 0x0c, 0x10, 0x15, 0x1c</source>
        <translation>SMBIOS タイプ 17、オフセット 0x0c、0x10、0x15、0x1c</translation>
    </message>
    <message>
        <source>The disk is full: free some space on it or choose another folder (--out)</source>
        <translation>ディスクがいっぱいです。空き領域を増やすか、別のフォルダーを選んでください</translation>
    </message>
    <message>
        <source>The disk is read-only (a write-protected or failing USB stick?): make it writable or choose another folder (--out)</source>
        <translation>ディスクが読み取り専用です（USB メモリの書き込み禁止か故障の可能性があります）。書き込めるようにするか、別のフォルダーを選んでください</translation>
    </message>
    <message>
        <source>There is no permission to write there: choose another folder (--out)</source>
        <translation>そこに書き込む権限がありません。別のフォルダーを選んでください</translation>
    </message>
    <message>
        <source>The folder does not exist: create it or choose another folder (--out)</source>
        <translation>フォルダーがありません。作成するか、別のフォルダーを選んでください</translation>
    </message>
    <message>
        <source>The disk reported an I/O error: check the stick or disk and try another one</source>
        <translation>ディスクが入出力エラーを返しました。USB メモリまたはディスクを確認し、別のものを試してください</translation>
    </message>
    <message>
        <source>Choose another folder (--out)</source>
        <translation>別のフォルダーを選んでください</translation>
    </message>
    <message>
        <source>unknown libarchive error</source>
        <translation>libarchive の不明なエラー</translation>
    </message>
    <message>
        <source>partition %1 boot sector OEM id -FVE-FS-</source>
        <translation>パーティション %1 のブート セクターの OEM ID -FVE-FS-</translation>
    </message>
    <message>
        <source>partition %1 is BitLocker-encrypted and cannot be read offline</source>
        <translation>パーティション %1 は BitLocker で暗号化されているため、オフラインでは読み取れません</translation>
    </message>
    <message>
        <source>partition table</source>
        <translation>パーティション テーブル</translation>
    </message>
    <message>
        <source>no readable Windows; %1</source>
        <translation>読み取れる Windows がありません。%1</translation>
    </message>
    <message>
        <source>partition %1: %2</source>
        <translation>パーティション %1: %2</translation>
    </message>
    <message>
        <source>%1; a volume that could not be read may hold it: %2</source>
        <translation>%1。読み取れなかったボリュームに Windows があるかもしれません: %2</translation>
    </message>
    <message>
        <source>Run chkdsk on the Windows volume in Windows, or copy the disk with ddrescue if it is failing, then scan again</source>
        <translation>Windows で Windows のボリュームに chkdsk を実行するか、ディスクが故障しかけていれば ddrescue でコピーしてから、もう一度スキャンしてください</translation>
    </message>
    <message>
        <source>no Windows installation found (looked for Windows\System32\config\SOFTWARE and SYSTEM on every volume)</source>
        <translation>Windows が見つかりません（すべてのボリュームで Windows\System32\config\SOFTWARE と SYSTEM を探しました）</translation>
    </message>
    <message>
        <source>Check that this is the Windows disk; an encrypted (BitLocker) volume can only be read after it is decrypted in Windows (manage-bde -off C:)</source>
        <translation>Windows のディスクであることを確認してください。BitLocker で暗号化されたボリュームは、Windows で暗号化を解除（manage-bde -off C:）した後でなければ読み取れません</translation>
    </message>
    <message>
        <source>installation %1 chosen with --windows</source>
        <translation>%1 番目の Windows を指定して選びました</translation>
    </message>
    <message>
        <source>there is no Windows installation %1 (found %2)</source>
        <translation>%1 番目の Windows はありません（見つかったのは %2 個）</translation>
    </message>
    <message>
        <source>Choose one of the Windows installations found on this source</source>
        <translation>このスキャン対象で見つかったインストール済みの Windows から 1 つを選んでください</translation>
    </message>
    <message>
        <source>the only Windows installation on the source</source>
        <translation>スキャン対象にある唯一の Windows</translation>
    </message>
    <message>
        <source>%1 installations found; the first in partition order was scanned (choose another with --windows N)</source>
        <translation>%1 個の Windows が見つかりました。パーティション順で最初のものをスキャンしました</translation>
    </message>
    <message>
        <source>scan cancelled</source>
        <translation>スキャンをキャンセルしました</translation>
    </message>
    <message>
        <source>the list of block devices cannot be read</source>
        <translation>ブロック デバイスの一覧を読み取れません</translation>
    </message>
    <message>
        <source>Check that sysfs is mounted (or that --hardware-root names a captured tree)</source>
        <translation>sysfs がマウントされていることを確認してください</translation>
    </message>
    <message>
        <source>no medium (size 0)</source>
        <translation>メディアがありません（サイズ 0）</translation>
    </message>
    <message>
        <source>not an NTFS volume: it has no %1</source>
        <translation>NTFS ボリュームではありません（%1 がありません）</translation>
    </message>
    <message>
        <source>cannot open NTFS %1 (MFT record %2): %3</source>
        <translation>NTFS の %1（MFT レコード %2）を開けません: %3</translation>
    </message>
    <message>
        <source>NTFS $Bitmap holds %1 bytes, but the volume&apos;s %2 clusters need %3</source>
        <translation>NTFS の $Bitmap は %1 バイトですが、ボリュームの %2 クラスターには %3 バイト必要です</translation>
    </message>
    <message>
        <source>cannot read NTFS $Bitmap at offset %1: %2</source>
        <translation>NTFS の $Bitmap をオフセット %1 で読み取れません: %2</translation>
    </message>
    <message>
        <source>cannot read the last byte of NTFS $Bitmap at offset %1: %2</source>
        <translation>NTFS の $Bitmap の最後のバイトをオフセット %1 で読み取れません: %2</translation>
    </message>
    <message>
        <source>Copy the whole disk again (for example with ddrescue) and check that the copy is as large as the disk</source>
        <translation>ディスク全体をもう一度コピーし（ddrescue など）、コピーがディスクと同じ大きさであることを確認してください</translation>
    </message>
    <message>
        <source>no detail from libtsk</source>
        <translation>libtsk からの詳細なし</translation>
    </message>
    <message>
        <source>cannot write the copy: %1</source>
        <translation>コピーを書き込めません: %1</translation>
    </message>
    <message>
        <source>Check free space in the temporary folder</source>
        <translation>一時フォルダーの空き容量を確認してください</translation>
    </message>
    <message>
        <source>boot sector unreadable: %1</source>
        <translation>ブート セクターを読み取れません: %1</translation>
    </message>
    <message>
        <source>BitLocker-encrypted: its files cannot be read without unlocking it</source>
        <translation>BitLocker で暗号化されています。ロックを解除しないとファイルを読み取れません</translation>
    </message>
    <message>
        <source>NTFS boot sector, but the file system cannot be read: %1</source>
        <translation>NTFS のブート セクターがありますが、ファイル システムを読み取れません: %1</translation>
    </message>
    <message>
        <source>the file system extends past the end of the image</source>
        <translation>ファイル システムがイメージの末尾を越えています</translation>
    </message>
    <message>
        <source>the EFI system partition</source>
        <translation>EFI システム パーティション</translation>
    </message>
    <message>
        <source>the GPT disk has no EFI system partition, so no BCD store a firmware would use</source>
        <translation>GPT ディスクに EFI システム パーティションがないため、ファームウェアが使う BCD ストアがありません</translation>
    </message>
    <message>
        <source>no EFI system partition holds \EFI\Microsoft\Boot\BCD</source>
        <translation>\EFI\Microsoft\Boot\BCD のある EFI システム パーティションがありません</translation>
    </message>
    <message>
        <source>the active partition</source>
        <translation>アクティブ パーティション</translation>
    </message>
    <message>
        <source>neither the active partition (\Boot\BCD) nor an EFI system partition (\EFI\Microsoft\Boot\BCD) holds a BCD store</source>
        <translation>アクティブ パーティション（\Boot\BCD）にも EFI システム パーティション（\EFI\Microsoft\Boot\BCD）にも BCD ストアがありません</translation>
    </message>
    <message>
        <source>no partition of the MBR disk is marked active and no EFI system partition holds \EFI\Microsoft\Boot\BCD</source>
        <translation>MBR ディスクにアクティブなパーティションがなく、\EFI\Microsoft\Boot\BCD のある EFI システム パーティションもありません</translation>
    </message>
    <message>
        <source>the volume</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>%1 holds a single volume without a BCD store: the system partition of its disk (EFI system partition or active partition) is not visible</source>
        <translation>%1 は BCD ストアのない 1 つのボリュームです。そのディスクのシステム パーティション（EFI システム パーティションまたはアクティブ パーティション）が見えません</translation>
    </message>
    <message>
        <source>a %1 partition table, from which no PC starts Windows</source>
        <translation>PC が Windows を起動できない %1 パーティション テーブルです</translation>
    </message>
    <message>
        <source>the BCD store %1 cannot be read: %2</source>
        <translation>BCD ストア %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>{bootmgr} names no default object: %1</source>
        <translation>{bootmgr} に既定のオブジェクトがありません: %1</translation>
    </message>
    <message>
        <source>the default object %1 is not a Windows Boot Loader of %2</source>
        <translation>既定のオブジェクト %1 は %2 の Windows ブート ローダーではありません</translation>
    </message>
    <message>
        <source>the default boot loader %1 has no path element (%2)</source>
        <translation>既定のブート ローダー %1 にパスの要素がありません（%2）</translation>
    </message>
    <message>
        <source>the default boot loader&apos;s path %1 is neither winload.efi (UEFI) nor winload.exe (BIOS)</source>
        <translation>既定のブート ローダーのパス %1 は winload.efi（UEFI）でも winload.exe（BIOS）でもありません</translation>
    </message>
    <message>
        <source>the path of every Windows Boot Loader in %1 (%2)</source>
        <translation>%1 のすべての Windows ブート ローダーのパス（%2）</translation>
    </message>
    <message>
        <source>%1 (not readable: %2)</source>
        <translation>%1（読み取れないもの: %2）</translation>
    </message>
    <message>
        <source>%1 holds a single volume, not a whole disk: its EFI system partition is not visible</source>
        <translation>%1 はディスク全体ではなく 1 つのボリュームのため、EFI システム パーティションが見えません</translation>
    </message>
    <message>
        <source>%1 (not present)</source>
        <translation>%1（なし）</translation>
    </message>
    <message>
        <source>an EFI system partition cannot be read: %1</source>
        <translation>EFI システム パーティションを読み取れません: %1</translation>
    </message>
    <message>
        <source>partition table (no EFI system partition)</source>
        <translation>パーティション テーブル（EFI システム パーティションなし）</translation>
    </message>
    <message>
        <source>%1 root key last write</source>
        <translation>%1 のルート キーの最終書き込み</translation>
    </message>
    <message>
        <source>%1 hive header</source>
        <translation>%1 のハイブ ヘッダー</translation>
    </message>
    <message>
        <source>no plausible time in the last shutdown, hive headers, root keys or logs</source>
        <translation>最後のシャットダウン、ハイブ ヘッダー、ルート キー、ログのどこにも妥当な時刻がありません</translation>
    </message>
    <message>
        <source>$WINDOWS.~BT, $WINDOWS.~WS, Windows\Panther, Windows\Logs\MoSetup, Windows\Logs\SetupDiag</source>
        <translation>$WINDOWS.~BT、$WINDOWS.~WS、Windows\Panther、Windows\Logs\MoSetup、Windows\Logs\SetupDiag</translation>
    </message>
    <message>
        <source>setup logs in those folders, Windows\WindowsUpdate.log</source>
        <translation>これらのフォルダーのセットアップ ログ、Windows\WindowsUpdate.log</translation>
    </message>
    <message>
        <source>IIS is not installed (%1)</source>
        <translation>IIS はインストールされていません（%1）</translation>
    </message>
    <message>
        <source>CurrentVersion is %1; Windows NT 4.0 and earlier do not write it</source>
        <translation>CurrentVersion は %1 です。Windows NT 4.0 以前はこの値を書き込みません</translation>
    </message>
    <message>
        <source>the key has no CurrentVersion value either: this does not look like a Windows SOFTWARE hive</source>
        <translation>キーに CurrentVersion の値もありません。Windows の SOFTWARE ハイブではないようです</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;, not a build number</source>
        <translation>%1 の値「%2」はビルド番号ではありません</translation>
    </message>
    <message>
        <source>%1: this SOFTWARE hive does not describe a Windows NT installation</source>
        <translation>%1。この SOFTWARE ハイブは Windows NT のものではありません</translation>
    </message>
    <message>
        <source>%1 is 0</source>
        <translation>%1 が 0 です</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;, not a hexadecimal LCID</source>
        <translation>%1 の値「%2」は 16 進数の LCID ではありません</translation>
    </message>
    <message>
        <source>PendingFileRenameOperations could not be checked: %1</source>
        <translation>PendingFileRenameOperations を確認できませんでした: %1</translation>
    </message>
    <message>
        <source>no marker found, but %1</source>
        <translation>再起動待ちの印は見つかりませんでしたが、確認できなかった箇所があります: %1</translation>
    </message>
    <message>
        <source>none of %1 found</source>
        <translation>%1 のいずれもありません</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is shorter than its 4-byte signature</source>
        <translation>%1 は 4 バイトのシグネチャより短いです</translation>
    </message>
    <message>
        <source>%1 starts with unrecognised bytes %2 (expected hibr, HIBR, wake or zeros)</source>
        <translation>%1 の先頭が認識できないバイト列 %2 です（hibr、HIBR、wake、または 0 のはずです）</translation>
    </message>
    <message>
        <source>%1 (Windows 7 and earlier have no fast startup)</source>
        <translation>%1（Windows 7 以前には高速スタートアップがありません）</translation>
    </message>
    <message>
        <source>SOFTWARE\%1 ProfileImagePath, each NTUSER.DAT</source>
        <translation>SOFTWARE\%1 の ProfileImagePath、各 NTUSER.DAT</translation>
    </message>
    <message>
        <source>key %1 absent (and no Wow6432Node twin)</source>
        <translation>キー %1 がありません（Wow6432Node 側にもありません）</translation>
    </message>
    <message>
        <source>%1 (and Wow6432Node, and each user&apos;s NTUSER.DAT)</source>
        <translation>%1（Wow6432Node と各ユーザーの NTUSER.DAT も）</translation>
    </message>
    <message>
        <source>%1 is malformed: %2</source>
        <translation>%1 の形式が正しくありません: %2</translation>
    </message>
    <message>
        <source>NTUSER.DAT\Software\Microsoft\Windows\CurrentVersion\Internet Settings of each user</source>
        <translation>各ユーザーの NTUSER.DAT\Software\Microsoft\Windows\CurrentVersion\Internet Settings</translation>
    </message>
    <message>
        <source>service key absent: %1</source>
        <translation>サービスのキーがありません: %1</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;, not &apos;YYYY-MM-DD hh:mm:ss&apos;</source>
        <translation>%1 の値「%2」は「YYYY-MM-DD hh:mm:ss」の形式ではありません</translation>
    </message>
    <message>
        <source>SOFTWARE\Microsoft\Windows\CurrentVersion\Run, RunOnce (and Wow6432Node, and each user&apos;s NTUSER.DAT)</source>
        <translation>SOFTWARE\Microsoft\Windows\CurrentVersion\Run と RunOnce（Wow6432Node と各ユーザーの NTUSER.DAT も）</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;, not AMD64, x86 or ARM64</source>
        <translation>%1 の値「%2」は AMD64、x86、ARM64 のいずれでもありません</translation>
    </message>
    <message>
        <source>%1 (%2 bytes: %3) is not a FILETIME</source>
        <translation>%1（%2 バイト: %3）は FILETIME ではありません</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, not a 16-byte TIME_FIELDS</source>
        <translation>%1 は %2 バイトで、16 バイトの TIME_FIELDS ではありません</translation>
    </message>
    <message>
        <source>%1 holds too many files to add up</source>
        <translation>%1 はファイルが多すぎて合計できません</translation>
    </message>
    <message>
        <source>%1 is a %2: it has no volume label to read</source>
        <translation>%1 は %2 のため、読み取るボリューム ラベルがありません</translation>
    </message>
    <message>
        <source>the size and free space of %1 cannot be read</source>
        <translation>%1 の容量と空き容量を読み取れません</translation>
    </message>
    <message>
        <source>%1 reports a size of 0</source>
        <translation>%1 のサイズが 0 です</translation>
    </message>
    <message>
        <source>%1 reports no cluster size</source>
        <translation>%1 にクラスター サイズがありません</translation>
    </message>
    <message>
        <source>NTFS $Volume flags</source>
        <translation>NTFS の $Volume のフラグ</translation>
    </message>
    <message>
        <source>%1 is not an NTFS volume read from its raw bytes</source>
        <translation>%1 は生データから読み取った NTFS ボリュームではありません</translation>
    </message>
    <message>
        <source>NTFS file system readable on %1</source>
        <translation>%1 の NTFS ファイル システムを読み取れたこと</translation>
    </message>
    <message>
        <source>%1 is a %2: its encryption is not visible</source>
        <translation>%1 は %2 のため、暗号化の有無が見えません</translation>
    </message>
    <message>
        <source>sum of volume.reclaimable.*</source>
        <translation>volume.reclaimable.* の合計</translation>
    </message>
    <message>
        <source>unknown parts: %1</source>
        <translation>不明な項目: %1</translation>
    </message>
    <message>
        <source>Start this Windows once so it can repair the hive from its transaction logs, or restore the hive from a backup; if the disk is failing, copy it to a healthy one first</source>
        <translation>この Windows を一度起動してトランザクション ログからハイブを修復させるか、バックアップからハイブを復元してください。ディスクが故障しかけている場合は、先に正常なディスクへコピーしてください</translation>
    </message>
    <message>
        <source>Windows 95, 98 and Me cannot be upgraded in place: back up the data and do a clean install</source>
        <translation>Windows 95、98、Me はインプレース アップグレードできません。データをバックアップしてクリーン インストールしてください</translation>
    </message>
    <message>
        <source>Check that this is a Windows NT-family hive (Windows\System32\config\SOFTWARE or SYSTEM, or a user&apos;s NTUSER.DAT)</source>
        <translation>Windows NT 系のハイブ（Windows\System32\config\SOFTWARE か SYSTEM、またはユーザーの NTUSER.DAT）であることを確認してください</translation>
    </message>
    <message>
        <source>the %1 hive is missing</source>
        <translation>%1 ハイブがありません</translation>
    </message>
    <message>
        <source>Check that this is the Windows volume and that Windows is installed in %1</source>
        <translation>Windows のボリュームであること、Windows が %1 にインストールされていることを確認してください</translation>
    </message>
    <message>
        <source>Reading the Windows version</source>
        <translation>Windows のバージョンを読み取っています</translation>
    </message>
    <message>
        <source>Reading the computer name and control set</source>
        <translation>コンピューター名とコントロール セットを読み取っています</translation>
    </message>
    <message>
        <source>Reading the time zone</source>
        <translation>タイム ゾーンを読み取っています</translation>
    </message>
    <message>
        <source>Checking fast startup and hibernation</source>
        <translation>高速スタートアップと休止状態を確認しています</translation>
    </message>
    <message>
        <source>Checking services</source>
        <translation>サービスを確認しています</translation>
    </message>
    <message>
        <source>Listing start-up programs</source>
        <translation>スタートアップ プログラムを一覧しています</translation>
    </message>
    <message>
        <source>Reading installed updates</source>
        <translation>インストール済みの更新プログラムを読み取っています</translation>
    </message>
    <message>
        <source>Looking for a pending reboot</source>
        <translation>再起動待ちがないか確認しています</translation>
    </message>
    <message>
        <source>Reading optional features and roles</source>
        <translation>オプション機能と役割を読み取っています</translation>
    </message>
    <message>
        <source>Listing installed programs</source>
        <translation>インストール済みのプログラムを一覧しています</translation>
    </message>
    <message>
        <source>Reading update policies</source>
        <translation>更新のポリシーを読み取っています</translation>
    </message>
    <message>
        <source>Reading proxy settings</source>
        <translation>プロキシ設定を読み取っています</translation>
    </message>
    <message>
        <source>Reading user profiles</source>
        <translation>ユーザー プロファイルを読み取っています</translation>
    </message>
    <message>
        <source>Reading the install language</source>
        <translation>インストール言語を読み取っています</translation>
    </message>
    <message>
        <source>Looking for requirement bypasses</source>
        <translation>要件の回避設定がないか確認しています</translation>
    </message>
    <message>
        <source>Measuring the Windows volume</source>
        <translation>Windows ボリュームの容量を調べています</translation>
    </message>
    <message>
        <source>Looking for earlier upgrade attempts</source>
        <translation>以前のアップグレードの試みを探しています</translation>
    </message>
    <message>
        <source>Finding the newest activity</source>
        <translation>最後に使われた日時を調べています</translation>
    </message>
    <message>
        <source>no %1 length at offset %2 (blob of %3 bytes)</source>
        <translation>オフセット %2 に %1 の長さがありません（データは %3 バイト）</translation>
    </message>
    <message>
        <source>%1 length %2 at offset %3 runs past the end of the %4-byte blob</source>
        <translation>オフセット %3 の %1 の長さ %2 が %4 バイトのデータの末尾を越えています</translation>
    </message>
    <message>
        <source>SMBIOS type %1 offset %2</source>
        <translation>SMBIOS タイプ %1、オフセット %2</translation>
    </message>
    <message>
        <source>SMBIOS type 0 offset %1 bit %2</source>
        <translation>SMBIOS タイプ 0、オフセット %1、ビット %2</translation>
    </message>
    <message>
        <source>SMBIOS type 1 offset %1 (SMBIOS 2.6+ byte order assumed)</source>
        <translation>SMBIOS タイプ 1、オフセット %1（SMBIOS 2.6 以降のバイト順と仮定）</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>the volume gives no modification time for the logs of %1</source>
        <translation>%1 のログの更新日時をボリュームから読み取れません</translation>
    </message>
    <message>
        <source>$WINDOWS.~BT\Sources\Panther, $WINDOWS.~BT\Sources\Rollback, Windows\Panther, Windows\Logs\MoSetup, Windows\Logs\SetupDiag</source>
        <translation>$WINDOWS.~BT\Sources\Panther、$WINDOWS.~BT\Sources\Rollback、Windows\Panther、Windows\Logs\MoSetup、Windows\Logs\SetupDiag</translation>
    </message>
    <message>
        <source>the rule files&apos; log patterns were not loaded</source>
        <translation>ルール ファイルのログ パターンが読み込まれていません</translation>
    </message>
    <message>
        <source>no setup logs of an earlier upgrade attempt were found</source>
        <translation>以前のアップグレードの試行のセットアップ ログは見つかりませんでした</translation>
    </message>
    <message>
        <source>Windows\WindowsUpdate.log, Windows\Logs\CBS\CBS.log</source>
        <translation>Windows\WindowsUpdate.log、Windows\Logs\CBS\CBS.log</translation>
    </message>
    <message>
        <source>%1 is not a whole XML file: %2 at line %3</source>
        <translation>%1 は完全な XML ファイルではありません：%3 行目で %2</translation>
    </message>
    <message>
        <source>Reading the logs of the last upgrade attempt</source>
        <translation>前回のアップグレードの試行のログを読んでいます</translation>
    </message>
</context>
<context>
    <name>urs::SetupLogReader</name>
    <message>
        <source>%1 bytes is more than the %2 bytes an XML report of setup can sensibly hold</source>
        <translation>%1 バイトは、セットアップの XML レポートとして妥当な %2 バイトを超えています</translation>
    </message>
</context>
<context>
    <name>urs::StructureWriter</name>
    <message>
        <source>no SMBIOS type %1 structure in %2</source>
        <translation>%2 に SMBIOS タイプ %1 の構造体がありません</translation>
    </message>
    <message>
        <source>%1 (the table walk stopped early: %2)</source>
        <translation>%1（テーブルの読み取りが途中で止まりました: %2）</translation>
    </message>
</context>
</TS>
