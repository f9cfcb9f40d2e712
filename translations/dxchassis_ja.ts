<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About dxchassis</source>
        <translation>dxchassis について</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>Operates NEC DX1000 micro-module server chassis over IPMI: slot map, power control, serial consoles and PXE installation.</source>
        <translation>NEC DX1000 マイクロモジュールサーバのシャーシを IPMI で操作します。スロットマップ、電源制御、シリアルコンソール、PXE インストールに対応しています。</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>GNU 一般公衆利用許諾書 (GPL) バージョン 3 以降の条件で配布されるフリーソフトウェアです。</translation>
    </message>
    <message>
        <source>&amp;Copy Version Information</source>
        <translation>バージョン情報をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (ビルド時 %2)</translation>
    </message>
</context>
<context>
    <name>BmcEndpoint</name>
    <message>
        <source>empty BMC address</source>
        <translation>BMC アドレスが空です</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: missing &apos;]&apos; after the IPv6 address</source>
        <translation>&quot;%1&quot;: IPv6 アドレスの後に &apos;]&apos; がありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected &apos;:port&apos; after &apos;]&apos;</source>
        <translation>&quot;%1&quot;: &apos;]&apos; の後に &apos;:ポート&apos; が必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>&quot;%1&quot; は IPv6 アドレスではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or address</source>
        <translation>&quot;%1&quot; はホスト名でもアドレスでもありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name or IPv4 address</source>
        <translation>&quot;%1&quot; は正しいホスト名または IPv4 アドレスではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UDP port (1-65535)</source>
        <translation>&quot;%1&quot; は UDP ポート番号 (1-65535) ではありません</translation>
    </message>
</context>
<context>
    <name>BulkRunner</name>
    <message>
        <source>cancelled before the request was sent</source>
        <translation>リクエスト送信前に取り消されました</translation>
    </message>
