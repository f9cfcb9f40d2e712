// SPDX-License-Identifier: GPL-3.0-or-later
#include "rackview.h"

#include <QSignalSpy>
#include <QTest>

#include "chassis/inventoryio.h"
#include "chassismodel.h"
#include "rackmodel.h"

namespace {

/// (enclosure row, slot) of every selected slot, sorted.
QList<QPair<int, int>> selected(const QItemSelectionModel *selection)
{
    QList<QPair<int, int>> result;
    for (const QModelIndex &index : selection->selectedRows())
        result << qMakePair(index.parent().row(), index.data(ChassisModel::SlotRole).toInt());
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace

class TestRackView : public QObject
{
    Q_OBJECT

private:
    RackModel *m_model = nullptr;
    RackView *m_view = nullptr;

    QPoint centre(int row, int slot) const
    {
        return m_view->enclosureGeometry(row).slotRect(slot).center().toPoint();
    }

private Q_SLOTS:
    void init()
    {
        const InventoryLoadResult loaded
            = InventoryIo::load(QStringLiteral(DX_TEST_DATA "/gui/two-enclosures.json"));
        QVERIFY(loaded.ok());
        m_model = new RackModel;
        m_model->setInventory(*loaded.inventory);
        m_view = new RackView;
        m_view->setModel(m_model);
        m_view->resize(1000, 420);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view));
    }

    void cleanup()
    {
        delete m_view;
        delete m_model;
    }

    void everySlotOfEveryEnclosureIsClickable()
    {
        for (int row = 0; row < m_model->enclosureCount(); ++row) {
            for (int slot : {1, 23, 24, 46}) {
                QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, centre(row, slot));
                QCOMPARE(
                    selected(m_view->selectionModel()), (QList<QPair<int, int>> {{row, slot}}));
            }
        }
    }

    void rubberBandSpansEnclosures()
    {
        // From slot 46 of the first enclosure to slot 1 of the second: the band covers
        // the last column of enclosure 0's bottom row ... and enclosure 1's first slot.
        QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, centre(0, 46));
        QTest::mouseMove(m_view->viewport(), centre(1, 22));
        QTest::mouseMove(m_view->viewport(), centre(1, 23));
        QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, centre(1, 23));
        const QList<QPair<int, int>> got = selected(m_view->selectionModel());
        QVERIFY(got.contains(qMakePair(0, 46)));
        QVERIFY(got.contains(qMakePair(1, 23)));
        QVERIFY(!got.contains(qMakePair(0, 1)));
    }

    void arrowDownCrossesIntoTheNextEnclosure()
    {
        m_view->setFocus();
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, centre(0, 30));
        QTest::keyClick(m_view, Qt::Key_Down);
        QCOMPARE(m_view->currentIndex().parent().row(), 1);
        QCOMPARE(m_view->currentIndex().data(ChassisModel::SlotRole).toInt(), 7);
    }

    void doubleClickRequestsConsole()
    {
        QSignalSpy spy(m_view, &RackView::consoleRequested);
        QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, centre(1, 23));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), 1);
        QCOMPARE(spy.at(0).at(1).toInt(), 23);
    }

    void powerChangeRepaintsOnlyThatSlot()
    {
        const QImage before = m_view->viewport()->grab().toImage();
        // two-enclosures.json: slot 1 of rack1-u03 and slot 23 of rack1-u01 are servers.
        QVERIFY(m_model->setPowerState(1, 1, PowerState::On));
        QCoreApplication::processEvents();
        const QImage after = m_view->viewport()->grab().toImage();
        const QRect changed = m_view->enclosureGeometry(1).slotRect(1).toAlignedRect();
        const QRect same = m_view->enclosureGeometry(0).slotRect(23).toAlignedRect();
        QVERIFY(before.copy(changed) != after.copy(changed));
        QCOMPARE(before.copy(same), after.copy(same));
    }
};

QTEST_MAIN(TestRackView)
#include "tst_rackview.moc"
