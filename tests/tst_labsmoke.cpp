// SPDX-License-Identifier: GPL-3.0-or-later
//
// End-to-end smoke test against the lab (run by CTest inside the `lab` fixture):
// the lab's inventory loads, all 46 BMCs answer over FreeIPMI, slot 23 powers on
// and its console shows the BIOS banner and the FreeBSD loader over SOL, and the
// switch simulator accepts a login over its serial console.

#include "chassis/inventoryio.h"
#include "console/serialsession.h"
#include "console/solsession.h"
#include "ipmi/freeipmibackend.h"
#include "labfixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QPromise>
#include <QSignalSpy>
#include <QThreadPool>
#include <QtTest>

#include <memory>

namespace {
// The seed's factory default; kept in memory only, never on a command line.

/// Runs @p job on @p pool; the future holds its result. (What QtConcurrent::run
/// does, without linking QtConcurrent.)
template<typename Job>
auto runOn(QThreadPool *pool, Job job) -> QFuture<decltype(job())>
{
    using Result = decltype(job());
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    pool->start([promise, job = std::move(job)]() mutable {
        promise->addResult(job());
        promise->finish();
    });
    return future;
}

/// Waits for @p future while the event loop keeps running (console sessions
/// stay serviced during blocking IPMI calls on the pool).
template<typename T>
T await(const QFuture<T> &future)
{
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.result();
}

QString readTrimmed(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}
} // namespace

class TestLabSmoke : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void inventoryDescribesTheLab();
    void everySlotAnswersPowerOff_data();
    void everySlotAnswersPowerOff();
    void slot23BmcMacMatchesInventory();
    void slot23PowersOnAndItsConsoleShowsBiosThenLoader();
    void switchAcceptsLoginAndEnable();
    void slot23PowersOffAgain();
    void cleanupTestCase();

private:
    IpmiTarget targetFor(int slot) const;
    QList<IpmiTarget> allTargets() const;
    QString powerFile(int slot) const;

    Inventory m_inventory;
    FreeIpmiBackend m_backend;
    QThreadPool m_pool;
};

void TestLabSmoke::initTestCase()
{
    Lab::loadInventory(&m_inventory);
    if (QTest::currentTestFailed())
        return;
    // The bounded fanout the lab needs: ipmi_sim fails with unbounded fanout.
    m_pool.setMaxThreadCount(8);
}

IpmiTarget TestLabSmoke::targetFor(int number) const
{
    return Lab::target(m_inventory.enclosures.first(), number);
}

QList<IpmiTarget> TestLabSmoke::allTargets() const
{
    QList<IpmiTarget> targets;
    for (const SlotInfo &slot : m_inventory.enclosures.first().moduleSlots) {
        if (slot.bmc)
            targets << targetFor(slot.slot);
    }
    return targets;
}

QString TestLabSmoke::powerFile(int slot) const
{
    return Lab::slotFile(slot, "power");
}

void TestLabSmoke::inventoryDescribesTheLab()
{
    const Enclosure &enclosure = m_inventory.enclosures.first();
    QCOMPARE(enclosure.moduleSlots.size(), 46);
    const quint16 port = quint16(qEnvironmentVariableIntValue("DXLAB_PORT"));
    for (const SlotInfo &slot : enclosure.moduleSlots) {
        QVERIFY2(
            slot.bmc.has_value(), qPrintable(QStringLiteral("slot %1 has no BMC").arg(slot.slot)));
        QCOMPARE(slot.bmc->host, QStringLiteral("127.0.1.%1").arg(slot.slot));
        QCOMPARE(slot.bmc->port, port);
    }
    QCOMPARE(enclosure.ipmi.user, QStringLiteral("Administrator"));
    QVERIFY(enclosure.ipmi.workaroundFlags.contains(QStringLiteral("opensesspriv")));
    QVERIFY(enclosure.ipmi.solWorkaroundFlags.contains(QStringLiteral("solchannelsupport")));
    QCOMPARE(enclosure.slot(23)->bmcMac.toString(), QStringLiteral("74:D4:35:83:78:16"));
    QVERIFY(!enclosure.switches.isEmpty());
}

