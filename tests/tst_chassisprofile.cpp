// SPDX-License-Identifier: GPL-3.0-or-later
#include "chassis/chassisprofile.h"

#include <QSet>
#include <QTest>

#include "chassis/inventory.h"
#include "chassis/inventorychecker.h"

namespace {

SlotInfo server(int slot, const char *cpu = "C2750")
{
    SlotInfo s;
    s.slot = slot;
    s.module = ModuleType::Server;
    s.cpu = QLatin1String(cpu);
    return s;
}

SlotInfo module(int slot, ModuleType type)
{
    SlotInfo s;
    s.slot = slot;
    s.module = type;
    return s;
}

Enclosure enclosureOf(QList<SlotInfo> slotList)
{
    Enclosure e;
    e.name = QStringLiteral("dx1");
    std::sort(slotList.begin(), slotList.end(),
        [](const SlotInfo &a, const SlotInfo &b) { return a.slot < b.slot; });
    e.moduleSlots = slotList;
    return e;
}

} // namespace

class TestChassisProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dx1000FiguresMatchTheSeed()
    {
        const ChassisProfile &p = ChassisProfile::dx1000();
        QCOMPARE(p.slotCount, 46);
        QCOMPARE(p.rackUnits, 2);
        QCOMPARE(p.serverModuleBudget, 38);
        QCOMPARE(p.enclosuresPerRack, 16);
        QCOMPARE(p.serverModulesPerRack(), 608);
        QCOMPARE(p.hddCapableSlots(), 16);
        QCOMPARE(p.pcieCapableSlots(), 12);
        QCOMPARE(p.maxMemoryGb, 32);
        QCOMPARE(p.maxStorageGb, 128);
        QCOMPARE(p.switchDownlinks, 46);
        QCOMPARE(p.switchUplinks, 2);
        QCOMPARE(p.powerUnits, 2);
        QCOMPARE(p.powerUnitWatts, 1600);
        QVERIFY(p.cpu(QStringLiteral("C2750")) && p.cpu(QStringLiteral("C2750"))->hddCapable);
        QCOMPARE(p.cpu(QStringLiteral("C2750"))->ghz, 2.40);
        QVERIFY(p.cpu(QStringLiteral("C2730")) && !p.cpu(QStringLiteral("C2730"))->hddCapable);
        QCOMPARE(p.cpu(QStringLiteral("C2730"))->cores, 8);
        int switches = 0, psus = 0, cmms = 0;
        for (const ChassisProfile::RearModule &m : p.rearModules) {
            switches += m.kind == ChassisProfile::RearModule::Kind::Switch;
            psus += m.kind == ChassisProfile::RearModule::Kind::PowerUnit;
            cmms += m.kind == ChassisProfile::RearModule::Kind::Cmm;
        }
        QCOMPARE(switches, 2);
        QCOMPARE(psus, 2);
        QCOMPARE(cmms, 1);
    }

    void frontLayoutPlacesEverySlotOnce()
    {
        const ChassisProfile &p = ChassisProfile::dx1000();
        QCOMPARE(p.frontLayout.size(), p.slotCount);
        QSet<int> numbers;
        QSet<QPair<int, int>> cells;
        for (const ChassisProfile::SlotPosition &pos : p.frontLayout) {
            numbers.insert(pos.slot);
            cells.insert({pos.row, pos.column});
            QVERIFY(pos.row >= 0 && pos.row < p.frontRows);
            QVERIFY(pos.column >= 0 && pos.column < p.frontColumns);
            QCOMPARE(p.slotAt(pos.row, pos.column), pos.slot);
            QCOMPARE(p.position(pos.slot)->slot, pos.slot);
            if (pos.hddCapable) {
                QVERIFY(p.position(pos.hddHostSlot));
                QVERIFY(!p.position(pos.hddHostSlot)->hddCapable);
            }
        }
        QCOMPARE(numbers.size(), 46);
        QCOMPARE(cells.size(), 46);
        QVERIFY(!p.position(0));
        QVERIFY(!p.position(47));
        QCOMPARE(p.slotAt(5, 0), 0);
    }

    void checker_data()
    {
        QTest::addColumn<QList<SlotInfo>>("modules");
        QTest::addColumn<int>("slot");
        QTest::addColumn<QString>("expected"); ///< substring of the slot's warning; empty = none

        const ChassisProfile &p = ChassisProfile::dx1000();
        int hddSlot = 0, plainSlot = 0, pcieSlot = 0, hddOnlySlot = 0;
        for (const ChassisProfile::SlotPosition &pos : p.frontLayout) {
            if (pos.hddCapable && pos.pcieCapable && !pcieSlot)
                pcieSlot = pos.slot;
            if (pos.hddCapable && !pos.pcieCapable && !hddOnlySlot)
                hddOnlySlot = pos.slot;
            if (pos.hddCapable && !hddSlot)
                hddSlot = pos.slot;
            if (!pos.hddCapable && !pos.pcieCapable && !plainSlot)
                plainSlot = pos.slot;
        }
        const int host = p.position(hddSlot)->hddHostSlot;

        QTest::newRow("HDD on a C2750")
            << QList<SlotInfo> {server(host), module(hddSlot, ModuleType::Hdd)} << hddSlot
            << QString();
        QTest::newRow("HDD next to a C2730")
            << QList<SlotInfo> {server(host, "C2730"), module(hddSlot, ModuleType::Hdd)} << hddSlot
            << QStringLiteral("C2730");
        QTest::newRow("HDD with no server")
            << QList<SlotInfo> {module(hddSlot, ModuleType::Hdd)} << hddSlot
            << QStringLiteral("not attached to a server module");
        QTest::newRow("HDD in a plain slot")
            << QList<SlotInfo> {module(plainSlot, ModuleType::Hdd)} << plainSlot
            << QStringLiteral("cannot hold an HDD module");
        QTest::newRow("PCIe in a PCIe slot")
            << QList<SlotInfo> {module(pcieSlot, ModuleType::Pcie)} << pcieSlot << QString();
        QTest::newRow("PCIe in an HDD-only slot")
            << QList<SlotInfo> {module(hddOnlySlot, ModuleType::Pcie)} << hddOnlySlot
            << QStringLiteral("cannot hold a PCIe card");
        QTest::newRow("PCIe in a plain slot")
            << QList<SlotInfo> {module(plainSlot, ModuleType::Pcie)} << plainSlot
            << QStringLiteral("cannot hold a PCIe card");

        SlotInfo conflict = server(23);
        conflict.bmcMac = *MacAddress::parse(QStringLiteral("74:D4:35:83:78:16"));
        conflict.nicMacs = {*MacAddress::parse(QStringLiteral("74:D4:35:83:78:14")),
            *MacAddress::parse(QStringLiteral("74:D4:35:83:78:5F"))};
        QTest::newRow("read NIC2 contradicts the rule") << QList<SlotInfo> {
            conflict} << 23 << QStringLiteral("NIC2 MAC 74:D4:35:83:78:5F conflicts");
        SlotInfo agrees = conflict;
        agrees.nicMacs[1] = *MacAddress::parse(QStringLiteral("74:D4:35:83:78:15"));
        QTest::newRow("read NICs agree with the rule")
            << QList<SlotInfo> {agrees} << 23 << QString();
    }

    void checker()
    {
        QFETCH(QList<SlotInfo>, modules);
        QFETCH(int, slot);
        QFETCH(QString, expected);
        const EnclosureCheck check = InventoryChecker::check(enclosureOf(modules));
        QVERIFY(check.enclosureWarnings.isEmpty());
        const QStringList warnings = check.warningsFor(slot);
        if (expected.isEmpty()) {
            QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
            QVERIFY(check.isClean());
        } else {
            QCOMPARE(warnings.size(), 1);
            QVERIFY2(warnings.first().contains(expected), qPrintable(warnings.first()));
            QCOMPARE(check.warningCount(), 1);
        }
    }

    void powerBudget_data()
    {
        QTest::addColumn<int>("servers");
        QTest::addColumn<bool>("warned");
        QTest::newRow("38 fit") << 38 << false;
        QTest::newRow("39 exceed") << 39 << true;
        QTest::newRow("46 exceed") << 46 << true;
    }

    void powerBudget()
    {
        QFETCH(int, servers);
        QFETCH(bool, warned);
        QList<SlotInfo> modules;
        for (int slot = 1; slot <= servers; ++slot)
            modules << server(slot);
        const EnclosureCheck check = InventoryChecker::check(enclosureOf(modules));
        QCOMPARE(check.enclosureWarnings.size(), warned ? 1 : 0);
        if (warned)
            QVERIFY(check.enclosureWarnings.first().contains(QStringLiteral("power budget of 38")));
    }

    void cmmMacConflictWithSwitchIsFlagged()
    {
        Enclosure e = enclosureOf({});
        SwitchInfo sw;
        sw.systemMac = *MacAddress::parse(QStringLiteral("74:D4:35:E9:E2:62"));
        e.switches << sw;
        e.cmmMac = *MacAddress::parse(QStringLiteral("74:D4:35:E9:E2:60"));
        QVERIFY(InventoryChecker::check(e).isClean());
        e.cmmMac = *MacAddress::parse(QStringLiteral("74:D4:35:E9:E2:61"));
        const EnclosureCheck check = InventoryChecker::check(e);
        QCOMPARE(check.enclosureWarnings.size(), 1);
        QVERIFY(check.enclosureWarnings.first().contains(QStringLiteral("74:D4:35:E9:E2:60")));
    }

    void unknownProfileIsReported()
    {
        Enclosure e = enclosureOf({server(1)});
        e.profileId = QStringLiteral("DX9999");
        QCOMPARE(InventoryChecker::check(e).enclosureWarnings.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestChassisProfile)
#include "tst_chassisprofile.moc"
