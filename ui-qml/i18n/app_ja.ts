<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>BatchScreen</name>
    <message>
        <source>Automatic scan</source>
        <translation>自動スキャン</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>レポート: %1</translation>
    </message>
    <message>
        <source>This failure is noted in %1.</source>
        <translation>この失敗は %1 に記録しました。</translation>
    </message>
    <message>
        <source>Switching off in %1 s. Press any key or tap the screen to switch off now.</source>
        <translation>あと %1 秒で電源を切ります。今すぐ切るには、いずれかのキーを押すか画面をタップしてください。</translation>
    </message>
    <message>
        <source>Press any key or tap the screen to switch off.</source>
        <translation>電源を切るには、いずれかのキーを押すか画面をタップしてください。</translation>
    </message>
    <message>
        <source>Switching off…</source>
        <translation>電源を切っています…</translation>
    </message>
    <message>
        <source>Stay on this screen</source>
        <translation>この画面にとどまる</translation>
    </message>
</context>
<context>
    <name>ExportScreen</name>
    <message>
        <source>Save the report</source>
        <translation>レポートを保存</translation>
    </message>
    <message>
        <source>One zip per machine: a readable page, the data, and the evidence behind it.</source>
        <translation>1 台につき 1 つの zip: 読みやすいページ、データ、その根拠をまとめます。</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>保存先</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>保存先</translation>
    </message>
    <message>
        <source>Removable</source>
        <translation>リムーバブル</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>No drive to write to. Plug in a USB stick or choose a folder.</source>
        <translation>書き込めるドライブがありません。USB メモリを挿すか、フォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Other folder…</source>
        <translation>ほかのフォルダー…</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>再検出</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>書き込み中…</translation>
    </message>
    <message>
        <source>The report was not written.</source>
        <translation>レポートを書き込めませんでした。</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>レポートを保存しました</translation>
    </message>
    <message>
        <source>Reports in this folder (%1)</source>
        <translation>このフォルダーのレポート（%1 件）</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Not readable: %1</source>
        <translation>読み取れません: %1</translation>
    </message>
    <message>
        <source>Reading the reports…</source>
        <translation>レポートを読み込み中…</translation>
    </message>
    <message>
        <source>No reports here yet.</source>
        <translation>まだレポートはありません。</translation>
    </message>
    <message>
        <source>Back to the results</source>
        <translation>結果に戻る</translation>
    </message>
    <message>
        <source>Scan the next machine</source>
        <translation>次の PC をスキャン</translation>
    </message>
    <message>
        <source>Choose a folder for the report</source>
        <translation>レポートの保存先フォルダーを選択</translation>
    </message>
    <message>
        <source>Save again here</source>
        <translation>ここにもう一度保存</translation>
    </message>
    <message>
        <source>Save the report here</source>
        <translation>ここにレポートを保存</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>レポートを書き込み中…</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>まだ保存していません。</translation>
    </message>
    <message>
        <source>Saved, but without the notes typed since.</source>
        <translation>保存済みですが、その後に入力したメモは含まれていません。</translation>
    </message>
    <message>
        <source>Saved when the scan ended</source>
        <translation>スキャン終了時に保存しました</translation>
    </message>
    <message>
        <source>Choose where it goes and save it.</source>
        <translation>保存先を選んで保存してください。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>In the report</source>
        <translation>レポートに記載する内容</translation>
    </message>
    <message>
        <source>Fleet summary</source>
        <translation>全台サマリー</translation>
    </message>
    <message>
        <source>This report is saved here already</source>
        <translation>このレポートはすでにここに保存されています</translation>
    </message>
    <message>
        <source>%1 is in this folder. Replace it with the report as it is now, or keep both (the new one gets a number)?</source>
        <translation>このフォルダーには %1 があります。今の内容のレポートで置き換えますか？ それとも両方残しますか（新しいほうに番号が付きます）？</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>両方残す</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換える</translation>
    </message>
    <message>
        <source>Scan the next machine without saving?</source>
        <translation>保存せずに次の PC をスキャンしますか？</translation>
    </message>
    <message>
        <source>The notes typed after the report was saved are not in it. They are lost when you go on.</source>
        <translation>レポートの保存後に入力したメモはレポートに含まれていません。次に進むと失われます。</translation>
    </message>
    <message>
        <source>This result is not in a report yet. It is lost when you go on.</source>
        <translation>この結果はまだレポートに保存されていません。次に進むと失われます。</translation>
    </message>
    <message>
        <source>Discard and go on</source>
        <translation>破棄して次へ</translation>
    </message>