void TestLabSmoke::everySlotAnswersPowerOff_data()
{
    QTest::addColumn<int>("fanout");
    // 8 is the fanout the lab is known to take (ipmi_sim fails with unbounded
    // fanout). DX_FANOUT_SWEEP=1 adds other fanouts, to compare their timings.
    QTest::newRow("fanout 8") << 8;
    if (qEnvironmentVariableIntValue("DX_FANOUT_SWEEP") > 0) {
        for (int fanout : {1, 2, 4, 16, 46})
            QTest::addRow("fanout %d", fanout) << fanout;
    }
}

void TestLabSmoke::everySlotAnswersPowerOff()
{
    QFETCH(int, fanout);
    const QList<IpmiTarget> targets = allTargets();
    QCOMPARE(targets.size(), 46);

    QThreadPool pool;
    pool.setMaxThreadCount(fanout);
    QElapsedTimer timer;
    timer.start();
    QList<QFuture<IpmiResult<PowerState>>> futures;
    for (const IpmiTarget &target : targets)
        futures << runOn(&pool, [this, target] { return m_backend.powerState(target); });
    // Every slot's answer first, then one verdict naming all that differ.
    QStringList wrong;
    for (qsizetype i = 0; i < futures.size(); ++i) {
        const IpmiResult<PowerState> result = futures[i].result();
        if (!result.ok())
            wrong << result.error().message;
        else if (*result != PowerState::Off)
            wrong << QStringLiteral("%1: %2").arg(targets[i].describe(), powerStateId(*result));
    }
    qInfo("power status of %lld slots at fanout %d: %lld ms, %lld not off",
        qlonglong(targets.size()), fanout, qlonglong(timer.elapsed()), qlonglong(wrong.size()));
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
}

void TestLabSmoke::slot23BmcMacMatchesInventory()
{
    const IpmiResult<MacAddress> mac = m_backend.lanMacAddress(targetFor(23));
    QVERIFY2(mac.ok(), qPrintable(mac.error().message));
    QCOMPARE(mac->toString(), m_inventory.enclosures.first().slot(23)->bmcMac.toString());
    QCOMPARE(mac->toString(), QStringLiteral("74:D4:35:83:78:16"));
}

void TestLabSmoke::slot23PowersOnAndItsConsoleShowsBiosThenLoader()
{
    const IpmiTarget target = targetFor(23);

    // Console first, so nothing the module prints after power-on is missed.
    SolSession sol(target);
    QByteArray console;
    connect(&sol, &ConsoleSession::bytesReceived, this,
        [&console](const QByteArray &data) { console += data; });
    QSignalSpy states(&sol, &ConsoleSession::stateChanged);
    QElapsedTimer timer;
    qint64 establishedAfter = -1;
    connect(&sol, &ConsoleSession::stateChanged, this, [&](ConsoleSession::State s) {
        if (s == ConsoleSession::State::Established)
            establishedAfter = timer.elapsed();
    });
    timer.start();
    sol.open();
    QTRY_VERIFY_WITH_TIMEOUT(sol.state() != ConsoleSession::State::Connecting, 20000);
    QVERIFY2(sol.state() == ConsoleSession::State::Established, qPrintable(sol.reason()));
    qInfo("SOL to slot 23 established in %lld ms", qlonglong(establishedAfter));
    QCOMPARE(
        states.first().first().value<ConsoleSession::State>(), ConsoleSession::State::Connecting);

    const IpmiResult<void> on = await(runOn(&m_pool,
        [this, target] { return m_backend.chassisControl(target, ChassisControl::PowerOn); }));
    QVERIFY2(on.ok(), qPrintable(on.error().message));
    QCOMPARE(readTrimmed(powerFile(23)), QStringLiteral("on"));
    const IpmiResult<PowerState> state
        = await(runOn(&m_pool, [this, target] { return m_backend.powerState(target); }));
    QVERIFY2(state.ok(), qPrintable(state.error().message));
    QCOMPARE(powerStateId(*state), QStringLiteral("on"));

    QTRY_VERIFY_WITH_TIMEOUT(console.contains("American Megatrends"), 60000);
    const qsizetype banner = console.indexOf("American Megatrends");
    QTRY_VERIFY_WITH_TIMEOUT(console.indexOf("Welcome to FreeBSD", banner) > banner, 120000);
    qInfo("BIOS banner and loader seen %lld ms after opening the console",
        qlonglong(timer.elapsed()));
    QCOMPARE(sol.state(), ConsoleSession::State::Established);

    sol.close();
    QCOMPARE(sol.state(), ConsoleSession::State::Closed);
}