</context>
<context>
    <name>ChassisActions</name>
    <message>
        <source>Next &amp;Boot</source>
        <translation>次回の起動(&amp;B)</translation>
    </message>
    <message>
        <source>Boot the selected modules from the network (PXE) next time</source>
        <translation>選択したモジュールを次回ネットワーク（PXE）から起動する</translation>
    </message>
    <message>
        <source>&amp;Disk</source>
        <translation>ディスク(&amp;D)</translation>
    </message>
    <message>
        <source>BIOS &amp;Setup</source>
        <translation>BIOS セットアップ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;No Override (BIOS Order)</source>
        <translation>指定なし（BIOS の順序）(&amp;N)</translation>
    </message>
    <message>
        <source>P&amp;ersistent (Every Boot)</source>
        <translation>永続（毎回の起動）(&amp;E)</translation>
    </message>
    <message>
        <source>Keep the boot device for every boot; unchecked, it applies to the next boot only</source>
        <translation>起動デバイスを毎回の起動に使う。チェックしなければ次回の起動だけに適用</translation>
    </message>
    <message>
        <source>&amp;Identify</source>
        <translation>ID ランプ点灯(&amp;I)</translation>
    </message>
    <message>
        <source>For &amp;N Seconds…</source>
        <translation>N 秒間(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;On (Until Turned Off)</source>
        <translation>オン（消すまで）(&amp;O)</translation>
    </message>
    <message>
        <source>O&amp;ff</source>
        <translation>オフ(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Acknowledge Failures</source>
        <translation>失敗を確認済みにする(&amp;A)</translation>
    </message>
    <message>
        <source>Clear the error mark of the selected modules that failed</source>
        <translation>失敗した選択モジュールのエラー表示を消す</translation>
    </message>
    <message>
        <source>Acknowledge All F&amp;ailures</source>
        <translation>すべての失敗を確認済みにする(&amp;A)</translation>
    </message>
    <message>
        <source>Discover &amp;MACs…</source>
        <translation>MAC を検出(&amp;M)…</translation>
    </message>
    <message>
        <source>Read the BMC MAC of the selected modules over IPMI and update the inventory</source>
        <translation>選択したモジュールの BMC MAC を IPMI で読み取り、インベントリを更新する</translation>
    </message>
    <message>
        <source>Ra&amp;w IPMI Command…</source>
        <translation>IPMI raw コマンド(&amp;W)…</translation>
    </message>
    <message>
        <source>Operation Se&amp;ttings…</source>
        <translation>操作の設定(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>ChassisModel</name>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバ</translation>
    </message>
    <message>
        <source>Server (%1)</source>
        <translation>サーバ (%1)</translation>
    </message>
    <message>
        <source>HDD module</source>
        <translation>HDD モジュール</translation>
    </message>
    <message>
        <source>PCIe card</source>
        <translation>PCIe カード</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>空き</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>スロット</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <source>BMC address</source>
        <translation>BMC アドレス</translation>
    </message>
    <message>
        <source>BMC MAC</source>
        <translation>BMC MAC</translation>
    </message>
    <message>
        <source>NIC1 MAC</source>
        <translation>NIC1 MAC</translation>
    </message>
    <message>
        <source>NIC2 MAC</source>
        <translation>NIC2 MAC</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>電源</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>処理中…</translation>
    </message>
    <message>
        <source>Slot %1: empty</source>
        <translation>スロット %1: 空き</translation>
    </message>
    <message>
        <source>Slot %1: %2</source>
        <translation>スロット %1: %2</translation>
    </message>
    <message>
        <source>Slot %1: %2, %3</source>
        <translation>スロット %1: %2、%3</translation>
    </message>
    <message>
        <source>BMC: %1 (%2)</source>
        <translation>BMC: %1 (%2)</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>アドレスなし</translation>
    </message>
    <message>
        <source>MAC unknown</source>
        <translation>MAC 不明</translation>
    </message>
    <message>
        <source>NIC%1: %2</source>
        <translation>NIC%1: %2</translation>
    </message>
    <message>
        <source>Power: %1</source>
        <translation>電源: %1</translation>
    </message>
    <message>
        <source>Last operation: %1</source>
        <translation>前回の操作: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
</context>
<context>
    <name>ConsolePane</name>
    <message>
        <source>Include in typing to all</source>
        <translation>全コンソールへの一斉入力に含める</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>再接続(&amp;R)</translation>
    </message>
    <message>
        <source>Find in scrollback</source>
        <translation>スクロールバック内を検索</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>検索:</translation>
    </message>
    <message>
        <source>The console is closed.</source>
        <translation>コンソールは閉じています。</translation>
    </message>
    <message>
        <source>%1 — logging to %2</source>
        <translation>%1 — %2 にログ記録中</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>見つかりません</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>接続が切れました</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>切断済み</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>slot %1</source>
        <translation>スロット %1</translation>
    </message>
    <message>
        <source>slot %1 · %2</source>
        <translation>スロット %1 · %2</translation>
    </message>
    <message>
        <source>Consoles</source>
        <translation>コンソール</translation>
    </message>
    <message>
        <source>&amp;Tabs</source>
        <translation>タブ表示(&amp;T)</translation>
    </message>
    <message>
        <source>One console at a time, in tabs</source>
        <translation>コンソールを 1 つずつタブで表示します</translation>
    </message>
    <message>
        <source>T&amp;iled</source>
        <translation>タイル表示(&amp;I)</translation>
    </message>
    <message>
        <source>All consoles at once, side by side</source>
        <translation>すべてのコンソールを並べて同時に表示します</translation>
    </message>
    <message>
        <source>Type into &amp;All</source>
        <translation>全コンソールに入力(&amp;A)</translation>
    </message>
    <message>
        <source>Send what you type to every console ticked &quot;Include in typing to all&quot;</source>
        <translation>入力内容を「全コンソールへの一斉入力に含める」にチェックしたすべてのコンソールに送信します</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>再接続(&amp;R)</translation>
    </message>
    <message>
        <source>Send &amp;Break</source>
        <translation>ブレーク送信(&amp;B)</translation>
    </message>
    <message>
        <source>Send a serial break to the current console</source>
        <translation>現在のコンソールにシリアルブレークを送信します</translation>
    </message>
    <message>
        <source>%1: cannot send a break now</source>
        <translation>%1: 現在ブレークを送信できません</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Log to File…</source>
        <translation>ファイルにログ記録(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Close Console</source>
        <translation>コンソールを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>No enclosure is open.</source>
        <translation>エンクロージャが開かれていません。</translation>
    </message>
    <message>
        <source>No console for slot(s) %1: no module or no BMC address in the inventory</source>
        <translation>スロット %1 のコンソールはありません: インベントリにモジュールまたは BMC アドレスがありません</translation>
    </message>
    <message>
        <source>%1: no password given; press Reconnect to try again</source>
        <translation>%1: パスワードが入力されていません。再接続を押すと再試行します</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Consoles — %n console(s)</source>
        <translation>
            <numerusform>コンソール — %n 個のコンソール</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TYPING INTO ALL: what you type goes to %n console(s): %1</source>
        <translation>
            <numerusform>一斉入力中: 入力内容は %n 個のコンソールに送信されます: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the current console to a file: plain text (with a timestamp per line if wanted) or raw bytes; 10 MB per file, 3 older files kept</source>
        <translation>現在のコンソールをファイルに書き出す: プレーンテキスト（必要なら各行にタイムスタンプ）または生のバイト列。1 ファイル 10 MB、古いファイルは 3 個まで保持</translation>
    </message>
    <message>
        <source>The console was closed; nothing is logged</source>
        <translation>コンソールが閉じられたため、何も記録しません</translation>
    </message>
    <message>
        <source>Logging to %1</source>
        <translation>%1 に記録中</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>enclosure %1</source>
        <translation>筐体 %1</translation>
    </message>
    <message>
        <source>BMC %1 of enclosure %2</source>
        <translation>筐体 %2 の BMC %1</translation>
    </message>
</context>
<context>
    <name>DxctlCommands</name>
    <message>
        <source>Command-line companion of dxchassis: inventories of NEC DX1000 chassis.</source>
        <translation>dxchassis のコマンドライン版: NEC DX1000 シャーシのインベントリを扱います。</translation>
    </message>
    <message>
        <source>Show the versions of dxctl, Qt and FreeIPMI.</source>
        <translation>dxctl、Qt、FreeIPMI のバージョンを表示します。</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>実行するコマンド (下記参照)。</translation>
    </message>
    <message>
        <source>&lt;command&gt; [&lt;arguments&gt;]</source>
        <translation>&lt;コマンド&gt; [&lt;引数&gt;]</translation>
    </message>
    <message>
        <source>Run &apos;dxctl --help&apos; for usage.</source>
        <translation>使い方は &apos;dxctl --help&apos; で確認してください。</translation>
    </message>
    <message>
        <source>dxctl: unknown command &apos;%1&apos;</source>
        <translation>dxctl: 不明なコマンド &apos;%1&apos;</translation>
    </message>
    <message>
        <source>built with %1</source>
        <translation>ビルド時 %1</translation>
    </message>
    <message>
        <source>dxctl: unknown inventory command &apos;%1&apos;</source>
        <translation>dxctl: 不明な inventory コマンド &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Print the slots of every enclosure in an inventory.</source>
        <translation>インベントリ内のすべてのエンクロージャのスロットを表示します。</translation>
    </message>
    <message>
        <source>The inventory file (default: $%1).</source>
        <translation>インベントリファイル (既定値: $%1)。</translation>
    </message>
    <message>
        <source>dxctl: unexpected argument &apos;%1&apos;</source>
        <translation>dxctl: 予期しない引数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>dxctl: no inventory: give --inventory FILE or set %1</source>
        <translation>dxctl: インベントリが指定されていません。--inventory FILE を指定するか %1 を設定してください</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: 警告: %2</translation>
    </message>
    <message>
        <source>Enclosure %1 (%2, %3)</source>
        <translation>エンクロージャ %1 (%2、%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n モジュール</numerusform>
        </translation>
    </message>
    <message>
        <source>SLOT</source>
        <translation>スロット</translation>
    </message>
    <message>
        <source>MODULE</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <source>HOST NAME</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <source>BMC ADDRESS</source>
        <translation>BMC アドレス</translation>
    </message>
    <message>
        <source>BMC MAC</source>
        <translation>BMC MAC</translation>
    </message>
    <message>
        <source>NIC1 MAC</source>
        <translation>NIC1 MAC</translation>
    </message>
    <message>
        <source>NIC2 MAC</source>
        <translation>NIC2 MAC</translation>
    </message>
    <message>
        <source>Check an inventory file. Exit status 0 if it is valid, 1 if not.</source>
        <translation>インベントリファイルを検査します。正しければ終了ステータス 0、正しくなければ 1 を返します。</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[FILE]</translation>
    </message>
    <message>
        <source>dxctl: validate takes one file</source>
        <translation>dxctl: validate に指定できるファイルは 1 つだけです</translation>
    </message>
    <message>
        <source>dxctl: no inventory: give FILE or set %1</source>
        <translation>dxctl: インベントリが指定されていません。FILE を指定するか %1 を設定してください</translation>
    </message>
    <message>
        <source>%1: valid (%2, %3)</source>
        <translation>%1: 正常 (%2、%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n enclosure(s)</source>
        <translation>
            <numerusform>%n エンクロージャ</numerusform>
        </translation>
    </message>
    <message>
        <source>Commands:
  inventory show [--inventory FILE]  Print the slots of every enclosure.
  inventory validate [FILE]          Check an inventory file; exit status 1 if it is invalid.
  inventory check [--inventory FILE]  Check slots, power budget and MACs against the chassis profile; exit status 1 on warnings.
  inventory import-niclist FILE --enclosure NAME [-o OUT]  Import mng_niclist output or CSV.
%2
The inventory file defaults to $%1.
</source>
        <translation>コマンド:
  inventory show [--inventory FILE]  すべてのエンクロージャのスロットを表示します。
  inventory validate [FILE]          インベントリファイルを検査します。不正な場合の終了ステータスは 1 です。
  inventory check [--inventory FILE]  スロット、電力バジェット、MAC をシャーシプロファイルと照合します。警告がある場合の終了ステータスは 1 です。
  inventory import-niclist FILE --enclosure NAME [-o OUT]  mng_niclist の出力または CSV を取り込みます。
%2
インベントリファイルの既定値は $%1 です。
</translation>
    </message>
    <message>
        <source>WARNINGS</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>* derived from the BMC MAC, not read from the module</source>
        <translation>* BMC MAC から算出 (モジュールから読み取った値ではありません)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
</context>
<context>
    <name>DxctlExport</name>
    <message>
        <source>  export %1 [--inventory FILE] [--plan FILE] [plan options] [-o FILE]
                                     Generate a PXE provisioning file (see &apos;dxctl export --help&apos;).
</source>
        <translation>  export %1 [--inventory FILE] [--plan FILE] [plan options] [-o FILE]
                                     PXE プロビジョニング用ファイルを生成します (&apos;dxctl export --help&apos; を参照)。
</translation>
    </message>
    <message>
        <source>Generate a PXE provisioning file from an inventory and a plan. The plan starts from the seed&apos;s defaults, then --plan FILE, then the options below. The plan is validated first: on any problem every one is printed and nothing is written.</source>
        <translation>インベントリとプランから PXE プロビジョニング用ファイルを生成します。プランはシードの既定値から始まり、--plan FILE、続いて以下のオプションの順に適用されます。プランは最初に検証され、問題がある場合はすべて表示して何も書き込みません。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>A saved PXE plan (docs/pxe-plan.md); options given here override it.</source>
        <translation>保存済みの PXE プラン (docs/pxe-plan.md)。ここで指定したオプションがプランより優先されます。</translation>
    </message>
    <message>
        <source>Write to FILE (atomically, keeping a backup of a replaced file) instead of printing.</source>
        <translation>出力せずに FILE に書き込みます (アトミックに書き込み、置き換えたファイルはバックアップとして残します)。</translation>
    </message>
    <message>
        <source>The enclosure whose modules get addresses (default: the first).</source>
        <translation>モジュールにアドレスを割り当てるエンクロージャ (既定値: 最初のエンクロージャ)。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The DHCP domain name.</source>
        <translation>DHCP のドメイン名。</translation>
    </message>
    <message>
        <source>DNS servers, comma-separated (repeatable).</source>
        <translation>DNS サーバ (カンマ区切り、複数回指定可)。</translation>
    </message>
    <message>
        <source>ADDR[,ADDR...]</source>
        <translation>ADDR[,ADDR...]</translation>
    </message>
    <message>
        <source>The subnet; also sets the broadcast address.</source>
        <translation>サブネット。ブロードキャストアドレスも設定されます。</translation>
    </message>
    <message>
        <source>A.B.C.D/N</source>
        <translation>A.B.C.D/N</translation>
    </message>
    <message>
        <source>The dynamic range.</source>
        <translation>動的割り当て範囲。</translation>
    </message>
    <message>
        <source>FIRST-LAST</source>
        <translation>FIRST-LAST</translation>
    </message>
    <message>
        <source>The router.</source>
        <translation>ルータ。</translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation>ADDR</translation>
    </message>
    <message>
        <source>The TFTP server (next-server).</source>
        <translation>TFTP サーバ (next-server)。</translation>
    </message>
    <message>
        <source>The boot file name.</source>
        <translation>ブートファイル名。</translation>
    </message>
    <message>
        <source>The NFS root, e.g. 192.168.1.10:/home/pxefreebsd.</source>
        <translation>NFS ルート (例: 192.168.1.10:/home/pxefreebsd)。</translation>
    </message>
    <message>
        <source>SERVER:/PATH</source>
        <translation>SERVER:/PATH</translation>
    </message>
    <message>
        <source>The TFTP server&apos;s root folder.</source>
        <translation>TFTP サーバのルートフォルダ。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>The CMM&apos;s fixed address.</source>
        <translation>CMM の固定アドレス。</translation>
    </message>
    <message>
        <source>The first BMC&apos;s fixed address.</source>
        <translation>最初の BMC の固定アドレス。</translation>
    </message>
    <message>
        <source>The first NIC&apos;s fixed address.</source>
        <translation>最初の NIC の固定アドレス。</translation>
    </message>
    <message>
        <source>Host names of BMCs and NICs; {slot}, {kind} (bmc, nic, nic2), {nic}, {enclosure} (default: dx1000s{slot}{kind}).</source>
        <translation>BMC と NIC のホスト名。{slot}、{kind} (bmc、nic、nic2)、{nic}、{enclosure} を使用できます (既定値: dx1000s{slot}{kind})。</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>PATTERN</translation>
    </message>
    <message>
        <source>Which data NICs get a fixed address: 1, 2 or 1,2 (default: 1).</source>
        <translation>固定アドレスを割り当てるデータ NIC: 1、2 または 1,2 (既定値: 1)。</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>What to generate: %1.</source>
        <translation>生成するもの: %1。</translation>
    </message>
    <message>
        <source>&lt;file&gt;</source>
        <translation>&lt;file&gt;</translation>
    </message>
    <message>
        <source>dxctl: export takes one file kind: %1</source>
        <translation>dxctl: export に指定できるファイル種別は 1 つだけです: %1</translation>
    </message>
    <message>
        <source>dxctl: unknown file kind &apos;%1&apos; (known: %2)</source>
        <translation>dxctl: 不明なファイル種別 &apos;%1&apos; (既知: %2)</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: 警告: %2</translation>
    </message>
    <message>
        <source>dxctl: --subnet: expected A.B.C.D/N (e.g. 192.168.1.0/24), got &apos;%1&apos;</source>
        <translation>dxctl: --subnet: A.B.C.D/N 形式 (例: 192.168.1.0/24) が必要ですが &apos;%1&apos; が指定されました</translation>
    </message>
    <message>
        <source>dxctl: --range: expected FIRST-LAST (e.g. 192.168.1.20-192.168.1.60), got &apos;%1&apos;</source>
        <translation>dxctl: --range: FIRST-LAST 形式 (例: 192.168.1.20-192.168.1.60) が必要ですが &apos;%1&apos; が指定されました</translation>
    </message>
    <message>
        <source>dxctl: --root-path: expected SERVER:/PATH (e.g. 192.168.1.10:/home/pxefreebsd), got &apos;%1&apos;</source>
        <translation>dxctl: --root-path: SERVER:/PATH 形式 (例: 192.168.1.10:/home/pxefreebsd) が必要ですが &apos;%1&apos; が指定されました</translation>
    </message>
    <message>
        <source>dxctl: --nics: expected 1, 2 or 1,2, got &apos;%1&apos;</source>
        <translation>dxctl: --nics: 1、2 または 1,2 が必要ですが &apos;%1&apos; が指定されました</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注意: %1</translation>
    </message>
    <message>
        <source>dxctl: no hosts: give --inventory FILE, set %1, or a --plan with host entries</source>
        <translation>dxctl: ホストがありません。--inventory FILE を指定するか、%1 を設定するか、ホストエントリを含む --plan を指定してください</translation>
    </message>
    <message numerus="yes">
        <source>dxctl: the plan has %n problem(s); nothing was written</source>
        <translation>
            <numerusform>dxctl: プランに %n 件の問題があります。何も書き込んでいません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>dxctl: the plan has %n problem(s)</source>
        <translation>
            <numerusform>dxctl: プランに %n 件の問題があります</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DxctlOptions</name>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>The inventory file (default: $%1).</source>
        <translation>インベントリファイル (既定値: $%1)。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Read the password from FILE (only its owner may read it).</source>
        <translation>パスワードを FILE から読み込みます (所有者だけが読めるファイルに限ります)。</translation>
    </message>
    <message>
        <source>Read the password from $%1.</source>
        <translation>パスワードを $%1 から読み込みます。</translation>
    </message>
    <message>
        <source>Use the language LANG (e.g. ja or en) instead of the system&apos;s.</source>
        <translation>システムの言語の代わりに言語 LANG (ja、en など) を使います。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
</context>
<context>
    <name>FreeIpmiBackend</name>
    <message>
        <source>Get Chassis Status</source>
        <translation>Get Chassis Status</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>メモリ不足</translation>
    </message>
    <message>
        <source>Chassis Control (%1)</source>
        <translation>Chassis Control (%1)</translation>
    </message>
    <message>
        <source>Get Device ID</source>
        <translation>Get Device ID</translation>
    </message>
    <message>
        <source>Get Channel Info</source>
        <translation>Get Channel Info</translation>
    </message>
    <message>
        <source>Get LAN Configuration Parameters (MAC address)</source>
        <translation>Get LAN Configuration Parameters (MAC アドレス)</translation>
    </message>
    <message>
        <source>IPMI 2.0 / RMCP+ sessions</source>
        <translation>IPMI 2.0 / RMCP+ セッション</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 に失敗しました: %2</translation>
    </message>
    <message>
        <source>the crypto library FreeIPMI needs could not be initialised</source>
        <translation>FreeIPMI が必要とする暗号ライブラリを初期化できませんでした</translation>
    </message>
    <message>
        <source>unknown FreeIPMI workaround flag &quot;%1&quot; (known: %2)</source>
        <translation>不明な FreeIPMI ワークアラウンドフラグ &quot;%1&quot; (既知: %2)</translation>
    </message>
    <message>
        <source>user name &quot;%1&quot; is longer than the %2 bytes IPMI allows</source>
        <translation>ユーザ名 &quot;%1&quot; が IPMI の上限 %2 バイトを超えています</translation>
    </message>
    <message>
        <source>the password is longer than the %1 bytes IPMI 2.0 allows</source>
        <translation>パスワードが IPMI 2.0 の上限 %1 バイトを超えています</translation>
    </message>
    <message>
        <source>cipher suite %1 is not one FreeIPMI can use</source>
        <translation>暗号スイート %1 は FreeIPMI で使用できません</translation>
    </message>
    <message>
        <source>opening the IPMI session</source>
        <translation>IPMI セッションの確立</translation>
    </message>
    <message>
        <source>%1: the BMC&apos;s answer lacks the field %2</source>
        <translation>%1: BMC の応答にフィールド %2 がありません</translation>
    </message>
    <message>
        <source>Set System Boot Options (%1)</source>
        <translation>Set System Boot Options (%1)</translation>
    </message>
    <message>
        <source>identify for %1 s: IPMI allows 1 to 255 seconds</source>
        <translation>ID ランプ点灯 %1 秒: IPMI で指定できるのは 1～255 秒です</translation>
    </message>
    <message>
        <source>Chassis Identify</source>
        <translation>Chassis Identify</translation>
    </message>
    <message>
        <source>raw request (netfn 0x%1, command 0x%2)</source>
        <translation>raw リクエスト (netfn 0x%1、コマンド 0x%2)</translation>
    </message>
    <message>
        <source>%1: the BMC&apos;s answer has no completion code</source>
        <translation>%1: BMC の応答に完了コードがありません</translation>
    </message>
    <message>
        <source>completion code 0x%1</source>
        <translation>完了コード 0x%1</translation>
    </message>
</context>
<context>
    <name>HostRange</name>
    <message>
        <source>&quot;[%1]&quot;: expected numbers or ranges like [1-46] or [1,3,5-7]</source>
        <translation>&quot;[%1]&quot;: [1-46] や [1,3,5-7] のような番号または範囲が必要です</translation>
    </message>
    <message>
        <source>&quot;[%1]&quot;: range too large</source>
        <translation>&quot;[%1]&quot;: 範囲が大きすぎます</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &apos;]&apos; without &apos;[&apos;</source>
        <translation>&quot;%1&quot;: &apos;[&apos; のない &apos;]&apos; があります</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &apos;[&apos; without &apos;]&apos;</source>
        <translation>&quot;%1&quot;: &apos;[&apos; に対応する &apos;]&apos; がありません</translation>
    </message>
    <message>
        <source>more than %1 hosts</source>
        <translation>ホストが %1 台を超えています</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: empty host name</source>
        <translation>&quot;%1&quot;: ホスト名が空です</translation>
    </message>
</context>
<context>
    <name>InventoryChecker</name>
    <message>
        <source>unknown chassis profile &quot;%1&quot;; nothing checked</source>
        <translation>不明なシャーシプロファイル &quot;%1&quot; のため、何も検査していません</translation>
    </message>
    <message>
        <source>slot %1 does not exist in a %2 (%3 slots)</source>
        <translation>スロット %1 は %2 (%3 スロット) には存在しません</translation>
    </message>
    <message>
        <source>slot %1 cannot hold an HDD module</source>
        <translation>スロット %1 には HDD モジュールを搭載できません</translation>
    </message>
    <message>
        <source>HDD module not attached to a server module: slot %1 is not a server module</source>
        <translation>HDD モジュールがサーバモジュールに接続されていません: スロット %1 はサーバモジュールではありません</translation>
    </message>
    <message>
        <source>HDD module attached to a %1 server module (slot %2); HDD modules work only with a C2750</source>
        <translation>HDD モジュールが %1 サーバモジュール (スロット %2) に接続されています。HDD モジュールは C2750 でのみ動作します</translation>
    </message>
    <message>
        <source>slot %1 cannot hold a PCIe card</source>
        <translation>スロット %1 には PCIe カードを搭載できません</translation>
    </message>
    <message>
        <source>NIC%1 MAC %2 conflicts with the BMC MAC %3 (the rule gives %4)</source>
        <translation>NIC%1 MAC %2 が BMC MAC %3 と矛盾しています (規則による値は %4)</translation>
    </message>
    <message>
        <source>%1 server modules exceed the power budget of %2 per enclosure</source>
        <translation>サーバモジュール %1 台はエンクロージャあたりの電力バジェット %2 を超えています</translation>
    </message>
    <message>
        <source>CMM MAC %1 conflicts with switch module 1&apos;s system MAC %2 (the rule gives %3)</source>
        <translation>CMM MAC %1 がスイッチモジュール 1 のシステム MAC %2 と矛盾しています (規則による値は %3)</translation>
    </message>
</context>
<context>
    <name>InventoryCommands</name>
    <message>
        <source>Import the output of the CMM&apos;s `mng_niclist -C all` (or the same columns as CSV) into an enclosure of an inventory. NIC MACs the list leaves out are derived from the BMC MAC (NIC1 = BMC - 2, NIC2 = BMC - 1) and marked as derived.</source>
        <translation>CMM の `mng_niclist -C all` の出力 (または同じ列構成の CSV) をインベントリのエンクロージャに取り込みます。リストにない NIC MAC は BMC MAC から算出し (NIC1 = BMC - 2、NIC2 = BMC - 1)、算出値として記録します。</translation>
    </message>
    <message>
        <source>The enclosure to import into (created if the inventory has none of that name).</source>
        <translation>取り込み先のエンクロージャ (インベントリにその名前のエンクロージャがなければ作成します)。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The inventory to start from (default: the output file if it exists, else $%1, else a new inventory).</source>
        <translation>元にするインベントリ (既定値: 出力ファイルがあればそのファイル、なければ $%1、それもなければ新しいインベントリ)。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Write the inventory to FILE (atomically, keeping a backup); default: print it.</source>
        <translation>インベントリを FILE に書き込みます (アトミックに書き込み、バックアップを残します)。既定では出力を表示します。</translation>
    </message>
    <message>
        <source>The mng_niclist output or CSV file.</source>
        <translation>mng_niclist の出力ファイルまたは CSV ファイル。</translation>
    </message>
    <message>
        <source>dxctl: import-niclist takes one FILE</source>
        <translation>dxctl: import-niclist に指定できる FILE は 1 つだけです</translation>
    </message>
    <message>
        <source>dxctl: give the enclosure to import into with --enclosure NAME</source>
        <translation>dxctl: 取り込み先のエンクロージャを --enclosure NAME で指定してください</translation>
    </message>
    <message>
        <source>dxctl: enclosure %1 has the unknown profile &quot;%2&quot;</source>
        <translation>dxctl: エンクロージャ %1 のプロファイル &quot;%2&quot; は不明です</translation>
    </message>
    <message>
        <source>dxctl: no module read; nothing imported</source>
        <translation>dxctl: モジュールを 1 つも読み取れませんでした。何も取り込んでいません</translation>
    </message>
    <message>
        <source>%1: imported %2 into %3</source>
        <translation>%1: %2 を %3 に取り込みました</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n 個のモジュール</numerusform>
        </translation>
    </message>
    <message>
        <source>Check an inventory against its chassis profiles: HDD modules and PCIe cards in slots that cannot take them, HDD modules not attached to a C2750 server module, more server modules than the power budget, MACs that contradict the MAC rule. Exit status 1 when there are warnings.</source>
        <translation>インベントリをシャーシプロファイルと照合します: 搭載できないスロットにある HDD モジュールや PCIe カード、C2750 サーバモジュールに接続されていない HDD モジュール、電力バジェットを超えるサーバモジュール、MAC の規則に反する MAC を検出します。警告がある場合の終了ステータスは 1 です。</translation>
    </message>
    <message>
        <source>dxctl: no inventory: give --inventory FILE or set %1</source>
        <translation>dxctl: インベントリが指定されていません。--inventory FILE を指定するか %1 を設定してください</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: 警告: %2</translation>
    </message>
    <message>
        <source>%1: slot %2: warning: %3</source>
        <translation>%1: スロット %2: 警告: %3</translation>
    </message>
    <message>
        <source>%1: no warnings</source>
        <translation>%1: 警告なし</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n warning(s)</source>
        <translation>
            <numerusform>%1: 警告 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InventoryIo</name>
    <message>
        <source>malformed JSON: %1</source>
        <translation>JSON の形式が正しくありません: %1</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>最上位には JSON オブジェクトが必要です</translation>
    </message>
    <message>
        <source>unknown key, ignored</source>
        <translation>不明なキーのため無視しました</translation>
    </message>
    <message>
        <source>cannot read the inventory: %1</source>
        <translation>インベントリを読み込めません: %1</translation>
    </message>
    <message>
        <source>not a dxchassis inventory: the &quot;format&quot; key is missing</source>
        <translation>dxchassis のインベントリではありません: &quot;format&quot; キーがありません</translation>
    </message>
    <message>
        <source>not a dxchassis inventory: format is &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>dxchassis のインベントリではありません: format が &quot;%1&quot; です (&quot;%2&quot; が必要です)</translation>
    </message>
    <message>
        <source>the &quot;version&quot; key is missing</source>
        <translation>&quot;version&quot; キーがありません</translation>
    </message>
    <message>
        <source>the file is inventory version %1, written by a newer dxchassis; this version reads up to version %2. Upgrade dxchassis to open it.</source>
        <translation>このファイルは新しい dxchassis で書かれたインベントリ (バージョン %1) です。この dxchassis が読めるのはバージョン %2 までです。開くには dxchassis を更新してください。</translation>
    </message>
    <message>
        <source>enclosure name &quot;%1&quot; is used twice</source>
        <translation>エンクロージャ名 &quot;%1&quot; が重複しています</translation>
    </message>
    <message>
        <source>an enclosure needs a name</source>
        <translation>エンクロージャには名前が必要です</translation>
    </message>
    <message>
        <source>unknown chassis profile &quot;%1&quot; (known: %2)</source>
        <translation>不明なシャーシプロファイル &quot;%1&quot; (既知: %2)</translation>
    </message>
    <message>
        <source>slot %1 is listed twice</source>
        <translation>スロット %1 が重複しています</translation>
    </message>
    <message>
        <source>the &quot;slot&quot; number is missing</source>
        <translation>&quot;slot&quot; の番号がありません</translation>
    </message>
    <message>
        <source>unknown module type &quot;%1&quot; (known: empty, server, hdd, pcie)</source>
        <translation>不明なモジュール種別 &quot;%1&quot; (既知: empty、server、hdd、pcie)</translation>
    </message>
    <message>
        <source>unknown processor &quot;%1&quot; (known: C2750, C2730)</source>
        <translation>不明なプロセッサ &quot;%1&quot; (既知: C2750、C2730)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name (letters, digits and &apos;-&apos;, labels of at most 63 characters, RFC 1123)</source>
        <translation>&quot;%1&quot; は正しいホスト名ではありません (英字、数字、&apos;-&apos; のみ、各ラベル 63 文字以内、RFC 1123)</translation>
    </message>
    <message numerus="yes">
        <source>a server module has two NICs, %n are listed</source>
        <translation>
            <numerusform>サーバモジュールの NIC は 2 つですが、%n 個記載されています</numerusform>
        </translation>
    </message>
    <message>
        <source>expected a MAC address as a string</source>
        <translation>MAC アドレスは文字列で指定してください</translation>
    </message>
    <message>
        <source>unknown privilege level &quot;%1&quot; (known: user, operator, admin)</source>
        <translation>不明な権限レベル &quot;%1&quot; (既知: user、operator、admin)</translation>
    </message>
    <message>
        <source>cipher suite %1 is not one FreeIPMI supports (0-3, 6-8, 11, 12, 15-17)</source>
        <translation>暗号スイート %1 は FreeIPMI が対応していません (0-3、6-8、11、12、15-17)</translation>
    </message>
    <message>
        <source>unknown FreeIPMI workaround flag &quot;%1&quot; (known: %2)</source>
        <translation>不明な FreeIPMI ワークアラウンドフラグ &quot;%1&quot; (既知: %2)</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>オブジェクトが必要です</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; key is missing</source>
        <translation>&quot;%1&quot; キーがありません</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>文字列が必要です</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>整数が必要です</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 は範囲外です (%2～%3)</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>配列が必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a MAC address: %2</source>
        <translation>&quot;%1&quot; は MAC アドレスではありません: %2</translation>
    </message>
    <message>
        <source>passwords are never stored in the inventory; remove this key (dxchassis keeps passwords in the system keychain or asks for them)</source>
        <translation>パスワードはインベントリに保存できません。このキーを削除してください (dxchassis はパスワードをシステムのキーチェーンに保管するか、その都度入力を求めます)</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true または false が必要です</translation>
    </message>
</context>
<context>
    <name>IpmiCommands</name>
    <message>
        <source>  power status|on|off|cycle|reset|soft|pulse TARGETS
                                     Power state or chassis control.
  boot pxe|disk|bios|none [--persistent] TARGETS
                                     Next boot device (once unless --persistent).
  identify [--seconds N | --on | --off] TARGETS
                                     Blink the identify LED (15 s by default).
  mac discover TARGETS               Read each BMC&apos;s MAC address.
  raw TARGET NETFN CMD [DATA...]     Send one raw IPMI request.
TARGETS: ENCLOSURE:s[1-46], ENCLOSURE:s23,s25, ENCLOSURE, all, or --host HOSTRANGE
(FreeIPMI host ranges, e.g. &apos;127.0.1.[1-46]:1623&apos;) with -u, -l, -I, -W.
IPMI options: --password-file FILE | -E ($%1), --fanout N, --timeout SECONDS,
--retries N, --stagger N [--stagger-interval SECONDS], --json, --allow-cipher-suite-0.
</source>
        <translation>  power status|on|off|cycle|reset|soft|pulse TARGETS
                                     電源状態の表示またはシャーシ制御を行います。
  boot pxe|disk|bios|none [--persistent] TARGETS
                                     次回のブートデバイスを指定します (--persistent がなければ 1 回のみ)。
  identify [--seconds N | --on | --off] TARGETS
                                     ID ランプを点滅させます (既定値 15 秒)。
  mac discover TARGETS               各 BMC の MAC アドレスを読み取ります。
  raw TARGET NETFN CMD [DATA...]     raw IPMI リクエストを 1 つ送信します。
TARGETS: ENCLOSURE:s[1-46]、ENCLOSURE:s23,s25、ENCLOSURE、all、または --host HOSTRANGE
(FreeIPMI のホスト範囲。例: &apos;127.0.1.[1-46]:1623&apos;) と -u、-l、-I、-W。
IPMI オプション: --password-file FILE | -E ($%1)、--fanout N、--timeout SECONDS、
--retries N、--stagger N [--stagger-interval SECONDS]、--json、--allow-cipher-suite-0。
</translation>
    </message>
    <message>
        <source>IPMI operations on many BMCs at once.</source>
        <translation>複数の BMC に対して IPMI 操作を一括で実行します。</translation>
    </message>
    <message>
        <source>BMCs given as a FreeIPMI host range instead of inventory slots.</source>
        <translation>インベントリのスロットの代わりに FreeIPMI のホスト範囲で指定する BMC。</translation>
    </message>
    <message>
        <source>HOSTRANGE</source>
        <translation>HOSTRANGE</translation>
    </message>
    <message>
        <source>IPMI user name.</source>
        <translation>IPMI のユーザ名。</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>Privilege level: user, operator or admin.</source>
        <translation>権限レベル: user、operator、admin のいずれか。</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>Cipher suite ID.</source>
        <translation>暗号スイート ID。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>FreeIPMI workaround flags, comma-separated.</source>
        <translation>FreeIPMI の回避フラグ (カンマ区切り)。</translation>
    </message>
    <message>
        <source>FLAGS</source>
        <translation>FLAGS</translation>
    </message>
    <message>
        <source>Allow cipher suite 0 (no authentication, no encryption).</source>
        <translation>暗号スイート 0 (認証なし、暗号化なし) を許可します。</translation>
    </message>
    <message>
        <source>BMCs asked at once (default %1).</source>
        <translation>同時に問い合わせる BMC の数 (既定値 %1)。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seconds to wait for each BMC (default: the inventory&apos;s).</source>
        <translation>各 BMC の応答を待つ秒数 (既定値: インベントリの設定値)。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Extra attempts after a timeout (default 0; never for cycle, reset, soft, raw).</source>
        <translation>タイムアウト後の再試行回数 (既定値 0。cycle、reset、soft、raw では再試行しません)。</translation>
    </message>
    <message>
        <source>Power on at most N modules per interval.</source>
        <translation>1 間隔あたりに電源オンするモジュールを最大 N 台にします。</translation>
    </message>
    <message>
        <source>The stagger interval in seconds (default 1).</source>
        <translation>段階的電源オンの間隔 (秒、既定値 1)。</translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation>結果を JSON で出力します。</translation>
    </message>
    <message>
        <source>boot: keep the boot device for every boot, not only the next.</source>
        <translation>boot: 次回だけでなく毎回のブートでこのブートデバイスを使います。</translation>
    </message>
    <message>
        <source>identify: blink for N seconds (1-255).</source>
        <translation>identify: N 秒間点滅させます (1～255)。</translation>
    </message>
    <message>
        <source>identify: blink until --off.</source>
        <translation>identify: --off まで点滅させ続けます。</translation>
    </message>
    <message>
        <source>identify: stop blinking.</source>
        <translation>identify: 点滅を止めます。</translation>
    </message>
    <message>
        <source>Run &apos;dxctl --help&apos; for usage.</source>
        <translation>使い方は &apos;dxctl --help&apos; で確認してください。</translation>
    </message>
    <message>
        <source>power: expected status, on, off, cycle, reset, soft or pulse, not &apos;%1&apos;</source>
        <translation>power: status、on、off、cycle、reset、soft、pulse のいずれかが必要です (&apos;%1&apos; は指定できません)</translation>
    </message>
    <message>
        <source>boot: expected pxe, disk, bios or none, not &apos;%1&apos;</source>
        <translation>boot: pxe、disk、bios、none のいずれかが必要です (&apos;%1&apos; は指定できません)</translation>
    </message>
    <message>
        <source>identify: give one of --seconds, --on, --off</source>
        <translation>identify: --seconds、--on、--off のいずれか 1 つを指定してください</translation>
    </message>
    <message>
        <source>identify: --seconds takes 1 to 255</source>
        <translation>identify: --seconds に指定できるのは 1～255 です</translation>
    </message>
    <message>
        <source>mac: expected &apos;discover&apos;</source>
        <translation>mac: &apos;discover&apos; が必要です</translation>
    </message>
    <message>
        <source>raw: expected TARGET NETFN CMD [DATA...]</source>
        <translation>raw: TARGET NETFN CMD [DATA...] の形式で指定してください</translation>
    </message>
    <message>
        <source>raw: &apos;%1&apos; is not a byte (0-255, 0x00-0xff)</source>
        <translation>raw: &apos;%1&apos; はバイト値 (0-255、0x00-0xff) ではありません</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>不明なコマンド &apos;%1&apos;</translation>
    </message>
    <message>
        <source>give the targets either with --host or as arguments, not both (&apos;%1&apos;)</source>
        <translation>対象は --host と引数のどちらか一方で指定してください (&apos;%1&apos;)</translation>
    </message>
    <message>
        <source>%1: no targets (ENCLOSURE:s[1-46], ENCLOSURE, all or --host HOSTRANGE)</source>
        <translation>%1: 対象がありません (ENCLOSURE:s[1-46]、ENCLOSURE、all、または --host HOSTRANGE)</translation>
    </message>
    <message>
        <source>-l: expected user, operator or admin</source>
        <translation>-l: user、operator、admin のいずれかが必要です</translation>
    </message>
    <message>
        <source>-I: &apos;%1&apos; is not a cipher suite FreeIPMI knows</source>
        <translation>-I: &apos;%1&apos; は FreeIPMI が認識する暗号スイートではありません</translation>
    </message>
    <message>
        <source>--fanout takes 1 to 1024</source>
        <translation>--fanout に指定できるのは 1～1024 です</translation>
    </message>
    <message>
        <source>--timeout takes 0.1 to 600 seconds</source>
        <translation>--timeout に指定できるのは 0.1～600 秒です</translation>
    </message>
    <message>
        <source>--retries takes 0 to 10</source>
        <translation>--retries に指定できるのは 0～10 です</translation>
    </message>
    <message>
        <source>--stagger takes a positive number of modules</source>
        <translation>--stagger には正のモジュール数を指定してください</translation>
    </message>
    <message>
        <source>--stagger-interval takes a positive number of seconds</source>
        <translation>--stagger-interval には正の秒数を指定してください</translation>
    </message>
    <message>
        <source>--host: %1</source>
        <translation>--host: %1</translation>
    </message>
    <message>
        <source>--host: &quot;%1&quot;: %2</source>
        <translation>--host: &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>no inventory: give --inventory FILE, set %1, or use --host</source>
        <translation>インベントリが指定されていません。--inventory FILE を指定するか、%1 を設定するか、--host を使ってください</translation>
    </message>
    <message>
        <source>raw: one target, not %1</source>
        <translation>raw: 対象は 1 つだけ指定してください (%1 個指定されています)</translation>
    </message>
    <message>
        <source>no BMCs in the targets given</source>
        <translation>指定した対象に BMC がありません</translation>
    </message>
    <message>
        <source>dxctl: warning: %1</source>
        <translation>dxctl: 警告: %1</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: エラー: %2</translation>
    </message>
    <message>
        <source>IPMI password: </source>
        <translation>IPMI パスワード: </translation>
    </message>
    <message>
        <source>dxctl: the system keychain was no help: %1</source>
        <translation>dxctl: システムのキーチェーンは使えませんでした: %1</translation>
    </message>
</context>
<context>
    <name>IpmiError</name>
    <message>
        <source>%1: no answer from the BMC within %2 s; check that it is powered, its address and port, and the network</source>
        <translation>%1: BMC から %2 秒以内に応答がありません。電源、アドレスとポート、ネットワークを確認してください</translation>
    </message>
    <message>
        <source>%1: password rejected by the BMC</source>
        <translation>%1: BMC がパスワードを拒否しました</translation>
    </message>
    <message>
        <source>%1: the BMC does not know the user name &quot;%2&quot;</source>
        <translation>%1: BMC にユーザ名 &quot;%2&quot; が登録されていません</translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot; may not use the %3 privilege level on this BMC; choose a lower level or a user with more rights</source>
        <translation>%1: この BMC ではユーザ &quot;%2&quot; は %3 権限レベルを使用できません。低い権限レベルを選ぶか、権限の高いユーザを使用してください</translation>
    </message>
    <message>
        <source>%1: the BMC is busy; try again shortly</source>
        <translation>%1: BMC がビジー状態です。しばらくしてから再試行してください</translation>
    </message>
    <message>
        <source>%1: not supported by the BMC (%2)</source>
        <translation>%1: BMC が対応していません (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>到達不能</translation>
    </message>
    <message>
        <source>password rejected</source>
        <translation>パスワード拒否</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>不明なユーザ</translation>
    </message>
    <message>
        <source>privilege too low</source>
        <translation>権限不足</translation>
    </message>
    <message>
        <source>BMC busy</source>
        <translation>BMC ビジー</translation>
    </message>
    <message>
        <source>unsupported</source>
        <translation>未対応</translation>
    </message>
    <message>
        <source>invalid settings</source>
        <translation>設定が不正</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>%1: the BMC&apos;s host name does not resolve; check the inventory and the name service</source>
        <translation>%1: BMC のホスト名を解決できません。インベントリと名前解決の設定を確認してください</translation>
    </message>
    <message>
        <source>cipher suite %1; choose another in the enclosure&apos;s IPMI settings</source>
        <translation>暗号スイート %1。エンクロージャの IPMI 設定で別の暗号スイートを選んでください</translation>
    </message>
</context>
<context>
    <name>IpmiSettingsCheck</name>
    <message>
        <source>cipher suite 0 sends commands without authentication or encryption; choose another (3 is the default) or allow cipher suite 0 explicitly</source>
        <translation>暗号スイート 0 では認証も暗号化もなしでコマンドが送信されます。別の暗号スイート (既定値は 3) を選ぶか、暗号スイート 0 を明示的に許可してください</translation>
    </message>
    <message>
        <source>cipher suite 0 is in use: the BMC accepts any password and nothing is encrypted</source>
        <translation>暗号スイート 0 を使用中です: BMC はどのパスワードも受け付け、通信は一切暗号化されません</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; still has its factory-default password; change it on the BMCs</source>
        <translation>ユーザ &quot;%1&quot; のパスワードが工場出荷時のままです。BMC でパスワードを変更してください</translation>
    </message>
</context>
<context>
    <name>IpmiTarget</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 names the target (&quot;slot 23&quot;), %2 its BMC address (&quot;127.0.1.23:1623&quot;)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>the system keychain holds no password for %1</source>
        <translation>システムのキーチェーンに %1 のパスワードはありません</translation>
    </message>
    <message>
        <source>no system keychain is available (%1)</source>
        <translation>システムのキーチェーンが使えません（%1）</translation>
    </message>
    <message>
        <source>the system keychain refused access to %1: %2</source>
        <translation>システムのキーチェーンが %1 へのアクセスを拒否しました: %2</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>システムのキーチェーン</translation>
    </message>
</context>
<context>
    <name>KeychainModule</name>
    <message>
        <source>system keychain</source>
        <translation>システムのキーチェーン</translation>
    </message>
    <message>
        <source>no system keychain is available (%1)</source>
        <translation>システムのキーチェーンが使えません（%1）</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: ファイルがありません</translation>
    </message>
    <message>
        <source>%1 is not dxctl&apos;s keychain module of this version</source>
        <translation>%1 はこのバージョンの dxctl のキーチェーンモジュールではありません</translation>
    </message>
    <message>
        <source>%1 could not create its store</source>
        <translation>%1 がストアを作成できませんでした</translation>
    </message>
    <message>
        <source>dxctl&apos;s keychain module could not be loaded: %1</source>
        <translation>dxctl のキーチェーンモジュールを読み込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>MacAddress</name>
    <message>
        <source>empty MAC address</source>
        <translation>MAC アドレスが空です</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; at position %2</source>
        <translation>位置 %2 に予期しない文字 &apos;%1&apos; があります</translation>
    </message>
    <message numerus="yes">
        <source>group %1 has %n hex digit(s) at position %2, expected %3</source>
        <translation>
            <numerusform>位置 %2 のグループ %1 は 16 進数 %n 桁です (%3 桁が必要)</numerusform>
        </translation>
    </message>
    <message>
        <source>too many hex digits at position %1</source>
        <translation>位置 %1 で 16 進数の桁が多すぎます</translation>
    </message>
    <message>
        <source>incomplete MAC address: expected 12 hex digits, got &quot;%1&quot;</source>
        <translation>MAC アドレスが不完全です。16 進数 12 桁が必要ですが &quot;%1&quot; でした</translation>
    </message>
</context>
<context>
    <name>MacDiscoveryDialog</name>
    <message>
        <source>Discovered MACs of %1</source>
        <translation>%1 で検出した MAC</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>スロット</translation>
    </message>
    <message>
        <source>BMC MAC in the inventory</source>
        <translation>インベントリの BMC MAC</translation>
    </message>
    <message>
        <source>BMC MAC read</source>
        <translation>読み取った BMC MAC</translation>
    </message>
    <message>
        <source>NIC1</source>
        <translation>NIC1</translation>
    </message>
    <message>
        <source>NIC2</source>
        <translation>NIC2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source> (derived)</source>
        <translation>（導出）</translation>
    </message>
    <message>
        <source>⚠ </source>
        <translation>⚠ </translation>
    </message>
    <message>
        <source>%1 %2 Checked rows are written to the inventory file (with a backup of the old one); NIC MACs follow the profile&apos;s rule (NIC1 = BMC − 2, NIC2 = BMC − 1) unless read ones are on file.</source>
        <translation>%1 %2 チェックした行はインベントリファイルに書き込まれます（古いファイルはバックアップされます）。NIC の MAC は、読み取った値が記録されていない限りプロファイルの規則（NIC1 = BMC − 2、NIC2 = BMC − 1）に従います。</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) read.</source>
        <translation>
            <numerusform>%n モジュールを読み取りました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) a look (⚠).</source>
        <translation>
            <numerusform>%n 件は確認が必要です（⚠）。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Write to Inventory</source>
        <translation>インベントリに書き込む(&amp;W)</translation>
    </message>
    <message>
        <source>no MAC read</source>
        <translation>MAC を読み取れず</translation>
    </message>
    <message>
        <source>the same MAC as slot %1: not written unless checked</source>
        <translation>スロット %1 と同じ MAC: チェックしない限り書き込みません</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>changed (was %1)</source>
        <translation>変更（以前は %1）</translation>
    </message>
    <message>
        <source>the NIC MACs on file were read and contradict the rule (%1, %2); kept</source>
        <translation>記録されている NIC の MAC は読み取ったもので、規則（%1、%2）と矛盾します。そのまま残します</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Open Inventory…</source>
        <translation>インベントリを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Open an inventory file</source>
        <translation>インベントリファイルを開きます</translation>
    </message>
    <message>
        <source>&amp;Reload Inventory</source>
        <translation>インベントリを再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Read the inventory file again</source>
        <translation>インベントリファイルを読み込み直します</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>元のサイズに戻す(&amp;R)</translation>
    </message>
    <message>
        <source>Power &amp;On</source>
        <translation>電源オン(&amp;O)</translation>
    </message>
    <message>
        <source>Power O&amp;ff</source>
        <translation>電源オフ(&amp;F)</translation>
    </message>
    <message>
        <source>Power &amp;Cycle</source>
        <translation>パワーサイクル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>リセット(&amp;R)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>&amp;Soft Shutdown</source>
        <translation>ソフトシャットダウン(&amp;S)</translation>
    </message>
    <message>
        <source>Shutdown</source>
        <translation>シャットダウン</translation>
    </message>
    <message>
        <source>Boot from &amp;PXE</source>
        <translation>PXE ブート(&amp;P)</translation>
    </message>
    <message>
        <source>PXE</source>
        <translation>PXE</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>ID ランプ</translation>
    </message>
    <message>
        <source>Open &amp;Console</source>
        <translation>コンソールを開く(&amp;C)</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>コンソール</translation>
    </message>
    <message>
        <source>&amp;PXE Wizard…</source>
        <translation>PXE ウィザード(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Switch Console…</source>
        <translation>スイッチコンソール(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About dxchassis</source>
        <translation>dxchassis について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>ツールバー(&amp;T)</translation>
    </message>
    <message>
        <source>Operations &amp;Log</source>
        <translation>操作ログ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Chassis</source>
        <translation>シャーシ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>No inventory open</source>
        <translation>インベントリが開かれていません</translation>
    </message>
    <message>
        <source>Open an inventory file to see its enclosures, module slots, BMCs and MAC addresses.</source>
        <translation>インベントリファイルを開くと、エンクロージャ、モジュールスロット、BMC、MAC アドレスが表示されます。</translation>
    </message>
    <message>
        <source>Open Inventory…</source>
        <translation>インベントリを開く…</translation>
    </message>
    <message>
        <source>Enclosure shown</source>
        <translation>表示するエンクロージャ</translation>
    </message>
    <message>
        <source>Filter slots…</source>
        <translation>スロットを絞り込み…</translation>
    </message>
    <message>
        <source>Filter Slots</source>
        <translation>スロットを絞り込む</translation>
    </message>
    <message>
        <source>Operations Log</source>
        <translation>操作ログ</translation>
    </message>
    <message>
        <source>Filter log…</source>
        <translation>ログを絞り込み…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV エクスポート…</translation>
    </message>
    <message>
        <source>Save the log entries shown as a CSV file</source>
        <translation>表示中のログを CSV ファイルに保存します</translation>
    </message>
    <message>
        <source>Open Inventory</source>
        <translation>インベントリを開く</translation>
    </message>
    <message>
        <source>Inventory files (*.json);;All files (*)</source>
        <translation>インベントリファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Reload inventory</source>
        <translation>インベントリの再読み込み</translation>
    </message>
    <message>
        <source>Open inventory</source>
        <translation>インベントリを開く</translation>
    </message>
    <message>
        <source>Could not read %1</source>
        <translation>%1 を読み込めませんでした</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message numerus="yes">
        <source>%n enclosure(s)</source>
        <translation>
            <numerusform>%n エンクロージャ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n モジュール</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — dxchassis</source>
        <translation>%1 — dxchassis</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 with %n warning(s); see the operations log</source>
        <translation>
            <numerusform>%1 を開きました (警告 %n 件、操作ログを参照してください)</numerusform>
        </translation>
    </message>
    <message>
        <source>The inventory %1 could not be read. The inventory shown stays open.</source>
        <translation>インベントリ %1 を読み込めませんでした。表示中のインベントリはそのまま開いています。</translation>
    </message>
    <message>
        <source>The inventory %1 could not be read.</source>
        <translation>インベントリ %1 を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Cannot Open Inventory</source>
        <translation>インベントリを開けません</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>履歴を消去(&amp;C)</translation>
    </message>
    <message>
        <source>The inventory lists no enclosures</source>
        <translation>インベントリにエンクロージャがありません</translation>
    </message>
    <message>
        <source>CMM %1</source>
        <translation>CMM %1</translation>
    </message>
    <message>
        <source>No inventory</source>
        <translation>インベントリなし</translation>
    </message>
    <message>
        <source>Inventory: %1</source>
        <translation>インベントリ: %1</translation>
    </message>
    <message>
        <source>Enclosure: %1</source>
        <translation>エンクロージャ: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s)</source>
        <translation>
            <numerusform>%n スロット</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n 件選択</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>ズーム %1%</translation>
    </message>
    <message>
        <source>Export Filtered Operations Log</source>
        <translation>絞り込んだ操作ログのエクスポート</translation>
    </message>
    <message>
        <source>Export Operations Log</source>
        <translation>操作ログのエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export log</source>
        <translation>ログのエクスポート</translation>
    </message>
    <message>
        <source>Cannot Export Log</source>
        <translation>ログをエクスポートできません</translation>
    </message>
    <message>
        <source>The log could not be written to %1:
%2</source>
        <translation>ログを %1 に書き込めませんでした:
%2</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) written</source>
        <translation>
            <numerusform>%n 件を書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported the log to %1</source>
        <translation>ログを %1 にエクスポートしました</translation>
    </message>
    <message>
        <source>Power On</source>
        <translation>電源オン</translation>
    </message>
    <message>
        <source>Power Off</source>
        <translation>電源オフ</translation>
    </message>
    <message>
        <source>Power Cycle</source>
        <translation>パワーサイクル</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Write PXE files</source>
        <translation>PXE ファイルの書き込み</translation>
    </message>
    <message>
        <source>Configure S&amp;witch Module…</source>
        <translation>スイッチモジュールの設定(&amp;W)…</translation>
    </message>
    <message>
        <source>Configure switch module</source>
        <translation>スイッチモジュールの設定</translation>
    </message>
    <message>
        <source>every command succeeded</source>
        <translation>すべてのコマンドが成功しました</translation>
    </message>
    <message>
        <source>&amp;Front Panel</source>
        <translation>フロントパネル(&amp;F)</translation>
    </message>
    <message>
        <source>R&amp;ear Panel</source>
        <translation>リアパネル(&amp;E)</translation>
    </message>
    <message>
        <source>R&amp;ack</source>
        <translation>ラック(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>表(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected slots as CSV</source>
        <translation>選択したスロットを CSV としてコピーする</translation>
    </message>
    <message>
        <source>Copy &amp;MACs</source>
        <translation>MAC をコピー(&amp;M)</translation>
    </message>
    <message>
        <source>Copy the BMC, NIC1 and NIC2 MACs of the selected slots, one line per slot</source>
        <translation>選択したスロットの BMC、NIC1、NIC2 の MAC を 1 スロット 1 行でコピーする</translation>
    </message>
    <message>
        <source>For &amp;15 Seconds</source>
        <translation>15 秒間(&amp;1)</translation>
    </message>
    <message>
        <source>Blink the identify LED of the selected modules for 15 seconds</source>
        <translation>選択したモジュールの識別 LED を 15 秒間点滅させる</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>前面</translation>
    </message>
    <message>
        <source>Rear</source>
        <translation>背面</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>ラック</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>No system keychain: IPMI passwords are asked for and kept in memory until dxchassis quits</source>
        <translation>システムのキーチェーンがありません。IPMI パスワードは尋ねたうえで dxchassis の終了までメモリに保持します</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>システムのキーチェーン</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>IPMI password</source>
        <translation>IPMI パスワード</translation>
    </message>
    <message>
        <source>&amp;Forget Stored Passwords</source>
        <translation>保存したパスワードを消去(&amp;F)</translation>
    </message>
    <message>
        <source>Forget the IPMI passwords kept in memory and remove those of this inventory&apos;s enclosures from the system keychain</source>
        <translation>メモリ上の IPMI パスワードを消し、このインベントリの筐体のパスワードをシステムのキーチェーンから削除する</translation>
    </message>
    <message>
        <source>Forgot the stored IPMI passwords</source>
        <translation>保存した IPMI パスワードを消去しました</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n slot(s) as CSV</source>
        <translation>
            <numerusform>%n スロットを CSV としてコピーしました</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected slots have no known MACs</source>
        <translation>選択したスロットに既知の MAC がありません</translation>
    </message>
    <message numerus="yes">
        <source>Copied the MACs of %n slot(s)</source>
        <translation>
            <numerusform>%n スロットの MAC をコピーしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch module %1</source>
        <translation>スイッチモジュール %1</translation>
    </message>
    <message>
        <source>Switch Console</source>
        <translation>スイッチのコンソール</translation>
    </message>
    <message>
        <source>Open the serial console of:</source>
        <translation>シリアルコンソールを開く対象:</translation>
    </message>
    <message>
        <source>Open an inventory first: a switch console belongs to an enclosure.</source>
        <translation>先にインベントリを開いてください。スイッチのコンソールは筐体に属します。</translation>
    </message>
    <message>
        <source>Serial Port of Switch Module %1</source>
        <translation>スイッチモジュール %1 のシリアルポート</translation>
    </message>
    <message>
        <source>Store switch MACs</source>
        <translation>スイッチの MAC を保存</translation>
    </message>
</context>
<context>
    <name>MemoryCredentialStore</name>
    <message>
        <source>memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>no password kept for %1</source>
        <translation>%1 のパスワードは保持されていません</translation>
    </message>
</context>
<context>
    <name>NiclistImporter</name>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>expected a slot (&quot;CPU BoardNN&quot; or a number) first, found &quot;%1&quot;</source>
        <translation>先頭にスロット (&quot;CPU BoardNN&quot; または番号) が必要ですが &quot;%1&quot; がありました</translation>
    </message>
    <message>
        <source>slot %1 is outside 1-%2</source>
        <translation>スロット %1 が範囲 1-%2 外です</translation>
    </message>
    <message>
        <source>expected 5 columns (slot, management LAN MAC, IP, data LAN-1 MAC, data LAN-2 MAC), found %1</source>
        <translation>5 列 (スロット、管理 LAN MAC、IP、データ LAN-1 MAC、データ LAN-2 MAC) が必要ですが %1 列でした</translation>
    </message>
    <message>
        <source>slot %1 is listed twice; this line is ignored</source>
        <translation>スロット %1 が重複しています。この行は無視します</translation>
    </message>
    <message>
        <source>slot %1: the %2 is missing</source>
        <translation>スロット %1: %2 がありません</translation>
    </message>
    <message>
        <source>slot %1: %2 &quot;%3&quot;: %4</source>
        <translation>スロット %1: %2 &quot;%3&quot;: %4</translation>
    </message>
    <message>
        <source>management LAN MAC</source>
        <translation>管理 LAN MAC</translation>
    </message>
    <message>
        <source>slot %1: IP &quot;%2&quot;: %3</source>
        <translation>スロット %1: IP &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>data LAN-1 MAC</source>
        <translation>データ LAN-1 MAC</translation>
    </message>
    <message>
        <source>data LAN-2 MAC</source>
        <translation>データ LAN-2 MAC</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
    <message>
        <source>slot %1: was recorded as %2, now a server module (mng_niclist lists it)</source>
        <translation>スロット %1: %2 として記録されていましたが、サーバモジュールに変更しました (mng_niclist に記載あり)</translation>
    </message>
    <message>
        <source>slot %1: BMC MAC %2 replaced by %3</source>
        <translation>スロット %1: BMC MAC %2 を %3 に置き換えました</translation>
    </message>
    <message>
        <source>slot %1: NIC MACs replaced by those read (%2, %3)</source>
        <translation>スロット %1: NIC MAC を読み取った値 (%2、%3) に置き換えました</translation>
    </message>
</context>
<context>
    <name>OperationSettingsDialog</name>
    <message>
        <source>&amp;Override the inventory&apos;s timeout:</source>
        <translation>インベントリのタイムアウトを上書き(&amp;O):</translation>
    </message>
    <message>
        <source>Operation Settings</source>
        <translation>操作の設定</translation>
    </message>
    <message>
        <source>How many BMCs are asked at once</source>
        <translation>同時に問い合わせる BMC の数</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source> module(s)</source>
        <translation> モジュール</translation>
    </message>
    <message>
        <source>Power off, cycle, reset and soft shutdown ask first from this many modules on</source>
        <translation>電源オフ、パワーサイクル、リセット、ソフトシャットダウンは、この台数以上で事前に確認します</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>How often the power LEDs are refreshed in the background</source>
        <translation>電源 LED をバックグラウンドで更新する間隔</translation>
    </message>
    <message>
        <source>&amp;Fanout:</source>
        <translation>同時実行数(&amp;F):</translation>
    </message>
    <message>
        <source>Timeout per BMC:</source>
        <translation>BMC ごとのタイムアウト:</translation>
    </message>
    <message>
        <source>&amp;Confirm destructive actions from:</source>
        <translation>破壊的な操作の確認を始める台数(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Poll interval:</source>
        <translation>ポーリング間隔(&amp;P):</translation>
    </message>
    <message>
        <source>all at once</source>
        <translation>すべて同時</translation>
    </message>
    <message>
        <source>Power on at most this many modules per interval, so that a full enclosure&apos;s inrush stays within its power units. Saved in the inventory file.</source>
        <translation>間隔ごとに電源を入れるモジュールをこの台数までにし、満載の筐体の突入電流を電源ユニットの範囲に収めます。インベントリファイルに保存されます。</translation>
    </message>
    <message>
        <source>&amp;Modules:</source>
        <translation>モジュール数(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>間隔(&amp;I):</translation>
    </message>
    <message>
        <source>Power-on stagger of %1</source>
        <translation>%1 の電源投入の段階実行</translation>
    </message>
</context>
<context>
    <name>PasswordCommands</name>
    <message>
        <source>  password set ENCLOSURE [--bmc HOST[:PORT]]
                                     Store the IPMI password (read from --password-file,
                                     -E or the terminal) in the system keychain.
  password forget ENCLOSURE [--bmc HOST[:PORT]]
                                     Remove it from the system keychain.
Without --password-file or -E, the IPMI commands take the keychain&apos;s password of the target&apos;s
BMC, else of its enclosure, and ask only when it has none.
</source>
        <translation>  password set ENCLOSURE [--bmc HOST[:PORT]]
                                     IPMI パスワード（--password-file、-E または端末から
                                     読み取り）をシステムのキーチェーンに保存します。
  password forget ENCLOSURE [--bmc HOST[:PORT]]
                                     システムのキーチェーンから削除します。
--password-file も -E もないとき、IPMI コマンドは対象の BMC の、なければその筐体の
キーチェーンのパスワードを使い、どちらもないときだけ尋ねます。
</translation>
    </message>
    <message>
        <source>IPMI passwords in the system keychain.</source>
        <translation>システムのキーチェーンにある IPMI パスワード。</translation>
    </message>
    <message>
        <source>The password of this BMC only (it wins over the enclosure&apos;s).</source>
        <translation>この BMC だけのパスワード（筐体のものより優先）。</translation>
    </message>
    <message>
        <source>HOST[:PORT]</source>
        <translation>HOST[:PORT]</translation>
    </message>
    <message>
        <source>Run &apos;dxctl --help&apos; for usage.</source>
        <translation>使い方は &apos;dxctl --help&apos; で確認してください。</translation>
    </message>
    <message>
        <source>password: expected set or forget, not &apos;%1&apos;</source>
        <translation>password: &apos;%1&apos; ではなく set か forget を指定してください</translation>
    </message>
    <message>
        <source>password %1: expected one ENCLOSURE</source>
        <translation>password %1: ENCLOSURE を 1 つ指定してください</translation>
    </message>
    <message>
        <source>password forget reads no password</source>
        <translation>password forget はパスワードを読みません</translation>
    </message>
    <message>
        <source>password %1: &apos;%2&apos; is not an enclosure name</source>
        <translation>password %1: &apos;%2&apos; は筐体名ではありません</translation>
    </message>
    <message>
        <source>--bmc: &quot;%1&quot;: %2</source>
        <translation>--bmc:「%1」: %2</translation>
    </message>
    <message>
        <source>password set: the inventory %1 has no enclosure &apos;%2&apos;</source>
        <translation>password set: インベントリ %1 に筐体 &apos;%2&apos; はありません</translation>
    </message>
    <message>
        <source>IPMI password for %1: </source>
        <translation>%1 の IPMI パスワード: </translation>
    </message>
    <message>
        <source>dxctl: stored the password of %1 in the %2</source>
        <translation>dxctl: %1 のパスワードを %2 に保存しました</translation>
    </message>
    <message>
        <source>dxctl: removed the password of %1 from the %2</source>
        <translation>dxctl: %1 のパスワードを %2 から削除しました</translation>
    </message>
    <message>
        <source>dxctl: the %1 held no password for %2</source>
        <translation>dxctl: %1 には %2 のパスワードがありませんでした</translation>
    </message>
    <message>
        <source>dxctl: %1; start a Secret Service (such as gnome-keyring) in the D-Bus session, or give the password with --password-file or -E</source>
        <translation>dxctl: %1。D-Bus セッションで Secret Service（gnome-keyring など）を起動するか、--password-file または -E でパスワードを渡してください</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>IPMI Password</source>
        <translation>IPMI パスワード</translation>
    </message>
    <message>
        <source>Password of user &quot;%1&quot; on the BMCs of enclosure %2.</source>
        <translation>筐体 %2 の BMC のユーザー「%1」のパスワード。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Remember in system keychain</source>
        <translation>システムのキーチェーンに保存(&amp;R)</translation>
    </message>
    <message>
        <source>Keep the password of enclosure %1 in the system keychain, so that dxchassis and dxctl need not ask again</source>
        <translation>筐体 %1 のパスワードをシステムのキーチェーンに保存し、dxchassis と dxctl が再び尋ねないようにする</translation>
    </message>
    <message>
        <source>No system keychain is available: the password is kept in memory until dxchassis quits.</source>
        <translation>システムのキーチェーンが使えません。パスワードは dxchassis の終了までメモリに保持します。</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Password Rejected</source>
        <translation>パスワードが拒否されました</translation>
    </message>
    <message>
        <source>The BMCs of enclosure %1 rejected the password stored in the system keychain. Remove it from the keychain?</source>
        <translation>筐体 %1 の BMC は、システムのキーチェーンに保存されたパスワードを拒否しました。キーチェーンから削除しますか？</translation>
    </message>
    <message>
        <source>no system keychain: the password is kept in memory until dxchassis quits</source>
        <translation>システムのキーチェーンがありません。パスワードは dxchassis の終了までメモリに保持します</translation>
    </message>
    <message>
        <source>password stored in the system keychain</source>
        <translation>パスワードをシステムのキーチェーンに保存しました</translation>
    </message>
    <message>
        <source>could not store the password: %1</source>
        <translation>パスワードを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>password removed from the system keychain</source>
        <translation>パスワードをシステムのキーチェーンから削除しました</translation>
    </message>
    <message>
        <source>could not remove the password: %1</source>
        <translation>パスワードを削除できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>PasswordSource</name>
    <message>
        <source>give the password either with --password-file or with -E, not both</source>
        <translation>パスワードは --password-file と -E のどちらか一方で指定してください</translation>
    </message>
    <message>
        <source>--password-file %1: no such file</source>
        <translation>--password-file %1: ファイルがありません</translation>
    </message>
    <message>
        <source>--password-file %1: other users can read or change it; allow only its owner (chmod 600 %1)</source>
        <translation>--password-file %1: 他のユーザが読み取りまたは変更できる状態です。所有者だけがアクセスできるようにしてください (chmod 600 %1)</translation>
    </message>
    <message>
        <source>--password-file %1: %2</source>
        <translation>--password-file %1: %2</translation>
    </message>
    <message>
        <source>-E: the environment variable %1 is not set</source>
        <translation>-E: 環境変数 %1 が設定されていません</translation>
    </message>
    <message>
        <source>no password: give --password-file FILE or -E ($%1), or run dxctl in a terminal to be asked</source>
        <translation>パスワードがありません: --password-file FILE または -E ($%1) を指定するか、端末から dxctl を実行して入力してください</translation>
    </message>
</context>
<context>
    <name>PowerController</name>
    <message>
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop the operation: modules not yet sent to are skipped</source>
        <translation>操作を中止します: まだ送信していないモジュールはスキップされます</translation>
    </message>
    <message>
        <source>Status poll</source>
        <translation>状態の確認</translation>
    </message>
    <message>
        <source>the BMC answers again</source>
        <translation>BMC が再び応答しています</translation>
    </message>
    <message>
        <source>slot %1 has no BMC address in the inventory</source>
        <translation>スロット %1 の BMC アドレスがインベントリにありません</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n module(s) in enclosure %2. Continue?</source>
        <translation>
            <numerusform>%1: エンクロージャ %2 の %n 個のモジュールが対象です。続行しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled by the operator</source>
        <translation>オペレータにより取り消されました</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n module(s) succeeded</source>
        <translation>
            <numerusform>%1: %n 個のモジュールのうち %2 個が成功しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>ID ランプ</translation>
    </message>
    <message>
        <source>Blink the identify LED for how many seconds (1-255)?</source>
        <translation>識別 LED を何秒点滅させますか（1〜255）？</translation>
    </message>
    <message>
        <source>Next boot: %1 (persistent)</source>
        <translation>次回の起動: %1（永続）</translation>
    </message>
    <message>
        <source>Next boot: %1 (once)</source>
        <translation>次回の起動: %1（1 回のみ）</translation>
    </message>
    <message>
        <source>PXE</source>
        <translation>PXE</translation>
    </message>
    <message>
        <source>disk</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>BIOS setup</source>
        <translation>BIOS セットアップ</translation>
    </message>
    <message>
        <source>no override</source>
        <translation>指定なし</translation>
    </message>
    <message numerus="yes">
        <source>Identify for %n second(s)</source>
        <translation>
            <numerusform>%n 秒間識別</numerusform>
        </translation>
    </message>
    <message>
        <source>Identify on</source>
        <translation>識別オン</translation>
    </message>
    <message>
        <source>Identify off</source>
        <translation>識別オフ</translation>
    </message>
    <message>
        <source>Modules whose last action failed keep their error mark until acknowledged; click to acknowledge them all</source>
        <translation>最後の操作が失敗したモジュールは確認済みにするまでエラー表示が残ります。クリックするとすべて確認済みにします</translation>
    </message>
    <message>
        <source>Acknowledge failures</source>
        <translation>失敗を確認済みにする</translation>
    </message>
    <message numerus="yes">
        <source>%n failed module(s) acknowledged</source>
        <translation>
            <numerusform>失敗した %n モジュールを確認済みにしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n failed — acknowledge</source>
        <translation>
            <numerusform>⚠ %n 件失敗 — 確認</numerusform>
        </translation>
    </message>
    <message>
        <source>enclosure %1 is no longer in the file</source>
        <translation>筐体 %1 はもうファイルにありません</translation>
    </message>
    <message>
        <source>Power-on stagger</source>
        <translation>電源投入の段階実行</translation>
    </message>
    <message>
        <source>Cannot Save the Stagger</source>
        <translation>段階投入の設定を保存できません</translation>
    </message>
    <message>
        <source>The power-on stagger could not be written to %1:
%2</source>
        <translation>電源投入の段階実行の設定を %1 に書き込めませんでした:
%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n module(s) per %2 ms</source>
        <translation>
            <numerusform>%1: %2 ms ごとに %n モジュール</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no stagger</source>
        <translation>%1: 段階投入なし</translation>
    </message>
    <message>
        <source>the inventory gives no CMM address for enclosure %1</source>
        <translation>インベントリに筐体 %1 の CMM アドレスがありません</translation>
    </message>
    <message>
        <source>CMM address &quot;%1&quot;: %2</source>
        <translation>CMM アドレス「%1」: %2</translation>
    </message>
    <message>
        <source>Slot %1 BMC (%2)</source>
        <translation>スロット %1 の BMC（%2）</translation>
    </message>
    <message>
        <source>CMM of %1 (%2)</source>
        <translation>%1 の CMM（%2）</translation>
    </message>
    <message>
        <source>no password given</source>
        <translation>パスワードが与えられていません</translation>
    </message>
    <message>
        <source>Raw %1</source>
        <translation>raw %1</translation>
    </message>
    <message>
        <source>Discover MACs</source>
        <translation>MAC を検出</translation>
    </message>
    <message>
        <source>Cannot Write the Inventory</source>
        <translation>インベントリを書き込めません</translation>
    </message>
    <message>
        <source>The MACs could not be written to %1:
%2</source>
        <translation>MAC を %1 に書き込めませんでした:
%2</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) written to the inventory</source>
        <translation>
            <numerusform>%n モジュールをインベントリに書き込みました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PowerRefresh</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: ファイルがありません</translation>
    </message>
    <message>
        <source>%1: other users can read or change it; allow only its owner (chmod 600)</source>
        <translation>%1: 他のユーザーが読み書きできます。所有者だけに許可してください（chmod 600）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no password line</source>
        <translation>%1: パスワードの行がありません</translation>
    </message>
    <message>
        <source>%1: the password is for user &quot;%2&quot;, the inventory uses &quot;%3&quot;</source>
        <translation>%1: パスワードはユーザー「%2」のものですが、インベントリは「%3」を使います</translation>
    </message>
    <message>
        <source>the BMC did not report a power state</source>
        <translation>BMC が電源状態を報告しませんでした</translation>
    </message>
</context>
<context>
    <name>PxeOutputs</name>
    <message>
        <source>dhcpd.conf (ISC DHCP)</source>
        <translation>dhcpd.conf (ISC DHCP)</translation>
    </message>
    <message>
        <source>kea-dhcp4.conf (Kea DHCPv4)</source>
        <translation>kea-dhcp4.conf (Kea DHCPv4)</translation>
    </message>
    <message>
        <source>dnsmasq.conf (dnsmasq)</source>
        <translation>dnsmasq.conf (dnsmasq)</translation>
    </message>
    <message>
        <source>inetd.conf (TFTP)</source>
        <translation>inetd.conf (TFTP)</translation>
    </message>
    <message>
        <source>exports (NFS)</source>
        <translation>exports (NFS)</translation>
    </message>
    <message>
        <source>rc.conf fragments</source>
        <translation>rc.conf の設定断片</translation>
    </message>
    <message>
        <source>loader.conf (serial console)</source>
        <translation>loader.conf (シリアルコンソール)</translation>
    </message>
    <message>
        <source>ttys line (serial console)</source>
        <translation>ttys の行 (シリアルコンソール)</translation>
    </message>
    <message>
        <source>Command sheet</source>
        <translation>コマンドシート</translation>
    </message>
</context>
<context>
    <name>PxePlan</name>
    <message>
        <source>the inventory has no enclosure named &quot;%1&quot;</source>
        <translation>インベントリに &quot;%1&quot; という名前のエンクロージャがありません</translation>
    </message>
    <message>
        <source>the CMM MAC %1 derived from the switch module&apos;s MAC %2</source>
        <translation>CMM MAC %1 はスイッチモジュールの MAC %2 から算出しました</translation>
    </message>
    <message>
        <source>the CMM&apos;s MAC address is not in the inventory</source>
        <translation>CMM の MAC アドレスがインベントリにありません</translation>
    </message>
    <message>
        <source>slot %1: the BMC&apos;s MAC address is not in the inventory</source>
        <translation>スロット %1: BMC の MAC アドレスがインベントリにありません</translation>
    </message>
    <message>
        <source>slot %1: NIC%2 MAC %3 derived from the BMC MAC %4</source>
        <translation>スロット %1: NIC%2 MAC %3 は BMC MAC %4 から算出しました</translation>
    </message>
    <message>
        <source>slot %1: NIC%2 MAC unknown (neither listed nor derivable: no BMC MAC)</source>
        <translation>スロット %1: NIC%2 MAC が不明です (記載がなく、BMC MAC もないため算出できません)</translation>
    </message>
</context>
<context>
    <name>PxePlanIo</name>
    <message>
        <source>%1: unknown key, ignored</source>
        <translation>%1: 不明なキーのため無視しました</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>文字列が必要です</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>整数が必要です</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true または false が必要です</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>文字列のリストが必要です</translation>
    </message>
    <message>
        <source>expected a list of numbers</source>
        <translation>数値のリストが必要です</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>数値が必要です</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>オブジェクトが必要です</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>リストが必要です</translation>
    </message>
    <message>
        <source>not a dxchassis PXE plan: &quot;format&quot; must be &quot;%1&quot;</source>
        <translation>dxchassis の PXE プランではありません: &quot;format&quot; は &quot;%1&quot; でなければなりません</translation>
    </message>
    <message>
        <source>expected a version number (1)</source>
        <translation>バージョン番号 (1) が必要です</translation>
    </message>
    <message>
        <source>the plan is version %1, written by a newer dxchassis; this version reads up to version %2</source>
        <translation>このプランは新しい dxchassis で書かれたもの (バージョン %1) です。この dxchassis が読めるのはバージョン %2 までです</translation>
    </message>
    <message>
        <source>unknown host kind &quot;%1&quot; (known: cmm, bmc, nic)</source>
        <translation>不明なホスト種別 &quot;%1&quot; (既知: cmm、bmc、nic)</translation>
    </message>
    <message>
        <source>a PXE plan is a JSON object</source>
        <translation>PXE プランは JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>PxePlanValidator</name>
    <message>
        <source>an IPv4 address is required</source>
        <translation>IPv4 アドレスが必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address (four numbers 0-255 separated by dots)</source>
        <translation>&quot;%1&quot; は IPv4 アドレス (0～255 の数値 4 つをドットで区切ったもの) ではありません</translation>
    </message>
    <message>
        <source>%1 %2 is outside the subnet %3</source>
        <translation>%1 %2 がサブネット %3 の範囲外です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name (RFC 1123)</source>
        <translation>&quot;%1&quot; は正しいドメイン名ではありません (RFC 1123)</translation>
    </message>
    <message>
        <source>the default lease time must be a positive number of seconds, not %1</source>
        <translation>デフォルトのリース時間には正の秒数を指定してください (%1 は指定できません)</translation>
    </message>
    <message>
        <source>the maximum lease time must be a positive number of seconds, not %1</source>
        <translation>最大リース時間には正の秒数を指定してください (%1 は指定できません)</translation>
    </message>
    <message>
        <source>the maximum lease time (%1 s) is shorter than the default lease time (%2 s)</source>
        <translation>最大リース時間 (%1 秒) がデフォルトのリース時間 (%2 秒) より短くなっています</translation>
    </message>
    <message>
        <source>%1 is not a netmask: its one bits must be contiguous (e.g. 255.255.255.0)</source>
        <translation>%1 はネットマスクではありません: 1 のビットが連続している必要があります (例: 255.255.255.0)</translation>
    </message>
    <message>
        <source>%1 is not the network address of a /%2 subnet; did you mean %3?</source>
        <translation>%1 は /%2 サブネットのネットワークアドレスではありません。%3 ではありませんか?</translation>
    </message>
    <message>
        <source>the range start</source>
        <translation>範囲の開始アドレス</translation>
    </message>
    <message>
        <source>the range end</source>
        <translation>範囲の終了アドレス</translation>
    </message>
    <message>
        <source>the range ends (%1) before it starts (%2)</source>
        <translation>範囲の終了 (%1) が開始 (%2) より前になっています</translation>
    </message>
    <message>
        <source>the router</source>
        <translation>ルータ</translation>
    </message>
    <message>
        <source>%1 is not the broadcast address of %2 (that is %3)</source>
        <translation>%1 は %2 のブロードキャストアドレスではありません (正しくは %3)</translation>
    </message>
    <message>
        <source>%1 %2 is the subnet&apos;s network address</source>
        <translation>%1 %2 はサブネットのネットワークアドレスです</translation>
    </message>
    <message>
        <source>%1 %2 is the subnet&apos;s broadcast address</source>
        <translation>%1 %2 はサブネットのブロードキャストアドレスです</translation>
    </message>
    <message>
        <source>%1 must be an absolute path (starting with /), not &quot;%2&quot;</source>
        <translation>%1 は絶対パス (/ で始まるパス) でなければなりません (&quot;%2&quot; は指定できません)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; contains blanks, quotes or other characters the configuration files cannot hold</source>
        <translation>%1 &quot;%2&quot; に空白、引用符など、設定ファイルに記述できない文字が含まれています</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 は必須です</translation>
    </message>
    <message>
        <source>the next-server</source>
        <translation>next-server</translation>
    </message>
    <message>
        <source>the boot file name</source>
        <translation>ブートファイル名</translation>
    </message>
    <message>
        <source>the TFTP root</source>
        <translation>TFTP ルート</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IPv4 address nor a host name</source>
        <translation>&quot;%1&quot; は IPv4 アドレスでもホスト名でもありません</translation>
    </message>
    <message>
        <source>the NFS root path</source>
        <translation>NFS ルートパス</translation>
    </message>
    <message>
        <source>the FreeBSD release</source>
        <translation>FreeBSD のリリース</translation>
    </message>
    <message>
        <source>the install image</source>
        <translation>インストールイメージ</translation>
    </message>
    <message>
        <source>the console</source>
        <translation>コンソール</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an I/O port number (decimal like 1000 or hex like 0x3e8)</source>
        <translation>&quot;%1&quot; は I/O ポート番号 (1000 のような 10 進数または 0x3e8 のような 16 進数) ではありません</translation>
    </message>
    <message>
        <source>the console speed must be a positive number of bits per second, not %1</source>
        <translation>コンソールの速度には正のビット/秒の値を指定してください (%1 は指定できません)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tty name (e.g. ttyu2)</source>
        <translation>&quot;%1&quot; は tty 名 (例: ttyu2) ではありません</translation>
    </message>
    <message>
        <source>the terminal type</source>
        <translation>端末タイプ</translation>
    </message>
    <message>
        <source>the CMM start address</source>
        <translation>CMM の開始アドレス</translation>
    </message>
    <message>
        <source>the BMC start address</source>
        <translation>BMC の開始アドレス</translation>
    </message>
    <message>
        <source>the NIC start address</source>
        <translation>NIC の開始アドレス</translation>
    </message>
    <message>
        <source>a DX1000 server module has NIC1 and NIC2, not NIC%1</source>
        <translation>DX1000 のサーバモジュールにあるのは NIC1 と NIC2 で、NIC%1 はありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name (letters, digits and &apos;-&apos;, not starting or ending with &apos;-&apos;, RFC 1123)</source>
        <translation>&quot;%1&quot; は正しいホスト名ではありません (英字、数字、&apos;-&apos; のみで、先頭と末尾に &apos;-&apos; は使えません。RFC 1123)</translation>
    </message>
    <message>
        <source>the host name %1 is also used by hosts[%2]</source>
        <translation>ホスト名 %1 は hosts[%2] でも使われています</translation>
    </message>
    <message>
        <source>%1: no MAC address; add it to the inventory, enter it, or exclude the host</source>
        <translation>%1: MAC アドレスがありません。インベントリに追加するか、入力するか、このホストを除外してください</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a MAC address: %3</source>
        <translation>%1: &quot;%2&quot; は MAC アドレスではありません: %3</translation>
    </message>
    <message>
        <source>%1: %2 is a multicast address, not a network card&apos;s</source>
        <translation>%1: %2 はマルチキャストアドレスで、ネットワークカードのアドレスではありません</translation>
    </message>
    <message>
        <source>%1: the MAC address %2 is also used by %3</source>
        <translation>%1: MAC アドレス %2 は %3 でも使われています</translation>
    </message>
    <message>
        <source>%1: a fixed address is required</source>
        <translation>%1: 固定アドレスが必要です</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an IPv4 address</source>
        <translation>%1: &quot;%2&quot; は IPv4 アドレスではありません</translation>
    </message>
    <message>
        <source>%1: %2 is outside the subnet %3</source>
        <translation>%1: %2 がサブネット %3 の範囲外です</translation>
    </message>
    <message>
        <source>%1: %2 is inside the dynamic range %3-%4; fixed addresses must lie outside it</source>
        <translation>%1: %2 は動的割り当て範囲 %3-%4 の中にあります。固定アドレスは範囲外にしてください</translation>
    </message>
    <message>
        <source>%1: %2 is the router&apos;s address</source>
        <translation>%1: %2 はルータのアドレスです</translation>
    </message>
    <message>
        <source>%1: %2 is the next-server&apos;s address</source>
        <translation>%1: %2 は next-server のアドレスです</translation>
    </message>
    <message>
        <source>%1: the address %2 is also given to %3</source>
        <translation>%1: アドレス %2 は %3 にも割り当てられています</translation>
    </message>
</context>
<context>
    <name>PxeWizard</name>
    <message>
        <source>CMM</source>
        <translation>CMM</translation>
    </message>
    <message>
        <source>BMC</source>
        <translation>BMC</translation>
    </message>
    <message>
        <source>NIC</source>
        <translation>NIC</translation>
    </message>
    <message>
        <source>Domain name:</source>
        <translation>ドメイン名:</translation>
    </message>
    <message>
        <source>DNS servers:</source>
        <translation>DNS サーバ:</translation>
    </message>
    <message>
        <source>Default lease time (s):</source>
        <translation>デフォルトのリース時間 (秒):</translation>
    </message>
    <message>
        <source>Maximum lease time (s):</source>
        <translation>最大リース時間 (秒):</translation>
    </message>
    <message>
        <source>Subnet:</source>
        <translation>サブネット:</translation>
    </message>
    <message>
        <source>Netmask:</source>
        <translation>ネットマスク:</translation>
    </message>
    <message>
        <source>Dynamic range from:</source>
        <translation>動的割り当て範囲の開始:</translation>
    </message>
    <message>
        <source>Dynamic range to:</source>
        <translation>動的割り当て範囲の終了:</translation>
    </message>
    <message>
        <source>Router:</source>
        <translation>ルータ:</translation>
    </message>
    <message>
        <source>Broadcast address:</source>
        <translation>ブロードキャストアドレス:</translation>
    </message>
    <message>
        <source>CMM name pattern:</source>
        <translation>CMM の名前パターン:</translation>
    </message>
    <message>
        <source>BMC/NIC name pattern:</source>
        <translation>BMC/NIC の名前パターン:</translation>
    </message>
    <message>
        <source>CMM address:</source>
        <translation>CMM のアドレス:</translation>
    </message>
    <message>
        <source>First BMC address:</source>
        <translation>最初の BMC のアドレス:</translation>
    </message>
    <message>
        <source>First NIC address:</source>
        <translation>最初の NIC のアドレス:</translation>
    </message>
    <message>
        <source>TFTP server (next-server):</source>
        <translation>TFTP サーバ (next-server):</translation>
    </message>
    <message>
        <source>Boot file:</source>
        <translation>ブートファイル:</translation>
    </message>
    <message>
        <source>TFTP root:</source>
        <translation>TFTP ルート:</translation>
    </message>
    <message>
        <source>NFS server:</source>
        <translation>NFS サーバ:</translation>
    </message>
    <message>
        <source>NFS root path:</source>
        <translation>NFS ルートパス:</translation>
    </message>
    <message>
        <source>FreeBSD release:</source>
        <translation>FreeBSD のリリース:</translation>
    </message>
    <message>
        <source>Install image:</source>
        <translation>インストールイメージ:</translation>
    </message>
    <message>
        <source>Console:</source>
        <translation>コンソール:</translation>
    </message>
    <message>
        <source>Console I/O port:</source>
        <translation>コンソールの I/O ポート:</translation>
    </message>
    <message>
        <source>Console speed (bps):</source>
        <translation>コンソールの速度 (bps):</translation>
    </message>
    <message>
        <source>Console tty:</source>
        <translation>コンソールの tty:</translation>
    </message>
    <message>
        <source>Terminal type:</source>
        <translation>端末タイプ:</translation>
    </message>
    <message>
        <source>PXE Wizard</source>
        <translation>PXE ウィザード</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>The DHCP network the modules boot in: dhcpd.conf&apos;s global and subnet statements.</source>
        <translation>モジュールがブートする DHCP ネットワーク (dhcpd.conf のグローバル文と subnet 文) です。</translation>
    </message>
    <message>
        <source>comma-separated, e.g. 192.168.1.1, 192.168.1.2</source>
        <translation>カンマ区切り (例: 192.168.1.1, 192.168.1.2)</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Fixed addresses for the CMM, the BMCs and the NICs of the enclosure&apos;s server modules. Edit a name, MAC or address in the table; an address you edit stays when the others are reallocated.</source>
        <translation>CMM、BMC、およびエンクロージャのサーバモジュールの NIC に割り当てる固定アドレスです。名前、MAC、アドレスは表で編集できます。編集したアドレスは、ほかのアドレスを再割り当てしても変わりません。</translation>
    </message>
    <message>
        <source>Enclosure:</source>
        <translation>エンクロージャ:</translation>
    </message>
    <message>
        <source>Give the CMM a fixed address</source>
        <translation>CMM に固定アドレスを割り当てる</translation>
    </message>
    <message>
        <source>Give every BMC a fixed address</source>
        <translation>すべての BMC に固定アドレスを割り当てる</translation>
    </message>
    <message>
        <source>NIC1</source>
        <translation>NIC1</translation>
    </message>
    <message>
        <source>NIC2</source>
        <translation>NIC2</translation>
    </message>
    <message>
        <source>NIC1 and NIC2</source>
        <translation>NIC1 と NIC2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Data NICs:</source>
        <translation>データ NIC:</translation>
    </message>
    <message>
        <source>{slot}, {kind} (bmc, nic, nic2), {nic} and {enclosure} are replaced.</source>
        <translation>{slot}、{kind} (bmc、nic、nic2)、{nic}、{enclosure} は置き換えられます。</translation>
    </message>
    <message>
        <source>&amp;Reallocate Addresses</source>
        <translation>アドレスを再割り当て(&amp;R)</translation>
    </message>
    <message>
        <source>Count every address up from the start addresses again, including the ones you edited.</source>
        <translation>編集したアドレスも含め、すべてのアドレスを開始アドレスから順に割り当て直します。</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>スロット</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Fixed Address</source>
        <translation>固定アドレス</translation>
    </message>
    <message>
        <source>Boot</source>
        <translation>ブート</translation>
    </message>
    <message>
        <source>TFTP serves the loader, NFS the root file system; loader.conf and /etc/ttys in that root put the console on the serial port.</source>
        <translation>TFTP でローダを、NFS でルートファイルシステムを提供します。そのルートにある loader.conf と /etc/ttys でコンソールをシリアルポートに出力します。</translation>
    </message>
    <message>
        <source>Export the NFS root to the subnet only (the seed exports it to everyone)</source>
        <translation>NFS ルートをサブネットにのみエクスポートする (シードでは全体にエクスポート)</translation>
    </message>
    <message>
        <source>Boot with the console on the serial port</source>
        <translation>コンソールをシリアルポートにしてブートする</translation>
    </message>
    <message>
        <source>The UART&apos;s I/O port; 1000 (0x3E8) is COM3, FreeBSD&apos;s ttyu2.</source>
        <translation>UART の I/O ポート。1000 (0x3E8) は COM3 (FreeBSD の ttyu2) です。</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Check the files to write. Each is shown as it will be written, and as the change to the file now at its destination.</source>
        <translation>書き込むファイルを確認してください。各ファイルは書き込まれる内容と、書き込み先にある現在のファイルからの変更点で表示されます。</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>書き込み</translation>
    </message>
    <message>
        <source>Write the files into a folder laid out like the PXE server&apos;s root, or each to a path of its own. A file that is replaced is kept as a timestamped backup.</source>
        <translation>PXE サーバのルートと同じ構成のフォルダにファイルを書き込むか、ファイルごとに個別のパスに書き込みます。置き換えたファイルはタイムスタンプ付きのバックアップとして残します。</translation>
    </message>
    <message>
        <source>Into a &amp;folder tree:</source>
        <translation>フォルダツリーに書き込む(&amp;F):</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>フォルダを選択</translation>
    </message>
    <message>
        <source>Folder for the PXE files</source>
        <translation>PXE ファイルのフォルダ</translation>
    </message>
    <message>
        <source>To the &amp;paths below (edit a path to change it)</source>
        <translation>以下のパスに書き込む (パスは編集して変更できます)(&amp;P)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>書き込み(&amp;W)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>What was written where.</source>
        <translation>書き込んだファイルと書き込み先。</translation>
    </message>
    <message numerus="yes">
        <source>%n MAC address(es) in italics are derived, not read from the inventory.</source>
        <translation>
            <numerusform>斜体の MAC アドレス %n 個は算出値で、インベントリから読み取ったものではありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Derived from the BMC MAC, not read from the inventory.</source>
        <translation>BMC MAC から算出しました (インベントリから読み取った値ではありません)。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before going on:</source>
        <translation>
            <numerusform>先に進む前に修正が必要な問題が %n 件あります:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 will be created.</source>
        <translation>%1 を作成します。</translation>
    </message>
    <message>
        <source>%1 exists but cannot be read: %2</source>
        <translation>%1 は存在しますが読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 already has this content; it will be left alone.</source>
        <translation>%1 はすでにこの内容です。変更しません。</translation>
    </message>
    <message>
        <source>%1 will be replaced (the current file is kept as a backup). Changes:</source>
        <translation>%1 を置き換えます (現在のファイルはバックアップとして残します)。変更点:</translation>
    </message>
</context>
<context>
    <name>PxeWriter</name>
    <message>
        <source>%1: FAILED: %2</source>
        <translation>%1: 失敗: %2</translation>
    </message>
    <message>
        <source>%1: %2 (unchanged)</source>
        <translation>%1: %2 (変更なし)</translation>
    </message>
    <message>
        <source>%1: %2 (previous file kept as %3)</source>
        <translation>%1: %2 (以前のファイルは %3 として保存)</translation>
    </message>
    <message>
        <source>%1: %2 (new)</source>
        <translation>%1: %2 (新規)</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>ファイル名が指定されていません</translation>
    </message>
    <message>
        <source>%1 is also the target of another file</source>
        <translation>%1 は別のファイルの書き込み先にもなっています</translation>
    </message>
</context>
<context>
    <name>RackModel</name>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n 個のモジュール</numerusform>
        </translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>処理中…</translation>
    </message>
    <message>
        <source>%1, slot %2: %3</source>
        <translation>%1、スロット %2: %3</translation>
    </message>
    <message>
        <source>BMC: %1</source>
        <translation>BMC: %1</translation>
    </message>
    <message>
        <source>Last operation: %1</source>
        <translation>前回の操作: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Enclosure / slot</source>
        <translation>エンクロージャ / スロット</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>電源</translation>
    </message>
</context>
<context>
    <name>RawBytes</name>
    <message>
        <source>%1 byte %2: &quot;%3&quot; is not a hexadecimal byte (00 to ff)</source>
        <extracomment>%1 names the field (&quot;data&quot;), %2 the byte&apos;s position (1-based), %3 what was typed</extracomment>
        <translation>%1 の %2 バイト目:「%3」は 16 進のバイト（00〜ff）ではありません</translation>
    </message>
    <message>
        <source>NetFn: missing (e.g. 0x06 for App, 0x30 for OEM)</source>
        <translation>NetFn: ありません（例: App は 0x06、OEM は 0x30）</translation>
    </message>
    <message>
        <source>NetFn: &quot;%1&quot; is not a hexadecimal byte (00 to ff)</source>
        <translation>NetFn:「%1」は 16 進のバイト（00〜ff）ではありません</translation>
    </message>
    <message>
        <source>NetFn: 0x%1 is out of range (network functions are 0x00 to 0x3e)</source>
        <translation>NetFn: 0x%1 は範囲外です（ネットワーク機能は 0x00〜0x3e）</translation>
    </message>
    <message>
        <source>NetFn: 0x%1 is a response network function; requests use the even one (0x%2)</source>
        <translation>NetFn: 0x%1 は応答のネットワーク機能です。要求には偶数のもの（0x%2）を使います</translation>
    </message>
    <message>
        <source>Command: missing (e.g. 0x01)</source>
        <translation>コマンド: ありません（例: 0x01）</translation>
    </message>
    <message>
        <source>Command: &quot;%1&quot; is not a hexadecimal byte (00 to ff)</source>
        <translation>コマンド:「%1」は 16 進のバイト（00〜ff）ではありません</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
</context>
<context>
    <name>RawCommandDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Raw IPMI Command</source>
        <translation>IPMI raw コマンド</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>hex bytes, e.g. 0x40 0x17 0x00</source>
        <translation>16 進のバイト、例: 0x40 0x17 0x00</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Bytes to send (netfn, command, data)</source>
        <translation>送信するバイト（netfn、コマンド、データ）</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>送信先(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>プリセット(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;NetFn:</source>
        <translation>NetFn(&amp;N):</translation>
    </message>
    <message>
        <source>C&amp;ommand:</source>
        <translation>コマンド(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>データ(&amp;D):</translation>
    </message>
    <message>
        <source>Send no further requests</source>
        <translation>これ以上要求を送らない</translation>
    </message>
    <message numerus="yes">
        <source>(%n request(s), listed below)</source>
        <translation>
            <numerusform>（%n 件の要求、下に一覧）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) ready; nothing is sent before you press Send.</source>
        <translation>
            <numerusform>%n 件の要求の準備ができました。「送信」を押すまで何も送りません。</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown completion code</source>
        <translation>不明な完了コード</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>%1 %2; data: %3</source>
        <extracomment>%1 the completion code (0x00), %2 its meaning, %3 the data bytes in hex or &quot;no data&quot;</extracomment>
        <translation>%1 %2、データ: %3</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未送信: %1</translation>
    </message>
    <message>
        <source>not sent (cancelled)</source>
        <translation>未送信（中止）</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n request(s).</source>
        <translation>
            <numerusform>%n 件の要求のあと中止しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) sent to %1.</source>
        <translation>
            <numerusform>%1 に %n 件の要求を送りました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending request %1 of %2 to %3…</source>
        <translation>%3 に要求 %1/%2 を送信中…</translation>
    </message>
    <message>
        <source>not sent (the previous one failed)</source>
        <translation>未送信（前の要求が失敗）</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>停止: %1</translation>
    </message>
</context>
<context>
    <name>RawPreset</name>
    <message>
        <source>Get Device ID</source>
        <translation>Get Device ID</translation>
    </message>
    <message>
        <source>App 0x06, command 0x01: device and firmware revision, IPMI version, manufacturer and product.</source>
        <translation>App 0x06、コマンド 0x01: デバイスとファームウェアのリビジョン、IPMI バージョン、製造元と製品。</translation>
    </message>
    <message>
        <source>Get Chassis Status</source>
        <translation>Get Chassis Status</translation>
    </message>
    <message>
        <source>Chassis 0x00, command 0x01: power state, last power event, miscellaneous chassis state.</source>
        <translation>Chassis 0x00、コマンド 0x01: 電源状態、最後の電源イベント、その他のシャーシ状態。</translation>
    </message>
    <message>
        <source>Switch QSFP Uplinks to RJ45 (CMM)</source>
        <translation>QSFP アップリンクを RJ45 に切り替え（CMM）</translation>
    </message>
    <message>
        <source>The seed&apos;s CMM sequence: OEM 0x30, command 0x06, one request per port 0x17 to 0x20.</source>
        <translation>元資料の CMM シーケンス: OEM 0x30、コマンド 0x06、ポート 0x17〜0x20 ごとに 1 要求。</translation>
    </message>
</context>
<context>
    <name>RearPanelView</name>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 (derived)</source>
        <translation>%1（導出）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>CMM</source>
        <translation>CMM</translation>
    </message>
    <message>
        <source>conflicts with %1 derived from switch module %2</source>
        <translation>スイッチモジュール %2 から導出した %1 と矛盾します</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>ONS</source>
        <translation>ONS</translation>
    </message>
    <message>
        <source>the rule gives %1</source>
        <translation>規則では %1</translation>
    </message>
    <message>
        <source>Switch module %1</source>
        <translation>スイッチモジュール %1</translation>
    </message>
    <message>
        <source>%1 × %2GbE down links to the server modules, %3 × %4 up links, %5 management</source>
        <translation>サーバーモジュールへの %1 × %2GbE ダウンリンク、%3 × %4 アップリンク、%5 管理ポート</translation>
    </message>
    <message>
        <source>Serial console: %1 (115200 bit/s)</source>
        <translation>シリアルコンソール: %1（115200 bit/s）</translation>
    </message>
    <message>
        <source>Serial console: not set in the inventory</source>
        <translation>シリアルコンソール: インベントリに未設定</translation>
    </message>
    <message>
        <source>%1 MAC: %2</source>
        <translation>%1 MAC: %2</translation>
    </message>
    <message>
        <source>Double-click or Enter: open the switch console</source>
        <translation>ダブルクリックまたは Enter: スイッチのコンソールを開く</translation>
    </message>
    <message>
        <source>Chassis management module (CMM)</source>
        <translation>シャーシ管理モジュール（CMM）</translation>
    </message>
    <message>
        <source>Address: not set in the inventory</source>
        <translation>アドレス: インベントリに未設定</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>アドレス: %1</translation>
    </message>
    <message>
        <source>MAC: %1</source>
        <translation>MAC: %1</translation>
    </message>
    <message>
        <source>Fan module %1 (hot plug, redundant)</source>
        <translation>ファンモジュール %1（ホットプラグ、冗長）</translation>
    </message>
    <message>
        <source>Power unit %1: %2 W, 80 PLUS Platinum, hot plug</source>
        <translation>電源ユニット %1: %2 W、80 PLUS Platinum、ホットプラグ</translation>
    </message>
    <message>
        <source>Open Switch Console</source>
        <translation>スイッチのコンソールを開く</translation>
    </message>
    <message>
        <source>Copy MACs</source>
        <translation>MAC をコピー</translation>
    </message>
    <message>
        <source>SW%1</source>
        <translation>SW%1</translation>
    </message>
    <message>
        <source>%1 × %2GbE down</source>
        <translation>%1 × %2GbE ダウンリンク</translation>
    </message>
    <message>
        <source>%1 × %2 up</source>
        <translation>%1 × %2 アップリンク</translation>
    </message>
    <message>
        <source>QSFP+ %1</source>
        <translation>QSFP+ %1</translation>
    </message>
    <message>
        <source>MGMT</source>
        <translation>MGMT</translation>
    </message>
    <message>
        <source>FAN%1</source>
        <translation>FAN%1</translation>
    </message>
    <message>
        <source>PSU%1</source>
        <translation>PSU%1</translation>
    </message>
    <message>
        <source>%1W</source>
        <translation>%1W</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>Platinum</translation>
    </message>
</context>
<context>
    <name>SafeWriter</name>
    <message>
        <source>%1: cannot create the folder %2</source>
        <translation>%1: フォルダ %2 を作成できません</translation>
    </message>
    <message>
        <source>%1: cannot back up the current file to %2; nothing was written</source>
        <translation>%1: 現在のファイルを %2 にバックアップできません。何も書き込んでいません</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <source>%1: write failed: %2</source>
        <translation>%1: 書き込みに失敗しました: %2</translation>
    </message>
    <message>
        <source>%1: could not replace the file: %2</source>
        <translation>%1: ファイルを置き換えられませんでした: %2</translation>
    </message>
</context>
<context>
    <name>SerialConsoleWindow</name>
    <message>
        <source>Switch module %1</source>
        <translation>スイッチモジュール %1</translation>
    </message>
    <message>
        <source>Typing is paused while the switch&apos;s MACs are read.</source>
        <translation>スイッチの MAC を読み取る間は入力を止めています。</translation>
    </message>
    <message>
        <source>&amp;Store in Inventory</source>
        <translation>インベントリに保存(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>切断(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>再接続(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Port, speed, data bits, parity, stop bits, flow control</source>
        <translation>ポート、速度、データビット、パリティ、ストップビット、フロー制御</translation>
    </message>
    <message>
        <source>Send &amp;Break</source>
        <translation>ブレーク送信(&amp;B)</translation>
    </message>
    <message>
        <source>Hold the line in the break state for 250 ms</source>
        <translation>回線を 250 ms ブレーク状態にする</translation>
    </message>
    <message>
        <source>D&amp;TR</source>
        <translation>D&amp;TR</translation>
    </message>
    <message>
        <source>Assert the Data Terminal Ready line</source>
        <translation>DTR（Data Terminal Ready）線をオンにする</translation>
    </message>
    <message>
        <source>&amp;RTS</source>
        <translation>&amp;RTS</translation>
    </message>
    <message>
        <source>Assert the Request To Send line (the port drives it under RTS/CTS flow control)</source>
        <translation>RTS（Request To Send）線をオンにする（RTS/CTS フロー制御ではポートが駆動します）</translation>
    </message>
    <message>
        <source>Reconnect &amp;Automatically</source>
        <translation>自動的に再接続(&amp;A)</translation>
    </message>
    <message>
        <source>When the port goes away (adapter unplugged), open it again as soon as it is back</source>
        <translation>ポートが消えたとき（アダプタを抜いたとき）、戻りしだい開き直す</translation>
    </message>
    <message>
        <source>&amp;Log to File…</source>
        <translation>ファイルにログ記録(&amp;L)…</translation>
    </message>
    <message>
        <source>Read Switch &amp;MACs…</source>
        <translation>スイッチの MAC を読み取る(&amp;M)…</translation>
    </message>
    <message>
        <source>Run `show system` on the switch and show its MAC with the ONS and CMM MACs derived from it</source>
        <translation>スイッチで `show system` を実行し、その MAC と、そこから導いた ONS と CMM の MAC を表示する</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>ウィンドウを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Clear &amp;Scrollback</source>
        <translation>スクロールバックを消去(&amp;S)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>元のサイズに戻す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>コンソール(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>S&amp;witch</source>
        <translation>スイッチ(&amp;W)</translation>
    </message>
    <message>
        <source>Serial Console</source>
        <translation>シリアルコンソール</translation>
    </message>
    <message>
        <source>Sent a break to %1</source>
        <translation>%1 にブレークを送りました</translation>
    </message>
    <message>
        <source>%1: cannot send a break: the port is not connected</source>
        <translation>%1: ブレークを送れません: ポートが接続されていません</translation>
    </message>
    <message>
        <source>Logging to %1</source>
        <translation>%1 に記録中</translation>
    </message>
    <message>
        <source>Log In to the Switch Module</source>
        <translation>スイッチモジュールにログイン</translation>
    </message>
    <message>
        <source>The console does not show a CLI prompt: dxchassis logs in on %1 first. The password is used once and not kept.</source>
        <translation>コンソールに CLI のプロンプトがありません。dxchassis が先に %1 にログインします。パスワードは一度だけ使い、保持しません。</translation>
    </message>
    <message>
        <source>&amp;Read MACs</source>
        <translation>MAC を読み取る(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザ(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Cannot read the switch&apos;s MACs: %1 is not connected.</source>
        <translation>スイッチの MAC を読み取れません: %1 が接続されていません。</translation>
    </message>
    <message>
        <source>Reading the switch&apos;s MACs (show system)…</source>
        <translation>スイッチの MAC を読み取り中（show system）…</translation>
    </message>
    <message>
        <source>Reading the switch&apos;s MACs failed: %1</source>
        <translation>スイッチの MAC を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>`show system` did not give the switch&apos;s MAC address: %1</source>
        <translation>`show system` からスイッチの MAC アドレスが得られませんでした: %1</translation>
    </message>
    <message>
        <source>Switch module %1: system MAC %2 · ONS MAC %3 · CMM MAC %4 (ONS and CMM derived by the %5 rule)</source>
        <translation>スイッチモジュール %1: システム MAC %2 · ONS MAC %3 · CMM MAC %4（ONS と CMM は %5 の規則で導出）</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>No inventory is open, so they cannot be stored.</source>
        <translation>インベントリが開かれていないため保存できません。</translation>
    </message>
    <message>
        <source>Nothing to store: read the switch&apos;s MACs first, with an inventory open.</source>
        <translation>保存するものがありません。インベントリを開いた状態で、先にスイッチの MAC を読み取ってください。</translation>
    </message>
    <message>
        <source>The MACs were not stored: %1</source>
        <translation>MAC は保存されませんでした: %1</translation>
    </message>
    <message>
        <source>Stored switch module %1&apos;s MAC %2 and the CMM MAC %3 in %4 (enclosure %5); the previous file was kept as a backup.</source>
        <translation>スイッチモジュール %1 の MAC %2 と CMM の MAC %3 を %4（筐体 %5）に保存しました。以前のファイルはバックアップとして残しています。</translation>
    </message>
    <message>
        <source>Switch module %1 — %2</source>
        <translation>スイッチモジュール %1 — %2</translation>
    </message>
    <message>
        <source>%1 · switch module %2 — %3</source>
        <translation>%1 · スイッチモジュール %2 — %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(reconnecting when the port is back)</source>
        <translation>（ポートが戻りしだい再接続します）</translation>
    </message>
</context>
<context>
    <name>SerialSession</name>
    <message>
        <source>%1: cannot open the serial port: %2</source>
        <translation>%1: シリアルポートを開けません: %2</translation>
    </message>
    <message>
        <source>%1: the serial port went away (%2); check the cable or adapter</source>
        <translation>%1: シリアルポートが切断されました (%2)。ケーブルまたはアダプタを確認してください</translation>
    </message>
    <message>
        <source>%1: serial port error: %2</source>
        <translation>%1: シリアルポートのエラー: %2</translation>
    </message>
    <message>
        <source>%1: the serial port went away (it can no longer be read); check the cable or adapter, or the program serving the port</source>
        <translation>%1: シリアルポートが使えなくなりました (読み取りできません)。ケーブルやアダプタ、またはポートを提供しているプログラムを確認してください</translation>
    </message>
</context>
<context>
    <name>SerialSettingsDialog</name>
    <message>
        <source>Serial Port Settings</source>
        <translation>シリアルポートの設定</translation>
    </message>
    <message>
        <source>/dev/ttyUSB0</source>
        <translation>/dev/ttyUSB0</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>偶数</translation>
    </message>
    <message>
        <source>Odd</source>
        <translation>奇数</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>マーク</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>スペース</translation>
    </message>
    <message>
        <source>RTS/CTS (hardware)</source>
        <translation>RTS/CTS (ハードウェア)</translation>
    </message>
    <message>
        <source>XON/XOFF (software)</source>
        <translation>XON/XOFF (ソフトウェア)</translation>
    </message>
    <message>
        <source>Assert &amp;DTR</source>
        <translation>DTR をアサート(&amp;D)</translation>
    </message>
    <message>
        <source>Assert &amp;RTS</source>
        <translation>RTS をアサート(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Speed (baud):</source>
        <translation>速度 (ボー)(&amp;S):</translation>
    </message>
    <message>
        <source>D&amp;ata bits:</source>
        <translation>データビット(&amp;A):</translation>
    </message>
    <message>
        <source>Pa&amp;rity:</source>
        <translation>パリティ(&amp;R):</translation>
    </message>
    <message>
        <source>S&amp;top bits:</source>
        <translation>ストップビット(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Flow control:</source>
        <translation>フロー制御(&amp;F):</translation>
    </message>
    <message>
        <source>serial number %1</source>
        <translation>シリアル番号 %1</translation>
    </message>
    <message>
        <source>Not in the system&apos;s list of ports; it will be opened by path.</source>
        <translation>システムのポート一覧にありません。パスを指定して開きます。</translation>
    </message>
    <message>
        <source>Choose a serial port or type its path.</source>
        <translation>シリアルポートを選ぶか、パスを入力してください。</translation>
    </message>
    <message>
        <source>The speed must be a number of baud, such as 115200.</source>
        <translation>速度は 115200 のようなボーの数値で指定してください。</translation>
    </message>
</context>
<context>
    <name>SessionLog</name>
    <message>
        <source>%1: cannot write the console log: %2</source>
        <translation>%1: コンソールログを書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>SessionLogDialog</name>
    <message>
        <source>Log Console to File</source>
        <translation>コンソールのログをファイルに記録</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Plain text (escape sequences removed)</source>
        <translation>プレーンテキスト（エスケープシーケンスを除去）</translation>
    </message>
    <message>
        <source>Raw bytes (for replaying)</source>
        <translation>生のバイト列（再生用）</translation>
    </message>
    <message>
        <source>&amp;Timestamp every line</source>
        <translation>各行にタイムスタンプ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>形式(&amp;O):</translation>
    </message>
    <message>
        <source>New lines are appended. A file over %1 MB is renamed to .1 and a new one started; %2 older files are kept.</source>
        <translation>新しい行は追記されます。%1 MB を超えたファイルは .1 に名前を変えて新しいファイルを始め、古いファイルは %2 個まで残します。</translation>
    </message>
    <message>
        <source>Start &amp;Logging</source>
        <translation>ログ記録を開始(&amp;L)</translation>
    </message>
    <message>
        <source>Choose the file to log to.</source>
        <translation>ログを書くファイルを選んでください。</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file.</source>
        <translation>%1 はフォルダです。ファイルを選んでください。</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>ログファイル (*.log *.txt);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>ShowSystem</name>
    <message>
        <source>line %1: not a &quot;Name ..... value&quot; line: %2</source>
        <translation>%1 行目: &quot;Name ..... value&quot; 形式の行ではありません: %2</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>フィールド &quot;%1&quot; がありません</translation>
    </message>
    <message>
        <source>MAC Address &quot;%1&quot; is not a MAC address: %2</source>
        <translation>MAC Address &quot;%1&quot; は MAC アドレスではありません: %2</translation>
    </message>
</context>
<context>
    <name>SlotSelection</name>
    <message>
        <source>&quot;%1&quot;: no enclosure &quot;%2&quot; in the inventory (it has: %3)</source>
        <translation>&quot;%1&quot;: インベントリにエンクロージャ &quot;%2&quot; がありません (あるのは: %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a slot (write s23 or s[1-46])</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; はスロットではありません (s23 や s[1-46] のように指定してください)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: slot %2 of %3 has no BMC address in the inventory</source>
        <translation>&quot;%1&quot;: %3 のスロット %2 の BMC アドレスがインベントリにありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 has no slot %3 (a %4 has slots 1-%5)</source>
        <translation>&quot;%1&quot;: %2 にスロット %3 はありません（%4 のスロットは 1-%5 です）</translation>
    </message>
</context>
<context>
    <name>SolSession</name>
    <message>
        <source>unknown FreeIPMI SOL workaround flag &quot;%1&quot; (known: %2)</source>
        <translation>不明な FreeIPMI SOL ワークアラウンドフラグ &quot;%1&quot; (既知: %2)</translation>
    </message>
    <message>
        <source>cipher suite %1 is not one FreeIPMI can use</source>
        <translation>暗号スイート %1 は FreeIPMI で使用できません</translation>
    </message>
    <message>
        <source>user name &quot;%1&quot; is longer than the %2 bytes IPMI allows</source>
        <translation>ユーザ名 &quot;%1&quot; が IPMI の上限 %2 バイトを超えています</translation>
    </message>
    <message>
        <source>the password is longer than the %1 bytes IPMI 2.0 allows</source>
        <translation>パスワードが IPMI 2.0 の上限 %1 バイトを超えています</translation>
    </message>
    <message>
        <source>cannot set up the console session: %1</source>
        <translation>コンソールセッションを準備できません: %1</translation>
    </message>
    <message>
        <source>the Serial-over-LAN engine could not start: %1</source>
        <translation>Serial-over-LAN エンジンを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>IPMI 2.0 / RMCP+ sessions</source>
        <translation>IPMI 2.0 / RMCP+ セッション</translation>
    </message>
    <message>
        <source>Serial-over-LAN for this user or channel</source>
        <translation>このユーザまたはチャネルでの Serial-over-LAN</translation>
    </message>
    <message>
        <source>the BMC requires an encrypted console; choose a cipher suite with encryption (3, 8, 12 or 17)</source>
        <translation>BMC は暗号化されたコンソールを要求しています。暗号化ありの暗号スイート (3、8、12、17) を選んでください</translation>
    </message>
    <message>
        <source>the BMC refuses an encrypted console; choose a cipher suite without encryption (such as 2)</source>
        <translation>BMC は暗号化されたコンソールを拒否しています。暗号化なしの暗号スイート (2 など) を選んでください</translation>
    </message>
    <message>
        <source>another client took over this module&apos;s console</source>
        <translation>別のクライアントがこのモジュールのコンソールを引き継ぎました</translation>
    </message>
    <message>
        <source>the BMC answered the console set-up with an error (%1); FreeIPMI&apos;s SOL workaround flags solchannelsupport, solstatus or solpayloadsize may help</source>
        <translation>BMC がコンソールの設定にエラー (%1) で応答しました。FreeIPMI の SOL 回避フラグ solchannelsupport、solstatus、solpayloadsize が有効な場合があります</translation>
    </message>
    <message>
        <source>the BMC ended the console session</source>
        <translation>BMC がコンソールセッションを終了しました</translation>
    </message>
    <message>
        <source>Serial-over-LAN failed: %1</source>
        <translation>Serial-over-LAN に失敗しました: %1</translation>
    </message>
    <message>
        <source>another client holds this module&apos;s console; reconnect with take-over to take it</source>
        <translation>別のクライアントがこのモジュールのコンソールを使用中です。引き継ぐには引き継ぎを指定して再接続してください</translation>
    </message>
</context>
<context>
    <name>SwitchCommands</name>
    <message>
        <source>  switch run SCRIPT --port PATH [--baud N] [--user U] [--password-file F | -E]
                                     Log in to a switch module&apos;s serial console and run SCRIPT&apos;s lines.
  switch show-system --port PATH [...] [--inventory FILE --enclosure NAME]
                                     Print `show system` and the derived ONS and CMM MACs.
</source>
        <translation>  switch run SCRIPT --port PATH [--baud N] [--user U] [--password-file F | -E]
                                     スイッチモジュールのシリアルコンソールにログインし、SCRIPT の各行を実行します。
  switch show-system --port PATH [...] [--inventory FILE --enclosure NAME]
                                     `show system` の結果と、そこから算出した ONS と CMM の MAC を表示します。
</translation>
    </message>
    <message>
        <source>Serial port of the switch module (e.g. /dev/ttyUSB0).</source>
        <translation>スイッチモジュールのシリアルポート (例: /dev/ttyUSB0)。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Speed (default 115200).</source>
        <translation>速度 (既定値 115200)。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Login (default admin).</source>
        <translation>ログインユーザ (既定値 admin)。</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Seconds to wait for each prompt (default 15).</source>
        <translation>各プロンプトを待つ秒数 (既定値 15)。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Seconds to wait for `save config` (default 600).</source>
        <translation>`save config` を待つ秒数 (既定値 600)。</translation>
    </message>
    <message>
        <source>show-system: store the switch&apos;s MACs in this inventory.</source>
        <translation>show-system: スイッチの MAC をこのインベントリに保存します。</translation>
    </message>
    <message>
        <source>show-system: the enclosure the switch belongs to.</source>
        <translation>show-system: スイッチが属するエンクロージャ。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>show-system: switch module 1 or 2 (default 1).</source>
        <translation>show-system: スイッチモジュール 1 または 2 (既定値 1)。</translation>
    </message>
    <message>
        <source>dxctl: unknown switch command &quot;%1&quot;</source>
        <translation>dxctl: 不明な switch コマンド &quot;%1&quot;</translation>
    </message>
    <message>
        <source>dxctl: switch %1 needs --port PATH</source>
        <translation>dxctl: switch %1 には --port PATH が必要です</translation>
    </message>
    <message>
        <source>dxctl: --baud %1 is not a speed</source>
        <translation>dxctl: --baud %1 は速度として正しくありません</translation>
    </message>
    <message>
        <source>dxctl: --timeout %1 is not a number of seconds</source>
        <translation>dxctl: --timeout %1 は秒数として正しくありません</translation>
    </message>
    <message>
        <source>dxctl: --save-timeout %1 is not a number of seconds</source>
        <translation>dxctl: --save-timeout %1 は秒数として正しくありません</translation>
    </message>
    <message>
        <source>dxctl: switch run needs one SCRIPT file (- for standard input)</source>
        <translation>dxctl: switch run には SCRIPT ファイルを 1 つ指定してください (標準入力は -)</translation>
    </message>
    <message>
        <source>dxctl: %1: %2</source>
        <translation>dxctl: %1: %2</translation>
    </message>
    <message>
        <source>dxctl: %1: no commands in the script</source>
        <translation>dxctl: %1: スクリプトにコマンドがありません</translation>
    </message>
    <message>
        <source>dxctl: --inventory and --enclosure go together</source>
        <translation>dxctl: --inventory と --enclosure は一緒に指定してください</translation>
    </message>
    <message>
        <source>Password for %1 on %2: </source>
        <translation>%2 の %1 のパスワード: </translation>
    </message>
    <message>
        <source>dxctl: warning: %1</source>
        <translation>dxctl: 警告: %1</translation>
    </message>
    <message>
        <source>%1: the serial port did not open</source>
        <translation>%1: シリアルポートを開けませんでした</translation>
    </message>
    <message>
        <source>dxctl: warning: show system: %1</source>
        <translation>dxctl: 警告: show system: %1</translation>
    </message>
    <message>
        <source>ONS MAC (derived)</source>
        <translation>ONS MAC (算出値)</translation>
    </message>
    <message>
        <source>CMM MAC (derived)</source>
        <translation>CMM MAC (算出値)</translation>
    </message>
    <message>
        <source>dxctl: show system did not give the switch&apos;s MAC address</source>
        <translation>dxctl: show system の結果にスイッチの MAC アドレスがありません</translation>
    </message>
    <message>
        <source>Stored switch %1&apos;s MAC and the CMM MAC in %2 (enclosure %3).</source>
        <translation>スイッチ %1 の MAC と CMM MAC を %2 (エンクロージャ %3) に保存しました。</translation>
    </message>
    <message>
        <source>[dxctl: after the failure, logging out of the switch (end, exit)]</source>
        <translation>[dxctl: 失敗のあと、スイッチからログアウトします（end、exit）]</translation>
    </message>
    <message>
        <source>[dxctl: logged out; the switch shows its login prompt]</source>
        <translation>[dxctl: ログアウトしました。スイッチはログインプロンプトを表示しています]</translation>
    </message>
    <message>
        <source>[dxctl: could not log out of the switch: %1]</source>
        <translation>[dxctl: スイッチからログアウトできませんでした: %1]</translation>
    </message>
</context>
<context>
    <name>SwitchConfigPlan</name>
    <message>
        <source>no ports given</source>
        <translation>ポートが指定されていません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port or range such as xe47 or xe1-xe46</source>
        <translation>&quot;%1&quot; は xe47 や xe1-xe46 のようなポートまたは範囲ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: ports go from xe%2 to xe%3</source>
        <translation>&quot;%1&quot;: ポートは xe%2 から xe%3 までです</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the range runs backwards</source>
        <translation>&quot;%1&quot;: 範囲が逆順になっています</translation>
    </message>
    <message>
        <source>Uplink ports: %1</source>
        <translation>アップリンクポート: %1</translation>
    </message>
    <message>
        <source>Downlink ports: %1</source>
        <translation>ダウンリンクポート: %1</translation>
    </message>
    <message>
        <source>Uplink PVID: %1 is not a VLAN (1-4094)</source>
        <translation>アップリンク PVID: %1 は VLAN (1-4094) ではありません</translation>
    </message>
    <message>
        <source>Uplink untagged VLAN: %1 is not a VLAN (1-4094)</source>
        <translation>アップリンクのタグなし VLAN: %1 は VLAN (1-4094) ではありません</translation>
    </message>
    <message>
        <source>VLAN to remove: %1 is not a VLAN (1-4094)</source>
        <translation>削除する VLAN: %1 は VLAN (1-4094) ではありません</translation>
    </message>
    <message>
        <source>VLAN to remove: %1 is also the uplinks&apos; untagged VLAN</source>
        <translation>削除する VLAN: %1 はアップリンクのタグなし VLAN でもあります</translation>
    </message>
</context>
<context>
    <name>SwitchConfigWizard</name>
    <message>
        <source>Configure Switch Module</source>
        <translation>スイッチモジュールの設定</translation>
    </message>
    <message>
        <source>VLANs and uplinks</source>
        <translation>VLAN とアップリンク</translation>
    </message>
    <message>
        <source>The defaults are the DX1000 set-up: the QSFP uplinks xe47 and xe50 untagged in VLAN 1, the management VLAN 4092 removed, spanning tree off.</source>
        <translation>既定値は DX1000 の標準構成です: QSFP アップリンク xe47 と xe50 を VLAN 1 のタグなしに設定し、管理 VLAN 4092 を削除し、スパニングツリーを無効にします。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Shut the &amp;downlinks down during the change</source>
        <translation>変更中はダウンリンクをシャットダウンする(&amp;D)</translation>
    </message>
    <message>
        <source>Turn spanning tree &amp;off</source>
        <translation>スパニングツリーを無効にする(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save the configuration (may take a few minutes)</source>
        <translation>設定を保存する (数分かかることがあります)(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Log out at the end</source>
        <translation>最後にログアウトする(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Uplink ports:</source>
        <translation>アップリンクポート(&amp;U):</translation>
    </message>
    <message>
        <source>Uplink &amp;PVID:</source>
        <translation>アップリンク PVID(&amp;P):</translation>
    </message>
    <message>
        <source>Uplink untagged &amp;VLAN:</source>
        <translation>アップリンクのタグなし VLAN(&amp;V):</translation>
    </message>
    <message>
        <source>Down&amp;link ports:</source>
        <translation>ダウンリンクポート(&amp;L):</translation>
    </message>
    <message>
        <source>VLAN to &amp;remove:</source>
        <translation>削除する VLAN(&amp;R):</translation>
    </message>
    <message>
        <source>Command script</source>
        <translation>コマンドスクリプト</translation>
    </message>
    <message>
        <source>Exactly what will be typed at the switch&apos;s prompts, one line at a time.</source>
        <translation>スイッチのプロンプトに 1 行ずつ入力される内容そのものです。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export Switch Script</source>
        <translation>スイッチスクリプトのエクスポート</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>テキストファイル (*.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>%1 に書き込みました</translation>
    </message>
    <message>
        <source>Run on the switch</source>
        <translation>スイッチで実行</translation>
    </message>
    <message>
        <source>Logs in over the switch module&apos;s serial console and types the script, stopping at the first error.</source>
        <translation>スイッチモジュールのシリアルコンソールからログインしてスクリプトを入力します。最初のエラーで停止します。</translation>
    </message>
    <message>
        <source>&amp;Port Settings…</source>
        <translation>ポートの設定(&amp;P)…</translation>
    </message>
    <message>
        <source>The switch still uses the factory-default login admin/admin. Change its password.</source>
        <translation>スイッチのログインが工場出荷時の admin/admin のままです。パスワードを変更してください。</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Serial port:</source>
        <translation>シリアルポート:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザ(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続中…</translation>
    </message>
    <message>
        <source>Running on %1…</source>
        <translation>%1 で実行中…</translation>
    </message>
    <message>
        <source>Done: every command succeeded.</source>
        <translation>完了: すべてのコマンドが成功しました。</translation>
    </message>
</context>
<context>
    <name>SwitchDialogue</name>
    <message>
        <source>pending</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>CLI error</source>
        <translation>CLI エラー</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>%1: the switch still uses the factory-default login admin/admin; change its password</source>
        <translation>%1: スイッチのログインが工場出荷時の admin/admin のままです。パスワードを変更してください</translation>
    </message>
    <message>
        <source>%1: the console is not open</source>
        <translation>%1: コンソールが開かれていません</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>%1: the console was closed</source>
        <translation>%1: コンソールが閉じられました</translation>
    </message>
    <message>
        <source>%1: the switch rejected the user name or password</source>
        <translation>%1: スイッチがユーザ名またはパスワードを拒否しました</translation>
    </message>
    <message>
        <source>already in privileged mode</source>
        <translation>すでに特権モードです</translation>
    </message>
    <message>
        <source>line %1 &quot;%2&quot;: %3</source>
        <translation>%1 行目 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>%1: the console did not open</source>
        <translation>%1: コンソールを開けませんでした</translation>
    </message>
    <message>
        <source>%1: no login or CLI prompt within %2 s; is this the switch module&apos;s console port?</source>
        <translation>%1: %2 秒以内にログインプロンプトも CLI プロンプトも表示されません。スイッチモジュールのコンソールポートに接続していますか?</translation>
    </message>
    <message>
        <source>%1: no password prompt after the user name</source>
        <translation>%1: ユーザ名の後にパスワードプロンプトが表示されません</translation>
    </message>
    <message>
        <source>%1: no CLI prompt within %2 s of logging in</source>
        <translation>%1: ログイン後 %2 秒以内に CLI プロンプトが表示されません</translation>
    </message>
    <message>
        <source>no prompt within %1 s</source>
        <translation>%1 秒以内にプロンプトが表示されません</translation>
    </message>
</context>
<context>
    <name>SwitchMacStore</name>
    <message>
        <source>no switch MAC address to store</source>
        <translation>保存するスイッチの MAC アドレスがありません</translation>
    </message>
    <message>
        <source>no enclosure named &quot;%1&quot;</source>
        <translation>「%1」という筐体はありません</translation>
    </message>
    <message>
        <source>enclosure %1 has no switch module %2 (it has %3)</source>
        <translation>筐体 %1 にスイッチモジュール %2 はありません（あるのは %3）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TerminalWidget</name>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>元のサイズに戻す(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;lear Scrollback</source>
        <translation>スクロールバックを消去(&amp;L)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Operate NEC DX1000 micro-module server chassis over IPMI.</source>
        <translation>NEC DX1000 マイクロモジュールサーバのシャーシを IPMI で操作します。</translation>
    </message>
    <message>
        <source>Open the inventory FILE (default: $DXCHASSIS_INVENTORY).</source>
        <translation>インベントリ FILE を開きます (既定値: $DXCHASSIS_INVENTORY)。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Save a PNG picture of the main window to FILE once it has loaded, then quit.</source>
        <translation>読み込みが終わったらメインウィンドウの画像を PNG ファイル FILE に保存して終了します。</translation>
    </message>
    <message>
        <source>Use the user interface language LANG (e.g. ja or en) instead of the system&apos;s.</source>
        <translation>システムの言語の代わりに表示言語 LANG (ja、en など) を使います。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Inventory file to open.</source>
        <translation>開くインベントリファイル。</translation>
    </message>
    <message>
        <source>only one inventory file can be opened</source>
        <translation>開けるインベントリファイルは 1 つだけです</translation>
    </message>
    <message>
        <source>give the inventory either with --inventory or as an argument, not both</source>
        <translation>インベントリは --inventory と引数のどちらか一方で指定してください</translation>
    </message>
    <message>
        <source>cannot write the screenshot %1</source>
        <translation>スクリーンショット %1 を書き込めません</translation>
    </message>
    <message>
        <source>could not open the inventory %1</source>
        <translation>インベントリ %1 を開けませんでした</translation>
    </message>
    <message>
        <source>power states not refreshed (shown as unknown): %1</source>
        <translation>電源状態を更新できませんでした（不明と表示）: %1</translation>
    </message>
    <message>
        <source>dxchassis: power states refreshed: %1 answered, %2 did not</source>
        <translation>dxchassis: 電源状態を更新しました: %1 台が応答、%2 台が応答なし</translation>
    </message>
    <message>
        <source>Show VIEW first: front, rear, rack or table (default: the last one used).</source>
        <translation>最初に VIEW を表示します: front、rear、rack または table（既定: 前回のもの）。</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>VIEW</translation>
    </message>
    <message>
        <source>--view: &apos;%1&apos; is not a view; use front, rear, rack or table</source>
        <translation>--view: &apos;%1&apos; はビューではありません。front、rear、rack または table を指定してください</translation>
    </message>
</context>
</TS>
