// SPDX-License-Identifier: GPL-3.0-or-later
//
// The bulk engine against the lab's 46 ipmi_sim BMCs (CTest `lab` fixture): every
// operation reaches the lab's state files, failures stay with the slots they
// belong to, and the status poll notices a BMC that stops and comes back.
// Every slot is left as found: off, boot device none, identify off.

#include "chassis/inventoryio.h"
#include "ipmi/bulkrunner.h"
#include "ipmi/freeipmibackend.h"
#include "ipmi/statuspoller.h"
#include "labfixture.h"

#include <algorithm>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

namespace {

QString readState(int slot, const char *file)
{
    return Lab::slotState(slot, file);
}

bool runLab(const QStringList &arguments)
{
    QProcess lab;
    lab.start(qEnvironmentVariable("DXLAB"), arguments);
    return lab.waitForFinished(60000) && lab.exitStatus() == QProcess::NormalExit
        && lab.exitCode() == 0;
}

/// Runs @p operation and waits for finished().
QList<BulkResult> runAll(BulkRunner &runner, const QList<IpmiTarget> &targets,
    const BulkOperation &operation, const BulkOptions &options = {})
{
    QSignalSpy finished(&runner, &BulkRunner::finished);
    if (!runner.start(targets, operation, options))
        return {};
    if (finished.isEmpty() && !finished.wait(120000))
        return {};
    return finished.constFirst().constFirst().value<QList<BulkResult>>();
}

QString failures(const QList<BulkResult> &results)
{
    QStringList lines;
    for (const BulkResult &r : results) {
        if (!r.ok)
            lines << r.error.message;
    }
    return lines.join(QLatin1Char('\n'));
}
} // namespace

class TestBulkRunnerLab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void statusOfAll46MatchesLab();
    void controlOfSubsetReachesLab_data();
    void controlOfSubsetReachesLab();
    void pxeNextBootReachesLab();
    void identifyReachesLab();
    void macDiscoveryReturnsLabMacs();
    void rawGetDeviceIdDecodesCompletionCode();
    void wrongPasswordFailsOnlyItsSlots();
    void tenSilentAddressesTimeOutWhile36Succeed();
    void cancelReportsEveryTarget();
    void staggeredPowerOnStartsInBatches();
    void pollShowsStoppedBmcUnreachableAndRecovers();

private:
    IpmiTarget targetFor(int slot) const;
    QList<IpmiTarget> targetsFor(const QList<int> &slotNumbers) const;

    Inventory m_inventory;
    std::shared_ptr<FreeIpmiBackend> m_backend = std::make_shared<FreeIpmiBackend>();
};

void TestBulkRunnerLab::initTestCase()
{
    Lab::loadInventory(&m_inventory);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_inventory.enclosures.first().moduleSlots.size(), 46);
}

void TestBulkRunnerLab::cleanupTestCase()
{
    // pollShowsStoppedBmcUnreachableAndRecovers stops slot 8's BMC; start it again
    // even if that test failed half-way (bmc-start of a running BMC is harmless).
    runLab({QStringLiteral("bmc-start"), QStringLiteral("8")});
    // Leave the shared lab as found, whatever failed above.
    QList<int> all(46);
    std::iota(all.begin(), all.end(), 1);
    BulkRunner runner(m_backend);
    runAll(runner, targetsFor(all), BulkOperation::control(ChassisControl::PowerOff));
    runAll(runner, targetsFor(all), BulkOperation::bootDevice(BootDevice::NoOverride, false));
    runAll(runner, targetsFor(all), BulkOperation::identify(IdentifyRequest::off()));
}

IpmiTarget TestBulkRunnerLab::targetFor(int number) const
{
    return Lab::target(
        m_inventory.enclosures.first(), number, QStringLiteral("lab:s%1").arg(number));
}

QList<IpmiTarget> TestBulkRunnerLab::targetsFor(const QList<int> &slotNumbers) const
{
    QList<IpmiTarget> targets;
    for (int slot : slotNumbers)
        targets << targetFor(slot);
    return targets;
}

