// SPDX-License-Identifier: GPL-3.0-or-later
//
// ConsoleWindow with fake sessions: one pane per slot, titles and states, the
// reason and Reconnect when a session is lost, tabs and tiles, and the explicit
// "type into all" mode.

#include "consolepane.h"
#include "consolewindow.h"
#include "sessionlogdialog.h"
#include "terminalwidget.h"

#include <QCheckBox>
#include <QFile>
#include <QTemporaryDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QtTest>

namespace {
/// A session the test drives by hand; records what was written to it.
class FakeSession final : public ConsoleSession
{
    Q_OBJECT

public:
    explicit FakeSession(IpmiTarget target)
        : m_target(std::move(target))
    { }
    QString description() const override { return m_target.describe(); }
    void open() override
    {
        ++opened;
        setState(State::Connecting);
    }
    void close() override { setState(State::Closed); }
    bool write(const QByteArray &data) override
    {
        if (state() != State::Established)
            return false;
        written += data;
        return true;
    }
    void establish() { setState(State::Established); }
    void lose(const QString &reason) { setState(State::Lost, reason); }
    void receive(const QByteArray &bytes) { Q_EMIT bytesReceived(bytes); }

    IpmiTarget m_target;
    QByteArray written;
    int opened = 0;
};

Enclosure testEnclosure()
{
    Enclosure e;
    e.name = QStringLiteral("dx1");
    for (int number : {23, 24, 25}) {
        SlotInfo slot;
        slot.slot = number;
        slot.module = ModuleType::Server;
        slot.hostName = QStringLiteral("dx1000s%1").arg(number);
        slot.bmc = BmcEndpoint {QStringLiteral("127.0.1.%1").arg(number), 1623};
        e.moduleSlots.append(slot);
    }
    SlotInfo hdd;
    hdd.slot = 26;
    hdd.module = ModuleType::Hdd;
    e.moduleSlots.append(hdd);
    return e;
}
} // namespace

class TestConsoleWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void opensOnePanePerSlotWithTitleAndState();
    void terminalAndSessionAreConnected();
    void lostSessionShowsReasonAndReconnectOpensANewSession();
    void cancelledPasswordLeavesAReconnectableConsole();
    void tiledViewShowsEveryConsole();
    void typeIntoAllIsExplicitAndReachesOnlyTargets();
    void openConsolesUsesTheEnclosureSource();
    void logKeepsWritingAcrossReconnects();
    void logActionAsksWithoutBlockingAndWritesRawBytes();

private:
    FakeSession *session(int slotNumber) const;

    std::unique_ptr<ConsoleWindow> m_window;
    QList<FakeSession *> m_sessions;
    QList<QByteArray> m_passwordsGiven;
    int m_passwordAsks = 0;
    bool m_cancelPassword = false;
};

void TestConsoleWindow::init()
{
    m_sessions.clear();
    m_passwordsGiven.clear();
    m_passwordAsks = 0;
    m_cancelPassword = false;
    m_window = std::make_unique<ConsoleWindow>();
    m_window->setSessionFactory([this](const IpmiTarget &target) {
        auto s = std::make_unique<FakeSession>(target);
        m_sessions.append(s.get());
        m_passwordsGiven.append(target.password);
        return s;
    });
    m_window->setPasswordProvider([this](const Enclosure &, bool) -> std::optional<QByteArray> {
        ++m_passwordAsks;
        if (m_cancelPassword)
            return std::nullopt;
        return QByteArrayLiteral("Administrator");
    });
}

void TestConsoleWindow::cleanup()
{
    m_window.reset();
}

FakeSession *TestConsoleWindow::session(int slotNumber) const
{
    ConsolePane *pane = m_window->pane(slotNumber);
    return pane ? qobject_cast<FakeSession *>(pane->session()) : nullptr;
}

