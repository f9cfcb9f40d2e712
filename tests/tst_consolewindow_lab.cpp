// SPDX-License-Identifier: GPL-3.0-or-later
//
// Console windows against the lab (CTest `lab` fixture): a module's boot seen
// in the terminal (AMI BIOS banner, the loader menu in DEC line drawing), a login
// and a command typed through the terminal, a BMC that dies mid-session shown
// as lost with its reason and reconnected after it returns, and a wrong password.
// Leaves every slot it powered on powered off.

#include "chassis/inventoryio.h"
#include "console/solsession.h"
#include "consolepane.h"
#include "consolewindow.h"
#include "terminalwidget.h"
#include "labfixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

namespace {
using Lab::FactoryPassword;
using State = ConsoleSession::State;

/// Runs `dxlab ARGS` (the fixture's lab, through DXLAB and DXLAB_STATE_DIR).
bool dxlab(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(qEnvironmentVariable("DXLAB"), args);
    const bool ok
        = p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!ok)
        qWarning("dxlab %s: %s", qPrintable(args.join(QLatin1Char(' '))), p.readAll().constData());
    return ok;
}

/// Every line on screen or in the scrollback, newest last.
QStringList allLines(const TerminalWidget *terminal)
{
    QStringList lines;
    for (qsizetype i = 0; i < terminal->scrollbackLineCount(); ++i)
        lines << terminal->scrollbackLineText(i);
    const TerminalSnapshot s = terminal->snapshot();
    for (int r = 0; r < s.rows; ++r)
        lines << s.rowText(r);
    return lines;
}
} // namespace

class TestConsoleWindowLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void bootShowsBiosBannerAndLoaderMenu();
    void loginAndCommandThroughTheTerminal();
    void bmcStoppedMidSessionIsLostAndReconnects();
    void wrongPasswordIsShownAndAskedAgain();

private:
    /// Records the screen after every chunk the console's current session
    /// delivers: the boot clears the screen, so a later snapshot would miss it.
    void watch(ConsolePane *pane);
    /// Types @p text into the terminal as key presses.
    void type(const QString &text);
    /// Sends `echo 'MA''RK-n'` until the line MARK-n comes back: the lab's BMC may
    /// drop the first SOL packet of a session that follows another one.
    bool synchronise(int n);
    bool screenShows(const QString &text) const;

    Enclosure m_enclosure;
    std::unique_ptr<ConsoleWindow> m_window;
    QString m_seen;
    QList<bool> m_retries;
    QByteArray m_password = FactoryPassword;
    bool m_bmcStopped = false;
    static constexpr int Slot = 23;
};

void TestConsoleWindowLab::initTestCase()
{
    const QString stateDir = Lab::stateDir();
    QVERIFY2(!stateDir.isEmpty() && !qEnvironmentVariable("DXLAB").isEmpty(),
        "DXLAB_STATE_DIR/DXLAB not set: run this test through ctest, whose lab fixture "
        "starts the lab");
    const InventoryLoadResult loaded
        = InventoryIo::load(QDir(stateDir).filePath(QStringLiteral("inventory.json")));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
    m_enclosure = loaded.inventory->enclosures.first();
    QVERIFY(dxlab({QStringLiteral("power"), QString::number(Slot), QStringLiteral("off")}));

    m_window = std::make_unique<ConsoleWindow>();
    m_window->setPasswordProvider([this](const Enclosure &, bool retry) {
        m_retries.append(retry);
        return std::optional<QByteArray>(m_password);
    });
}

void TestConsoleWindowLab::cleanupTestCase()
{
    m_window.reset();
    if (m_bmcStopped)
        dxlab({QStringLiteral("bmc-start"), QString::number(Slot)});
    dxlab({QStringLiteral("power"), QString::number(Slot), QStringLiteral("off")});
}

