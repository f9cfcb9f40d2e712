// SPDX-License-Identifier: GPL-3.0-or-later
//
// What a bulk action's results cost the GUI thread (issue 4: no stall over 16 ms):
// a result must not paint the window at once (one paint per event-loop turn covers
// every result of that turn), and the operations log follows a burst of entries
// with one scroll, without taking the view away from an operator reading older ones.

#include "mainwindow.h"

#include <QProgressBar>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

#include "ipmi/bulkrunner.h"
#include "logmodel.h"
#include "powercontroller.h"

namespace {

QString guiData(const char *name)
{
    return QStringLiteral(DX_TEST_DATA "/gui/") + QLatin1String(name);
}

/// Counts the paint events one widget receives.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget)
        : QObject(widget)
    {
        widget->installEventFilter(this);
    }
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

class TestBulkPainting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void progressOfManyResultsPaintsOnceLaterNotOncePerResult()
    {
        MainWindow window(MainWindow::SettingsMode::Ephemeral);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openInventory(guiData("lab-like.json")));
        auto *controller = window.findChild<PowerController *>();
        QVERIFY(controller);
        // The controller's own runner (the status poller has another, below it).
        auto *runner = controller->findChild<BulkRunner *>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY(runner);
        auto *bar = window.findChild<QProgressBar *>(QStringLiteral("bulkProgress"));
        QVERIFY(bar);
        bar->show(); // as during an action
        QTest::qWait(50); // settle: first layout and paint
        auto *counter = new PaintCounter(bar);

        // Three results arriving in one event-loop turn.
        for (int done = 1; done <= 3; ++done)
            Q_EMIT runner->progress(done, 46);
        QCOMPARE(counter->paints, 0); // nothing painted while the results are handled
        QCOMPARE(bar->value(), 3);
        QCOMPARE(bar->maximum(), 46);
        QTRY_COMPARE(counter->paints, 1); // one paint shows the last of them
        QTest::qWait(50);
        QCOMPARE(counter->paints, 1);
    }

    void logFollowsABurstOfEntriesToTheLastOne()
    {
        MainWindow window(MainWindow::SettingsMode::Ephemeral);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *view = window.findChild<QTableView *>(QStringLiteral("logTable"));
        QVERIFY(view);
        QScrollBar *bar = view->verticalScrollBar();
        int scrolls = 0;
        connect(bar, &QScrollBar::valueChanged, this, [&scrolls] { ++scrolls; });

        // A 46-slot action's worth of results, all in one event-loop turn.
        for (int slot = 1; slot <= 46; ++slot)
            window.logModel()->append(QStringLiteral("lab:s%1").arg(slot),
                QStringLiteral("Power On"), LogModel::Result::Ok, QStringLiteral("ok"));
        QTRY_VERIFY(bar->maximum() > 0);
        QTRY_COMPARE(bar->value(), bar->maximum());
        QCOMPARE(scrolls, 1);
        const QModelIndex last = view->model()->index(view->model()->rowCount() - 1, 0);
        QVERIFY(view->viewport()->rect().contains(view->visualRect(last)));
    }

    void logStaysWhereTheOperatorScrolledUp()
    {
        MainWindow window(MainWindow::SettingsMode::Ephemeral);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *view = window.findChild<QTableView *>(QStringLiteral("logTable"));
        QVERIFY(view);
        for (int slot = 1; slot <= 46; ++slot)
            window.logModel()->append(QStringLiteral("lab:s%1").arg(slot),
                QStringLiteral("Power On"), LogModel::Result::Ok, QStringLiteral("ok"));
        QScrollBar *bar = view->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        QTRY_COMPARE(bar->value(), bar->maximum());

        bar->setValue(0); // the operator reads the first entries
        for (int slot = 1; slot <= 46; ++slot)
            window.logModel()->append(QStringLiteral("lab:s%1").arg(slot),
                QStringLiteral("Power Off"), LogModel::Result::Ok, QStringLiteral("ok"));
        QTest::qWait(50);
        QCOMPARE(bar->value(), 0);
    }
};

QTEST_MAIN(TestBulkPainting)
#include "tst_bulkpainting.moc"
