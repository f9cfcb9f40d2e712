// SPDX-License-Identifier: GPL-3.0-or-later
#include "pxetestplan.h"
#include "provisioning/pxeplanio.h"

#include <QTemporaryDir>
#include <QTest>

using namespace PxeTest;

class TestPxePlanIo : public QObject
{
    Q_OBJECT

private slots:
    void roundTripKeepsEveryField()
    {
        PxePlan plan = seedPlan();
        plan.nics = {1, 2};
        plan.exportToSubnetOnly = true;
        plan.hosts[3].included = false;
        plan.hosts[4].addressPinned = true;
        plan.hosts[5].macDerived = true;
        plan.dnsServers << QStringLiteral("192.168.1.2");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.json"));
        QCOMPARE(PxePlanIo::save(plan, path), QString());
        const PxePlanLoadResult r = PxePlanIo::load(path);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.warnings.isEmpty());
        QCOMPARE(*r.plan, plan);
    }

    void aMinimalFileIsTheSeedsPlan()
    {
        const auto r = PxePlanIo::parse(R"({"format": "dxchassis-pxe-plan", "version": 1})");
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(*r.plan, PxePlan());
    }

    void errorsNameFileLineAndKey_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("wrong type") << QByteArray("{\"format\": \"dxchassis-pxe-plan\",\n"
                                                  " \"version\": 1,\n"
                                                  " \"network\": {\"subnet\": 19216810}}")
                                    << "plan.json:3:24: network.subnet: expected a string";
        QTest::newRow("not a plan") << QByteArray("{\"format\": \"dxchassis-inventory\"}")
                                    << "plan.json:1:1: not a dxchassis PXE plan";
        QTest::newRow("newer version")
            << QByteArray("{\"format\": \"dxchassis-pxe-plan\", \"version\": 2}")
            << "plan.json:1:45: version: the plan is version 2";
        QTest::newRow("syntax") << QByteArray("{\"format\": \"dxchassis-pxe-plan\",\n}")
                                << "plan.json:2:";
        QTest::newRow("unknown host kind")
            << QByteArray("{\"format\": \"dxchassis-pxe-plan\", \"version\": 1,\n"
                          "\"hosts\": {\"entries\": [{\"kind\": \"ons\"}]}}")
            << "plan.json:2:32: hosts.entries[0].kind: unknown host kind \"ons\"";
    }

    void errorsNameFileLineAndKey()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const auto r = PxePlanIo::parse(json, QStringLiteral("plan.json"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(error), qPrintable(r.error));
    }

    void unknownKeysAreWarnings()
    {
        const auto r = PxePlanIo::parse(
            R"({"format": "dxchassis-pxe-plan", "version": 1, "boot": {"nextServr": "x"}})");
        QVERIFY(r.ok());
        QCOMPARE(r.warnings, QStringList {QStringLiteral("boot.nextServr: unknown key, ignored")});
    }
};

QTEST_GUILESS_MAIN(TestPxePlanIo)
#include "tst_pxeplanio.moc"
