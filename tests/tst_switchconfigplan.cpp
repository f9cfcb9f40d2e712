// SPDX-License-Identifier: GPL-3.0-or-later
#include "switchcli/switchconfigplan.h"

#include <QTest>

class TestSwitchConfigPlan : public QObject
{
    Q_OBJECT

private slots:
    void defaultsReproduceTheSeedsAppendixLineForLine()
    {
        // The seed's appendix a, as typed at the prompts.
        const QStringList seed = {
            QStringLiteral("enable"),
            QStringLiteral("configure"),
            QStringLiteral("interface range xe47,xe50"),
            QStringLiteral("switchport pvid 1"),
            QStringLiteral("no switchport vlan add 4092"),
            QStringLiteral("switchport vlan add 1 untagged"),
            QStringLiteral("exit"),
            QStringLiteral("interface range xe1-xe46"),
            QStringLiteral("shutdown"),
            QStringLiteral("no switchport vlan add 4092"),
            QStringLiteral("no shutdown"),
            QStringLiteral("exit"),
            QStringLiteral("no spanning-tree"),
            QStringLiteral("exit"),
            QStringLiteral("save config"),
            QStringLiteral("exit"),
        };
        const SwitchConfigPlan plan;
        QVERIFY(plan.validate().isEmpty());
        QCOMPARE(plan.commands(), seed);
        QCOMPARE(plan.scriptText(), seed.join(u'\n') + u'\n');
    }

    void choicesChangeOnlyTheirLines()
    {
        SwitchConfigPlan plan;
        plan.uplinks = QStringLiteral("xe48");
        plan.uplinkPvid = 10;
        plan.uplinkUntaggedVlan = 10;
        plan.cycleDownlinks = false;
        plan.disableSpanningTree = false;
        plan.save = false;
        plan.logout = false;
        const QStringList c = plan.commands();
        QVERIFY(c.contains(QStringLiteral("interface range xe48")));
        QVERIFY(c.contains(QStringLiteral("switchport pvid 10")));
        QVERIFY(c.contains(QStringLiteral("switchport vlan add 10 untagged")));
        QVERIFY(!c.contains(QStringLiteral("shutdown")));
        QVERIFY(!c.contains(QStringLiteral("no spanning-tree")));
        QVERIFY(!c.contains(QStringLiteral("save config")));
        QCOMPARE(c.last(), QStringLiteral("exit")); // back to privileged mode, still logged in
        QCOMPARE(c.count(QStringLiteral("exit")), 3);
    }

    void noVlanToRemoveSkipsTheDownlinks()
    {
        SwitchConfigPlan plan;
        plan.removeVlan = 0;
        const QStringList c = plan.commands();
        QVERIFY(!c.join(u'\n').contains(QStringLiteral("no switchport vlan add")));
        QVERIFY(!c.contains(QStringLiteral("interface range xe1-xe46")));
    }

    void rejectsBadChoices_data()
    {
        QTest::addColumn<QString>("uplinks");
        QTest::addColumn<QString>("downlinks");
        QTest::addColumn<int>("vlan");
        QTest::addColumn<QString>("message");
        QTest::newRow("port beyond xe50") << "xe47,xe51"
                                          << "xe1-xe46" << 1 << "Uplink ports";
        QTest::newRow("not a port") << "eth0"
                                    << "xe1-xe46" << 1 << "not a port";
        QTest::newRow("backwards range") << "xe47"
                                         << "xe46-xe1" << 1 << "backwards";
        QTest::newRow("empty downlinks") << "xe47"
                                         << "" << 1 << "Downlink ports";
        QTest::newRow("VLAN out of range") << "xe47"
                                           << "xe1-xe46" << 4095 << "not a VLAN";
        QTest::newRow("removing the untagged VLAN") << "xe47"
                                                    << "xe1-xe46" << 4092 << "also the uplinks";
    }
    void rejectsBadChoices()
    {
        QFETCH(QString, uplinks);
        QFETCH(QString, downlinks);
        QFETCH(int, vlan);
        QFETCH(QString, message);
        SwitchConfigPlan plan;
        plan.uplinks = uplinks;
        plan.downlinks = downlinks;
        plan.uplinkPvid = vlan;
        plan.uplinkUntaggedVlan = vlan;
        const QStringList problems = plan.validate();
        QVERIFY(!problems.isEmpty());
        QVERIFY2(problems.join(u'\n').contains(message), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestSwitchConfigPlan)
#include "tst_switchconfigplan.moc"
