// SPDX-License-Identifier: GPL-3.0-or-later
//
// FreeIpmiBackend against the lab's ipmi_sim BMCs (CTest `lab` fixture): what it
// reads, and that every failure comes back as the right IpmiError kind with a
// message naming the target, instead of hanging.

#include "chassis/inventoryio.h"
#include "ipmi/freeipmibackend.h"
#include "labfixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QtTest>

namespace { } // namespace

class TestFreeIpmiBackendLab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deviceIdReportsIpmi20();
    void lanMacOfEverySeedSlotMatchesInventory();
    void wrongPasswordIsReportedAsPasswordRejected();
    void unknownUserIsReportedAsUserUnknown();
    void silentAddressIsUnreachableInsteadOfHanging();
    void unresolvableHostIsReportedAsUnreachable();
    void unknownWorkaroundFlagIsRefusedBeforeSending();
    void libraryVersionIsKnown();

private:
    IpmiTarget targetFor(int slot) const;

    Inventory m_inventory;
    FreeIpmiBackend m_backend;
};

void TestFreeIpmiBackendLab::initTestCase()
{
    Lab::loadInventory(&m_inventory);
}

IpmiTarget TestFreeIpmiBackendLab::targetFor(int number) const
{
    return Lab::target(m_inventory.enclosures.first(), number);
}

void TestFreeIpmiBackendLab::deviceIdReportsIpmi20()
{
    const IpmiResult<BmcDeviceId> id = m_backend.deviceId(targetFor(1));
    QVERIFY2(id.ok(), qPrintable(id.error().message));
    QCOMPARE(id->ipmiVersion(), QStringLiteral("2.0"));
    qInfo("slot 1 BMC: device id %u, manufacturer %u, product %u, firmware %s",
        unsigned(id->deviceId), unsigned(id->manufacturerId), unsigned(id->productId),
        qPrintable(id->firmwareRevision()));
}

void TestFreeIpmiBackendLab::lanMacOfEverySeedSlotMatchesInventory()
{
    // Slots 23-32 carry the seed's mng_niclist MACs.
    const Enclosure &enclosure = m_inventory.enclosures.first();
    for (int slot = 23; slot <= 32; ++slot) {
        const IpmiResult<MacAddress> mac = m_backend.lanMacAddress(targetFor(slot));
        QVERIFY2(mac.ok(), qPrintable(mac.error().message));
        QCOMPARE(mac->toString(), enclosure.slot(slot)->bmcMac.toString());
    }
}

void TestFreeIpmiBackendLab::wrongPasswordIsReportedAsPasswordRejected()
{
    IpmiTarget target = targetFor(5);
    target.password = QByteArrayLiteral("not-the-password");
    const IpmiResult<PowerState> result = m_backend.powerState(target);
    QVERIFY(!result.ok());
    QCOMPARE(IpmiError::kindId(result.error().kind), QStringLiteral("password-rejected"));
    QVERIFY2(
        result.error().message.startsWith(target.describe()), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(QStringLiteral("password")),
        qPrintable(result.error().message));
    // The password itself never ends up in a message.
    QVERIFY(!result.error().message.contains(QStringLiteral("not-the-password")));
    QVERIFY(!result.error().detail.contains(QStringLiteral("not-the-password")));
}

void TestFreeIpmiBackendLab::unknownUserIsReportedAsUserUnknown()
{
    IpmiTarget target = targetFor(6);
    target.settings.user = QStringLiteral("nobody");
    const IpmiResult<PowerState> result = m_backend.powerState(target);
    QVERIFY(!result.ok());
    QCOMPARE(IpmiError::kindId(result.error().kind), QStringLiteral("user-unknown"));
    QVERIFY2(result.error().message.contains(QStringLiteral("\"nobody\"")),
        qPrintable(result.error().message));
}

void TestFreeIpmiBackendLab::silentAddressIsUnreachableInsteadOfHanging()
{
    // Nothing listens at 127.0.1.99 on the lab's port.
    IpmiTarget target = targetFor(1);
    target.label = QStringLiteral("slot 99");
    target.endpoint.host = QStringLiteral("127.0.1.99");
    target.settings.timeoutMs = 1500;
    target.settings.retransmissionMs = 250;
    QElapsedTimer timer;
    timer.start();
    const IpmiResult<PowerState> result = m_backend.powerState(target);
    qInfo("silent BMC reported after %lld ms (timeout %d ms)", qlonglong(timer.elapsed()),
        target.settings.timeoutMs);
    QVERIFY(!result.ok());
    QCOMPARE(IpmiError::kindId(result.error().kind), QStringLiteral("unreachable"));
    QVERIFY2(result.error().message.startsWith(QStringLiteral("slot 99 (127.0.1.99:")),
        qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(QStringLiteral("1.5 s")),
        qPrintable(result.error().message));
}

void TestFreeIpmiBackendLab::unresolvableHostIsReportedAsUnreachable()
{
    IpmiTarget target = targetFor(1);
    target.endpoint.host = QStringLiteral("no-such-bmc.invalid");
    const IpmiResult<PowerState> result = m_backend.powerState(target);
    QVERIFY(!result.ok());
    QCOMPARE(IpmiError::kindId(result.error().kind), QStringLiteral("unreachable"));
    QVERIFY2(result.error().message.contains(QStringLiteral("does not resolve")),
        qPrintable(result.error().message));
}

void TestFreeIpmiBackendLab::unknownWorkaroundFlagIsRefusedBeforeSending()
{
    IpmiTarget target = targetFor(1);
    target.settings.workaroundFlags << QStringLiteral("frobnicate");
    const IpmiResult<PowerState> result = m_backend.powerState(target);
    QVERIFY(!result.ok());
    QCOMPARE(IpmiError::kindId(result.error().kind), QStringLiteral("invalid-settings"));
    QVERIFY2(result.error().message.contains(QStringLiteral("\"frobnicate\"")),
        qPrintable(result.error().message));
}

void TestFreeIpmiBackendLab::libraryVersionIsKnown()
{
    QVERIFY(freeIpmiLibraryVersion().startsWith(QStringLiteral("1.")));
}

QTEST_GUILESS_MAIN(TestFreeIpmiBackendLab)
#include "tst_freeipmibackend_lab.moc"
