// SPDX-License-Identifier: GPL-3.0-or-later
#include "chassis/macrule.h"

#include <QFile>
#include <QTest>

#include "chassis/chassisprofile.h"

/// The DX1000 MAC rule against the seed's own figures.
class TestMacRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedTableNicMacsFollowTheRule_data()
    {
        QTest::addColumn<QString>("bmc");
        QTest::addColumn<QString>("nic1");
        QTest::addColumn<QString>("nic2");
        // Every row of the seed's `mng_niclist -C all` output, read from the copy in
        // tests/data so the test cannot drift from the table.
        QFile file(QStringLiteral(DX_TEST_DATA "/niclist/seed-tabs.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        int rows = 0;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QList<QByteArray> f = line.split('\t');
            if (f.size() != 5 || !f.at(0).startsWith("CPU Board") || f.at(0) == "CPU Board")
                continue;
            QTest::newRow(f.at(0).constData())
                << QString::fromLatin1(f.at(1)) << QString::fromLatin1(f.at(3))
                << QString::fromLatin1(f.at(4));
            ++rows;
        }
        QCOMPARE(rows, 10);
    }

    void seedTableNicMacsFollowTheRule()
    {
        QFETCH(QString, bmc);
        QFETCH(QString, nic1);
        QFETCH(QString, nic2);
        const MacRule &rule = ChassisProfile::dx1000().macRule;
        const QList<MacAddress> nics = rule.nicMacs(*MacAddress::parse(bmc));
        QCOMPARE(nics.size(), 2);
        QCOMPARE(nics.at(0).toString(), nic1);
        QCOMPARE(nics.at(1).toString(), nic2);
    }

    void nicRuleBorrowsAcrossOctets()
    {
        // 74:D4:35:83:76:00 - 2 crosses an octet boundary.
        const QList<MacAddress> nics
            = MacRule {}.nicMacs(*MacAddress::parse(QStringLiteral("74:D4:35:83:76:01")));
        QCOMPARE(nics.at(0).toString(), QStringLiteral("74:D4:35:83:75:FF"));
        QCOMPARE(nics.at(1).toString(), QStringLiteral("74:D4:35:83:76:00"));
    }

    void switchRuleGivesOnsAndCmm()
    {
        // Seed, "calc MAC address": 62 from `show system`, 61 the ONS, 60 the CMM.
        const MacRule &rule = ChassisProfile::dx1000().macRule;
        const MacAddress system = *MacAddress::parse(QStringLiteral("74:D4:35:E9:E2:62"));
        QCOMPARE(rule.onsMac(system).toString(), QStringLiteral("74:D4:35:E9:E2:61"));
        QCOMPARE(rule.cmmMac(system).toString(), QStringLiteral("74:D4:35:E9:E2:60"));
    }

    void nullMacDerivesNothing()
    {
        const MacRule rule;
        QVERIFY(rule.nicMacs(MacAddress()).isEmpty());
        QVERIFY(rule.onsMac(MacAddress()).isNull());
        QVERIFY(rule.cmmMac(MacAddress()).isNull());
    }
};

QTEST_GUILESS_MAIN(TestMacRule)
#include "tst_macrule.moc"
