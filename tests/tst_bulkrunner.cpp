// SPDX-License-Identifier: GPL-3.0-or-later
//
// BulkRunner and StatusPoller on a fake IpmiBackend: the fanout bound holds,
// retries only where safe, cancellation reports every target, the poll backs off
// a dead BMC and never runs two rounds at once.

#include "ipmi/bulkrunner.h"
#include "ipmi/ipmibackend.h"
#include "ipmi/statuspoller.h"

#include <atomic>
#include <mutex>

#include <QSet>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

namespace {
/// Answers after @p delayMs; hosts in `dead` time out, hosts in `busy` are busy once.
class FakeBackend final : public IpmiBackend
{
public:
    std::atomic<int> inFlight {0};
    std::atomic<int> maxInFlight {0};
    std::atomic<int> calls {0};
    std::atomic<int> delayMs {20};
    std::mutex mutex;
    QSet<QString> dead;
    QHash<QString, int> callsPerHost;

    IpmiResult<PowerState> powerState(const IpmiTarget &target) override
    {
        const IpmiResult<void> r = request(target);
        if (!r)
            return r.error();
        return PowerState::On;
    }
    IpmiResult<void> chassisControl(const IpmiTarget &target, ChassisControl) override
    {
        return request(target);
    }
    IpmiResult<BmcDeviceId> deviceId(const IpmiTarget &target) override
    {
        const IpmiResult<void> r = request(target);
        if (!r)
            return r.error();
        return BmcDeviceId {};
    }
    IpmiResult<MacAddress> lanMacAddress(const IpmiTarget &target) override
    {
        const IpmiResult<void> r = request(target);
        if (!r)
            return r.error();
        return MacAddress(0x74d435837816ULL);
    }
    IpmiResult<void> setBootDevice(const IpmiTarget &target, BootDevice, bool) override
    {
        return request(target);
    }
    IpmiResult<void> identify(const IpmiTarget &target, const IdentifyRequest &) override
    {
        return request(target);
    }
    IpmiResult<RawResponse> raw(const IpmiTarget &target, const RawRequest &) override
    {
        const IpmiResult<void> r = request(target);
        if (!r)
            return r.error();
        return RawResponse {};
    }

    int callsTo(const QString &host)
    {
        const std::lock_guard lock(mutex);
        return callsPerHost.value(host);
    }

private:
    IpmiResult<void> request(const IpmiTarget &target)
    {
        const int now = ++inFlight;
        int seen = maxInFlight;
        while (now > seen && !maxInFlight.compare_exchange_weak(seen, now)) { }
        ++calls;
        bool isDead = false;
        {
            const std::lock_guard lock(mutex);
            ++callsPerHost[target.endpoint.host];
            isDead = dead.contains(target.endpoint.host);
        }
        QThread::msleep(isDead ? 100 : delayMs.load());
        --inFlight;
        if (isDead)
            return IpmiError::make(IpmiError::Kind::Unreachable, target);
        return {};
    }
};

QList<IpmiTarget> targets(int count)
{
    QList<IpmiTarget> list;
    for (int i = 1; i <= count; ++i) {
        IpmiTarget t;
        t.label = QStringLiteral("t:s%1").arg(i);
        t.endpoint.host = QStringLiteral("10.0.0.%1").arg(i);
        list << t;
    }
    return list;
}

QList<BulkResult> runAll(BulkRunner &runner, const QList<IpmiTarget> &list, const BulkOperation &op,
    const BulkOptions &options)
{
    QSignalSpy finished(&runner, &BulkRunner::finished);
    if (!runner.start(list, op, options) || (finished.isEmpty() && !finished.wait(30000)))
        return {};
    return finished.constFirst().constFirst().value<QList<BulkResult>>();
}
} // namespace

class TestBulkRunner : public QObject
{
    Q_OBJECT

private slots:
    void fanoutBoundsRequestsInFlight_data();
    void fanoutBoundsRequestsInFlight();
    void resultsComeBackInTargetOrderWithProgress();
    void emptyTargetListFinishesAtOnce();
    void secondStartWhileRunningIsRefused();
    void retriesOnlyIdempotentOperations_data();
    void retriesOnlyIdempotentOperations();
    void cancelReportsEveryTargetAndSendsNoMore();
    void staggerSendsNPerInterval();
    void timeoutOptionOverridesEveryTarget();
    void destroyingARunningRunnerWaitsForItsWorkers();
    void pollBacksOffDeadBmcAndRecovers();
    void pollNeverRunsTwoRoundsAtOnce();
};

void TestBulkRunner::fanoutBoundsRequestsInFlight_data()
{
    QTest::addColumn<int>("fanout");
    QTest::newRow("1") << 1;
    QTest::newRow("4") << 4;
    QTest::newRow("16") << 16;
}

