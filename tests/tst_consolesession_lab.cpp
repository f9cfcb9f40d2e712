// SPDX-License-Identifier: GPL-3.0-or-later
//
// Console sessions against the lab (CTest `lab` fixture): SOL and serial sessions
// end up Lost with a reason an operator can act on when they cannot connect, and
// a SOL session can be closed and reopened at any moment.

#include "chassis/inventoryio.h"
#include "console/serialsession.h"
#include "console/solsession.h"
#include "labfixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {
using State = ConsoleSession::State;
} // namespace

class TestConsoleSessionLab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void solWithWrongPasswordIsLostWithPasswordReason();
    void solToSilentAddressIsLostAsUnreachable();
    void solToUnresolvableHostIsLostWithReason();
    void solClosedWhileConnectingCanBeReopened();
    void solWithUnknownWorkaroundFlagIsLostWithoutConnecting();
    void serialPortThatDoesNotExistIsLostWithReason();
    void serialSessionCarriesBytesAndIsLostWhenThePortGoesAway();

private:
    IpmiTarget targetFor(int slot) const;

    Inventory m_inventory;
};

void TestConsoleSessionLab::initTestCase()
{
    Lab::loadInventory(&m_inventory);
}

IpmiTarget TestConsoleSessionLab::targetFor(int number) const
{
    return Lab::target(m_inventory.enclosures.first(), number);
}

void TestConsoleSessionLab::solWithWrongPasswordIsLostWithPasswordReason()
{
    IpmiTarget target = targetFor(7);
    target.password = QByteArrayLiteral("not-the-password");
    SolSession sol(target);
    QSignalSpy states(&sol, &ConsoleSession::stateChanged);
    sol.open();
    QCOMPARE(sol.state(), State::Connecting);
    QTRY_COMPARE_WITH_TIMEOUT(sol.state(), State::Lost, 20000);
    qInfo("%s", qPrintable(sol.reason()));
    QVERIFY2(sol.reason().contains(QStringLiteral("password")), qPrintable(sol.reason()));
    QVERIFY2(sol.reason().startsWith(target.describe()), qPrintable(sol.reason()));
    QVERIFY(sol.error().has_value());
    QCOMPARE(IpmiError::kindId(sol.error()->kind), QStringLiteral("password-rejected"));
    // Connecting, then Lost with the same reason in the signal.
    QCOMPARE(states.size(), 2);
    QCOMPARE(states.last().at(0).value<State>(), State::Lost);
    QCOMPARE(states.last().at(1).toString(), sol.reason());
}

void TestConsoleSessionLab::solToSilentAddressIsLostAsUnreachable()
{
    IpmiTarget target = targetFor(1);
    target.label = QStringLiteral("slot 99");
    target.endpoint.host = QStringLiteral("127.0.1.99");
    target.settings.timeoutMs = 1500;
    target.settings.retransmissionMs = 250;
    SolSession sol(target);
    QElapsedTimer timer;
    timer.start();
    sol.open();
    QTRY_COMPARE_WITH_TIMEOUT(sol.state(), State::Lost, 30000);
    qInfo("silent BMC: SOL lost after %lld ms (timeout %d ms)", qlonglong(timer.elapsed()),
        target.settings.timeoutMs);
    QVERIFY(sol.error().has_value());
    QCOMPARE(IpmiError::kindId(sol.error()->kind), QStringLiteral("unreachable"));
    QVERIFY2(
        sol.reason().startsWith(QStringLiteral("slot 99 (127.0.1.99:")), qPrintable(sol.reason()));
}

void TestConsoleSessionLab::solToUnresolvableHostIsLostWithReason()
{
    // Names are resolved by QHostInfo, off this thread, before the engine sees them.
    IpmiTarget target = targetFor(1);
    target.endpoint.host = QStringLiteral("no-such-bmc.invalid");
    SolSession sol(target);
    sol.open();
    QCOMPARE(sol.state(), State::Connecting);
    QTRY_COMPARE_WITH_TIMEOUT(sol.state(), State::Lost, 30000);
    QVERIFY2(sol.reason().contains(QStringLiteral("does not resolve")), qPrintable(sol.reason()));
    QCOMPARE(IpmiError::kindId(sol.error()->kind), QStringLiteral("unreachable"));
}