void TestConsoleWindow::opensOnePanePerSlotWithTitleAndState()
{
    m_window->openConsolesFor(testEnclosure(), {23, 24, 26, 40});
    QCOMPARE(m_window->panes().size(), 2); // 26 is a disk, 40 is not in the inventory
    QVERIFY(m_window->isVisible());
    ConsolePane *pane = m_window->pane(23);
    QVERIFY(pane);
    QCOMPARE(pane->title(), QStringLiteral("slot 23 · dx1000s23"));
    QCOMPARE(session(23)->m_target.label, QStringLiteral("slot 23"));
    QCOMPARE(session(23)->m_target.endpoint.host, QStringLiteral("127.0.1.23"));
    QCOMPARE(m_passwordsGiven.first(), QByteArrayLiteral("Administrator"));
    QCOMPARE(session(23)->opened, 1);

    auto *tabs = m_window->findChild<QTabWidget *>();
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->tabText(0), QStringLiteral("slot 23 · dx1000s23 (connecting)"));
    session(23)->establish();
    QCOMPARE(tabs->tabText(0), QStringLiteral("slot 23 · dx1000s23"));
    QCOMPARE(tabs->tabToolTip(0), QStringLiteral("slot 23 (127.0.1.23:1623)"));

    // Opening an open slot again brings it forward instead of a second session.
    m_window->openConsolesFor(testEnclosure(), {23});
    QCOMPARE(m_window->panes().size(), 2);
    QCOMPARE(m_sessions.size(), 2);
    QCOMPARE(tabs->currentWidget(), m_window->pane(23));
}

void TestConsoleWindow::terminalAndSessionAreConnected()
{
    m_window->openConsolesFor(testEnclosure(), {23});
    FakeSession *s = session(23);
    TerminalWidget *terminal = m_window->pane(23)->terminal();
    QCOMPARE(terminal->rows(), 24); // SOL cannot tell the remote a size: VT100's
    QCOMPARE(terminal->columns(), 80);
    s->establish();
    s->receive("\x1b[1;37;44mAMI BIOS\x1b[m\r\nlogin: ");
    QCOMPARE(terminal->snapshot().rowText(0), QStringLiteral("AMI BIOS"));
    QTest::keyClicks(terminal, QStringLiteral("root"));
    QTest::keyClick(terminal, Qt::Key_Return);
    QCOMPARE(s->written, QByteArray("root\r"));
}

void TestConsoleWindow::lostSessionShowsReasonAndReconnectOpensANewSession()
{
    m_window->openConsolesFor(testEnclosure(), {24});
    ConsolePane *pane = m_window->pane(24);
    QCOMPARE(pane->errorText(), QString());
    FakeSession *first = session(24);
    first->establish();
    const QString reason
        = QStringLiteral("slot 24 (127.0.1.24:1623): the BMC does not answer; check ...");
    first->lose(reason);
    QCOMPARE(pane->errorText(), reason);
    auto *tabs = m_window->findChild<QTabWidget *>();
    QCOMPARE(tabs->tabText(0), QStringLiteral("slot 24 · dx1000s24 (connection lost)"));

    auto *button = pane->findChild<QPushButton *>(QStringLiteral("reconnectButton"));
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(m_sessions.size(), 2);
    FakeSession *second = session(24);
    QVERIFY(second != first);
    QCOMPARE(second->opened, 1);
    QCOMPARE(pane->errorText(), QString());
    second->establish();
    QVERIFY(!button->isVisible());
}

void TestConsoleWindow::cancelledPasswordLeavesAReconnectableConsole()
{
    m_cancelPassword = true;
    m_window->openConsolesFor(testEnclosure(), {25});
    QCOMPARE(m_passwordAsks, 1);
    QCOMPARE(m_passwordsGiven.first(), QByteArray()); // session fails at the BMC, shows why
    m_cancelPassword = false;
    m_window->reconnect(m_window->pane(25));
    QCOMPARE(m_passwordsGiven.last(), QByteArrayLiteral("Administrator"));
}

void TestConsoleWindow::tiledViewShowsEveryConsole()
{
    m_window->openConsolesFor(testEnclosure(), {23, 24, 25});
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->viewMode(), ConsoleWindow::ViewMode::Tabs);
    int visible = 0;
    for (ConsolePane *p : m_window->panes())
        visible += p->isVisible();
    QCOMPARE(visible, 1);

    m_window->setViewMode(ConsoleWindow::ViewMode::Tiled);
    visible = 0;
    for (ConsolePane *p : m_window->panes())
        visible += p->isVisible();
    QCOMPARE(visible, 3);
    QCOMPARE(m_window->findChild<QTabWidget *>()->count(), 0);

    m_window->setViewMode(ConsoleWindow::ViewMode::Tabs);
    QCOMPARE(m_window->findChild<QTabWidget *>()->count(), 3);
    QCOMPARE(m_window->panes().size(), 3);
    QCOMPARE(m_sessions.size(), 3); // the same sessions throughout
}