</context>
<context>
    <name>FindingDetail</name>
    <message>
        <source>What to do</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Why unknown: %1</source>
        <translation>不明な理由: %1</translation>
    </message>
    <message>
        <source>Read from: %1</source>
        <translation>取得元: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>FleetScreen</name>
    <message>
        <source>Fleet summary</source>
        <translation>全台サマリー</translation>
    </message>
    <message>
        <source>Reading the reports…</source>
        <translation>レポートを読み込み中…</translation>
    </message>
    <message>
        <source>%1 computers from %2 reports, worst first.</source>
        <translation>%2 件のレポートから %1 台（状態の悪い順）</translation>
    </message>
    <message>
        <source>fleet.csv and fleet.html were not written: %1</source>
        <translation>fleet.csv と fleet.html を書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>Saved as fleet.html and fleet.csv in %1</source>
        <translation>%1 に fleet.html と fleet.csv として保存しました</translation>
    </message>
    <message>
        <source>Blockers across the fleet</source>
        <translation>全台の阻害要因</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 台中 %1 台</translation>
    </message>
    <message>
        <source>No machine has a blocker.</source>
        <translation>阻害要因のある PC はありません。</translation>
    </message>
    <message>
        <source>Files that could not be read: %1 (listed in fleet.html).</source>
        <translation>読み込めなかったファイル: %1 件（fleet.html に一覧があります）。</translation>
    </message>
    <message>
        <source>Older reports of machines scanned again, left out: %1.</source>
        <translation>再スキャンされた PC の古いレポート（除外）: %1 件。</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>PC 一覧</translation>
    </message>
    <message>
        <source>Asset tag %1</source>
        <translation>資産番号 %1</translation>
    </message>
    <message>
        <source>Scanned by %1</source>
        <translation>担当: %1</translation>
    </message>
    <message>
        <source>Blockers: %1</source>
        <translation>阻害要因: %1</translation>
    </message>
    <message>
        <source>Back to saving</source>
        <translation>保存に戻る</translation>
    </message>
    <message>
        <source>Read the reports again</source>
        <translation>レポートを読み込み直す</translation>
    </message>
    <message>
        <source>Scanned %1</source>
        <translation>スキャン日時: %1</translation>
    </message>
    <message>
        <source>Encrypted: Windows not checked: %1 of %2. Only their hardware was judged; decrypt the Windows disk and scan them again.</source>
        <translation>暗号化: Windows は未確認: %2 台中 %1 台。ハードウェアだけを判定しました。Windows のディスクの暗号化を解除して、もう一度スキャンしてください。</translation>
    </message>
    <message>
        <source>Encrypted: Windows not checked</source>
        <translation>暗号化: Windows は未確認</translation>
    </message>
</context>
<context>
    <name>GuidesScreen</name>
    <message>
        <source>Guides</source>
        <translation>ガイド</translation>
    </message>
    <message>
        <source>Step by step, for after the scan. Scan the code to read the official page on a phone.</source>
        <translation>スキャン後の手順です。コードをスマートフォンで読み取ると公式ページが開きます。</translation>
    </message>
    <message>
        <source>No guides found in %1.</source>
        <translation>%1 にガイドが見つかりません。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Show the code of %1</source>
        <translation>%1 のコードを表示</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Upgrade readiness scanner</source>
        <translation>アップグレード準備チェッカー</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>ガイド</translation>
    </message>
    <message>
        <source>Switch the language to %1</source>
        <translation>表示言語を %1 に切り替える</translation>
    </message>
</context>
<context>
    <name>PowerButtons</name>
    <message>
        <source>Shut down</source>
        <translation>シャットダウン</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>再起動</translation>
    </message>
    <message>
        <source>Restart without saving the report?</source>
        <translation>レポートを保存せずに再起動しますか？</translation>
    </message>
    <message>
        <source>Shut down without saving the report?</source>
        <translation>レポートを保存せずにシャットダウンしますか？</translation>
    </message>
    <message>
        <source>This result has not been written to a report yet. It is lost when the machine switches off.</source>
        <translation>この結果はまだレポートに書き込まれていません。電源を切ると失われます。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Restart anyway</source>
        <translation>それでも再起動</translation>
    </message>
    <message>
        <source>Shut down anyway</source>
        <translation>それでもシャットダウン</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>QR code of %1</source>
        <translation>%1 の QR コード</translation>
    </message>
    <message>
        <source>Scan with a phone to open:</source>
        <translation>スマートフォンで読み取って開く:</translation>
    </message>