void TestConsoleWindowLab::watch(ConsolePane *pane)
{
    connect(pane->session(), &ConsoleSession::bytesReceived, this,
        [this, pane] { m_seen += pane->terminal()->snapshot().text() + QLatin1Char('\n'); });
}

void TestConsoleWindowLab::type(const QString &text)
{
    TerminalWidget *terminal = m_window->pane(Slot)->terminal();
    for (const QChar c : text) {
        if (c == QLatin1Char('\r'))
            QTest::keyClick(terminal, Qt::Key_Return);
        else
            QTest::keyClicks(terminal, QString(c));
    }
}

bool TestConsoleWindowLab::screenShows(const QString &text) const
{
    const ConsolePane *pane = m_window->pane(Slot);
    return pane && allLines(pane->terminal()).join(QLatin1Char('\n')).contains(text);
}

bool TestConsoleWindowLab::synchronise(int n)
{
    const QString marker = QStringLiteral("MARK-%1").arg(n);
    for (int attempt = 0; attempt < 4; ++attempt) {
        type(QStringLiteral("echo 'MA''RK-%1'\r").arg(n));
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 3000) {
            if (allLines(m_window->pane(Slot)->terminal()).contains(marker))
                return true;
            QTest::qWait(50);
        }
        qInfo("%s not echoed, sending again", qPrintable(marker));
    }
    return false;
}

