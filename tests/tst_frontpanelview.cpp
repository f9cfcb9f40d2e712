// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontpanelview.h"

#include <QAction>
#include <QDir>
#include <QImage>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

#include "chassis/inventoryio.h"
#include "chassismodel.h"

namespace {

Enclosure labEnclosure()
{
    const InventoryLoadResult result
        = InventoryIo::load(QStringLiteral(DX_TEST_DATA "/gui/lab-like.json"));
    if (!result.ok())
        qFatal("%s", qPrintable(result.error.toString()));
    return result.inventory->enclosures.constFirst();
}

QList<int> selectedSlots(const QItemSelectionModel *selection)
{
    QList<int> slotNumbers;
    for (const QModelIndex &row : selection->selectedRows())
        slotNumbers << row.data(ChassisModel::SlotRole).toInt();
    std::sort(slotNumbers.begin(), slotNumbers.end());
    return slotNumbers;
}

} // namespace

/// The front panel over the same proxy and selection as a table, as in MainWindow.
class TestFrontPanelView : public QObject
{
    Q_OBJECT

private:
    ChassisModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    FrontPanelView *m_view = nullptr;

    QPoint centre(int slot) const { return m_view->geometry().slotRect(slot).center().toPoint(); }

private Q_SLOTS:
    void init()
    {
        m_model = new ChassisModel(this);
        m_model->setEnclosure(labEnclosure());
        m_proxy = new QSortFilterProxyModel(this);
        m_proxy->setSourceModel(m_model);
        m_proxy->setFilterKeyColumn(-1);
        m_table = new QTableView;
        m_table->setModel(m_proxy);
        m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_view = new FrontPanelView;
        m_view->setModel(m_proxy);
        m_view->setSelectionModel(m_table->selectionModel());
        m_view->resize(1200, 260);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view));
    }

    void cleanup()
    {
        delete m_view;
        delete m_table;
        delete m_proxy;
        delete m_model;
    }

    void clickSelectsOneSlotInBothViews()
    {
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, centre(23));
        QCOMPARE(selectedSlots(m_table->selectionModel()), QList<int> {23});
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, centre(5));
        QCOMPARE(selectedSlots(m_table->selectionModel()), QList<int> {5});
    }

    void ctrlAndShiftClickExtend()
    {
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, centre(2));
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::ControlModifier, centre(30));
        QCOMPARE(selectedSlots(m_table->selectionModel()), (QList<int> {2, 30}));
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::ControlModifier, centre(2));
        QCOMPARE(selectedSlots(m_table->selectionModel()), QList<int> {30});
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, centre(3));
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::ShiftModifier, centre(6));
        QCOMPARE(selectedSlots(m_table->selectionModel()), (QList<int> {3, 4, 5, 6}));
    }

    void rubberBandSelectsABlock()
    {
        QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, centre(10));
        QTest::mouseMove(m_view->viewport(), centre(35));
        QTest::mouseMove(m_view->viewport(), centre(36));
        QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, centre(36));
        QCOMPARE(selectedSlots(m_table->selectionModel()),
            (QList<int> {10, 11, 12, 13, 33, 34, 35, 36}));
    }

    void tableSelectionShowsInThePanel()
    {
        m_table->selectRow(m_proxy->mapFromSource(m_model->indexForSlot(40)).row());
        QCOMPARE(selectedSlots(m_view->selectionModel()), QList<int> {40});
    }

    void keyboardNavigation()
    {
        m_view->setFocus();
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, centre(1));
        QTest::keyClick(m_view, Qt::Key_Right);
        QCOMPARE(m_view->slotOf(m_view->currentIndex()), 2);
        QTest::keyClick(m_view, Qt::Key_Down);
        QCOMPARE(m_view->slotOf(m_view->currentIndex()), 25);
        QTest::keyClick(m_view, Qt::Key_End, Qt::ShiftModifier);
        QCOMPARE(m_view->slotOf(m_view->currentIndex()), 46);
        QCOMPARE(selectedSlots(m_table->selectionModel()).size(), 22); // 25..46
        QTest::keyClick(m_view, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(selectedSlots(m_table->selectionModel()).size(), 46);
    }

    void sortingTheTableKeepsSlotsInPlace()
    {
        m_table->sortByColumn(ChassisModel::HostNameColumn, Qt::DescendingOrder);
        m_proxy->sort(ChassisModel::HostNameColumn, Qt::DescendingOrder);
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, centre(7));
        QCOMPARE(selectedSlots(m_table->selectionModel()), QList<int> {7});
        QCOMPARE(m_view->indexAt(centre(7)).data(ChassisModel::SlotRole).toInt(), 7);
    }

    void filteredSlotsAreNotClickable()
    {
        m_proxy->setFilterFixedString(QStringLiteral("dx1000s07"));
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, centre(8));
        QVERIFY(selectedSlots(m_table->selectionModel()).isEmpty());
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, centre(7));
        QCOMPARE(selectedSlots(m_table->selectionModel()), QList<int> {7});
    }

    void doubleClickRequestsConsole()
    {
        QSignalSpy spy(m_view, &FrontPanelView::consoleRequested);
        QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, centre(23));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), 23);
    }

    void tooltipIsTheModels()
    {
        const QModelIndex index = m_view->indexAt(centre(23));
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("dx1000s23")));
    }

    void powerChangeRepaintsTheLed()
    {
        const QImage before = m_view->viewport()->grab().toImage();
        QVERIFY(m_model->setPowerState(23, PowerState::On));
        QCoreApplication::processEvents();
        const QImage after = m_view->viewport()->grab().toImage();
        const QRect led = m_view->visualRect(m_view->indexForSlot(23));
        QVERIFY(before.copy(led) != after.copy(led));
        // Slot 22 did not change.
        const QRect other = m_view->visualRect(m_view->indexForSlot(22));
        QCOMPARE(before.copy(other), after.copy(other));
    }

    void paintsModuleTypesDistinctly()
    {
        const QImage image = m_view->viewport()->grab().toImage();
        image.save(QDir::temp().filePath(QStringLiteral("tst_frontpanelview.png")));
        auto averageOf = [&](int slot) {
            const QRect r = m_view->visualRect(m_view->indexForSlot(slot));
            const QRect middle(
                r.left() + r.width() / 4, r.top() + r.height() / 3, r.width() / 2, r.height() / 3);
            qint64 sum = 0;
            for (int y = middle.top(); y <= middle.bottom(); ++y)
                for (int x = middle.left(); x <= middle.right(); ++x)
                    sum += qGray(
                        image.pixel(x * image.devicePixelRatio(), y * image.devicePixelRatio()));
            return sum / (middle.width() * middle.height());
        };
        QSet<qint64> shades {averageOf(1), averageOf(39), averageOf(43), averageOf(46)};
        QCOMPARE(shades.size(), 4); // server, HDD, PCIe, empty look different
    }

    void contextActionsAreShown()
    {
        QAction power(QStringLiteral("Power On"));
        m_view->setContextActions({&power, nullptr});
        QCOMPARE(m_view->contextActions().size(), 2);
    }

    void heightFollowsWidth()
    {
        QVERIFY(m_view->heightForWidth(1000) > m_view->heightForWidth(500));
        QVERIFY(m_view->heightForWidth(1000) < 250);
    }
};

QTEST_MAIN(TestFrontPanelView)
#include "tst_frontpanelview.moc"
