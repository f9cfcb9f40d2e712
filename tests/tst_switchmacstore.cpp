// SPDX-License-Identifier: GPL-3.0-or-later
//
// SwitchMacStore: the switch's and the CMM's MAC into the inventory (in memory
// and in the file, through SafeWriter), and the errors an operator sees.

#include "chassis/inventoryio.h"
#include "switchcli/switchmacstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
Inventory seedInventory()
{
    auto r = InventoryIo::load(QStringLiteral(DX_TEST_DATA "/inventory/seed-enclosure.json"));
    return r.ok() ? *r.inventory : Inventory();
}

MacAddress mac(const char *text)
{
    return MacAddress::parse(QString::fromLatin1(text)).value_or(MacAddress());
}
} // namespace

class TestSwitchMacStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesTheSwitchMacAndTheCmmMacDerivedByTheProfile()
    {
        Inventory inventory = seedInventory();
        QVERIFY(!inventory.enclosures.isEmpty());
        inventory.enclosures.first().cmmMac = MacAddress();
        QCOMPARE(SwitchMacStore::apply(inventory,
                     {QStringLiteral("rack1-u01"), 1, QStringLiteral("/dev/ttyUSB0"),
                         mac("74:D4:35:E9:E2:72")}),
            QString());
        const Enclosure &e = inventory.enclosures.first();
        QCOMPARE(e.switches.size(), 1);
        // The existing entry keeps its port; only the MAC changes.
        QCOMPARE(e.switches.first().serialPort, QStringLiteral("/dev/cuaU0"));
        QCOMPARE(e.switches.first().systemMac.toString(), QStringLiteral("74:D4:35:E9:E2:72"));
        QCOMPARE(e.cmmMac.toString(), QStringLiteral("74:D4:35:E9:E2:70"));
    }

    void addsAnEntryForASwitchModuleNotYetListed()
    {
        Inventory inventory = seedInventory();
        QCOMPARE(SwitchMacStore::apply(inventory,
                     {QStringLiteral("rack1-u01"), 2, QStringLiteral("/dev/ttyUSB1"),
                         mac("74:D4:35:E9:E2:62")}),
            QString());
        const Enclosure &e = inventory.enclosures.first();
        QCOMPARE(e.switches.size(), 2);
        QCOMPARE(e.switches.last().position, 2);
        QCOMPARE(e.switches.last().serialPort, QStringLiteral("/dev/ttyUSB1"));
    }

    void errorsNameWhatIsWrong_data()
    {
        QTest::addColumn<QString>("enclosure");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("macText");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown enclosure")
            << QStringLiteral("rack9") << 1 << QStringLiteral("74:D4:35:E9:E2:62")
            << QStringLiteral("no enclosure named \"rack9\"");
        QTest::newRow("no such module")
            << QStringLiteral("rack1-u01") << 3 << QStringLiteral("74:D4:35:E9:E2:62")
            << QStringLiteral("has no switch module 3");
        QTest::newRow("no MAC") << QStringLiteral("rack1-u01") << 1 << QString()
                                << QStringLiteral("no switch MAC address");
    }

    void errorsNameWhatIsWrong()
    {
        QFETCH(QString, enclosure);
        QFETCH(int, position);
        QFETCH(QString, macText);
        QFETCH(QString, expected);
        Inventory inventory = seedInventory();
        const Inventory before = inventory;
        const QString error = SwitchMacStore::apply(inventory,
            {enclosure, position, {}, MacAddress::parse(macText).value_or(MacAddress())});
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(inventory == before);
    }

    void storeWritesTheFileAndKeepsABackup()
    {
        QTemporaryDir dir;
        Inventory inventory = seedInventory();
        inventory.enclosures.first().cmmMac = MacAddress();
        const QString path = dir.filePath(QStringLiteral("inv.json"));
        QCOMPARE(InventoryIo::save(inventory, path), QString());
        QCOMPARE(SwitchMacStore::store(
                     path, {QStringLiteral("rack1-u01"), 1, {}, mac("74:D4:35:E9:E2:62")}),
            QString());
        const auto after = InventoryIo::load(path);
        QVERIFY(after.ok());
        QCOMPARE(after.inventory->enclosures.first().cmmMac.toString(),
            QStringLiteral("74:D4:35:E9:E2:60"));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("inv.json.*.bak")}).size(), 1);
    }

    void storeNamesTheFileWhenItCannotBeRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing.json"));
        const QString error = SwitchMacStore::store(
            path, {QStringLiteral("rack1-u01"), 1, {}, mac("74:D4:35:E9:E2:62")});
        QVERIFY2(error.contains(QStringLiteral("missing.json")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestSwitchMacStore)
#include "tst_switchmacstore.moc"