void TestConsoleWindowLab::bootShowsBiosBannerAndLoaderMenu()
{
    m_window->openConsolesFor(m_enclosure, {Slot});
    ConsolePane *pane = m_window->pane(Slot);
    QVERIFY(pane);
    QCOMPARE(pane->title(), QStringLiteral("slot 23 · dx1000s23"));
    watch(pane);
    QTRY_VERIFY_WITH_TIMEOUT(pane->session()->state() != State::Connecting, 20000);
    QVERIFY2(pane->session()->state() == State::Established, qPrintable(pane->errorText()));

    QElapsedTimer timer;
    timer.start();
    QVERIFY(dxlab({QStringLiteral("power"), QString::number(Slot), QStringLiteral("on")}));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_seen.contains(QStringLiteral("Copyright (C) 2013 American Megatrends, Inc.")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_seen.contains(QStringLiteral("Press <F2> SETUP")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_seen.contains(QStringLiteral("CLIENT MAC ADDR: 74 D4 35 83 78 14")), 20000);
    // The loader menu's box arrives in DEC line drawing and is shown as box characters.
    // It may arrive over several reads, so each part is waited for.
    QTRY_VERIFY_WITH_TIMEOUT(m_seen.contains(QStringLiteral("┐")), 20000);
    QTRY_VERIFY2_WITH_TIMEOUT(m_seen.contains(QStringLiteral("─ Welcome to FreeBSD ─")),
        qPrintable(m_seen.right(3000)), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_seen.contains(QStringLiteral("│ 1. Boot Multi User [Enter]")), 20000);
    QTRY_VERIFY2_WITH_TIMEOUT(
        m_seen.contains(QStringLiteral("└────")), qPrintable(m_seen.right(3000)), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(screenShows(QStringLiteral("Console type [vt100]:")), 30000);
    qInfo("power on to \"Console type\" in the terminal: %lld ms", qlonglong(timer.elapsed()));
    // The kernel lines went into the scrollback with the slot's NIC MAC.
    QVERIFY(screenShows(QStringLiteral("74:d4:35:83:78:14")));
}

void TestConsoleWindowLab::loginAndCommandThroughTheTerminal()
{
    ConsolePane *pane = m_window->pane(Slot);
    QVERIFY(pane && pane->session()->state() == State::Established);
    // The first key of the session may be dropped by the lab's BMC: repeat Enter
    // until the login prompt shows.
    for (int attempt = 0; attempt < 4 && !screenShows(QStringLiteral("login:")); ++attempt) {
        type(QStringLiteral("\r"));
        if (QTest::qWaitFor([this] { return screenShows(QStringLiteral("login:")); }, 3000))
            break;
    }
    QVERIFY(screenShows(QStringLiteral("FreeBSD/amd64 (dx1000s23) (ttyu2)")));
    type(QStringLiteral("root\r"));
    QTRY_VERIFY_WITH_TIMEOUT(screenShows(QStringLiteral("Password:")), 10000);
    type(QStringLiteral("\r"));
    QTRY_VERIFY_WITH_TIMEOUT(screenShows(QStringLiteral("root@dx1000s23:~ #")), 10000);
    QVERIFY(synchronise(1));
    type(QStringLiteral("hostname\r"));
    QTRY_VERIFY_WITH_TIMEOUT(
        allLines(pane->terminal()).contains(QStringLiteral("dx1000s23")), 10000);
    const TerminalSnapshot s = pane->terminal()->snapshot();
    QCOMPARE(s.rowText(s.cursor.y()), QStringLiteral("root@dx1000s23:~ #"));
}

void TestConsoleWindowLab::bmcStoppedMidSessionIsLostAndReconnects()
{
    ConsolePane *pane = m_window->pane(Slot);
    QVERIFY(pane && pane->session()->state() == State::Established);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(dxlab({QStringLiteral("bmc-stop"), QString::number(Slot)}));
    m_bmcStopped = true;
    QTRY_COMPARE_WITH_TIMEOUT(pane->session()->state(), State::Lost, 90000);
    qInfo("BMC stopped: console lost after %lld ms: %s", qlonglong(timer.elapsed()),
        qPrintable(pane->errorText()));
    QVERIFY2(pane->errorText().startsWith(QStringLiteral("slot 23 (127.0.1.23:")),
        qPrintable(pane->errorText()));
    auto *reconnect = pane->findChild<QPushButton *>(QStringLiteral("reconnectButton"));
    QVERIFY(reconnect && !reconnect->isHidden());

    QVERIFY(dxlab({QStringLiteral("bmc-start"), QString::number(Slot)}));
    m_bmcStopped = false;
    QTest::mouseClick(reconnect, Qt::LeftButton);
    watch(pane);
    QTRY_VERIFY_WITH_TIMEOUT(pane->session()->state() != State::Connecting, 20000);
    QVERIFY2(pane->session()->state() == State::Established, qPrintable(pane->errorText()));
    QCOMPARE(pane->errorText(), QString());
    QCOMPARE(m_retries.last(), false); // same password, not asked again
    // The module kept running: the shell answers in the new session.
    QVERIFY(synchronise(2));
}

void TestConsoleWindowLab::wrongPasswordIsShownAndAskedAgain()
{
    m_window->closePane(m_window->pane(Slot));
    m_password = QByteArrayLiteral("not-the-password");
    m_retries.clear();
    m_window->openConsolesFor(m_enclosure, {Slot});
    ConsolePane *pane = m_window->pane(Slot);
    QTRY_COMPARE_WITH_TIMEOUT(pane->session()->state(), State::Lost, 30000);
    qInfo("%s", qPrintable(pane->errorText()));
    QVERIFY2(pane->errorText().contains(QStringLiteral("password")), qPrintable(pane->errorText()));
    QVERIFY(pane->errorText().startsWith(QStringLiteral("slot 23 (127.0.1.23:")));

    // Reconnect asks for the password again (retry) and connects with the right one.
    m_password = FactoryPassword;
    QTest::mouseClick(
        pane->findChild<QPushButton *>(QStringLiteral("reconnectButton")), Qt::LeftButton);
    QCOMPARE(m_retries, (QList<bool> {false, true}));
    QTRY_VERIFY_WITH_TIMEOUT(pane->session()->state() != State::Connecting, 20000);
    QVERIFY2(pane->session()->state() == State::Established, qPrintable(pane->errorText()));
}

QTEST_MAIN(TestConsoleWindowLab)
#include "tst_consolewindow_lab.moc"
