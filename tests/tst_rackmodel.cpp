// SPDX-License-Identifier: GPL-3.0-or-later
#include "rackmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "chassis/inventoryio.h"
#include "chassismodel.h"
#include "slotfilterproxymodel.h"

namespace {

Inventory twoEnclosures()
{
    const InventoryLoadResult result
        = InventoryIo::load(QStringLiteral(DX_TEST_DATA "/gui/two-enclosures.json"));
    if (!result.ok())
        qFatal("%s", qPrintable(result.error.toString()));
    return *result.inventory;
}

Inventory labLike()
{
    const InventoryLoadResult result
        = InventoryIo::load(QStringLiteral(DX_TEST_DATA "/gui/lab-like.json"));
    if (!result.ok())
        qFatal("%s", qPrintable(result.error.toString()));
    return *result.inventory;
}

} // namespace

class TestRackModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void treeOfEnclosuresAndSlots()
    {
        RackModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Inventory inventory = twoEnclosures();
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setInventory(inventory);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), int(inventory.enclosures.size()));
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex enclosure = model.index(row, 0);
            QCOMPARE(enclosure.data().toString(), inventory.enclosures.at(row).name);
            QVERIFY(enclosure.data(RackModel::IsEnclosureRole).toBool());
            QCOMPARE(model.rowCount(enclosure), 46);
            const QModelIndex slot = model.index(22, 0, enclosure);
            QCOMPARE(slot.data(ChassisModel::SlotRole).toInt(), 23);
            QCOMPARE(slot.parent(), enclosure);
            QCOMPARE(slot.data(RackModel::EnclosureRowRole).toInt(), row);
            QCOMPARE(model.indexForSlot(row, 23), slot);
        }
        QVERIFY(!model.indexForSlot(0, 47).isValid());
        QVERIFY(!model.indexForSlot(99, 1).isValid());
    }

    void powerChangeIsOneNarrowSignal()
    {
        RackModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInventory(twoEnclosures());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setPowerState(1, 23, PowerState::On));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.indexForSlot(1, 23, 0));
        QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(ChassisModel::PowerStateRole));
        QCOMPARE(model.powerState(1, 23), PowerState::On);
        QCOMPARE(model.powerState(0, 23), PowerState::Unknown);
        QVERIFY(model.setPowerState(1, 23, PowerState::On)); // unchanged: no signal
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.setBusy(0, 1, true));
        QVERIFY(model.setIdentifying(0, 1, true));
        QVERIFY(model.setLastResult(0, 1, QStringLiteral("timeout")));
        QCOMPARE(changed.count(), 4);
        QVERIFY(!model.setPowerState(0, 99, PowerState::On));
    }

    void slotsAnswerCpuAndPowerLedLikeChassisModel()
    {
        RackModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Inventory inventory = labLike();
        model.setInventory(inventory);
        ChassisModel chassis;
        chassis.setEnclosure(inventory.enclosures.constFirst());
        for (int slot : {1, 5, 17, 40, 43, 46}) {
            QCOMPARE(model.indexForSlot(0, slot).data(ChassisModel::CpuRole),
                chassis.indexForSlot(slot).data(ChassisModel::CpuRole));
        }
        QCOMPARE(model.indexForSlot(0, 5).data(ChassisModel::CpuRole).toString(),
            QStringLiteral("C2730"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        auto led = [&](int slot) {
            return model.indexForSlot(0, slot)
                .data(ChassisModel::PowerLedRole)
                .value<ChassisModel::PowerLed>();
        };
        QCOMPARE(led(23), ChassisModel::PowerLed::Unknown);
        QVERIFY(model.setLastResult(0, 23, QStringLiteral("no answer")));
        QCOMPARE(led(23), ChassisModel::PowerLed::Error);
        QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(ChassisModel::PowerLedRole));
        QVERIFY(model.setPowerState(0, 23, PowerState::Off));
        QCOMPARE(led(23), ChassisModel::PowerLed::Off);
        QVERIFY(model.setBusy(0, 23, true));
        QCOMPARE(led(23), ChassisModel::PowerLed::Busy);
        for (const QList<QVariant> &emission : std::as_const(changed))
            QVERIFY(emission.at(2).value<QList<int>>().contains(ChassisModel::PowerLedRole));
    }

    void warningsFromTheProfile()
    {
        RackModel model;
        model.setInventory(labLike());
        // lab-like.json: HDD modules in 40 and 41 hang off the C2730s in 17 and 18.
        QVERIFY(
            !model.indexForSlot(0, 40).data(ChassisModel::WarningsRole).toStringList().isEmpty());
        QVERIFY(
            model.indexForSlot(0, 39).data(ChassisModel::WarningsRole).toStringList().isEmpty());
    }

    void proxyFiltersSlotsAcrossEnclosures()
    {
        RackModel model;
        model.setInventory(labLike());
        SlotFilterProxyModel proxy;
        QAbstractItemModelTester tester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 46);
        proxy.setModuleFilter(ModuleType::Hdd);
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 4);
        proxy.setWarningsOnly(true);
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 2);
        proxy.setModuleFilter(std::nullopt);
        proxy.setWarningsOnly(false);
        proxy.setFilterFixedString(QStringLiteral("dx1000s23"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);
    }

    void proxySortsSlotNumbersAsNumbers()
    {
        ChassisModel model;
        model.setEnclosure(labLike().enclosures.first());
        SlotFilterProxyModel proxy;
        QAbstractItemModelTester tester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(0, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(ChassisModel::SlotRole).toInt(), 46);
        QCOMPARE(proxy.index(45, 0).data(ChassisModel::SlotRole).toInt(), 1);
        QVERIFY(model.setPowerState(46, PowerState::On));
        proxy.setModuleFilter(ModuleType::Pcie);
        QCOMPARE(proxy.rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRackModel)
#include "tst_rackmodel.moc"