void TestConsoleSessionLab::solClosedWhileConnectingCanBeReopened()
{
    SolSession sol(targetFor(8));
    sol.open();
    QCOMPARE(sol.state(), State::Connecting);
    sol.close(); // before the engine got anywhere
    QCOMPARE(sol.state(), State::Closed);
    QVERIFY(!sol.write("ignored"));

    QElapsedTimer timer;
    qint64 establishedAfter = -1;
    connect(&sol, &ConsoleSession::stateChanged, this, [&](ConsoleSession::State s) {
        if (s == ConsoleSession::State::Established)
            establishedAfter = timer.elapsed();
    });
    timer.start();
    sol.open();
    QTRY_VERIFY_WITH_TIMEOUT(sol.state() != State::Connecting, 20000);
    QVERIFY2(sol.state() == State::Established, qPrintable(sol.reason()));
    qInfo("SOL to slot 8 established in %lld ms", qlonglong(establishedAfter));
    QVERIFY(sol.write("\r"));
    sol.close();
    QCOMPARE(sol.state(), State::Closed);
    QVERIFY(sol.reason().isEmpty());
}

void TestConsoleSessionLab::solWithUnknownWorkaroundFlagIsLostWithoutConnecting()
{
    IpmiTarget target = targetFor(9);
    target.settings.solWorkaroundFlags << QStringLiteral("frobnicate");
    SolSession sol(target);
    sol.open();
    QCOMPARE(sol.state(), State::Lost); // decided locally, at once
    QVERIFY2(sol.reason().contains(QStringLiteral("\"frobnicate\"")), qPrintable(sol.reason()));
    QCOMPARE(IpmiError::kindId(sol.error()->kind), QStringLiteral("invalid-settings"));
}

void TestConsoleSessionLab::serialPortThatDoesNotExistIsLostWithReason()
{
    const QString missing = QDir(Lab::stateDir()).filePath(QStringLiteral("no-such-switch.tty"));
    SerialSession serial(SerialSettings {missing});
    QSignalSpy states(&serial, &ConsoleSession::stateChanged);
    serial.open();
    QCOMPARE(serial.state(), State::Lost);
    QVERIFY2(
        serial.reason().startsWith(missing + QStringLiteral(": ")), qPrintable(serial.reason()));
    QVERIFY(!serial.write("x"));
    QCOMPARE(states.size(), 2); // Connecting, Lost
}

void TestConsoleSessionLab::serialSessionCarriesBytesAndIsLostWhenThePortGoesAway()
{
    // A private pseudo-terminal pair, like the lab's switch console, that this
    // test can make vanish without disturbing the lab.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString near = dir.filePath(QStringLiteral("near.tty"));
    const QString far = dir.filePath(QStringLiteral("far.tty"));
    QProcess socat;
    socat.start(QStringLiteral("socat"),
        {QStringLiteral("pty,raw,echo=0,link=") + near,
            QStringLiteral("pty,raw,echo=0,link=") + far});
    QVERIFY2(socat.waitForStarted(), qPrintable(socat.errorString()));
    QTRY_VERIFY(QFileInfo::exists(near) && QFileInfo::exists(far));

    SerialSession serial(SerialSettings {near});
    SerialSession remote(SerialSettings {far});
    QByteArray atRemote;
    QByteArray atSerial;
    connect(&remote, &ConsoleSession::bytesReceived, this,
        [&atRemote](const QByteArray &data) { atRemote += data; });
    connect(&serial, &ConsoleSession::bytesReceived, this,
        [&atSerial](const QByteArray &data) { atSerial += data; });
    serial.open();
    remote.open();
    QVERIFY2(serial.state() == State::Established, qPrintable(serial.reason()));
    QVERIFY2(remote.state() == State::Established, qPrintable(remote.reason()));
    QVERIFY(serial.write("enable\r"));
    QTRY_COMPARE(atRemote, QByteArray("enable\r"));
    QVERIFY(remote.write("Switch #"));
    QTRY_COMPARE(atSerial, QByteArray("Switch #"));
    remote.close();

    socat.terminate();
    QVERIFY(socat.waitForFinished());
    QTRY_COMPARE_WITH_TIMEOUT(serial.state(), State::Lost, 10000);
    qInfo("%s", qPrintable(serial.reason()));
    QVERIFY2(serial.reason().startsWith(near + QStringLiteral(": ")), qPrintable(serial.reason()));
    QVERIFY(!serial.write("x"));
}

QTEST_GUILESS_MAIN(TestConsoleSessionLab)
#include "tst_consolesession_lab.moc"
