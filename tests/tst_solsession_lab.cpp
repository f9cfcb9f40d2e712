// SPDX-License-Identifier: GPL-3.0-or-later
//
// SolSession against the lab (CTest `lab` fixture): refusing or taking over a
// console another client holds, serial break, and reconnect().

#include "chassis/inventoryio.h"
#include "console/solsession.h"
#include "labfixture.h"

#include <QDir>
#include <QSignalSpy>
#include <QtTest>

namespace {
using State = ConsoleSession::State;
} // namespace

class TestSolSessionLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusingLeavesAHeldConsoleAlone();
    void takingOverGetsAHeldConsole();
    void breakOnlyWhileEstablished();
    void reconnectOpensAgain();

private:
    IpmiTarget targetFor(int slot) const;

    Enclosure m_enclosure;
};

void TestSolSessionLab::initTestCase()
{
    Inventory inventory;
    Lab::loadInventory(&inventory);
    if (!QTest::currentTestFailed())
        m_enclosure = inventory.enclosures.first();
}

IpmiTarget TestSolSessionLab::targetFor(int number) const
{
    return Lab::target(m_enclosure, number);
}

void TestSolSessionLab::refusingLeavesAHeldConsoleAlone()
{
    SolSession holder(targetFor(24));
    holder.open();
    QTRY_VERIFY_WITH_TIMEOUT(holder.state() != State::Connecting, 20000);
    QVERIFY2(holder.state() == State::Established, qPrintable(holder.reason()));

    SolSession polite(targetFor(24));
    QCOMPARE(polite.inUsePolicy(), SolSession::InUsePolicy::TakeOver);
    polite.setInUsePolicy(SolSession::InUsePolicy::Refuse);
    polite.open();
    QTRY_VERIFY_WITH_TIMEOUT(polite.state() != State::Connecting, 20000);
    qInfo("%s", qPrintable(polite.reason()));
    QCOMPARE(polite.state(), State::Lost);
    QVERIFY2(polite.reason().contains(QStringLiteral("another client holds")),
        qPrintable(polite.reason()));
    QVERIFY(polite.reason().startsWith(QStringLiteral("slot 24 (127.0.1.24:")));
    QCOMPARE(holder.state(), State::Established);
    holder.close();
}

void TestSolSessionLab::takingOverGetsAHeldConsole()
{
    SolSession holder(targetFor(25));
    holder.open();
    QTRY_VERIFY_WITH_TIMEOUT(holder.state() != State::Connecting, 20000);
    QVERIFY2(holder.state() == State::Established, qPrintable(holder.reason()));

    SolSession taker(targetFor(25)); // TakeOver is the default
    taker.open();
    QTRY_VERIFY_WITH_TIMEOUT(taker.state() != State::Connecting, 20000);
    QVERIFY2(taker.state() == State::Established, qPrintable(taker.reason()));
    taker.close();
    holder.close();
}

void TestSolSessionLab::breakOnlyWhileEstablished()
{
    SolSession sol(targetFor(26));
    QVERIFY(!sol.sendBreak()); // closed
    sol.open();
    QVERIFY(!sol.sendBreak()); // connecting
    QTRY_VERIFY_WITH_TIMEOUT(sol.state() != State::Connecting, 20000);
    QVERIFY2(sol.state() == State::Established, qPrintable(sol.reason()));
    QVERIFY(sol.sendBreak());
    QTest::qWait(300);
    QCOMPARE(sol.state(), State::Established); // the BMC took it
    sol.close();
    QVERIFY(!sol.sendBreak());
}

void TestSolSessionLab::reconnectOpensAgain()
{
    SolSession sol(targetFor(27));
    QSignalSpy states(&sol, &ConsoleSession::stateChanged);
    sol.open();
    QTRY_VERIFY_WITH_TIMEOUT(sol.state() != State::Connecting, 20000);
    QVERIFY2(sol.state() == State::Established, qPrintable(sol.reason()));
    states.clear();
    sol.reconnect();
    QCOMPARE(states.size(), 2); // Closed, Connecting
    QCOMPARE(states.at(0).at(0).value<State>(), State::Closed);
    QCOMPARE(states.at(1).at(0).value<State>(), State::Connecting);
    QTRY_VERIFY_WITH_TIMEOUT(sol.state() != State::Connecting, 20000);
    QVERIFY2(sol.state() == State::Established, qPrintable(sol.reason()));
    sol.close();
}

QTEST_GUILESS_MAIN(TestSolSessionLab)
#include "tst_solsession_lab.moc"