</context>
<context>
    <name>ReportNotesFields</name>
    <message>
        <source>Technician</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>お名前</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>資産番号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Anything the report should say about this machine</source>
        <translation>この PC についてレポートに残すこと</translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>This scanner was started in legacy BIOS mode, so Secure Boot and the firmware&apos;s UEFI state could not be read. Restart and choose the &quot;UEFI:&quot; USB entry for a complete scan.</source>
        <translation>このスキャナーはレガシー BIOS モードで起動したため、セキュア ブートとファームウェアの UEFI の状態を読み取れませんでした。再起動して「UEFI:」の USB 項目を選ぶと、完全にスキャンできます。</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>No verdict: the rules were not evaluated.</source>
        <translation>判定なし: ルールが評価されていません。</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>チェック結果はありません。</translation>
    </message>
    <message>
        <source>No finding matches the filters.</source>
        <translation>絞り込み条件に合うチェック結果はありません。</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>もう一度スキャン</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>ガイド</translation>
    </message>
    <message>
        <source>Next: save the report</source>
        <translation>次へ: レポートを保存</translation>
    </message>
    <message>
        <source>Plan (%1)</source>
        <translation>手順（%1 件）</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>手順 %1: %2</translation>
    </message>
    <message>
        <source>Guide →</source>
        <translation>ガイド →</translation>
    </message>
    <message>
        <source>Guide: %1</source>
        <translation>ガイド: %1</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <source>Hardware of this machine</source>
        <translation>この PC のハードウェア</translation>
    </message>
    <message>
        <source>The Windows disk</source>
        <translation>Windows のディスク</translation>
    </message>
    <message>
        <source>The registry hives</source>
        <translation>レジストリ ハイブ</translation>
    </message>
    <message>
        <source>Judging against the rules</source>
        <translation>ルールによる判定</translation>
    </message>
    <message>
        <source>The scan stopped</source>
        <translation>スキャンが停止しました</translation>
    </message>
    <message>
        <source>The scan was cancelled</source>
        <translation>スキャンをキャンセルしました</translation>
    </message>
    <message>
        <source>Scanning %1</source>
        <translation>%1 をスキャン中</translation>
    </message>
    <message>
        <source>Nothing is written to this disk: it is only read.</source>
        <translation>このディスクには何も書き込みません。読み取るだけです。</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>スキャンの進行状況</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>対処方法: %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Which Windows should be checked?</source>
        <translation>どの Windows を調べますか？</translation>
    </message>
    <message>
        <source>Pick an installation found on this machine, or open a disk image or folder.</source>
        <translation>この PC で見つかった Windows を選ぶか、ディスク イメージやフォルダーを開いてください。</translation>
    </message>
    <message>
        <source>Looking at the disks…</source>
        <translation>ディスクを調べています…</translation>
    </message>
    <message>
        <source>Windows installations</source>
        <translation>インストール済みの Windows</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>暗号化</translation>
    </message>
    <message>
        <source>Hibernated</source>
        <translation>休止状態</translation>
    </message>
    <message>
        <source>Fast startup on</source>
        <translation>高速スタートアップ有効</translation>
    </message>
    <message>
        <source>%1 free of %2</source>
        <translation>%2 中 %1 空き</translation>
    </message>
    <message>
        <source>Size %1</source>
        <translation>サイズ %1</translation>
    </message>
    <message>
        <source>No Windows installation was found on this machine&apos;s disks. Open a disk image or a folder below.</source>
        <translation>この PC のディスクに Windows が見つかりませんでした。下でディスク イメージかフォルダーを開いてください。</translation>
    </message>
    <message>
        <source>Or open a disk image, a device or a folder holding Windows:</source>
        <translation>または、Windows を含むディスク イメージ、デバイス、フォルダーを開く:</translation>
    </message>
    <message>
        <source>/path/to/disk.img or /mnt/windows</source>
        <translation>/path/to/disk.img または /mnt/windows</translation>
    </message>
    <message>
        <source>Image…</source>
        <translation>イメージ…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>フォルダー…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Next: choose the target</source>
        <translation>次へ: 移行先を選ぶ</translation>
    </message>
    <message>
        <source>Open a disk image</source>
        <translation>ディスク イメージを開く</translation>
    </message>
    <message>
        <source>Disk images (*.img *.raw *.dd *.bin *.vhd)</source>
        <translation>ディスク イメージ (*.img *.raw *.dd *.bin *.vhd)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open a folder holding Windows</source>
        <translation>Windows を含むフォルダーを開く</translation>
    </message>
    <message>
        <source>The disks of this machine could not be listed: %1. Open a disk image or a folder below.</source>
        <translation>この PC のディスクを一覧できませんでした: %1。下でディスク イメージまたはフォルダーを開いてください。</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>移行先</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>スキャン</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>ステップ %1/%2: %3</translation>
    </message>
