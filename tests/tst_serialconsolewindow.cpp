// SPDX-License-Identifier: GPL-3.0-or-later
//
// SerialConsoleWindow on a real pseudo-terminal pair (socat): the window opens
// one end, the test plays the switch on the other. Bytes both ways through the
// terminal, a port that vanishes (lost, with the reason; reconnect; automatic
// reconnect), settings remembered per port, log files, and Read Switch MACs
// against a scripted switch (the derived MACs, storing them, damaged output).

#include "chassis/inventoryio.h"
#include "console/serialsession.h"
#include "console/serialsettingsstore.h"
#include "consolepane.h"
#include "mainwindow.h"
#include "serialconsolewindow.h"
#include "serialsettingsdialog.h"
#include "terminalwidget.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
using State = ConsoleSession::State;

/// Two linked pseudo-terminals, served by socat until stopped: what is written
/// to one end is read at the other.
class PtyPair
{
public:
    PtyPair(QString near, QString far)
        : m_near(std::move(near))
        , m_far(std::move(far))
    { }
    ~PtyPair() { stop(); }

    bool start()
    {
        m_socat.start(QStringLiteral("socat"),
            {QStringLiteral("PTY,link=%1,raw,echo=0").arg(m_near),
                QStringLiteral("PTY,link=%1,raw,echo=0").arg(m_far)});
        if (!m_socat.waitForStarted())
            return false;
        return QTest::qWaitFor([this] { return QFile::exists(m_near) && QFile::exists(m_far); });
    }

    void stop()
    {
        if (m_socat.state() == QProcess::NotRunning)
            return;
        m_socat.terminate();
        if (!m_socat.waitForFinished(3000)) {
            m_socat.kill();
            m_socat.waitForFinished(3000);
        }
    }

private:
    QString m_near;
    QString m_far;
    QProcess m_socat;
};

/// The far end of the pair: what the window sends arrives here; the test
/// answers as a switch would.
class FarEnd
{
public:
    explicit FarEnd(const QString &path)
        : m_session([&] {
            SerialSettings s;
            s.portName = path;
            return s;
        }())
    {
        QObject::connect(&m_session, &ConsoleSession::bytesReceived, &m_session,
            [this](const QByteArray &bytes) {
                received += bytes;
                m_line += bytes;
                qsizetype end;
                while ((end = m_line.indexOf('\r')) >= 0) {
                    const QByteArray line = m_line.left(end);
                    m_line.remove(0, end + 1);
                    if (answer)
                        m_session.write(answer(line));
                }
            });
        m_session.open();
    }

    bool isOpen() const { return m_session.state() == State::Established; }
    bool write(const QByteArray &bytes) { return m_session.write(bytes); }

    QByteArray received;
    /// Given each line the window types (without its CR), returns the reply.
    std::function<QByteArray(const QByteArray &)> answer;

private:
    SerialSession m_session;
    QByteArray m_line;
};

// A logged-in switch: echoes each command, answers `show system` with @p fields.
std::function<QByteArray(const QByteArray &)> cliSwitch(const QByteArray &fields)
{
    return [fields](const QByteArray &line) -> QByteArray {
        QByteArray reply = line + "\r\n";
        if (line == "show system")
            reply += fields;
        return reply + "Switch #";
    };
}