void TestBulkRunnerLab::statusOfAll46MatchesLab()
{
    QList<int> all(46);
    std::iota(all.begin(), all.end(), 1);
    BulkRunner runner(m_backend);
    QSignalSpy progress(&runner, &BulkRunner::progress);
    QElapsedTimer timer;
    timer.start();
    const QList<BulkResult> results = runAll(runner, targetsFor(all), BulkOperation::powerStatus());
    qInfo("power status of 46 BMCs: %lld ms", qlonglong(timer.elapsed()));
    QCOMPARE(results.size(), 46);
    QVERIFY2(
        std::all_of(results.cbegin(), results.cend(), [](const BulkResult &r) { return r.ok; }),
        qPrintable(failures(results)));
    for (const BulkResult &r : results) {
        QCOMPARE(r.label, QStringLiteral("lab:s%1").arg(r.index + 1));
        QCOMPARE(r.text, readState(r.index + 1, "power"));
    }
    QCOMPARE(progress.size(), 46);
    QCOMPARE(progress.constLast().at(0).toInt(), 46);
}

void TestBulkRunnerLab::controlOfSubsetReachesLab_data()
{
    QTest::addColumn<int>("control");
    QTest::addColumn<QString>("power"); // the lab's power file afterwards
    QTest::addColumn<QString>("counter"); // a counter file that must go up, or empty
    // In this order: each row starts from the state the previous left.
    QTest::newRow("on") << int(ChassisControl::PowerOn) << "on"
                        << "";
    QTest::newRow("reset") << int(ChassisControl::HardReset) << "on"
                           << "reset";
    QTest::newRow("cycle") << int(ChassisControl::PowerCycle) << "on"
                           << "";
    QTest::newRow("soft") << int(ChassisControl::SoftShutdown) << "off"
                          << "shutdown";
    QTest::newRow("on again") << int(ChassisControl::PowerOn) << "on"
                              << "";
    QTest::newRow("off") << int(ChassisControl::PowerOff) << "off"
                         << "";
}

void TestBulkRunnerLab::controlOfSubsetReachesLab()
{
    QFETCH(int, control);
    QFETCH(QString, power);
    QFETCH(QString, counter);
    const QList<int> subset {40, 41, 42, 43};
    QMap<int, int> before;
    for (int slot : subset)
        before[slot] = readState(slot, counter.toLatin1().constData()).toInt();

    BulkRunner runner(m_backend);
    const QList<BulkResult> results
        = runAll(runner, targetsFor(subset), BulkOperation::control(ChassisControl(control)));
    QCOMPARE(results.size(), subset.size());
    QVERIFY2(
        std::all_of(results.cbegin(), results.cend(), [](const BulkResult &r) { return r.ok; }),
        qPrintable(failures(results)));
    for (int slot : subset) {
        // A cycle turns the module on a second after off; soft-off after the OS shut down.
        QTRY_COMPARE_WITH_TIMEOUT(readState(slot, "power"), power, 15000);
        if (!counter.isEmpty())
            QTRY_COMPARE_WITH_TIMEOUT(
                readState(slot, counter.toLatin1().constData()).toInt(), before[slot] + 1, 15000);
    }
    // And the BMCs say so too.
    const QList<BulkResult> status
        = runAll(runner, targetsFor(subset), BulkOperation::powerStatus());
    for (const BulkResult &r : status)
        QCOMPARE(r.text, power);
}

