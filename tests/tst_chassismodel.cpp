// SPDX-License-Identifier: GPL-3.0-or-later
#include "chassismodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "chassis/inventoryio.h"

namespace {

QString guiData(const char *name)
{
    return QStringLiteral(DX_TEST_DATA "/gui/") + QLatin1String(name);
}

/// The lab-like enclosure: 38 servers (slots 1-38), 4 HDD modules (39-42),
/// 2 PCIe cards (43-44), slots 45-46 empty; slots 23-32 carry the seed's MACs.
Enclosure labEnclosure()
{
    const InventoryLoadResult result = InventoryIo::load(guiData("lab-like.json"));
    if (!result.ok())
        qFatal("%s", qPrintable(result.error.toString()));
    return result.inventory->enclosures.constFirst();
}

QList<int> rolesOf(const QSignalSpy &spy, int emission)
{
    return spy.at(emission).at(2).value<QList<int>>();
}

} // namespace

class TestChassisModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyModel()
    {
        ChassisModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(ChassisModel::NUM_COLUMNS));
        QVERIFY(!model.hasEnclosure());
        QVERIFY(!model.indexForSlot(1).isValid());
        QCOMPARE(model.powerState(1), PowerState::Unknown);
        QVERIFY(!model.setPowerState(1, PowerState::On));
    }

    void labEnclosureHasEverySlot()
    {
        ChassisModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setEnclosure(labEnclosure());

        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 46); // the DX1000's slots, empty ones included
        QCOMPARE(model.slotCount(), 46);
        QCOMPARE(model.moduleCount(), 44);
        QCOMPARE(model.columnCount(), 8);
        QCOMPARE(model.enclosure().name, QStringLiteral("dx1000-lab"));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, 0).data(ChassisModel::SlotRole).toInt(), row + 1);
        // A table: no children anywhere.
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QCOMPARE(model.columnCount(model.index(0, 0)), 0);
    }

    void slotData_data()
    {
        QTest::addColumn<int>("slot");
        QTest::addColumn<ModuleType>("module");
        QTest::addColumn<QString>("moduleText");
        QTest::addColumn<QString>("hostName");
        QTest::addColumn<QString>("bmcAddress");
        QTest::addColumn<QString>("bmcMac");
        QTest::addColumn<QString>("nic1");
        QTest::addColumn<QString>("nic2");

        QTest::newRow("seed slot 23") << 23 << ModuleType::Server << "Server (C2750)"
                                      << "dx1000s23"
                                      << "127.0.1.23:1623"
                                      << "74:D4:35:83:78:16"
                                      << "74:D4:35:83:78:14"
                                      << "74:D4:35:83:78:15";
        QTest::newRow("seed slot 32") << 32 << ModuleType::Server << "Server (C2750)"
                                      << "dx1000s32"
                                      << "127.0.1.32:1623"
                                      << "74:D4:35:83:78:55"
                                      << "74:D4:35:83:78:53"
                                      << "74:D4:35:83:78:54";
        QTest::newRow("C2730") << 5 << ModuleType::Server << "Server (C2730)"
                               << "dx1000s05"
                               << "127.0.1.5:1623"
                               << "02:DC:00:00:00:52"
                               << "02:DC:00:00:00:50"
                               << "02:DC:00:00:00:51";
        QTest::newRow("HDD") << 39 << ModuleType::Hdd << "HDD module"
                             << ""
                             << ""
                             << ""
                             << ""
                             << "";
        QTest::newRow("PCIe") << 43 << ModuleType::Pcie << "PCIe card"
                              << ""
                              << ""
                              << ""
                              << ""
                              << "";
        QTest::newRow("empty") << 46 << ModuleType::Empty << "Empty"
                               << ""
                               << ""
                               << ""
                               << ""
                               << "";
    }

    void slotData()
    {
        QFETCH(int, slot);
        QFETCH(ModuleType, module);
        QFETCH(QString, moduleText);
        QFETCH(QString, hostName);
        QFETCH(QString, bmcAddress);
        QFETCH(QString, bmcMac);
        QFETCH(QString, nic1);
        QFETCH(QString, nic2);

        ChassisModel model;
        model.setEnclosure(labEnclosure());
        const QModelIndex index = model.indexForSlot(slot);
        QVERIFY(index.isValid());
        QCOMPARE(index.row(), slot - 1);

        QCOMPARE(index.data(ChassisModel::SlotRole).toInt(), slot);
        QCOMPARE(index.data(ChassisModel::ModuleTypeRole).value<ModuleType>(), module);
        QCOMPARE(index.data(ChassisModel::HostNameRole).toString(), hostName);
        QCOMPARE(index.data(ChassisModel::BmcAddressRole).toString(), bmcAddress);
        QCOMPARE(
            index.data(ChassisModel::BmcMacRole).value<MacAddress>().isNull(), bmcMac.isEmpty());
        if (!bmcMac.isEmpty()) {
            QCOMPARE(index.data(ChassisModel::BmcMacRole).value<MacAddress>().toString(), bmcMac);
            QCOMPARE(index.data(ChassisModel::Nic1MacRole).value<MacAddress>().toString(), nic1);
            QCOMPARE(index.data(ChassisModel::Nic2MacRole).value<MacAddress>().toString(), nic2);
        } else {
            QVERIFY(!index.data(ChassisModel::BmcMacRole).isValid());
            QVERIFY(!index.data(ChassisModel::Nic1MacRole).isValid());
        }
        QCOMPARE(index.data(ChassisModel::PowerStateRole).value<PowerState>(), PowerState::Unknown);
        QCOMPARE(index.data(ChassisModel::BusyRole).toBool(), false);
        QCOMPARE(index.data(ChassisModel::LastResultRole).toString(), QString());
        QCOMPARE(index.data(ChassisModel::WarningsRole).toStringList(), QStringList());

        auto display = [&](int column) {
            return model.indexForSlot(slot, column).data().toString();
        };
        QCOMPARE(model.indexForSlot(slot, ChassisModel::SlotColumn).data().toInt(), slot);
        QCOMPARE(display(ChassisModel::ModuleColumn), moduleText);
        QCOMPARE(display(ChassisModel::HostNameColumn), hostName);
        QCOMPARE(display(ChassisModel::BmcAddressColumn), bmcAddress);
        QCOMPARE(display(ChassisModel::BmcMacColumn), bmcMac);
        QCOMPARE(display(ChassisModel::Nic1MacColumn), nic1);
        QCOMPARE(display(ChassisModel::Nic2MacColumn), nic2);
        QCOMPARE(display(ChassisModel::PowerColumn),
            module == ModuleType::Empty ? QString() : QStringLiteral("Unknown"));
        QVERIFY(!index.data(Qt::ToolTipRole).toString().isEmpty());
    }

    void headers()
    {
        ChassisModel model;
        const QStringList expected {QStringLiteral("Slot"), QStringLiteral("Module"),
            QStringLiteral("Host name"), QStringLiteral("BMC address"), QStringLiteral("BMC MAC"),
            QStringLiteral("NIC1 MAC"), QStringLiteral("NIC2 MAC"), QStringLiteral("Power")};
        for (int column = 0; column < ChassisModel::NUM_COLUMNS; ++column)
            QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), expected.at(column));
        QVERIFY(!model.headerData(ChassisModel::NUM_COLUMNS, Qt::Horizontal).isValid());
    }

    void invalidIndexHasNoData()
    {
        ChassisModel model;
        model.setEnclosure(labEnclosure());
        QVERIFY(!model.data(QModelIndex()).isValid());
        QVERIFY(!model.data(QModelIndex(), ChassisModel::SlotRole).isValid());
        QVERIFY(!model.index(46, 0).isValid());
        QVERIFY(!model.index(0, ChassisModel::NUM_COLUMNS).isValid());
        QVERIFY(!model.indexForSlot(0).isValid());
        QVERIFY(!model.indexForSlot(47).isValid());
    }

    void setPowerStateEmitsOneNarrowChange()
    {
        ChassisModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEnclosure(labEnclosure());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);

        QVERIFY(model.setPowerState(23, PowerState::On));
        QCOMPARE(changed.count(), 1);
        const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
        const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
        QCOMPARE(topLeft, model.index(22, 0));
        QCOMPARE(bottomRight, model.index(22, ChassisModel::NUM_COLUMNS - 1));
        const QList<int> roles = rolesOf(changed, 0);
        QVERIFY(roles.contains(ChassisModel::PowerStateRole));
        QVERIFY(roles.contains(Qt::DisplayRole)); // the Power column's text
        QVERIFY(!roles.contains(ChassisModel::HostNameRole));
        QVERIFY(!roles.contains(ChassisModel::BusyRole));

        QCOMPARE(model.powerState(23), PowerState::On);
        QCOMPARE(model.indexForSlot(23).data(ChassisModel::PowerStateRole).value<PowerState>(),
            PowerState::On);
        QCOMPARE(model.indexForSlot(23, ChassisModel::PowerColumn).data().toString(),
            QStringLiteral("On"));
        // Neighbours untouched.
        QCOMPARE(model.powerState(22), PowerState::Unknown);
        QCOMPARE(model.powerState(24), PowerState::Unknown);

        // The same state again: nothing to tell.
        QVERIFY(model.setPowerState(23, PowerState::On));
        QCOMPARE(changed.count(), 1);

        QVERIFY(model.setPowerState(1, PowerState::Off));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(1).at(0).value<QModelIndex>(), model.index(0, 0));
        QCOMPARE(model.indexForSlot(1, ChassisModel::PowerColumn).data().toString(),
            QStringLiteral("Off"));

        // No such slot.
        QVERIFY(!model.setPowerState(0, PowerState::On));
        QVERIFY(!model.setPowerState(47, PowerState::On));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(layout.count(), 0);
    }

    void otherLiveStateIsNarrowToo()
    {
        ChassisModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEnclosure(labEnclosure());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        QVERIFY(model.setBusy(30, true));
        QCOMPARE(changed.count(), 1);
        QVERIFY(rolesOf(changed, 0).contains(ChassisModel::BusyRole));
        QVERIFY(!rolesOf(changed, 0).contains(ChassisModel::PowerStateRole));
        QCOMPARE(model.indexForSlot(30).data(ChassisModel::BusyRole).toBool(), true);

        QVERIFY(model.setLastResult(30, QStringLiteral("power on: ok")));
        QCOMPARE(changed.count(), 2);
        QVERIFY(rolesOf(changed, 1).contains(ChassisModel::LastResultRole));
        QCOMPARE(model.indexForSlot(30).data(ChassisModel::LastResultRole).toString(),
            QStringLiteral("power on: ok"));

        const QStringList warnings {QStringLiteral("HDD module next to a C2730")};
        QVERIFY(model.setWarnings(30, warnings));
        QCOMPARE(changed.count(), 3);
        QVERIFY(rolesOf(changed, 2).contains(ChassisModel::WarningsRole));
        QCOMPARE(model.indexForSlot(30).data(ChassisModel::WarningsRole).toStringList(), warnings);
        QVERIFY(model.indexForSlot(30).data(Qt::ToolTipRole).toString().contains(warnings.first()));

        for (int emission = 0; emission < changed.count(); ++emission) {
            QCOMPARE(changed.at(emission).at(0).value<QModelIndex>().row(), 29);
            QCOMPARE(changed.at(emission).at(1).value<QModelIndex>().row(), 29);
        }
    }

    void cpuRoleNamesTheProcessorOfServerModulesOnly_data()
    {
        QTest::addColumn<int>("slot");
        QTest::addColumn<QString>("cpu");
        QTest::newRow("C2750 server") << 1 << "C2750";
        QTest::newRow("C2730 server") << 5 << "C2730";
        QTest::newRow("HDD module") << 40 << "";
        QTest::newRow("PCIe card") << 43 << "";
        QTest::newRow("empty slot") << 46 << "";
    }

    void cpuRoleNamesTheProcessorOfServerModulesOnly()
    {
        QFETCH(int, slot);
        QFETCH(QString, cpu);
        ChassisModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEnclosure(labEnclosure());
        for (int column = 0; column < ChassisModel::NUM_COLUMNS; ++column)
            QCOMPARE(model.indexForSlot(slot, column).data(ChassisModel::CpuRole).toString(), cpu);
        QCOMPARE(model.roleNames().value(ChassisModel::CpuRole), QByteArray("cpu"));
    }

    void powerLedTellsErrorFromUnknown_data()
    {
        QTest::addColumn<PowerState>("power");
        QTest::addColumn<bool>("busy");
        QTest::addColumn<QString>("lastResult");
        QTest::addColumn<ChassisModel::PowerLed>("led");
        const QString failed = QStringLiteral("slot 23 (127.0.1.23): no answer from the BMC");
        QTest::newRow("never asked")
            << PowerState::Unknown << false << QString() << ChassisModel::PowerLed::Unknown;
        QTest::newRow("no answer")
            << PowerState::Unknown << false << failed << ChassisModel::PowerLed::Error;
        QTest::newRow("on") << PowerState::On << false << QString() << ChassisModel::PowerLed::On;
        QTest::newRow("off") << PowerState::Off << false << QString()
                             << ChassisModel::PowerLed::Off;
        QTest::newRow("on, a later action failed")
            << PowerState::On << false << failed << ChassisModel::PowerLed::On;
        QTest::newRow("busy wins")
            << PowerState::Unknown << true << failed << ChassisModel::PowerLed::Busy;
    }

    void powerLedTellsErrorFromUnknown()
    {
        QFETCH(PowerState, power);
        QFETCH(bool, busy);
        QFETCH(QString, lastResult);
        QFETCH(ChassisModel::PowerLed, led);
        QCOMPARE(ChassisModel::powerLed(power, busy, lastResult), led);

        ChassisModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEnclosure(labEnclosure());
        model.setPowerState(23, power);
        model.setBusy(23, busy);
        model.setLastResult(23, lastResult);
        QCOMPARE(
            model.indexForSlot(23).data(ChassisModel::PowerLedRole).value<ChassisModel::PowerLed>(),
            led);
        QCOMPARE(
            model.indexForSlot(22).data(ChassisModel::PowerLedRole).value<ChassisModel::PowerLed>(),
            ChassisModel::PowerLed::Unknown);
    }

    void everyLedChangeNamesThePowerLedRole()
    {
        ChassisModel model;
        model.setEnclosure(labEnclosure());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setPowerState(23, PowerState::On);
        model.setBusy(23, true);
        model.setLastResult(23, QStringLiteral("timeout"));
        model.setIdentifying(23, true);
        QCOMPARE(changed.count(), 4);
        QVERIFY(rolesOf(changed, 0).contains(ChassisModel::PowerLedRole));
        QVERIFY(rolesOf(changed, 1).contains(ChassisModel::PowerLedRole));
        QVERIFY(rolesOf(changed, 2).contains(ChassisModel::PowerLedRole));
        QVERIFY(!rolesOf(changed, 3).contains(ChassisModel::PowerLedRole));
    }

    void setEnclosureResetsLiveState()
    {
        ChassisModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEnclosure(labEnclosure());
        model.setPowerState(23, PowerState::On);
        model.setBusy(24, true);

        QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setEnclosure(labEnclosure());
        QCOMPARE(aboutToReset.count(), 1);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.powerState(23), PowerState::Unknown);
        QCOMPARE(model.indexForSlot(24).data(ChassisModel::BusyRole).toBool(), false);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.count(), 2);
    }

    void unknownProfileShowsEveryListedSlot()
    {
        Enclosure enclosure;
        enclosure.name = QStringLiteral("odd");
        enclosure.profileId = QStringLiteral("NOSUCH");
        SlotInfo slot;
        slot.slot = 5;
        slot.module = ModuleType::Server;
        slot.hostName = QStringLiteral("odd05");
        enclosure.moduleSlots << slot;

        ChassisModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEnclosure(enclosure);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.indexForSlot(5, ChassisModel::HostNameColumn).data().toString(),
            QStringLiteral("odd05"));
        QCOMPARE(model.indexForSlot(4).data(ChassisModel::ModuleTypeRole).value<ModuleType>(),
            ModuleType::Empty);
    }
};

QTEST_MAIN(TestChassisModel)
#include "tst_chassismodel.moc"