void TestLabSmoke::switchAcceptsLoginAndEnable()
{
    const QString port = m_inventory.enclosures.first().switches.first().serialPort;
    QVERIFY2(!port.isEmpty(), "the lab inventory names no serial port for switch 1");

    SerialSession serial(SerialSettings {port});
    QByteArray output;
    connect(&serial, &ConsoleSession::bytesReceived, this,
        [&output](const QByteArray &data) { output += data; });
    serial.open();
    QVERIFY2(serial.state() == ConsoleSession::State::Established, qPrintable(serial.reason()));

    // A carriage return makes the simulator (re)print its login prompt, or its CLI
    // prompt if an earlier test left it logged in; then log out first.
    QVERIFY(serial.write("\r"));
    QTRY_VERIFY_WITH_TIMEOUT(output.contains("login:") || output.contains("Switch"), 20000);
    if (!output.contains("login:")) {
        QVERIFY(serial.write("end\rexit\r"));
        QTRY_VERIFY_WITH_TIMEOUT(output.contains("login:"), 20000);
    }
    output.clear();
    QVERIFY(serial.write("admin\r"));
    QTRY_VERIFY_WITH_TIMEOUT(output.contains("Password:"), 20000);
    output.clear();
    QVERIFY(serial.write("admin\r"));
    QTRY_VERIFY_WITH_TIMEOUT(output.contains("Switch >"), 30000);
    output.clear();
    QVERIFY(serial.write("enable\r"));
    QTRY_VERIFY_WITH_TIMEOUT(output.contains("Switch #"), 20000);

    // Leave the simulator at its login prompt for whoever comes next.
    output.clear();
    QVERIFY(serial.write("exit\r"));
    QTRY_VERIFY_WITH_TIMEOUT(output.contains("login:"), 20000);
    serial.close();
    QCOMPARE(serial.state(), ConsoleSession::State::Closed);
}

void TestLabSmoke::slot23PowersOffAgain()
{
    const IpmiTarget target = targetFor(23);
    const IpmiResult<void> off = m_backend.chassisControl(target, ChassisControl::PowerOff);
    QVERIFY2(off.ok(), qPrintable(off.error().message));
    QCOMPARE(readTrimmed(powerFile(23)), QStringLiteral("off"));
    const IpmiResult<PowerState> state = m_backend.powerState(target);
    QVERIFY2(state.ok(), qPrintable(state.error().message));
    QCOMPARE(powerStateId(*state), QStringLiteral("off"));
}

void TestLabSmoke::cleanupTestCase()
{
    // Leave the lab as we found it even when a step above failed.
    if (!m_inventory.enclosures.isEmpty() && readTrimmed(powerFile(23)) == QStringLiteral("on"))
        m_backend.chassisControl(targetFor(23), ChassisControl::PowerOff);
}

QTEST_GUILESS_MAIN(TestLabSmoke)
#include "tst_labsmoke.moc"
