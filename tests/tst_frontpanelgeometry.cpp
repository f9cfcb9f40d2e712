// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontpanelgeometry.h"

#include <QTest>

#include "chassis/chassisprofile.h"

class TestFrontPanelGeometry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fitsAndKeepsProportions_data()
    {
        QTest::addColumn<QRectF>("bounds");
        QTest::newRow("wide window") << QRectF(0, 0, 1600, 200);
        QTest::newRow("tall window") << QRectF(0, 0, 800, 900);
        QTest::newRow("offset") << QRectF(30, 40, 1000, 300);
        QTest::newRow("tiny") << QRectF(0, 0, 240, 60);
        QTest::newRow("HiDPI 4K width") << QRectF(0, 0, 3840, 1000);
    }

    void fitsAndKeepsProportions()
    {
        QFETCH(QRectF, bounds);
        const FrontPanelGeometry g = FrontPanelGeometry::fit(ChassisProfile::dx1000(), bounds);
        QVERIFY(g.isValid());
        QCOMPARE(g.slotCount(), 46);
        // Inside the bounds (rounding aside), touching them on one axis, centred.
        QVERIFY(bounds.adjusted(-0.01, -0.01, 0.01, 0.01).contains(g.outline));
        QVERIFY(qFuzzyCompare(g.outline.width(), bounds.width())
            || qFuzzyCompare(g.outline.height(), bounds.height()));
        QCOMPARE(qRound(g.outline.center().x()), qRound(bounds.center().x()));
        QCOMPARE(qRound(g.outline.width() / g.outline.height() * 100), qRound(482.6 / 86.5 * 100));
        for (int slot = 1; slot <= 46; ++slot) {
            const QRectF r = g.slotRect(slot);
            QVERIFY(g.slotArea.contains(r));
            QCOMPARE(g.slotAt(r.center()), slot);
            for (int other = slot + 1; other <= 46; ++other)
                QVERIFY(!r.intersects(g.slotRect(other)));
        }
    }

    void slotPlacement_data()
    {
        QTest::addColumn<int>("slot");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::newRow("first") << 1 << 0 << 0;
        QTest::newRow("top right") << 23 << 0 << 22;
        QTest::newRow("bottom left") << 24 << 1 << 0;
        QTest::newRow("seed's first niclist slot") << 23 << 0 << 22;
        QTest::newRow("last") << 46 << 1 << 22;
    }

    void slotPlacement()
    {
        QFETCH(int, slot);
        QFETCH(int, row);
        QFETCH(int, column);
        const FrontPanelGeometry g
            = FrontPanelGeometry::fit(ChassisProfile::dx1000(), QRectF(0, 0, 1200, 300));
        QCOMPARE(g.slotAtCell(row, column), slot);
        const QRectF r = g.slotRect(slot);
        const double cellW = g.slotArea.width() / g.columns;
        const double cellH = g.slotArea.height() / g.rows;
        QCOMPARE(int((r.center().x() - g.slotArea.left()) / cellW), column);
        QCOMPARE(int((r.center().y() - g.slotArea.top()) / cellH), row);
    }

    void pointsOffSlots_data()
    {
        QTest::addColumn<QPointF>("point");
        const FrontPanelGeometry g
            = FrontPanelGeometry::fit(ChassisProfile::dx1000(), QRectF(0, 0, 1200, 300));
        QTest::newRow("left ear") << g.leftEar.center();
        QTest::newRow("console panel") << g.consolePanel.center();
        QTest::newRow("gap between 1 and 2") << QPointF(
            (g.slotRect(1).right() + g.slotRect(2).left()) / 2, g.slotRect(1).center().y());
        QTest::newRow("outside") << QPointF(-5, -5);
    }

    void pointsOffSlots()
    {
        QFETCH(QPointF, point);
        const FrontPanelGeometry g
            = FrontPanelGeometry::fit(ChassisProfile::dx1000(), QRectF(0, 0, 1200, 300));
        QCOMPARE(g.slotAt(point), 0);
    }

    void rubberBand_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("one slot") << 5 << 5 << QList<int> {5};
        QTest::newRow("along the top row") << 2 << 4 << QList<int> {2, 3, 4};
        QTest::newRow("a 2x2 block") << 1 << 25 << QList<int> {1, 2, 24, 25};
        QTest::newRow("backwards") << 25 << 1 << QList<int> {1, 2, 24, 25};
    }

    void rubberBand()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QList<int>, expected);
        const FrontPanelGeometry g
            = FrontPanelGeometry::fit(ChassisProfile::dx1000(), QRectF(0, 0, 1200, 300));
        QCOMPARE(g.slotsIn(QRectF(g.slotRect(from).center(), g.slotRect(to).center())), expected);
    }

    void keyboardMoves_data()
    {
        using Move = FrontPanelGeometry::Move;
        QTest::addColumn<int>("from");
        QTest::addColumn<Move>("move");
        QTest::addColumn<int>("to");
        QTest::newRow("right") << 1 << Move::Right << 2;
        QTest::newRow("right at the edge stays") << 23 << Move::Right << 23;
        QTest::newRow("left at the edge stays") << 24 << Move::Left << 24;
        QTest::newRow("down") << 5 << Move::Down << 28;
        QTest::newRow("up") << 28 << Move::Up << 5;
        QTest::newRow("up at the top stays") << 5 << Move::Up << 5;
        QTest::newRow("row start") << 30 << Move::RowStart << 24;
        QTest::newRow("row end") << 30 << Move::RowEnd << 46;
        QTest::newRow("first") << 30 << Move::First << 1;
        QTest::newRow("last") << 3 << Move::Last << 46;
    }

    void keyboardMoves()
    {
        QFETCH(int, from);
        QFETCH(FrontPanelGeometry::Move, move);
        QFETCH(int, to);
        const FrontPanelGeometry g
            = FrontPanelGeometry::fit(ChassisProfile::dx1000(), QRectF(0, 0, 1200, 300));
        QCOMPARE(g.move(from, move), to);
    }

    void emptyBoundsGiveNoGeometry()
    {
        const FrontPanelGeometry g = FrontPanelGeometry::fit(ChassisProfile::dx1000(), QRectF());
        QVERIFY(!g.isValid());
        QCOMPARE(g.slotAt(QPointF(1, 1)), 0);
        QVERIFY(g.slotRect(1).isNull());
    }
};

QTEST_GUILESS_MAIN(TestFrontPanelGeometry)
#include "tst_frontpanelgeometry.moc"
