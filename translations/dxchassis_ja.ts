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
        <source>"%1": missing ']' after the IPv6 address</source>
        <translation>"%1": IPv6 アドレスの後に ']' がありません</translation>
    </message>
    <message>
        <source>"%1": expected ':port' after ']'</source>
        <translation>"%1": ']' の後に ':ポート' が必要です</translation>
    </message>
    <message>
        <source>"%1" is not an IPv6 address</source>
        <translation>"%1" は IPv6 アドレスではありません</translation>
    </message>
    <message>
        <source>"%1" is not a host name or address</source>
        <translation>"%1" はホスト名でもアドレスでもありません</translation>
    </message>
    <message>
        <source>"%1" is not a valid host name or IPv4 address</source>
        <translation>"%1" は正しいホスト名または IPv4 アドレスではありません</translation>
    </message>
    <message>
        <source>"%1" is not a UDP port (1-65535)</source>
        <translation>"%1" は UDP ポート番号 (1-65535) ではありません</translation>
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
    <name>DxctlCommands</name>
    <message>
        <source>Command-line companion of dxchassis: inventories of NEC DX1000 chassis.</source>
        <translation>dxchassis のコマンドライン版: NEC DX1000 シャーシのインベントリを扱います。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Show the versions of dxctl, Qt and FreeIPMI.</source>
        <translation>dxctl、Qt、FreeIPMI のバージョンを表示します。</translation>
    </message>
    <message>
        <source>Use the language LANG (e.g. ja or en) instead of the system's.</source>
        <translation>システムの言語の代わりに言語 LANG (ja、en など) を使います。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
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
        <source>Run 'dxctl --help' for usage.</source>
        <translation>使い方は 'dxctl --help' で確認してください。</translation>
    </message>
    <message>
        <source>dxctl: unknown command '%1'</source>
        <translation>dxctl: 不明なコマンド '%1'</translation>
    </message>
    <message>
        <source>built with %1</source>
        <translation>ビルド時 %1</translation>
    </message>
    <message>
        <source>Commands:
  inventory show [--inventory FILE]  Print the slots of every enclosure.
  inventory validate [FILE]          Check an inventory file; exit status 1 if it is invalid.

The inventory file defaults to $%1.
</source>
        <translation>コマンド:
  inventory show [--inventory FILE]  すべてのエンクロージャのスロットを表示します。
  inventory validate [FILE]          インベントリファイルを検査します。不正な場合の終了ステータスは 1 です。

