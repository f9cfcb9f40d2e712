// SPDX-License-Identifier: GPL-3.0-or-later
#include "pxetestplan.h"
#include "provisioning/pxeplanvalidator.h"
#include "provisioning/pxewriter.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace PxeTest;

namespace {
// hosts[] of the seed plan: 0 the CMM, 1..10 the BMCs of slots 23..32, 11..20 their NICs.
void mutate(const QString &name, PxePlan &p)
{
    if (name == u"malformed MAC")
        p.hosts[11].mac = QStringLiteral("74:D4:35:83:78");
    else if (name == u"missing MAC")
        p.hosts[1].mac.clear();
    else if (name == u"multicast MAC")
        p.hosts[1].mac = QStringLiteral("01:00:5E:00:00:01");
    else if (name == u"malformed router address")
        p.router = QStringLiteral("192.168.1.256");
    else if (name == u"malformed fixed address")
        p.hosts[1].address = QStringLiteral("192.168.1.x");
    else if (name == u"malformed DNS server")
        p.dnsServers = {QStringLiteral("192.168.1.1"), QStringLiteral("dns.example")};
    else if (name == u"fixed address outside the subnet")
        p.hosts[1].address = QStringLiteral("192.168.2.81");
    else if (name == u"range outside the subnet")
        p.rangeEnd = QStringLiteral("192.168.2.60");
    else if (name == u"router outside the subnet")
        p.router = QStringLiteral("10.0.0.1");
    else if (name == u"next-server outside the subnet")
        p.nextServer = QStringLiteral("10.0.0.1");
    else if (name == u"fixed address inside the dynamic range")
        p.hosts[1].address = QStringLiteral("192.168.1.30");
    else if (name == u"fixed address is the broadcast address")
        p.hosts[1].address = QStringLiteral("192.168.1.255");
    else if (name == u"duplicate MAC")
        p.hosts[12].mac = p.hosts[11].mac.toLower();
    else if (name == u"duplicate address")
        p.hosts[12].address = p.hosts[11].address;
    else if (name == u"duplicate host name")
        p.hosts[12].name = p.hosts[11].name.toUpper();
    else if (name == u"host name not RFC 1123")
        p.hosts[1].name = QStringLiteral("dx1000_s23bmc");
    else if (name == u"host name ending in a hyphen")
        p.hosts[1].name = QStringLiteral("dx1000s23-");
    else if (name == u"range start after range end")
        std::swap(p.rangeStart, p.rangeEnd);
    else if (name == u"zero default lease")
        p.defaultLeaseTime = 0;
    else if (name == u"negative max lease")
        p.maxLeaseTime = -1;
    else if (name == u"max lease below default")
        p.maxLeaseTime = 300;
    else if (name == u"relative TFTP root")
        p.tftpRoot = QStringLiteral("tftpboot/amd64/10.1");
    else if (name == u"relative NFS root")
        p.rootPath = QStringLiteral("home/pxefreebsd");
    else if (name == u"NFS root with a blank")
        p.rootPath = QStringLiteral("/home/pxe freebsd");
    else if (name == u"non-contiguous netmask")
        p.netmask = QStringLiteral("255.0.255.0");
    else if (name == u"subnet is not a network address")
        p.subnet = QStringLiteral("192.168.1.7");
    else if (name == u"wrong broadcast address")
        p.broadcast = QStringLiteral("192.168.1.254");
    else if (name == u"invalid domain name")
        p.domainName = QStringLiteral("bsd consulting.co.jp");
    else if (name == u"boot file name with a quote")
        p.bootFileName = QStringLiteral("pxe\"boot");
    else if (name == u"console port not a number")
        p.comconsolePort = QStringLiteral("COM3");
    else if (name == u"console speed zero")
        p.comconsoleSpeed = 0;
    else
        qFatal("unknown mutation %s", qPrintable(name));
}

QStringList filesUnder(const QString &folder)
{
    QStringList out;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    return out;
}
} // namespace

class TestPxePlanValidator : public QObject
{
    Q_OBJECT

private slots:
    void seedPlanIsValid()
    {
        const auto problems = PxePlanValidator::validate(seedPlan());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
    }

