// SPDX-License-Identifier: GPL-3.0-or-later
#include "rearpanelgeometry.h"

#include <QTest>

#include "chassis/chassisprofile.h"

using Kind = ChassisProfile::RearModule::Kind;
Q_DECLARE_METATYPE(Kind)
Q_DECLARE_METATYPE(RearPanelGeometry::Move)

class TestRearPanelGeometry : public QObject
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
        const ChassisProfile &profile = ChassisProfile::dx1000();
        const RearPanelGeometry g = RearPanelGeometry::fit(profile, bounds);
        QVERIFY(g.isValid());
        QCOMPARE(g.moduleCount(), int(profile.rearModules.size()));
        QVERIFY(bounds.adjusted(-0.01, -0.01, 0.01, 0.01).contains(g.outline));
        QVERIFY(qFuzzyCompare(g.outline.width(), bounds.width())
            || qFuzzyCompare(g.outline.height(), bounds.height()));
        QCOMPARE(qRound(g.outline.center().x()), qRound(bounds.center().x()));
        QCOMPARE(qRound(g.outline.width() / g.outline.height() * 100), qRound(448.0 / 86.5 * 100));
        // Every module inside the rear, none overlapping, each found at its centre;
        // ports inside their module.
        for (int i = 0; i < g.moduleCount(); ++i) {
            const RearPanelGeometry::Module &m = g.modules.at(i);
            QVERIFY(g.outline.adjusted(-0.01, -0.01, 0.01, 0.01).contains(m.rect));
            QCOMPARE(g.moduleAt(m.rect.center()), i);
            for (int other = i + 1; other < g.moduleCount(); ++other)
                QVERIFY(!m.rect.intersects(g.modules.at(other).rect));
            for (const QRectF &port : m.uplinks)
                QVERIFY(m.rect.contains(port));
            if (!m.management.isNull())
                QVERIFY(m.rect.contains(m.management));
        }
    }

    void modulesComeFromTheProfile_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("count");
        QTest::newRow("switch modules") << Kind::Switch << 2;
        QTest::newRow("CMM") << Kind::Cmm << 1;
        QTest::newRow("fan modules") << Kind::Fan << 4;
        QTest::newRow("power units") << Kind::PowerUnit << 2;
    }

    void modulesComeFromTheProfile()
    {
        QFETCH(Kind, kind);
        QFETCH(int, count);
        const ChassisProfile &profile = ChassisProfile::dx1000();
        QCOMPARE(profile.rearModuleCount(kind), count);
        const RearPanelGeometry g = RearPanelGeometry::fit(profile, QRectF(0, 0, 1200, 300));
        for (int position = 1; position <= count; ++position) {
            const int index = g.indexOf(kind, position);
            QVERIFY(index >= 0);
            const ChassisProfile::RearModule *m = profile.rearModule(kind, position);
            QVERIFY(m);
            // Placed where the profile says, in proportion.
            QCOMPARE(qRound(g.modules.at(index).rect.left() - g.outline.left()),
                qRound(m->rectMm.left() * g.scale));
            QCOMPARE(qRound(g.modules.at(index).rect.width()), qRound(m->rectMm.width() * g.scale));
            if (kind == Kind::Switch) {
                QCOMPARE(g.modules.at(index).uplinks.size(), profile.switchUplinks);
                QVERIFY(!g.modules.at(index).management.isNull());
            } else {
                QVERIFY(g.modules.at(index).uplinks.isEmpty());
            }
        }
        QCOMPARE(g.indexOf(kind, count + 1), -1);
        QVERIFY(!profile.rearModule(kind, count + 1));
    }

    void pointsOffModules_data()
    {
        QTest::addColumn<QPointF>("point");
        const RearPanelGeometry g
            = RearPanelGeometry::fit(ChassisProfile::dx1000(), QRectF(0, 0, 1200, 300));
        const QRectF psu = g.modules.at(g.indexOf(Kind::PowerUnit, 1)).rect;
        const QRectF sw = g.modules.at(g.indexOf(Kind::Switch, 1)).rect;
        QTest::newRow("outside") << QPointF(-5, -5);
        QTest::newRow("frame corner") << g.outline.topLeft() + QPointF(0.5, 0.5);
        QTest::newRow("between PSU and switch")
            << QPointF((psu.right() + sw.left()) / 2, psu.center().y());
    }

    void pointsOffModules()
    {
        QFETCH(QPointF, point);
        const RearPanelGeometry g
            = RearPanelGeometry::fit(ChassisProfile::dx1000(), QRectF(0, 0, 1200, 300));
        QCOMPARE(g.moduleAt(point), -1);
    }

    void keyboardNavigation_data()
    {
        QTest::addColumn<Kind>("fromKind");
        QTest::addColumn<int>("fromPosition");
        QTest::addColumn<RearPanelGeometry::Move>("move");
        QTest::addColumn<Kind>("toKind");
        QTest::addColumn<int>("toPosition");
        using M = RearPanelGeometry::Move;
        QTest::newRow("switch 1 down to switch 2")
            << Kind::Switch << 1 << M::Down << Kind::Switch << 2;
        QTest::newRow("switch 2 up to switch 1") << Kind::Switch << 2 << M::Up << Kind::Switch << 1;
        QTest::newRow("switch 1 left to PSU 1")
            << Kind::Switch << 1 << M::Left << Kind::PowerUnit << 1;
        QTest::newRow("switch 2 left to PSU 2")
            << Kind::Switch << 2 << M::Left << Kind::PowerUnit << 2;
        QTest::newRow("switch 1 right to CMM") << Kind::Switch << 1 << M::Right << Kind::Cmm << 1;
        QTest::newRow("CMM right to fan 1") << Kind::Cmm << 1 << M::Right << Kind::Fan << 1;
        QTest::newRow("fan 4 right stays") << Kind::Fan << 4 << M::Right << Kind::Fan << 4;
        QTest::newRow("PSU 1 up stays") << Kind::PowerUnit << 1 << M::Up << Kind::PowerUnit << 1;
        QTest::newRow("fan 2 down stays") << Kind::Fan << 2 << M::Down << Kind::Fan << 2;
    }

    void keyboardNavigation()
    {
        QFETCH(Kind, fromKind);
        QFETCH(int, fromPosition);
        QFETCH(RearPanelGeometry::Move, move);
        QFETCH(Kind, toKind);
        QFETCH(int, toPosition);
        const RearPanelGeometry g
            = RearPanelGeometry::fit(ChassisProfile::dx1000(), QRectF(0, 0, 1200, 300));
        QCOMPARE(g.move(g.indexOf(fromKind, fromPosition), move), g.indexOf(toKind, toPosition));
    }

    void degenerateBoundsGiveNoGeometry()
    {
        QVERIFY(!RearPanelGeometry::fit(ChassisProfile::dx1000(), QRectF(0, 0, 0, 100)).isValid());
        QVERIFY(!RearPanelGeometry::fit(ChassisProfile(), QRectF(0, 0, 100, 100)).isValid());
        QCOMPARE(RearPanelGeometry().moduleAt(QPointF(1, 1)), -1);
        QCOMPARE(RearPanelGeometry().move(0, RearPanelGeometry::Move::Left), -1);
    }
};

QTEST_MAIN(TestRearPanelGeometry)
#include "tst_rearpanelgeometry.moc"
