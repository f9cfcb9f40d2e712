// SPDX-License-Identifier: GPL-3.0-or-later
//
// The switch module's serial console window against the lab (CTest `lab`
// fixture): opened from MainWindow::openSwitchConsole on a copy of the lab's
// inventory, a login and `show system` typed through the terminal, then Read
// Switch MACs storing the switch's and the CMM's MAC in that copy (file and
// backup checked, the main window reloaded), and a wrong password. Leaves the
// switch logged out.

#include "chassis/inventoryio.h"
#include "console/serialsession.h"
#include "mainwindow.h"
#include "serialconsolewindow.h"
#include "terminalwidget.h"
#include "labfixture.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {
// Login on the lab's switch prints its "Checking ..." lines with short delays.
constexpr int SwitchWaitMs = 60000;

QString screenText(const TerminalWidget *terminal)
{
    QStringList lines;
    for (qsizetype i = 0; i < terminal->scrollbackLineCount(); ++i)
        lines << terminal->scrollbackLineText(i);
    lines << terminal->snapshot().text();
    return lines.join(QLatin1Char('\n'));
}

// The line the cursor is on: where the switch's latest prompt stands.
QString cursorLine(const TerminalWidget *terminal)
{
    const TerminalSnapshot s = terminal->snapshot();
    return s.rowText(s.cursor.y());
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
} // namespace

class TestSerialConsoleWindowLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString state = Lab::stateDir();
        QVERIFY2(!state.isEmpty(), "run through CTest: the lab fixture sets DXLAB_STATE_DIR");
        auto lab = InventoryIo::load(state + QStringLiteral("/inventory.json"));
        QVERIFY2(lab.ok(), qPrintable(lab.error.toString()));
        m_port = lab.inventory->enclosures.first().switches.first().serialPort;
        // A copy without the MACs, so that they come from the switch; written
        // fresh, so the only backup will be Store in Inventory's.
        lab.inventory->enclosures.first().switches.first().systemMac = MacAddress();
        lab.inventory->enclosures.first().cmmMac = MacAddress();
        m_inventory = m_dir.filePath(QStringLiteral("lab-copy.json"));
        QCOMPARE(InventoryIo::save(*lab.inventory, m_inventory), QString());
        m_enclosure = lab.inventory->enclosures.first().name;
        // Start at the login prompt whatever an earlier test left.
        QVERIFY(logOutOfTheSwitch());
    }

    void cleanupTestCase()
    {
        // Leave the switch as found: at its login prompt.
        QVERIFY(logOutOfTheSwitch());
    }

    void loginThroughTheTerminalAndStoreTheSwitchMacs()
    {
        MainWindow main(MainWindow::SettingsMode::Ephemeral);
        QVERIFY(main.openInventory(m_inventory));
        QVERIFY(main.findChild<QAction *>(QStringLiteral("actionSwitchConsole"))->isEnabled());
        main.openSwitchConsole(1);
        SerialConsoleWindow *window = main.switchConsole(1);
        QVERIFY(window);
        QVERIFY(window->isVisible());
        QCOMPARE(window->serialSettings().portName, m_port);
        QCOMPARE(window->serialSettings().baudRate, 115200);
        QVERIFY(window->windowTitle().contains(m_enclosure));
        QVERIFY(window->windowTitle().contains(QStringLiteral("switch module 1")));
        QCOMPARE(window->session()->state(), ConsoleSession::State::Established);
        // Asking again brings the same window forward.
        main.openSwitchConsole(1);
        QCOMPARE(main.switchConsole(1), window);

        // The seed's login, typed key by key.
        TerminalWidget *terminal = window->terminal();
        type(terminal, QStringLiteral("\r"));
        QTRY_VERIFY_WITH_TIMEOUT(
            screenText(terminal).contains(QStringLiteral("Wind River Linux 5.0.1.10 console")),
            SwitchWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            cursorLine(terminal).endsWith(QStringLiteral("login:")), SwitchWaitMs);
        type(terminal, QStringLiteral("admin\r"));
        QTRY_VERIFY_WITH_TIMEOUT(
            cursorLine(terminal).startsWith(QStringLiteral("Password:")), SwitchWaitMs);
        type(terminal, QStringLiteral("admin\r"));
        QTRY_VERIFY_WITH_TIMEOUT(cursorLine(terminal) == QStringLiteral("Switch >"), SwitchWaitMs);
        QVERIFY(screenText(terminal).contains(QStringLiteral("Authenticating ...")));
        type(terminal, QStringLiteral("enable\r"));
        QTRY_VERIFY_WITH_TIMEOUT(cursorLine(terminal) == QStringLiteral("Switch #"), SwitchWaitMs);
        type(terminal, QStringLiteral("show system\r"));
        QTRY_VERIFY_WITH_TIMEOUT(
            screenText(terminal).contains(QStringLiteral("MAC Address ..... 74:D4:35:E9:E2:62")),
            SwitchWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(cursorLine(terminal) == QStringLiteral("Switch #"), SwitchWaitMs);

        // Read Switch MACs over the same session: logged in, so no password asked.
        QSignalSpy read(window, &SerialConsoleWindow::macsRead);
        window->findChild<QAction *>(QStringLiteral("actionReadSwitchMacs"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(read.size() == 1, SwitchWaitMs);
        QVERIFY2(read.first().first().toBool(), qPrintable(window->macMessage()));
        const QString message = window->macMessage();
        QVERIFY2(
            message.contains(QStringLiteral("system MAC 74:D4:35:E9:E2:62")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("ONS MAC 74:D4:35:E9:E2:61")));
        QVERIFY(message.contains(QStringLiteral("CMM MAC 74:D4:35:E9:E2:60")));
        QCOMPARE(
            screenText(terminal).count(QStringLiteral("MAC Address ..... 74:D4:35:E9:E2:62")), 2);

        // Store in Inventory: the copy gets both MACs, its old content is kept as
        // a backup, and the main window shows the new file.
        auto *store = window->findChild<QPushButton *>(QStringLiteral("storeSwitchMacs"));
        QVERIFY(store && store->isVisible());
        store->click();
        QVERIFY2(!window->macMessageIsError(), qPrintable(window->macMessage()));
        const auto after = InventoryIo::load(m_inventory);
        QVERIFY2(after.ok(), qPrintable(after.error.toString()));
        QCOMPARE(after.inventory->enclosures.first().switches.first().systemMac.toString(),
            QStringLiteral("74:D4:35:E9:E2:62"));
        QCOMPARE(after.inventory->enclosures.first().cmmMac.toString(),
            QStringLiteral("74:D4:35:E9:E2:60"));
        const QStringList backups
            = QDir(m_dir.path()).entryList({QStringLiteral("lab-copy.json.*.bak")});
        QCOMPARE(backups.size(), 1);
        const auto before = InventoryIo::load(m_dir.filePath(backups.first()));
        QVERIFY(before.ok());
        QVERIFY(before.inventory->enclosures.first().cmmMac.isNull());
        QVERIFY(before.inventory->enclosures.first().switches.first().systemMac.isNull());
        QCOMPARE(main.inventory()->enclosures.first().cmmMac.toString(),
            QStringLiteral("74:D4:35:E9:E2:60"));

        // Log out through the terminal, as an operator would.
        type(terminal, QStringLiteral("exit\r"));
        QTRY_VERIFY_WITH_TIMEOUT(
            cursorLine(terminal).endsWith(QStringLiteral("login:")), SwitchWaitMs);
    }

    void aWrongPasswordIsShownClearly()
    {
        MainWindow main(MainWindow::SettingsMode::Ephemeral);
        QVERIFY(main.openInventory(m_inventory));
        main.openSwitchConsole(1);
        SerialConsoleWindow *window = main.switchConsole(1);
        QVERIFY(window);
        QSignalSpy read(window, &SerialConsoleWindow::macsRead);
        window->readSwitchMacs(QStringLiteral("admin"), "not-the-password");
        QTRY_VERIFY_WITH_TIMEOUT(read.size() == 1, SwitchWaitMs);
        QCOMPARE(read.first().first().toBool(), false);
        QVERIFY(window->macMessageIsError());
        QVERIFY2(
            window->macMessage().contains(QStringLiteral("rejected the user name or password")),
            qPrintable(window->macMessage()));
        QVERIFY(screenText(window->terminal()).contains(QStringLiteral("Login incorrect")));
        // The password never reached the screen.
        QVERIFY(!screenText(window->terminal()).contains(QStringLiteral("not-the-password")));
    }

private:
    bool logOutOfTheSwitch()
    {
        SerialSettings settings;
        settings.portName = m_port;
        SerialSession session(settings);
        SwitchDialogue logout(&session);
        QSignalSpy done(&logout, &SwitchDialogue::finished);
        session.open();
        logout.logout();
        if (done.isEmpty() && !done.wait(SwitchWaitMs))
            return false;
        if (!done.first().first().toBool())
            qWarning("logging out of the switch: %s", qPrintable(logout.errorMessage()));
        return done.first().first().toBool();
    }

    QTemporaryDir m_dir;
    QString m_inventory;
    QString m_enclosure;
    QString m_port;
};

QTEST_MAIN(TestSerialConsoleWindowLab)
#include "tst_serialconsolewindow_lab.moc"