void TestBulkRunnerLab::pxeNextBootReachesLab()
{
    const QList<int> subset {10, 11};
    BulkRunner runner(m_backend);
    QList<BulkResult> results
        = runAll(runner, targetsFor(subset), BulkOperation::bootDevice(BootDevice::Pxe, false));
    QVERIFY2(
        std::all_of(results.cbegin(), results.cend(), [](const BulkResult &r) { return r.ok; }),
        qPrintable(failures(results)));
    for (int slot : subset)
        QCOMPARE(readState(slot, "boot"), QStringLiteral("pxe"));
    results = runAll(runner, targetsFor({10}), BulkOperation::bootDevice(BootDevice::Bios, true));
    QVERIFY2(results.value(0).ok, qPrintable(failures(results)));
    QCOMPARE(readState(10, "boot"), QStringLiteral("bios"));
    results = runAll(
        runner, targetsFor(subset), BulkOperation::bootDevice(BootDevice::NoOverride, false));
    QVERIFY2(
        std::all_of(results.cbegin(), results.cend(), [](const BulkResult &r) { return r.ok; }),
        qPrintable(failures(results)));
    for (int slot : subset)
        QCOMPARE(readState(slot, "boot"), QStringLiteral("none"));
}

void TestBulkRunnerLab::identifyReachesLab()
{
    BulkRunner runner(m_backend);
    QList<BulkResult> results
        = runAll(runner, targetsFor({12}), BulkOperation::identify(IdentifyRequest::forceOn()));
    QVERIFY2(results.value(0).ok, qPrintable(failures(results)));
    QCOMPARE(readState(12, "identify"), QStringLiteral("on"));
    results = runAll(runner, targetsFor({12}), BulkOperation::identify(IdentifyRequest::off()));
    QVERIFY2(results.value(0).ok, qPrintable(failures(results)));
    QCOMPARE(readState(12, "identify"), QStringLiteral("off"));
    results
        = runAll(runner, targetsFor({12, 13}), BulkOperation::identify(IdentifyRequest::timed(1)));
    QVERIFY2(results.value(0).ok && results.value(1).ok, qPrintable(failures(results)));
    QCOMPARE(readState(13, "identify"), QStringLiteral("on 1"));
    // A timed identify returns to off by itself.
    QTRY_COMPARE_WITH_TIMEOUT(readState(13, "identify"), QStringLiteral("off"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(readState(12, "identify"), QStringLiteral("off"), 10000);
}

void TestBulkRunnerLab::macDiscoveryReturnsLabMacs()
{
    QList<int> all(46);
    std::iota(all.begin(), all.end(), 1);
    BulkRunner runner(m_backend);
    const QList<BulkResult> results
        = runAll(runner, targetsFor(all), BulkOperation::macDiscovery());
    QCOMPARE(results.size(), 46);
    const Enclosure &enclosure = m_inventory.enclosures.first();
    for (const BulkResult &r : results) {
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.text, enclosure.slot(r.index + 1)->bmcMac.toString());
    }
    QCOMPARE(results.at(22).text, QStringLiteral("74:D4:35:83:78:16")); // the seed's slot 23
}

void TestBulkRunnerLab::rawGetDeviceIdDecodesCompletionCode()
{
    BulkRunner runner(m_backend);
    // Get LAN Configuration Parameters, MAC address: ipmi-raw 0 0xc 0x02 0x01 0x05 0x00 0x00.
    QList<BulkResult> results = runAll(runner, targetsFor({23}),
        BulkOperation::raw(RawRequest {0, 0x0c, 0x02, QByteArray::fromHex("01050000")}));
    QVERIFY2(results.value(0).ok, qPrintable(failures(results)));
    QCOMPARE(results.value(0).text,
        QStringLiteral("02 00 11 74 D4 35 83 78 16 (Command Completed Normally.)"));
    // An OEM command ipmi_sim does not know: the completion code comes back in words.
    const IpmiResult<RawResponse> rs
        = m_backend->raw(targetFor(23), RawRequest {0, 0x30, 0x06, QByteArray::fromHex("40")});
    QVERIFY2(rs.ok(), qPrintable(rs.error().message));
    QCOMPARE(rs->completionCode, quint8(0xc1));
    QVERIFY2(rs->completionText.contains(QStringLiteral("Invalid Command")),
        qPrintable(rs->completionText));
}

void TestBulkRunnerLab::wrongPasswordFailsOnlyItsSlots()
{
    QList<IpmiTarget> targets = targetsFor({1, 2, 3, 4, 5, 6});
    targets[1].password = QByteArrayLiteral("wrong-password");
    targets[4].password = QByteArrayLiteral("wrong-password");
    BulkRunner runner(m_backend);
    const QList<BulkResult> results = runAll(runner, targets, BulkOperation::powerStatus());
    QCOMPARE(results.size(), 6);
    for (const BulkResult &r : results) {
        const bool wrong = r.index == 1 || r.index == 4;
        QCOMPARE(r.ok, !wrong);
        if (wrong) {
            QCOMPARE(r.error.kind, IpmiError::Kind::PasswordRejected);
            QCOMPARE(r.error.message,
                QStringLiteral("lab:s%1 (127.0.1.%1:%2): password rejected by the BMC")
                    .arg(r.index + 1)
                    .arg(targets.first().endpoint.port));
            QCOMPARE(r.attempts, 1); // a rejected password is not retried
        }
    }
}

void TestBulkRunnerLab::tenSilentAddressesTimeOutWhile36Succeed()
{
    QList<int> live(36);
    std::iota(live.begin(), live.end(), 1);
    QList<IpmiTarget> targets = targetsFor(live);
    for (int host = 101; host <= 110; ++host) {
        IpmiTarget silent = targetFor(1);
        silent.label = QStringLiteral("silent:%1").arg(host);
        silent.endpoint.host = QStringLiteral("127.0.1.%1").arg(host);
        targets << silent;
    }
    BulkOptions options;
    options.timeoutMs = 2000;
    BulkRunner runner(m_backend);
    QElapsedTimer timer;
    timer.start();
    const QList<BulkResult> results
        = runAll(runner, targets, BulkOperation::powerStatus(), options);
    qInfo("36 live + 10 silent BMCs: all answered in %lld ms", qlonglong(timer.elapsed()));
    QCOMPARE(results.size(), 46);
    qint64 slowest = 0;
    for (const BulkResult &r : results) {
        if (r.index < 36) {
            QVERIFY2(r.ok, qPrintable(r.error.message));
            continue;
        }
        QVERIFY(!r.ok);
        QCOMPARE(r.error.kind, IpmiError::Kind::Unreachable);
        QVERIFY2(
            r.error.message.contains(QStringLiteral("within 2 s")), qPrintable(r.error.message));
        QCOMPARE(r.attempts, 1);
        QVERIFY(r.elapsedMs >= 1000); // it did wait
        // Within the configured timeout (the Done-when of issue 4), with 0.5 s for a
        // loaded machine's scheduling; FreeIPMI alone overshot by up to 1 s.
        QVERIFY2(r.elapsedMs <= 2500, qPrintable(QString::number(r.elapsedMs)));
        slowest = std::max(slowest, r.elapsedMs);
    }
    qInfo("slowest silent target reported after %lld ms (timeout 2000 ms)", qlonglong(slowest));
}

void TestBulkRunnerLab::cancelReportsEveryTarget()
{
    QList<int> all(46);
    std::iota(all.begin(), all.end(), 1);
    BulkRunner runner(m_backend);
    QSignalSpy finished(&runner, &BulkRunner::finished);
    connect(
        &runner, &BulkRunner::resultReady, &runner, &BulkRunner::cancel, Qt::SingleShotConnection);
    BulkOptions options;
    options.fanout = 2;
    QVERIFY(runner.start(targetsFor(all), BulkOperation::powerStatus(), options));
    QVERIFY(finished.wait(30000));
    const QList<BulkResult> results = finished.constFirst().constFirst().value<QList<BulkResult>>();
    QCOMPARE(results.size(), 46);
    const qsizetype cancelled = std::count_if(
        results.cbegin(), results.cend(), [](const BulkResult &r) { return r.cancelled; });
    const qsizetype ok
        = std::count_if(results.cbegin(), results.cend(), [](const BulkResult &r) { return r.ok; });
    QCOMPARE(ok + cancelled, 46);
    QVERIFY(ok >= 1);
    QVERIFY2(cancelled >= 40, qPrintable(QString::number(cancelled)));
    for (const BulkResult &r : results) {
        if (r.cancelled)
            QVERIFY(r.error.message.contains(QStringLiteral("cancelled")));
    }
    QVERIFY(!runner.isRunning());
}

void TestBulkRunnerLab::staggeredPowerOnStartsInBatches()
{
    const QList<int> subset {44, 45, 46};
    BulkOptions options;
    options.staggerCount = 1;
    options.staggerIntervalMs = 700;
    BulkRunner runner(m_backend);
    QList<qint64> arrivals;
    QElapsedTimer timer;
    connect(&runner, &BulkRunner::resultReady, this, [&] { arrivals << timer.elapsed(); });
    timer.start();
    QList<BulkResult> results = runAll(
        runner, targetsFor(subset), BulkOperation::control(ChassisControl::PowerOn), options);
    QVERIFY2(
        std::all_of(results.cbegin(), results.cend(), [](const BulkResult &r) { return r.ok; }),
        qPrintable(failures(results)));
    QCOMPARE(arrivals.size(), 3);
    // The third module could not be sent before two intervals had passed.
    QVERIFY2(arrivals.at(2) >= 2 * 700, qPrintable(QString::number(arrivals.at(2))));
    for (int slot : subset)
        QCOMPARE(readState(slot, "power"), QStringLiteral("on"));
    results = runAll(runner, targetsFor(subset), BulkOperation::control(ChassisControl::PowerOff));
    for (int slot : subset)
        QTRY_COMPARE(readState(slot, "power"), QStringLiteral("off"));
}

void TestBulkRunnerLab::pollShowsStoppedBmcUnreachableAndRecovers()
{
    auto backend = std::make_shared<FreeIpmiBackend>();
    QList<IpmiTarget> targets = targetsFor({7, 8, 9});
    for (IpmiTarget &t : targets)
        t.settings.timeoutMs = 1000;
    StatusPoller poller(backend);
    poller.setTargets(targets);
    poller.setInterval(300);
    poller.setMaxBackoff(1200);
    QSignalSpy reachability(&poller, &StatusPoller::reachabilityChanged);
    QSignalSpy rounds(&poller, &StatusPoller::roundFinished);
    poller.start();
    QTRY_VERIFY_WITH_TIMEOUT(rounds.size() >= 2, 20000);
    QCOMPARE(poller.powerState(1), PowerState::Off);
    QVERIFY(poller.isReachable(1));
    QVERIFY(reachability.isEmpty());

    QVERIFY(runLab({QStringLiteral("bmc-stop"), QStringLiteral("8")}));
    QTRY_VERIFY_WITH_TIMEOUT(!poller.isReachable(1), 20000);
    QCOMPARE(reachability.size(), 1);
    QCOMPARE(reachability.at(0).at(0).toInt(), 1);
    QCOMPARE(reachability.at(0).at(1).toBool(), false);
    const IpmiError error = reachability.at(0).at(2).value<IpmiError>();
    QCOMPARE(error.kind, IpmiError::Kind::Unreachable);
    QVERIFY2(error.message.startsWith(QStringLiteral("lab:s8 ")), qPrintable(error.message));
    QCOMPARE(poller.powerState(1), PowerState::Unknown);
    // The others keep answering.
    QVERIFY(poller.isReachable(0));
    QVERIFY(poller.isReachable(2));

    QVERIFY(runLab({QStringLiteral("bmc-start"), QStringLiteral("8")}));
    QTRY_VERIFY_WITH_TIMEOUT(poller.isReachable(1), 30000);
    QCOMPARE(reachability.constLast().at(1).toBool(), true);
    QTRY_COMPARE_WITH_TIMEOUT(poller.powerState(1), PowerState::Off, 10000);
    poller.stop();
    qInfo("poll ticks skipped because a round was still running: %d", poller.skippedTicks());
}

QTEST_GUILESS_MAIN(TestBulkRunnerLab)
#include "tst_bulkrunner_lab.moc"