    void eachClassOfInvalidPlanIsReportedAndWritesNothing_data()
    {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("malformed MAC") << "malformed MAC"
                                       << "hosts[11].mac"
                                       << "dx1000s23nic: \"74:D4:35:83:78\" is not a MAC";
        QTest::newRow("missing MAC") << "missing MAC"
                                     << "hosts[1].mac"
                                     << "no MAC address";
        QTest::newRow("multicast MAC") << "multicast MAC"
                                       << "hosts[1].mac"
                                       << "multicast";
        QTest::newRow("malformed router address") << "malformed router address"
                                                  << "router"
                                                  << "\"192.168.1.256\" is not an IPv4";
        QTest::newRow("malformed fixed address") << "malformed fixed address"
                                                 << "hosts[1].address"
                                                 << "is not an IPv4 address";
        QTest::newRow("malformed DNS server") << "malformed DNS server"
                                              << "dnsServers[1]"
                                              << "\"dns.example\" is not an IPv4";
        QTest::newRow("fixed address outside the subnet")
            << "fixed address outside the subnet"
            << "hosts[1].address"
            << "192.168.2.81 is outside the subnet 192.168.1.0/24";
        QTest::newRow("range outside the subnet") << "range outside the subnet"
                                                  << "rangeEnd"
                                                  << "outside the subnet";
        QTest::newRow("router outside the subnet") << "router outside the subnet"
                                                   << "router"
                                                   << "the router 10.0.0.1 is outside";
        QTest::newRow("next-server outside the subnet") << "next-server outside the subnet"
                                                        << "nextServer"
                                                        << "the next-server 10.0.0.1 is outside";
        QTest::newRow("fixed address inside the dynamic range")
            << "fixed address inside the dynamic range"
            << "hosts[1].address"
            << "inside the dynamic range 192.168.1.20-192.168.1.60";
        QTest::newRow("fixed address is the broadcast address")
            << "fixed address is the broadcast address"
            << "hosts[1].address"
            << "broadcast address";
        QTest::newRow("duplicate MAC") << "duplicate MAC"
                                       << "hosts[12].mac"
                                       << "also used by dx1000s23nic";
        QTest::newRow("duplicate address") << "duplicate address"
                                           << "hosts[12].address"
                                           << "192.168.1.91 is also given to dx1000s23nic";
        QTest::newRow("duplicate host name") << "duplicate host name"
                                             << "hosts[12].name"
                                             << "also used by hosts[11]";
        QTest::newRow("host name not RFC 1123") << "host name not RFC 1123"
                                                << "hosts[1].name"
                                                << "not a valid host name";
        QTest::newRow("host name ending in a hyphen") << "host name ending in a hyphen"
                                                      << "hosts[1].name"
                                                      << "not a valid host name";
        QTest::newRow("range start after range end") << "range start after range end"
                                                     << "rangeEnd"
                                                     << "before it starts";
        QTest::newRow("zero default lease") << "zero default lease"
                                            << "defaultLeaseTime"
                                            << "positive number";
        QTest::newRow("negative max lease") << "negative max lease"
                                            << "maxLeaseTime"
                                            << "positive number";
        QTest::newRow("max lease below default") << "max lease below default"
                                                 << "maxLeaseTime"
                                                 << "shorter than the default";
        QTest::newRow("relative TFTP root") << "relative TFTP root"
                                            << "tftpRoot"
                                            << "must be an absolute path";
        QTest::newRow("relative NFS root") << "relative NFS root"
                                           << "rootPath"
                                           << "must be an absolute path";
        QTest::newRow("NFS root with a blank") << "NFS root with a blank"
                                               << "rootPath"
                                               << "contains blanks";
        QTest::newRow("non-contiguous netmask") << "non-contiguous netmask"
                                                << "netmask"
                                                << "contiguous";
        QTest::newRow("subnet is not a network address") << "subnet is not a network address"
                                                         << "subnet"
                                                         << "did you mean 192.168.1.0?";
        QTest::newRow("wrong broadcast address") << "wrong broadcast address"
                                                 << "broadcast"
                                                 << "that is 192.168.1.255";
        QTest::newRow("invalid domain name") << "invalid domain name"
                                             << "domainName"
                                             << "not a valid domain name";
        QTest::newRow("boot file name with a quote") << "boot file name with a quote"
                                                     << "bootFileName"
                                                     << "quotes";
        QTest::newRow("console port not a number") << "console port not a number"
                                                   << "comconsolePort"
                                                   << "not an I/O port";
        QTest::newRow("console speed zero") << "console speed zero"
                                            << "comconsoleSpeed"
                                            << "positive number";
    }

    void eachClassOfInvalidPlanIsReportedAndWritesNothing()
    {
        QFETCH(QString, mutation);
        QFETCH(QString, field);
        QFETCH(QString, message);
        PxePlan plan = seedPlan();
        mutate(mutation, plan);

        const QList<PxeProblem> problems = PxePlanValidator::validate(plan);
        QStringList all;
        bool found = false;
        for (const PxeProblem &p : problems) {
            all << p.toString();
            found = found || (p.field == field && p.message.contains(message));
        }
        QVERIFY2(found,
            qPrintable(QStringLiteral("expected %1: ...%2...; got:\n%3")
                           .arg(field, message, all.join(u'\n'))));

        QTemporaryDir dir;
        const PxeWriteReport report
            = PxeWriter::write(plan, PxeWriter::treeTargets(plan, PxeOutputs::all(), dir.path()));
        QVERIFY(!report.ok());
        QCOMPARE(report.problems, problems);
        QVERIFY(report.results.isEmpty());
        QCOMPARE(filesUnder(dir.path()), QStringList());
    }

    void everyProblemIsReportedAtOnce()
    {
        PxePlan plan = seedPlan();
        mutate(QStringLiteral("malformed MAC"), plan);
        mutate(QStringLiteral("relative TFTP root"), plan);
        mutate(QStringLiteral("zero default lease"), plan);
        mutate(QStringLiteral("duplicate address"), plan);
        const auto problems = PxePlanValidator::validate(plan);
        QStringList fields;
        for (const PxeProblem &p : problems)
            fields << p.field;
        QCOMPARE(fields,
            QStringList({QStringLiteral("defaultLeaseTime"), QStringLiteral("tftpRoot"),
                QStringLiteral("hosts[11].mac"), QStringLiteral("hosts[12].address")}));
    }

    void excludedHostsAreNotChecked()
    {
        PxePlan plan = seedPlan();
        plan.hosts[1].mac.clear();
        plan.hosts[1].included = false;
        QVERIFY(PxePlanValidator::validate(plan).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPxePlanValidator)
#include "tst_pxeplanvalidator.moc"