</context>
<context>
    <name>TargetScreen</name>
    <message>
        <source>Which Windows do you want to move to?</source>
        <translation>どの Windows に移行しますか？</translation>
    </message>
    <message>
        <source>Checking %1. Support dates are as of the scan date.</source>
        <translation>%1 を調べます。サポート期限はスキャン日時点のものです。</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>移行先</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>おすすめ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Start the scan</source>
        <translation>スキャン開始</translation>
    </message>
    <message>
        <source>Without its rules the scanner cannot judge any target. Write the scanner stick again from its image (or install the app again), then start it again.</source>
        <translation>ルールがないと、スキャナーはどの移行先も判定できません。スキャナーの USB メモリをイメージから書き込み直して（またはアプリを入れ直して）、もう一度起動してください。</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>Decided by: %1</source>
        <translation>判定理由: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Clean install guide →</source>
        <translation>クリーン インストールの手順 →</translation>
    </message>
    <message>
        <source>In-place upgrade guide →</source>
        <translation>インプレース アップグレードの手順 →</translation>
    </message>
</context>
<context>
    <name>urs::ui::BatchRun</name>
    <message>
        <source>the scan could not be started (another one is running)</source>
        <translation>スキャンを開始できませんでした（別のスキャンが実行中です）</translation>
    </message>
    <message>
        <source>no folder for the report: start the app with --reports DIR</source>
        <translation>レポートの保存先フォルダーがありません。アプリを --reports DIR を付けて起動してください</translation>
    </message>
    <message>
        <source>the report could not be started</source>
        <translation>レポートの書き込みを開始できませんでした</translation>
    </message>
    <message>
        <source>Looking at the disks…</source>
        <translation>ディスクを調べています…</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>%1 をスキャン中…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>レポートを書き込み中…</translation>
    </message>
    <message>
        <source>No Windows installation was found.</source>
        <translation>Windows が見つかりませんでした。</translation>
    </message>
    <message>
        <source>The disk could not be read.</source>
        <translation>ディスクを読み取れませんでした。</translation>
    </message>
    <message>
        <source>The scan did not finish.</source>
        <translation>スキャンが完了しませんでした。</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>レポートを書き込めませんでした。</translation>
    </message>
    <message>
        <source>Check that this machine&apos;s Windows disk is connected and that the firmware setup lists it, then start the scanner again.</source>
        <translation>この PC の Windows ディスクが接続され、ファームウェア設定画面に表示されることを確かめてから、スキャナーをもう一度起動してください。</translation>
    </message>
    <message>
        <source>Check the disk&apos;s cable and that the firmware setup lists it, then scan again. A disk that keeps failing must be replaced before any upgrade.</source>
        <translation>ディスクのケーブルと、ファームウェア設定画面にディスクが表示されることを確かめてから、もう一度スキャンしてください。読み取りに失敗し続けるディスクは、アップグレードの前に交換が必要です。</translation>
    </message>
    <message>
        <source>Start the scanner again. If the scan fails again, start it without batch mode and keep failed-scans.log.</source>
        <translation>スキャナーをもう一度起動してください。それでも失敗する場合は、バッチ モードを使わずに起動し、failed-scans.log を保管してください。</translation>
    </message>
    <message>
        <source>Check that the scanner&apos;s stick is still plugged in and has free space, then scan again: the verdicts shown here were not saved.</source>
        <translation>スキャナーの USB メモリが挿さったままで空き容量があることを確かめてから、もう一度スキャンしてください。ここに表示した判定は保存されていません。</translation>
    </message>
</context>
<context>
    <name>urs::ui::DestinationListModel</name>
    <message>
        <source>Reports folder</source>
        <translation>レポート フォルダー</translation>
    </message>
    <message>
        <source>Chosen folder</source>
        <translation>選んだフォルダー</translation>
    </message>
    <message>
        <source>This USB stick</source>
        <translation>この USB メモリ</translation>
    </message>
    <message>
        <source>Removable drive</source>
        <translation>リムーバブル ドライブ</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>ドライブ</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>空き %1</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