void TestConsoleWindow::typeIntoAllIsExplicitAndReachesOnlyTargets()
{
    m_window->openConsolesFor(testEnclosure(), {23, 24, 25});
    for (int n : {23, 24, 25})
        session(n)->establish();
    TerminalWidget *t23 = m_window->pane(23)->terminal();

    // Off by default: typing reaches only its own console.
    QVERIFY(!m_window->broadcastMode());
    QCOMPARE(m_window->broadcastBanner(), QString());
    QTest::keyClick(t23, Qt::Key_A);
    QCOMPARE(session(23)->written, QByteArray("a"));
    QCOMPARE(session(24)->written, QByteArray());

    m_window->setBroadcastMode(true);
    const QString banner = m_window->broadcastBanner();
    QVERIFY2(banner.contains(QStringLiteral("3 console(s)")), qPrintable(banner));
    QVERIFY2(banner.contains(QStringLiteral("slot 25 · dx1000s25")), qPrintable(banner));
    QTest::keyClick(t23, Qt::Key_F2); // the same BIOS key on every module
    for (int n : {23, 24, 25})
        QVERIFY2(session(n)->written.endsWith("\x1bOQ"), qPrintable(QString::number(n)));

    // A console taken out of the set gets nothing, and the banner says so.
    m_window->pane(24)
        ->findChild<QCheckBox *>(QStringLiteral("broadcastTarget"))
        ->setChecked(false);
    m_window->setBroadcastMode(false);
    m_window->setBroadcastMode(true);
    QVERIFY(m_window->broadcastBanner().contains(QStringLiteral("2 console(s)")));
    session(24)->written.clear();
    QTest::keyClick(m_window->pane(25)->terminal(), Qt::Key_Return);
    QVERIFY(session(23)->written.endsWith("\r"));
    QVERIFY(session(25)->written.endsWith("\r"));
    QCOMPARE(session(24)->written, QByteArray());

    m_window->setBroadcastMode(false);
    QCOMPARE(m_window->broadcastBanner(), QString());
}

void TestConsoleWindow::openConsolesUsesTheEnclosureSource()
{
    m_window->openConsoles({23}); // no source: nothing opens, nothing crashes
    QCOMPARE(m_window->panes().size(), 0);
    m_window->setEnclosureSource([] { return std::optional<Enclosure>(testEnclosure()); });
    m_window->openConsoles({23, 25});
    QCOMPARE(m_window->panes().size(), 2);
}

void TestConsoleWindow::logKeepsWritingAcrossReconnects()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("slot23.log"));
    m_window->openConsolesFor(testEnclosure(), {23});
    ConsolePane *pane = m_window->pane(23);
    QString error;
    QVERIFY2(
        pane->startLog({path, SessionLog::Format::PlainText, false}, &error), qPrintable(error));
    QVERIFY(pane->isLogging());
    session(23)->establish();
    session(23)->receive("\x1b[1mAMI BIOS\x1b[m\r\n");
    session(23)->lose(QStringLiteral("slot 23: gone"));
    m_window->reconnect(pane);
    session(23)->establish();
    session(23)->receive("login: ");
    pane->stopLog();
    QVERIFY(!pane->isLogging());
    session(23)->receive("root\r\n"); // after the log stopped
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("AMI BIOS\nlogin: \n"));

    QVERIFY(!pane->startLog({dir.filePath(QStringLiteral("missing/x.log"))}, &error));
    QVERIFY2(error.contains(QStringLiteral("cannot write the console log")), qPrintable(error));
}

void TestConsoleWindow::logActionAsksWithoutBlockingAndWritesRawBytes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("slot23.raw"));
    m_window->openConsolesFor(testEnclosure(), {23});
    ConsolePane *pane = m_window->pane(23);
    session(23)->establish();
    auto *log = m_window->findChild<QAction *>(QStringLiteral("actionConsoleLog"));
    QVERIFY(log && log->isEnabled());
    log->trigger(); // returns at once: the dialog is window-modal, not a nested loop
    auto *dialog = m_window->findChild<SessionLogDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!pane->isLogging());
    QVERIFY(!log->isChecked()); // not until a file is open
    SessionLog::Settings raw;
    raw.path = path;
    raw.format = SessionLog::Format::Raw;
    dialog->setSettings(raw);
    dialog->accept();
    QVERIFY(pane->isLogging());
    QVERIFY(log->isChecked());
    session(23)->receive("\x1b[1mAMI BIOS\x1b[m\r\n");
    log->trigger(); // unchecks: stops
    QVERIFY(!pane->isLogging());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("\x1b[1mAMI BIOS\x1b[m\r\n"));
}

QTEST_MAIN(TestConsoleWindow)
#include "tst_consolewindow.moc"
