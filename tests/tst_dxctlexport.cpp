// SPDX-License-Identifier: GPL-3.0-or-later
#include "dxctlcommands.h"
#include "pxetestplan.h"
#include "provisioning/pxegenerator.h"
#include "provisioning/pxeplanio.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace PxeTest;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run dxctl(const QStringList &arguments)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = DxctlCommands(out, err).run(QStringList {QStringLiteral("dxctl")} + arguments);
    out.flush();
    err.flush();
    return r;
}

QString seedInventoryPath()
{
    return dataPath(QStringLiteral("seed-inventory.json"));
}
} // namespace

class TestDxctlExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qunsetenv("DXCHASSIS_INVENTORY"); }

    void printsEachFileOfTheSeedsPlan_data()
    {
        QTest::addColumn<QString>("kind");
        for (PxeOutput o : PxeOutputs::all())
            QTest::newRow(qPrintable(PxeOutputs::id(o))) << PxeOutputs::id(o);
    }

    void printsEachFileOfTheSeedsPlan()
    {
        QFETCH(QString, kind);
        const Run r = dxctl(
            {QStringLiteral("export"), kind, QStringLiteral("--inventory"), seedInventoryPath()});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, PxeGenerator::generate(*PxeOutputs::fromId(kind), seedPlan()));
    }

    void planOptionsChangeThePlan()
    {
        const Run r = dxctl({QStringLiteral("export"), QStringLiteral("dhcpd"),
            QStringLiteral("--inventory"), seedInventoryPath(), QStringLiteral("--domain"),
            QStringLiteral("lab.example"), QStringLiteral("--dns"),
            QStringLiteral("10.9.0.1,10.9.0.2"), QStringLiteral("--subnet"),
            QStringLiteral("10.9.0.0/16"), QStringLiteral("--range"),
            QStringLiteral("10.9.1.1-10.9.1.99"), QStringLiteral("--router"),
            QStringLiteral("10.9.0.1"), QStringLiteral("--next-server"), QStringLiteral("10.9.0.2"),
            QStringLiteral("--filename"), QStringLiteral("boot/pxeboot"),
            QStringLiteral("--root-path"), QStringLiteral("10.9.0.3:/srv/nfsroot"),
            QStringLiteral("--tftp-root"), QStringLiteral("/srv/tftp"),
            QStringLiteral("--cmm-start"), QStringLiteral("10.9.2.1"),
            QStringLiteral("--bmc-start"), QStringLiteral("10.9.3.1"),
            QStringLiteral("--nic-start"), QStringLiteral("10.9.4.1"),
            QStringLiteral("--name-pattern"), QStringLiteral("rack1-s{slot}-{kind}")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (const char *expected : {"option domain-name \"lab.example\";",
                 "option domain-name-servers 10.9.0.1, 10.9.0.2;",
                 "subnet 10.9.0.0 netmask 255.255.0.0 {", "range 10.9.1.1 10.9.1.99;",
                 "option broadcast-address 10.9.255.255;", "next-server 10.9.0.2;",
                 "filename \"boot/pxeboot\";", "option root-path \"10.9.0.3:/srv/nfsroot\";",
                 "host dx1000mmc1 { hardware ethernet 74:D4:35:E9:E2:60; fixed-address 10.9.2.1; }",
                 "host rack1-s23-bmc { hardware ethernet 74:D4:35:83:78:16; fixed-address "
                 "10.9.3.1; }",
                 "host rack1-s32-nic { hardware ethernet 74:D4:35:83:78:53; fixed-address "
                 "10.9.4.10; }"})
            QVERIFY2(r.out.contains(QString::fromLatin1(expected)), expected);
        const Run inetd = dxctl(
            {QStringLiteral("export"), QStringLiteral("inetd"), QStringLiteral("--inventory"),
                seedInventoryPath(), QStringLiteral("--tftp-root"), QStringLiteral("/srv/tftp")});
        QVERIFY(inetd.out.endsWith(QStringLiteral("tftpd -l -s /srv/tftp\n")));
    }

    void invalidPlanPrintsEveryProblemAndWritesNothing()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("dhcpd.conf"));
        const Run r = dxctl({QStringLiteral("export"), QStringLiteral("dhcpd"),
            QStringLiteral("--inventory"), seedInventoryPath(), QStringLiteral("--router"),
            QStringLiteral("10.0.0.1"), QStringLiteral("--tftp-root"), QStringLiteral("tftp"),
            QStringLiteral("--nic-start"), QStringLiteral("192.168.1.50"), QStringLiteral("-o"),
            target});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.contains(QStringLiteral("router: the router 10.0.0.1 is outside")),
            qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("tftpRoot: the TFTP root must be an absolute path")));
        // .50 .. .60 of the NICs fall inside the dynamic range: every one is named.
        QCOMPARE(r.err.count(QStringLiteral("inside the dynamic range")), 10);
        QVERIFY(r.err.contains(QStringLiteral("nothing was written")));
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());

        const Run printing
            = dxctl({QStringLiteral("export"), QStringLiteral("kea"), QStringLiteral("--inventory"),
                seedInventoryPath(), QStringLiteral("--router"), QStringLiteral("10.0.0.1")});
        QCOMPARE(printing.code, 1);
        QCOMPARE(printing.out, QString());
    }

    void writingReplacesWithABackup()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("etc/exports"));
        const QStringList base {QStringLiteral("export"), QStringLiteral("exports"),
            QStringLiteral("--inventory"), seedInventoryPath(), QStringLiteral("-o"), target};
        const Run first = dxctl(base);
        QVERIFY2(first.code == 0, qPrintable(first.err));
        QVERIFY(first.out.contains(QStringLiteral("(new)")));
        const Run second = dxctl(base
            + QStringList {QStringLiteral("--root-path"), QStringLiteral("192.168.1.10:/srv/pxe")});
        QVERIFY2(second.code == 0, qPrintable(second.err));
        QVERIFY(second.out.contains(QStringLiteral("previous file kept as")));
        QVERIFY(readFile(target).contains("/srv/pxe -ro -alldirs -maproot=root"));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("etc"))).entryList(QDir::Files).size(), 2);
    }

    void aSavedPlanIsUsedAndOptionsOverrideIt()
    {
        QTemporaryDir dir;
        PxePlan plan;
        plan.domainName = QStringLiteral("from-plan.example");
        plan.comconsoleSpeed = 9600;
        const QString path = dir.filePath(QStringLiteral("plan.json"));
        QCOMPARE(PxePlanIo::save(plan, path), QString());
        const Run loader = dxctl({QStringLiteral("export"), QStringLiteral("loader"),
            QStringLiteral("--inventory"), seedInventoryPath(), QStringLiteral("--plan"), path});
        QVERIFY2(loader.code == 0, qPrintable(loader.err));
        QVERIFY(loader.out.contains(QStringLiteral("comconsole_speed=\"9600\"")));
        const Run dhcpd = dxctl({QStringLiteral("export"), QStringLiteral("dhcpd"),
            QStringLiteral("--inventory"), seedInventoryPath(), QStringLiteral("--plan"), path,
            QStringLiteral("--domain"), QStringLiteral("override.example")});
        QVERIFY(dhcpd.out.contains(QStringLiteral("option domain-name \"override.example\";")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown kind")
            << QStringList {QStringLiteral("dhcpd6")} << "unknown file kind";
        QTest::newRow("no kind") << QStringList {} << "takes one file kind";
        QTest::newRow("bad subnet") << QStringList {QStringLiteral("dhcpd"),
            QStringLiteral("--subnet"), QStringLiteral("192.168.1.0")}
                                    << "expected A.B.C.D/N";
        QTest::newRow("bad range") << QStringList {QStringLiteral("dhcpd"),
            QStringLiteral("--range"), QStringLiteral("192.168.1.20")}
                                   << "expected FIRST-LAST";
        QTest::newRow("bad root path") << QStringList {QStringLiteral("dhcpd"),
            QStringLiteral("--root-path"), QStringLiteral("/home/pxe")}
                                       << "SERVER:/PATH";
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = dxctl(QStringList {QStringLiteral("export")} + arguments
            + QStringList {QStringLiteral("--inventory"), seedInventoryPath()});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void noInventoryIsAUsageError()
    {
        const Run r = dxctl({QStringLiteral("export"), QStringLiteral("dhcpd")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--inventory")));
    }
};

QTEST_GUILESS_MAIN(TestDxctlExport)
#include "tst_dxctlexport.moc"