インベントリファイルの既定値は $%1 です。
</translation>
    </message>
    <message>
        <source>dxctl: unknown inventory command '%1'</source>
        <translation>dxctl: 不明な inventory コマンド '%1'</translation>
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
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>dxctl: unexpected argument '%1'</source>
        <translation>dxctl: 予期しない引数 '%1'</translation>
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
        <source>%1: the BMC's host name does not resolve; check the inventory and the name service</source>
        <translation>%1: BMC のホスト名を解決できません。インベントリと名前解決の設定を確認してください</translation>
    </message>
    <message>
        <source>IPMI 2.0 / RMCP+ sessions</source>
        <translation>IPMI 2.0 / RMCP+ セッション</translation>
    </message>
    <message>
        <source>cipher suite %1; choose another in the enclosure's IPMI settings</source>
        <translation>暗号スイート %1。エンクロージャの IPMI 設定で別の暗号スイートを選んでください</translation>
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
        <source>unknown FreeIPMI workaround flag "%1" (known: %2)</source>
        <translation>不明な FreeIPMI ワークアラウンドフラグ "%1" (既知: %2)</translation>
    </message>
    <message>
        <source>user name "%1" is longer than the %2 bytes IPMI allows</source>
        <translation>ユーザ名 "%1" が IPMI の上限 %2 バイトを超えています</translation>
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
        <source>%1: the BMC's answer lacks the field %2</source>
        <translation>%1: BMC の応答にフィールド %2 がありません</translation>
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
        <source>not a dxchassis inventory: the "format" key is missing</source>
        <translation>dxchassis のインベントリではありません: "format" キーがありません</translation>
    </message>
    <message>
        <source>not a dxchassis inventory: format is "%1", expected "%2"</source>
        <translation>dxchassis のインベントリではありません: format が "%1" です ("%2" が必要です)</translation>
    </message>
    <message>
        <source>the "version" key is missing</source>
        <translation>"version" キーがありません</translation>
    </message>
    <message>
        <source>the file is inventory version %1, written by a newer dxchassis; this version reads up to version %2. Upgrade dxchassis to open it.</source>
        <translation>このファイルは新しい dxchassis で書かれたインベントリ (バージョン %1) です。この dxchassis が読めるのはバージョン %2 までです。開くには dxchassis を更新してください。</translation>
    </message>
    <message>
        <source>enclosure name "%1" is used twice</source>
        <translation>エンクロージャ名 "%1" が重複しています</translation>
    </message>
    <message>
        <source>an enclosure needs a name</source>
        <translation>エンクロージャには名前が必要です</translation>
    </message>
    <message>
        <source>unknown chassis profile "%1" (known: %2)</source>
        <translation>不明なシャーシプロファイル "%1" (既知: %2)</translation>
    </message>
    <message>
        <source>slot %1 is listed twice</source>
        <translation>スロット %1 が重複しています</translation>
    </message>
    <message>
        <source>the "slot" number is missing</source>
        <translation>"slot" の番号がありません</translation>
    </message>
    <message>
        <source>unknown module type "%1" (known: empty, server, hdd, pcie)</source>
        <translation>不明なモジュール種別 "%1" (既知: empty、server、hdd、pcie)</translation>
    </message>
    <message>
        <source>unknown processor "%1" (known: C2750, C2730)</source>
        <translation>不明なプロセッサ "%1" (既知: C2750、C2730)</translation>
    </message>
    <message>
        <source>"%1" is not a valid host name (letters, digits and '-', labels of at most 63 characters, RFC 1123)</source>
        <translation>"%1" は正しいホスト名ではありません (英字、数字、'-' のみ、各ラベル 63 文字以内、RFC 1123)</translation>
    </message>
    <message numerus="yes">
        <source>a server module has two NICs, %n are listed</source>
        <translation>
            <numerusform>サーバモジュールの NIC は 2 つですが、%n 個記載されています</numerusform></translation>
    </message>
    <message>
        <source>expected a MAC address as a string</source>
        <translation>MAC アドレスは文字列で指定してください</translation>
    </message>
    <message>
        <source>unknown privilege level "%1" (known: user, operator, admin)</source>
        <translation>不明な権限レベル "%1" (既知: user、operator、admin)</translation>
    </message>
    <message>
        <source>cipher suite %1 is not one FreeIPMI supports (0-3, 6-8, 11, 12, 15-17)</source>
        <translation>暗号スイート %1 は FreeIPMI が対応していません (0-3、6-8、11、12、15-17)</translation>
    </message>
    <message>
        <source>unknown FreeIPMI workaround flag "%1" (known: %2)</source>
        <translation>不明な FreeIPMI ワークアラウンドフラグ "%1" (既知: %2)</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>オブジェクトが必要です</translation>
    </message>
    <message>
        <source>the "%1" key is missing</source>
        <translation>"%1" キーがありません</translation>
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
        <source>"%1" is not a MAC address: %2</source>
        <translation>"%1" は MAC アドレスではありません: %2</translation>
    </message>
    <message>
        <source>passwords are never stored in the inventory; remove this key (dxchassis keeps passwords in the system keychain or asks for them)</source>
        <translation>パスワードはインベントリに保存できません。このキーを削除してください (dxchassis はパスワードをシステムのキーチェーンに保管するか、その都度入力を求めます)</translation>
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
        <source>%1: the BMC does not know the user name "%2"</source>
        <translation>%1: BMC にユーザ名 "%2" が登録されていません</translation>
    </message>
    <message>
        <source>%1: user "%2" may not use the %3 privilege level on this BMC; choose a lower level or a user with more rights</source>
        <translation>%1: この BMC ではユーザ "%2" は %3 権限レベルを使用できません。低い権限レベルを選ぶか、権限の高いユーザを使用してください</translation>
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
</context>
<context>
    <name>IpmiTarget</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 names the target ("slot 23"), %2 its BMC address ("127.0.1.23:1623")</extracomment>
        <translation>%1 (%2)</translation>
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
        <source>unexpected character '%1' at position %2</source>
        <translation>位置 %2 に予期しない文字 '%1' があります</translation>
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
        <source>incomplete MAC address: expected 12 hex digits, got "%1"</source>
        <translation>MAC アドレスが不完全です。16 進数 12 桁が必要ですが "%1" でした</translation>
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
        <source>&amp;Identify</source>
        <translation>ID ランプ点灯(&amp;I)</translation>
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
    <name>SolSession</name>
    <message>
        <source>unknown FreeIPMI SOL workaround flag "%1" (known: %2)</source>
        <translation>不明な FreeIPMI SOL ワークアラウンドフラグ "%1" (既知: %2)</translation>
    </message>
    <message>
        <source>cipher suite %1 is not one FreeIPMI can use</source>
        <translation>暗号スイート %1 は FreeIPMI で使用できません</translation>
    </message>
    <message>
        <source>user name "%1" is longer than the %2 bytes IPMI allows</source>
        <translation>ユーザ名 "%1" が IPMI の上限 %2 バイトを超えています</translation>
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
        <source>%1: the BMC's host name does not resolve; check the inventory and the name service</source>
        <translation>%1: BMC のホスト名を解決できません。インベントリと名前解決の設定を確認してください</translation>
    </message>
    <message>
        <source>IPMI 2.0 / RMCP+ sessions</source>
        <translation>IPMI 2.0 / RMCP+ セッション</translation>
    </message>
    <message>
        <source>cipher suite %1; choose another in the enclosure's IPMI settings</source>
        <translation>暗号スイート %1。エンクロージャの IPMI 設定で別の暗号スイートを選んでください</translation>
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
        <source>another client holds this module's console</source>
        <translation>別のクライアントがこのモジュールのコンソールを使用中です</translation>
    </message>
    <message>
        <source>another client took over this module's console</source>
        <translation>別のクライアントがこのモジュールのコンソールを引き継ぎました</translation>
    </message>
    <message>
        <source>the BMC answered the console set-up with an error (%1); FreeIPMI's SOL workaround flags solchannelsupport, solstatus or solpayloadsize may help</source>
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
        <source>Use the user interface language LANG (e.g. ja or en) instead of the system's.</source>
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
</context>
</TS>