</context>
<context>
    <name>urs::ui::DiskListModel</name>
    <message>
        <source>Reading the installation…</source>
        <translation>Windows を読み込み中…</translation>
    </message>
    <message>
        <source>This source could not be read.</source>
        <translation>このスキャン対象は読み取れませんでした。</translation>
    </message>
    <message>
        <source>No Windows installation found here.</source>
        <translation>ここには Windows が見つかりません。</translation>
    </message>
    <message>
        <source>Windows was hibernated or shut down with fast startup: its files may be out of date.</source>
        <translation>Windows が休止状態か高速スタートアップで終了しています。ファイルが最新でない可能性があります。</translation>
    </message>
    <message>
        <source>Windows installation %1</source>
        <translation>%1 番目の Windows</translation>
    </message>
    <message>
        <source>build %1</source>
        <translation>ビルド %1</translation>
    </message>
    <message>
        <source>Encrypted with BitLocker: the scan checks the hardware only. To check Windows as well, decrypt it in Windows first (save the recovery key, then manage-bde -off C:); suspending BitLocker is not enough.</source>
        <translation>BitLocker で暗号化されています。スキャンで確認できるのはハードウェアだけです。Windows も確認するには、先に Windows で暗号化を解除してください（回復キーを保存してから manage-bde -off C:）。BitLocker の「保護の中断」だけでは足りません。</translation>
    </message>
</context>
<context>
    <name>urs::ui::FindingListModel</name>
    <message>
        <source>Affects all targets</source>
        <translation>すべての移行先に影響</translation>
    </message>
    <message>
        <source>Affects: %1</source>
        <translation>影響する移行先: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>チェック結果（%1 件）</translation>
    </message>
    <message>
        <source>Findings for %1 (%2)</source>
        <translation>%1 のチェック結果（%2 件）</translation>
    </message>
</context>
<context>
    <name>urs::ui::PowerControl</name>
    <message>
        <source>The machine could not be restarted: &quot;%1&quot; did not start. Hold the power button for a few seconds, then switch it on again.</source>
        <translation>再起動できませんでした（「%1」を実行できませんでした）。電源ボタンを数秒間押し続けてから、もう一度電源を入れてください。</translation>
    </message>
    <message>
        <source>The machine could not be switched off: &quot;%1&quot; did not start. Hold the power button for a few seconds instead.</source>
        <translation>電源を切れませんでした（「%1」を実行できませんでした）。代わりに電源ボタンを数秒間押し続けてください。</translation>
    </message>
</context>
<context>
    <name>urs::ui::ScanController</name>
    <message>
        <source>%1: cannot be opened (%2)</source>
        <translation>%1: 開けません（%2）</translation>
    </message>
    <message>
        <source>%1: not a saved result (%2)</source>
        <translation>%1: 保存された結果ではありません（%2）</translation>
    </message>
</context>
<context>
    <name>urs::ui::TargetListModel</name>
    <message>
        <source>All targets</source>
        <translation>すべての移行先</translation>
    </message>
    <message>
        <source>Judge every target the rules know and compare them side by side.</source>
        <translation>ルールにあるすべての移行先を判定し、並べて比べます。</translation>
    </message>
    <message>
        <source>The rules could not be read: %1</source>
        <translation>ルールを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The rules could not be read from %1: %2</source>
        <translation>%1 からルールを読み込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>urs::ui::VerdictListModel</name>
    <message>
        <source>An in-place upgrade from installation media keeps files, settings and apps.</source>
        <translation>インストール メディアからのインプレース アップグレードで、ファイル、設定、アプリを残せます。</translation>
    </message>
    <message>
        <source>Fix the items below in Windows first; then an in-place upgrade keeps files, settings and apps.</source>
        <translation>先に Windows 上で下の項目を修正してください。そのあとインプレース アップグレードで、ファイル、設定、アプリを残せます。</translation>
    </message>
    <message>
        <source>The hardware can run it, but this Windows cannot be upgraded in place: back up your files, then install cleanly and reinstall the apps.</source>
        <translation>ハードウェアは対応していますが、この Windows からはインプレース アップグレードできません。ファイルをバックアップしてからクリーン インストールし、アプリを入れ直してください。</translation>
    </message>
    <message>
        <source>This machine does not meet the requirements of this release.</source>
        <translation>この PC はこのリリースの要件を満たしていません。</translation>
    </message>
    <message>
        <source>The Windows disk is encrypted, so only the hardware was checked. In Windows, save the recovery key, decrypt the disk (manage-bde -off C:) and scan again for a verdict.</source>
        <translation>Windows のディスクが暗号化されているため、ハードウェアだけを確認しました。Windows で回復キーを保存し、ディスクの暗号化を解除（manage-bde -off C:）してから、もう一度スキャンすると判定できます。</translation>
    </message>
</context>
</TS>