void TestBulkRunner::fanoutBoundsRequestsInFlight()
{
    QFETCH(int, fanout);
    auto backend = std::make_shared<FakeBackend>();
    BulkRunner runner(backend);
    BulkOptions options;
    options.fanout = fanout;
    const QList<BulkResult> results
        = runAll(runner, targets(46), BulkOperation::powerStatus(), options);
    QCOMPARE(results.size(), 46);
    QCOMPARE(backend->calls.load(), 46);
    QVERIFY2(backend->maxInFlight <= fanout, qPrintable(QString::number(backend->maxInFlight)));
    if (fanout > 1)
        QVERIFY(backend->maxInFlight > 1); // it did run in parallel
}

void TestBulkRunner::resultsComeBackInTargetOrderWithProgress()
{
    auto backend = std::make_shared<FakeBackend>();
    BulkRunner runner(backend);
    QSignalSpy progress(&runner, &BulkRunner::progress);
    QSignalSpy each(&runner, &BulkRunner::resultReady);
    QSignalSpy started(&runner, &BulkRunner::started);
    const QList<BulkResult> results
        = runAll(runner, targets(10), BulkOperation::macDiscovery(), {});
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.constFirst().constFirst().toInt(), 10);
    QCOMPARE(each.size(), 10);
    QCOMPARE(progress.size(), 10);
    QCOMPARE(progress.constLast().at(0).toInt(), 10);
    QCOMPARE(progress.constLast().at(1).toInt(), 10);
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(results.at(i).index, i);
        QCOMPARE(results.at(i).label, QStringLiteral("t:s%1").arg(i + 1));
        QVERIFY(results.at(i).ok);
        QCOMPARE(results.at(i).text, QStringLiteral("74:D4:35:83:78:16"));
        QCOMPARE(results.at(i).attempts, 1);
    }
}

void TestBulkRunner::emptyTargetListFinishesAtOnce()
{
    BulkRunner runner(std::make_shared<FakeBackend>());
    QSignalSpy finished(&runner, &BulkRunner::finished);
    QVERIFY(runner.start({}, BulkOperation::powerStatus()));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!runner.isRunning());
}

void TestBulkRunner::secondStartWhileRunningIsRefused()
{
    BulkRunner runner(std::make_shared<FakeBackend>());
    QSignalSpy finished(&runner, &BulkRunner::finished);
    QVERIFY(runner.start(targets(4), BulkOperation::powerStatus()));
    QVERIFY(!runner.start(targets(4), BulkOperation::powerStatus()));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.constFirst().constFirst().value<QList<BulkResult>>().size(), 4);
}

void TestBulkRunner::retriesOnlyIdempotentOperations_data()
{
    QTest::addColumn<int>("control");
    QTest::addColumn<int>("attempts");
    QTest::newRow("on is retried") << int(ChassisControl::PowerOn) << 3;
    QTest::newRow("off is retried") << int(ChassisControl::PowerOff) << 3;
    QTest::newRow("cycle is not") << int(ChassisControl::PowerCycle) << 1;
    QTest::newRow("reset is not") << int(ChassisControl::HardReset) << 1;
}

void TestBulkRunner::retriesOnlyIdempotentOperations()
{
    QFETCH(int, control);
    QFETCH(int, attempts);
    auto backend = std::make_shared<FakeBackend>();
    backend->dead.insert(QStringLiteral("10.0.0.2"));
    BulkRunner runner(backend);
    BulkOptions options;
    options.retries = 2;
    const QList<BulkResult> results
        = runAll(runner, targets(3), BulkOperation::control(ChassisControl(control)), options);
    QCOMPARE(results.size(), 3);
    QVERIFY(results.at(0).ok);
    QVERIFY(!results.at(1).ok);
    QCOMPARE(results.at(1).error.kind, IpmiError::Kind::Unreachable);
    QCOMPARE(results.at(1).attempts, attempts);
    QCOMPARE(backend->callsTo(QStringLiteral("10.0.0.2")), attempts);
    QVERIFY(results.at(2).ok);
}

void TestBulkRunner::cancelReportsEveryTargetAndSendsNoMore()
{
    auto backend = std::make_shared<FakeBackend>();
    backend->delayMs = 50;
    BulkRunner runner(backend);
    QSignalSpy finished(&runner, &BulkRunner::finished);
    BulkOptions options;
    options.fanout = 2;
    QVERIFY(runner.start(targets(40), BulkOperation::control(ChassisControl::PowerOff), options));
    QTRY_VERIFY(runner.done() >= 2);
    runner.cancel();
    QVERIFY(finished.wait(10000));
    const QList<BulkResult> results = finished.constFirst().constFirst().value<QList<BulkResult>>();
    QCOMPARE(results.size(), 40);
    int cancelled = 0;
    for (const BulkResult &r : results) {
        QCOMPARE(r.ok || r.cancelled, true);
        if (r.cancelled) {
            ++cancelled;
            QCOMPARE(r.attempts, 0);
            QVERIFY(r.error.message.startsWith(r.label));
        }
    }
    QVERIFY(cancelled >= 30);
    QCOMPARE(backend->calls.load(), 40 - cancelled);
}