QByteArray seedShowSystemFields()
{
    QFile f(QStringLiteral(DX_TEST_DATA "/switch/show-system-seed.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    // Only the fields: no prompts, the way the switch sends them, with CR LF.
    QByteArrayList lines = f.readAll().split('\n');
    QByteArray fields;
    for (const QByteArray &line : std::as_const(lines)) {
        if (line.contains(" ..... ") || line == "mercury-20131213")
            fields += line + "\r\n";
    }
    return fields;
}

SerialSettings settingsFor(const QString &path)
{
    SerialSettings s;
    s.portName = path;
    return s;
}

QString screenText(const SerialConsoleWindow &window)
{
    const TerminalWidget *terminal = window.terminal();
    QStringList lines;
    for (qsizetype i = 0; i < terminal->scrollbackLineCount(); ++i)
        lines << terminal->scrollbackLineText(i);
    lines << terminal->snapshot().text();
    return lines.join(QLatin1Char('\n'));
}

void type(TerminalWidget *terminal, const QString &text)
{
    for (const QChar c : text) {
        if (c == QLatin1Char('\r'))
            QTest::keyClick(terminal, Qt::Key_Return);
        else
            QTest::keyClicks(terminal, QString(c));
    }
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestSerialConsoleWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // MainWindow's persistent settings go here, never to the real ones.
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("dxchassis-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_serialconsolewindow"));
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_near = m_dir.filePath(QStringLiteral("switch.tty"));
        m_far = m_dir.filePath(QStringLiteral("far.tty"));
        m_pair = std::make_unique<PtyPair>(m_near, m_far);
        QVERIFY(m_pair->start());
        m_settings = std::make_unique<QSettings>(
            m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    }

    void cleanup()
    {
        m_pair.reset();
        m_settings.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
    }

    void titleNamesEnclosureSwitchModuleAndPort()
    {
        SerialConsoleWindow window({QStringLiteral("lab"), QStringLiteral("DX1000"), 2, {}},
            settingsFor(m_near), m_settings.get());
        QVERIFY(window.windowTitle().contains(QStringLiteral("lab")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("switch module 2")));
        QVERIFY(window.windowTitle().contains(m_near));
        QCOMPARE(window.session()->state(), State::Established);
        QVERIFY2(window.stateText().contains(QStringLiteral("115200 8N1")),
            qPrintable(window.stateText()));
    }

    void bytesGoBothWaysThroughTheTerminal()
    {
        SerialConsoleWindow window({QStringLiteral("lab"), QStringLiteral("DX1000"), 1, {}},
            settingsFor(m_near), m_settings.get());
        FarEnd far(m_far);
        QVERIFY(far.isOpen());
        type(window.terminal(), QStringLiteral("show system\r"));
        QTRY_COMPARE(far.received, QByteArray("show system\r"));
        QVERIFY(far.write("Switch #\x1b[1mMAC Address\x1b[0m ..... 74:D4:35:E9:E2:62\r\n"));
        QTRY_VERIFY2(screenText(window).contains(
                         QStringLiteral("Switch #MAC Address ..... 74:D4:35:E9:E2:62")),
            qPrintable(screenText(window)));
    }

    void aVanishingPortShowsLostWithTheReasonAndReconnectBringsItBack()
    {
        SerialConsoleWindow window({QStringLiteral("lab"), QStringLiteral("DX1000"), 1, {}},
            settingsFor(m_near), m_settings.get());
        QCOMPARE(window.session()->state(), State::Established);
        m_pair->stop();
        QTRY_COMPARE(window.session()->state(), State::Lost);
        QVERIFY2(window.stateText().contains(QStringLiteral("went away")),
            qPrintable(window.stateText()));
        QVERIFY2(
            window.pane()->errorText().contains(m_near), qPrintable(window.pane()->errorText()));
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionReadSwitchMacs"))->isEnabled());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionSerialConnect"))->isEnabled());
        // Typing into a lost console goes nowhere, and nothing breaks.
        type(window.terminal(), QStringLiteral("enable\r"));
        QVERIFY(!window.sendBreak());

        QVERIFY(m_pair->start());
        window.reconnectPort();
        QTRY_COMPARE(window.session()->state(), State::Established);
        QVERIFY(window.pane()->errorText().isEmpty());
        FarEnd far(m_far);
        type(window.terminal(), QStringLiteral("enable\r"));
        QTRY_COMPARE(far.received, QByteArray("enable\r"));
    }

    void automaticReconnectionReopensThePortWhenItReturns()
    {
        SerialConsoleWindow window({QStringLiteral("lab"), QStringLiteral("DX1000"), 1, {}},
            settingsFor(m_near), m_settings.get());
        window.setAutoReconnect(true);
        m_pair->stop();
        QTRY_COMPARE(window.session()->state(), State::Lost);
        QVERIFY2(window.stateText().contains(QStringLiteral("reconnecting")),
            qPrintable(window.stateText()));
        QVERIFY(m_pair->start());
        QTRY_COMPARE(window.session()->state(), State::Established);
    }

    void disconnectClosesAndConnectReopens()
    {
        SerialConsoleWindow window({QStringLiteral("lab"), QStringLiteral("DX1000"), 1, {}},
            settingsFor(m_near), m_settings.get());
        window.disconnectPort();
        QCOMPARE(window.session()->state(), State::Closed);
        QVERIFY(
            !window.findChild<QAction *>(QStringLiteral("actionSerialDisconnect"))->isEnabled());
        window.connectPort();
        QCOMPARE(window.session()->state(), State::Established);
    }

    void settingsAreRememberedPerPort()
    {
        {
            SerialConsoleWindow window({QStringLiteral("lab"), QStringLiteral("DX1000"), 1, {}},
                settingsFor(m_near), m_settings.get());
            SerialSettings slower = settingsFor(m_near);
            slower.baudRate = 9600;
            slower.parity = QSerialPort::EvenParity;
            window.applySettings(slower);
            QCOMPARE(window.session()->settings().baudRate, 9600);
            QCOMPARE(window.session()->state(), State::Established);
            QVERIFY2(window.stateText().contains(QStringLiteral("9600 8E1")),
                qPrintable(window.stateText()));
            window.setDataTerminalReady(false);
            window.setRequestToSend(false);
            QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionSerialDtr"))->isChecked());
            window.setAutoReconnect(true);
        }
        const SerialSettings remembered = SerialSettingsStore::load(*m_settings, m_near);
        QCOMPARE(remembered.baudRate, 9600);
        QCOMPARE(remembered.parity, QSerialPort::EvenParity);
        QCOMPARE(remembered.dataTerminalReady, false);
        QCOMPARE(remembered.requestToSend, false);
        QCOMPARE(SerialSettingsStore::recentPorts(*m_settings).value(0), m_near);
        // Another port keeps the defaults.
        QCOMPARE(SerialSettingsStore::load(*m_settings, m_far).baudRate, 115200);
        // The next window starts as the last one was left.
        SerialConsoleWindow again(
            {QStringLiteral("lab"), QStringLiteral("DX1000"), 1, {}}, remembered, m_settings.get());
        QVERIFY(again.autoReconnect());
        QVERIFY(again.session()->autoReconnect());
        QVERIFY(!again.findChild<QAction *>(QStringLiteral("actionSerialRts"))->isChecked());
    }

    void logFileIsWrittenAsPlainTextWithTimestampsOrRaw()
    {
        SerialConsoleWindow window({QStringLiteral("lab"), QStringLiteral("DX1000"), 1, {}},
            settingsFor(m_near), m_settings.get());
        FarEnd far(m_far);
        const QString plain = m_dir.filePath(QStringLiteral("plain.log"));
        QString error;
        QVERIFY2(window.startLog({plain, SessionLog::Format::PlainText, true}, &error),
            qPrintable(error));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionSerialLog"))->isChecked());
        QVERIFY(far.write("Switch >\x1b[1menable\x1b[0m\r\nSwitch #\r\n"));
        QTRY_VERIFY(screenText(window).contains(QStringLiteral("Switch #")));
        window.stopLog();
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionSerialLog"))->isChecked());
        const QByteArray text = readFile(plain);
        QVERIFY2(text.contains("Switch >enable\n"), text.constData());
        QVERIFY(!text.contains('\x1b'));
        QVERIFY2(QRegularExpression(
                     QStringLiteral(
                         "^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} Switch >enable$"),
                     QRegularExpression::MultilineOption)
                     .match(QString::fromUtf8(text))
                     .hasMatch(),
            text.constData());

        const QString raw = m_dir.filePath(QStringLiteral("raw.log"));
        QVERIFY(window.startLog({raw, SessionLog::Format::Raw, false}, &error));
        QVERIFY(far.write("\x1b[1mshow\x1b[0m\r\n"));
        QTRY_VERIFY(screenText(window).contains(QStringLiteral("show")));
        window.stopLog();
        QCOMPARE(readFile(raw), QByteArray("\x1b[1mshow\x1b[0m\r\n"));
    }

    void aLogFileThatCannotBeWrittenSaysWhy()
    {
        SerialConsoleWindow window({QStringLiteral("lab"), QStringLiteral("DX1000"), 1, {}},
            settingsFor(m_near), m_settings.get());
        QString error;
        QVERIFY(!window.startLog({m_dir.filePath(QStringLiteral("no/such/folder/x.log")),
                                     SessionLog::Format::Raw, false},
            &error));
        QVERIFY2(error.contains(QStringLiteral("no/such/folder")), qPrintable(error));
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionSerialLog"))->isChecked());
    }

    void readSwitchMacsShowsTheDerivedMacsAndStoresThemInTheInventory()
    {
        // An inventory without the switch's MACs, written fresh (no backup yet).
        auto seed
            = InventoryIo::load(QStringLiteral(DX_TEST_DATA "/inventory/seed-enclosure.json"));
        QVERIFY2(seed.ok(), qPrintable(seed.error.toString()));
        Enclosure &enclosure = seed.inventory->enclosures.first();
        enclosure.cmmMac = MacAddress();
        enclosure.switches.clear();
        const QString inventory = m_dir.filePath(QStringLiteral("inv/inventory.json"));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("inv"))));
        QCOMPARE(InventoryIo::save(*seed.inventory, inventory), QString());

        SerialConsoleWindow window({enclosure.name, QStringLiteral("DX1000"), 1, inventory},
            settingsFor(m_near), m_settings.get());
        FarEnd far(m_far);
        far.answer = cliSwitch(seedShowSystemFields());
        QSignalSpy read(&window, &SerialConsoleWindow::macsRead);
        window.readSwitchMacs(QStringLiteral("admin"), "unused");
        QVERIFY(window.isReadingMacs());
        QTRY_COMPARE(read.size(), 1);
        QVERIFY2(read.first().first().toBool(), qPrintable(window.macMessage()));
        QVERIFY(!window.macMessageIsError());
        const QString message = window.macMessage();
        QVERIFY2(message.contains(QStringLiteral("74:D4:35:E9:E2:62")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("ONS MAC 74:D4:35:E9:E2:61")));
        QVERIFY(message.contains(QStringLiteral("CMM MAC 74:D4:35:E9:E2:60")));
        QCOMPARE(window.lastShowSystem()->info.systemName(), QStringLiteral("ONS"));
        // The terminal showed the dialogue as it happened; no password was typed.
        QVERIFY(screenText(window).contains(QStringLiteral("MAC Address ..... 74:D4:35:E9:E2:62")));
        QVERIFY(!far.received.contains("unused"));

        QSignalSpy written(&window, &SerialConsoleWindow::inventoryWritten);
        QVERIFY2(window.storeSwitchMacs(), qPrintable(window.macMessage()));
        QCOMPARE(written.size(), 1);
        QCOMPARE(written.first().first().toString(), inventory);
        const auto after = InventoryIo::load(inventory);
        QVERIFY(after.ok());
        const Enclosure &stored = after.inventory->enclosures.first();
        QCOMPARE(stored.switches.size(), 1);
        QCOMPARE(stored.switches.first().position, 1);
        QCOMPARE(stored.switches.first().serialPort, m_near);
        QCOMPARE(stored.switches.first().systemMac.toString(), QStringLiteral("74:D4:35:E9:E2:62"));
        QCOMPARE(stored.cmmMac.toString(), QStringLiteral("74:D4:35:E9:E2:60"));
        // SafeWriter kept the file it replaced.
        const QStringList backups = QDir(m_dir.filePath(QStringLiteral("inv")))
                                        .entryList({QStringLiteral("inventory.json.*.bak")});
        QCOMPARE(backups.size(), 1);
        const auto before
            = InventoryIo::load(m_dir.filePath(QStringLiteral("inv/") + backups.first()));
        QVERIFY(before.ok());
        QVERIFY(before.inventory->enclosures.first().cmmMac.isNull());
    }

    void damagedShowSystemOutputIsReportedAndNothingCanBeStored()
    {
        SerialConsoleWindow window({QStringLiteral("lab"), QStringLiteral("DX1000"), 1,
                                       m_dir.filePath(QStringLiteral("never-written.json"))},
            settingsFor(m_near), m_settings.get());
        FarEnd far(m_far);
        far.answer = cliSwitch("System Name ..... ONS\r\nMAC Address ..... 74:D4:35:E9\r\n");
        QSignalSpy read(&window, &SerialConsoleWindow::macsRead);
        window.readSwitchMacs(QStringLiteral("admin"), "admin");
        QTRY_COMPARE(read.size(), 1);
        QCOMPARE(read.first().first().toBool(), false);
        QVERIFY(window.macMessageIsError());
        QVERIFY2(
            window.macMessage().contains(QStringLiteral("MAC")), qPrintable(window.macMessage()));
        QVERIFY(!window.storeSwitchMacs());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never-written.json"))));
    }

    void readingMacsFromADisconnectedPortSaysSo()
    {
        SerialConsoleWindow window({QStringLiteral("lab"), QStringLiteral("DX1000"), 1, {}},
            settingsFor(m_near), m_settings.get());
        window.disconnectPort();
        QSignalSpy read(&window, &SerialConsoleWindow::macsRead);
        window.readSwitchMacs(QStringLiteral("admin"), "admin");
        QCOMPARE(read.size(), 1);
        QVERIFY(window.macMessageIsError());
        QVERIFY2(window.macMessage().contains(QStringLiteral("not connected")),
            qPrintable(window.macMessage()));
    }

    void aSilentPortTimesOutWithAClearMessage()
    {
        SerialConsoleWindow window({QStringLiteral("lab"), QStringLiteral("DX1000"), 1, {}},
            settingsFor(m_near), m_settings.get());
        FarEnd far(m_far); // never answers
        window.setDialogueTimeouts({200, 200, 200});
        QSignalSpy read(&window, &SerialConsoleWindow::macsRead);
        window.readSwitchMacs(QStringLiteral("admin"), "admin");
        QTRY_COMPARE(read.size(), 1);
        QVERIFY(window.macMessageIsError());
        QVERIFY2(window.macMessage().contains(QStringLiteral("no login or CLI prompt")),
            qPrintable(window.macMessage()));
    }

    void mainWindowOpensTheConsoleOnTheInventorysPortOnce()
    {
        const QString inventory = writeInventory({{1, m_near}});
        MainWindow main(MainWindow::SettingsMode::Ephemeral);
        QVERIFY(!main.findChild<QAction *>(QStringLiteral("actionSwitchConsole"))->isEnabled());
        QVERIFY(main.openInventory(inventory));
        QVERIFY(main.findChild<QAction *>(QStringLiteral("actionSwitchConsole"))->isEnabled());
        main.openSwitchConsole(1);
        SerialConsoleWindow *window = main.switchConsole(1);
        QVERIFY(window);
        QCOMPARE(window->serialSettings().portName, m_near);
        QCOMPARE(window->context().inventoryPath, main.inventoryPath());
        QCOMPARE(window->context().enclosure, QStringLiteral("rack1-u01"));
        QCOMPARE(window->session()->state(), State::Established);
        main.openSwitchConsole(1);
        QCOMPARE(main.findChildren<SerialConsoleWindow *>().size(), 1);
        // One switch module in the inventory: the menu opens it without asking.
        window->close(); // deletes it
        QTRY_VERIFY(!main.switchConsole(1));
        main.findChild<QAction *>(QStringLiteral("actionSwitchConsole"))->trigger();
        QVERIFY(main.switchConsole(1));
    }

    void mainWindowAsksWhichSwitchModuleWhenThereAreTwo()
    {
        const QString inventory = writeInventory({{1, m_near}, {2, m_far}});
        MainWindow main(MainWindow::SettingsMode::Ephemeral);
        QVERIFY(main.openInventory(inventory));
        main.findChild<QAction *>(QStringLiteral("actionSwitchConsole"))->trigger();
        auto *chooser = main.findChild<QInputDialog *>();
        QVERIFY(chooser);
        QCOMPARE(chooser->comboBoxItems(),
            QStringList({QStringLiteral("Switch module 1"), QStringLiteral("Switch module 2")}));
        chooser->setTextValue(QStringLiteral("Switch module 2"));
        chooser->accept();
        QVERIFY(main.switchConsole(2));
        QVERIFY(!main.switchConsole(1));
        QCOMPARE(main.switchConsole(2)->serialSettings().portName, m_far);
    }

    void mainWindowAsksForThePortWhenNoneIsKnown()
    {
        const QString inventory = writeInventory({});
        MainWindow main(MainWindow::SettingsMode::Ephemeral);
        QVERIFY(main.openInventory(inventory));
        main.openSwitchConsole(1);
        QVERIFY(!main.switchConsole(1));
        auto *dialog = main.findChild<SerialSettingsDialog *>();
        QVERIFY(dialog);
        dialog->setSettings(settingsFor(m_near));
        dialog->accept();
        QVERIFY(main.switchConsole(1));
        QCOMPARE(main.switchConsole(1)->serialSettings().portName, m_near);
    }

    void mainWindowFallsBackToTheLastPortUsed()
    {
        {
            QSettings settings;
            SerialSettings last = settingsFor(m_far);
            last.baudRate = 38400;
            SerialSettingsStore::save(settings, last);
        }
        const QString inventory = writeInventory({});
        MainWindow main(MainWindow::SettingsMode::Persistent);
        QVERIFY(main.openInventory(inventory));
        main.openSwitchConsole(1);
        SerialConsoleWindow *window = main.switchConsole(1);
        QVERIFY(window);
        QCOMPARE(window->serialSettings().portName, m_far);
        QCOMPARE(window->serialSettings().baudRate, 38400);
    }

    void withoutAnInventoryNoConsoleOpens()
    {
        MainWindow main(MainWindow::SettingsMode::Ephemeral);
        main.openSwitchConsole(1);
        QVERIFY(!main.switchConsole(1));
        QVERIFY(main.findChildren<SerialConsoleWindow *>().isEmpty());
    }

private:
    // The seed's enclosure with the given switch modules (position, port).
    QString writeInventory(const QList<std::pair<int, QString>> &switches)
    {
        auto seed
            = InventoryIo::load(QStringLiteral(DX_TEST_DATA "/inventory/seed-enclosure.json"));
        if (!seed.ok())
            return {};
        seed.inventory->enclosures.first().switches.clear();
        for (const auto &[position, port] : switches)
            seed.inventory->enclosures.first().switches.append(SwitchInfo {position, port, {}});
        const QString path = m_dir.filePath(QStringLiteral("main-inventory.json"));
        QFile::remove(path);
        return InventoryIo::save(*seed.inventory, path).isEmpty() ? path : QString();
    }

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    QString m_near;
    QString m_far;
    std::unique_ptr<PtyPair> m_pair;
    std::unique_ptr<QSettings> m_settings;
};

QTEST_MAIN(TestSerialConsoleWindow)
#include "tst_serialconsolewindow.moc"