void TestBulkRunner::staggerSendsNPerInterval()
{
    auto backend = std::make_shared<FakeBackend>();
    backend->delayMs = 1;
    BulkRunner runner(backend);
    BulkOptions options;
    options.staggerCount = 2;
    options.staggerIntervalMs = 200;
    QElapsedTimer timer;
    QList<qint64> arrivals;
    connect(&runner, &BulkRunner::resultReady, this, [&] { arrivals << timer.elapsed(); });
    timer.start();
    const QList<BulkResult> results
        = runAll(runner, targets(6), BulkOperation::control(ChassisControl::PowerOn), options);
    QCOMPARE(results.size(), 6);
    std::sort(arrivals.begin(), arrivals.end());
    // Modules 3-4 not before one interval, 5-6 not before two.
    QVERIFY2(arrivals.at(2) >= 200, qPrintable(QString::number(arrivals.at(2))));
    QVERIFY2(arrivals.at(4) >= 400, qPrintable(QString::number(arrivals.at(4))));
    // Status is not a power-on: no stagger, all six go out together.
    backend->delayMs = 100;
    backend->maxInFlight = 0;
    runAll(runner, targets(6), BulkOperation::powerStatus(), options);
    QCOMPARE(backend->maxInFlight.load(), 6);
}

void TestBulkRunner::timeoutOptionOverridesEveryTarget()
{
    auto backend = std::make_shared<FakeBackend>();
    backend->dead.insert(QStringLiteral("10.0.0.1"));
    BulkRunner runner(backend);
    BulkOptions options;
    options.timeoutMs = 1234;
    const QList<BulkResult> results
        = runAll(runner, targets(1), BulkOperation::powerStatus(), options);
    QVERIFY2(results.value(0).error.message.contains(QStringLiteral("1.23 s")),
        qPrintable(results.value(0).error.message));
}

void TestBulkRunner::destroyingARunningRunnerWaitsForItsWorkers()
{
    auto backend = std::make_shared<FakeBackend>();
    backend->delayMs = 30;
    {
        BulkRunner runner(backend);
        QVERIFY(runner.start(targets(20), BulkOperation::powerStatus()));
    }
    QCOMPARE(backend->inFlight.load(), 0);
    QVERIFY(backend->calls < 20); // the rest were cancelled
}

void TestBulkRunner::pollBacksOffDeadBmcAndRecovers()
{
    auto backend = std::make_shared<FakeBackend>();
    backend->delayMs = 1;
    backend->dead.insert(QStringLiteral("10.0.0.2"));
    StatusPoller poller(backend);
    poller.setTargets(targets(3));
    poller.setInterval(100);
    poller.setMaxBackoff(400);
    QSignalSpy reachability(&poller, &StatusPoller::reachabilityChanged);
    QSignalSpy power(&poller, &StatusPoller::powerStateChanged);
    poller.start();
    QTRY_COMPARE(reachability.size(), 1);
    QCOMPARE(reachability.at(0).at(0).toInt(), 1);
    QCOMPARE(reachability.at(0).at(1).toBool(), false);
    QTRY_COMPARE(poller.powerState(0), PowerState::On);
    // Over ~1.5 s, a healthy BMC is asked about every 100 ms, the dead one far less.
    QTest::qWait(1500);
    const int healthy = backend->callsTo(QStringLiteral("10.0.0.1"));
    const int dead = backend->callsTo(QStringLiteral("10.0.0.2"));
    QVERIFY2(dead * 2 < healthy, qPrintable(QStringLiteral("%1 vs %2").arg(dead).arg(healthy)));
    {
        const std::lock_guard lock(backend->mutex);
        backend->dead.clear();
    }
    QTRY_VERIFY_WITH_TIMEOUT(poller.isReachable(1), 5000);
    QCOMPARE(reachability.constLast().at(1).toBool(), true);
    QTRY_COMPARE(poller.powerState(1), PowerState::On);
    poller.stop();
}

void TestBulkRunner::pollNeverRunsTwoRoundsAtOnce()
{
    auto backend = std::make_shared<FakeBackend>();
    backend->delayMs = 250; // a round takes longer than the interval
    StatusPoller poller(backend);
    poller.setTargets(targets(2));
    poller.setInterval(100);
    QSignalSpy rounds(&poller, &StatusPoller::roundFinished);
    poller.start();
    QTRY_VERIFY_WITH_TIMEOUT(rounds.size() >= 3, 10000);
    poller.stop();
    QVERIFY(poller.skippedTicks() > 0);
    QVERIFY(backend->maxInFlight <= 2); // one round of two targets at a time
}

QTEST_GUILESS_MAIN(TestBulkRunner)
#include "tst_bulkrunner.moc"
