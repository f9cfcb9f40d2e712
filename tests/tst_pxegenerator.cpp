// SPDX-License-Identifier: GPL-3.0-or-later
#include "pxetestplan.h"
#include "provisioning/pxegenerator.h"
#include "provisioning/pxeplanvalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace PxeTest;

namespace {
QString withoutComments(const QString &text)
{
    QString out;
    for (const QString &line : text.split(u'\n')) {
        const qsizetype hash = line.indexOf(u'#');
        out += (hash >= 0 ? line.left(hash) : line) + u'\n';
    }
    return out;
}

// dhcpd.conf as its statements in order: "option routers 192.168.1.1", "subnet ... {",
// "}". Comments, blank runs and line breaks do not count.
QStringList dhcpdStatements(const QString &text)
{
    QStringList out;
    QString current;
    for (QChar c : withoutComments(text)) {
        if (c == u';' || c == u'{' || c == u'}') {
            QString statement = current.simplified();
            if (c != u';')
                statement = QString(statement + u' ' + c).trimmed();
            if (!statement.isEmpty())
                out << statement;
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.simplified().isEmpty())
        out << current.simplified();
    return out;
}

// Line-oriented files (inetd.conf, exports, rc.conf, loader.conf, ttys): continuation
// lines joined, comments dropped, blank runs collapsed, empty lines skipped.
QStringList lines(const QString &text)
{
    QString joined = text;
    joined.replace(QRegularExpression(QStringLiteral("\\\\[ \\t]*\\n")), QStringLiteral(" "));
    QStringList out;
    for (const QString &line : withoutComments(joined).split(u'\n')) {
        if (!line.simplified().isEmpty())
            out << line.simplified();
    }
    return out;
}

QString writeTemp(QTemporaryDir &dir, const QString &name, const QString &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(text.toUtf8());
    return path;
}

// The three checkers; each returns an empty string when the file is accepted.
QString dhcpdCheck(const QString &text)
{
    QTemporaryDir dir;
    const QString conf = writeTemp(dir, QStringLiteral("dhcpd.conf"), text);
    QString output;
    const int rc = run(tool(QStringLiteral("dhcpd")),
        {QStringLiteral("-4"), QStringLiteral("-t"), QStringLiteral("-q"), QStringLiteral("-cf"),
            conf, QStringLiteral("-lf"), dir.filePath(QStringLiteral("leases")),
            QStringLiteral("-pf"), dir.filePath(QStringLiteral("pid"))},
        &output);
    return rc == 0 ? QString() : QStringLiteral("dhcpd -t exit %1:\n%2").arg(rc).arg(output);
}

QString keaCheck(const QString &text)
{
    QTemporaryDir dir;
    const QString conf = writeTemp(dir, QStringLiteral("kea-dhcp4.conf"), text);
    QString output;
    const int rc = run(tool(QStringLiteral("kea-dhcp4")), {QStringLiteral("-t"), conf}, &output);
    return rc == 0 ? QString() : QStringLiteral("kea-dhcp4 -t exit %1:\n%2").arg(rc).arg(output);
}

QString dnsmasqCheck(const QString &text)
{
    QTemporaryDir dir;
    const QString conf = writeTemp(dir, QStringLiteral("dnsmasq.conf"), text);
    QString output;
    const int rc = run(tool(QStringLiteral("dnsmasq")),
        {QStringLiteral("--test"), QStringLiteral("--conf-file=") + conf}, &output);
    return rc == 0 ? QString() : QStringLiteral("dnsmasq --test exit %1:\n%2").arg(rc).arg(output);
}

PxePlan variant(const QString &name)
{
    PxePlan p = seedPlan();
    if (name == u"both NICs") {
        p.nics = {1, 2};
        p.allocateHosts(seedInventory());
    } else if (name == u"a /16 with two DNS servers") {
        p.subnet = QStringLiteral("10.20.0.0");
        p.netmask = QStringLiteral("255.255.0.0");
        p.dnsServers = {QStringLiteral("10.20.0.1"), QStringLiteral("10.20.0.2")};
        p.rangeStart = QStringLiteral("10.20.1.1");
        p.rangeEnd = QStringLiteral("10.20.1.200");
        p.router = QStringLiteral("10.20.0.1");
        p.broadcast = QStringLiteral("10.20.255.255");
        p.nextServer = QStringLiteral("10.20.0.5");
        p.nfsServer = QStringLiteral("10.20.0.6");
        p.cmmStart = QStringLiteral("10.20.2.1");
        p.bmcStart = QStringLiteral("10.20.3.1");
        p.nicStart = QStringLiteral("10.20.4.1");
        p.allocateHosts(seedInventory());
    } else if (name == u"no DNS, some hosts excluded") {
        p.dnsServers.clear();
        p.hosts[0].included = false;
        p.hosts[3].included = false;
    } else if (name == u"NICs only") {
        p.includeCmm = false;
        p.includeBmcs = false;
        p.allocateHosts(seedInventory());
    } else if (name != u"seed") {
        qFatal("unknown variant");
    }
    return p;
}
} // namespace

class TestPxeGenerator : public QObject
{
    Q_OBJECT

private slots:
    void seedInventoryGivesTheSeedsHostsWithoutNotes()
    {
        PxePlan plan;
        const QStringList notes = plan.allocateHosts(seedInventory());
        QVERIFY2(notes.isEmpty(), qPrintable(notes.join(u'\n')));
        QCOMPARE(plan.hosts.size(), 21);
        QCOMPARE(plan.hosts.first().name, QStringLiteral("dx1000mmc1"));
        QCOMPARE(plan.hosts.last().name, QStringLiteral("dx1000s32nic"));
        QVERIFY(PxePlanValidator::validate(plan).isEmpty());
    }

    void goldenSeedFiles_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("seedFile");
        QTest::newRow("dhcpd.conf") << "dhcpd"
                                    << "dhcpd.conf";
        QTest::newRow("inetd.conf tftp line") << "inetd"
                                              << "inetd.conf";
        QTest::newRow("exports") << "exports"
                                 << "exports";
        QTest::newRow("rc.conf") << "rcconf"
                                 << "rc.conf";
        QTest::newRow("loader.conf") << "loader"
                                     << "loader.conf";
        QTest::newRow("ttys line") << "ttys"
                                   << "ttys";
    }

    void goldenSeedFiles()
    {
        QFETCH(QString, output);
        QFETCH(QString, seedFile);
        const QString seed
            = QString::fromUtf8(readFile(dataPath(QStringLiteral("seed/") + seedFile)));
        QVERIFY(!seed.isEmpty());
        const auto which = PxeOutputs::fromId(output);
        QVERIFY(which);
        const QString generated = PxeGenerator::generate(*which, seedPlan());
        if (output == u"dhcpd")
            QCOMPARE(dhcpdStatements(generated), dhcpdStatements(seed));
        else
            QCOMPARE(lines(generated), lines(seed));
    }

    void ttysLineIsExactlyTheSeeds()
    {
        // getty reads the fields by blanks, but operators grep for the line as written.
        QCOMPARE(PxeGenerator::ttysLine(seedPlan()),
            QStringLiteral("ttyu2  \"/usr/libexec/getty std.115200\" xterm  on  secure\n"));
    }

    void hostLinesFollowTheSeedsOrderAndAddresses()
    {
        const QStringList statements = dhcpdStatements(PxeGenerator::dhcpdConf(seedPlan()));
        QStringList hosts;
        for (const QString &s : statements) {
            if (s.startsWith(u"host "))
                hosts << s;
        }
        QCOMPARE(hosts.size(), 21);
        QCOMPARE(hosts.at(0), QStringLiteral("host dx1000mmc1 {"));
        QCOMPARE(hosts.at(1), QStringLiteral("host dx1000s23bmc {"));
        QCOMPARE(hosts.at(11), QStringLiteral("host dx1000s23nic {"));
        const QString text = PxeGenerator::dhcpdConf(seedPlan());
        QVERIFY(text.contains(
            QStringLiteral("host dx1000s32nic { hardware ethernet 74:D4:35:83:78:53; fixed-address "
                           "192.168.1.100; }\n")));
    }

    void missingNicMacsAreDerivedFromTheBmcAndMarked()
    {
        Inventory inventory = seedInventory();
        SlotInfo &slot23 = inventory.enclosures[0].moduleSlots[0];
        QCOMPARE(slot23.slot, 23);
        slot23.nicMacs.clear();
        PxePlan plan;
        plan.nics = {1, 2};
        const QStringList notes = plan.allocateHosts(inventory);
        QCOMPARE(notes.size(), 2);
        QVERIFY(notes.first().contains(QStringLiteral("derived")));
        const auto find = [&](const QString &name) {
            for (const PxeHost &h : std::as_const(plan.hosts)) {
                if (h.name == name)
                    return h;
            }
            return PxeHost();
        };
        QCOMPARE(find(QStringLiteral("dx1000s23nic")).mac, QStringLiteral("74:D4:35:83:78:14"));
        QVERIFY(find(QStringLiteral("dx1000s23nic")).macDerived);
        QCOMPARE(find(QStringLiteral("dx1000s23nic2")).mac, QStringLiteral("74:D4:35:83:78:15"));
        QVERIFY(!find(QStringLiteral("dx1000s24nic")).macDerived);
        // NIC2 addresses follow the NIC1 addresses.
        QCOMPARE(find(QStringLiteral("dx1000s23nic2")).address, QStringLiteral("192.168.1.101"));
    }

    void pinnedAddressesSurviveReallocation()
    {
        PxePlan plan = seedPlan();
        plan.hosts[1].address = QStringLiteral("192.168.1.200"); // dx1000s23bmc
        plan.hosts[1].addressPinned = true;
        plan.hosts[2].included = false; // dx1000s24bmc
        plan.bmcStart = QStringLiteral("192.168.1.199");
        plan.allocateHosts(seedInventory());
        QCOMPARE(plan.hosts[1].address, QStringLiteral("192.168.1.200"));
        QVERIFY(!plan.hosts[2].included);
        QCOMPARE(plan.hosts[2].address, QStringLiteral("192.168.1.199"));
        // The next BMC skips the pinned address.
        QCOMPARE(plan.hosts[3].address, QStringLiteral("192.168.1.201"));
    }

    void aMacTheOperatorEnteredSurvivesReallocation()
    {
        Inventory inventory = seedInventory();
        SlotInfo &slot23 = inventory.enclosures[0].moduleSlots[0];
        slot23.nicMacs.clear();
        slot23.bmcMac = MacAddress();
        PxePlan plan;
        plan.allocateHosts(inventory);
        QCOMPARE(plan.hosts[11].name, QStringLiteral("dx1000s23nic"));
        QVERIFY(plan.hosts[11].mac.isEmpty());
        QCOMPARE(PxePlanValidator::validate(plan).size(), 2); // BMC and NIC of slot 23
        plan.hosts[11].mac = QStringLiteral("02:00:00:00:00:23");
        plan.nicStart = QStringLiteral("192.168.1.120");
        plan.allocateHosts(inventory);
        QCOMPARE(plan.hosts[11].mac, QStringLiteral("02:00:00:00:00:23"));
        QCOMPARE(plan.hosts[11].address, QStringLiteral("192.168.1.120"));
    }

    void checkersRejectBrokenFiles()
    {
        // The checks below prove something only if the tools can say no.
        QVERIFY(
            !dhcpdCheck(QStringLiteral("subnet 192.168.1.0 netmask 255.255.255.0 {\n")).isEmpty());
        QVERIFY(!keaCheck(QStringLiteral("{\"Dhcp4\": {\"subnet4\": 7}}")).isEmpty());
        QVERIFY(!dnsmasqCheck(QStringLiteral("dhcp-range=not-an-address\n")).isEmpty());
    }

    void generatedFilesPassTheServersOwnChecks_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"seed", "both NICs", "a /16 with two DNS servers",
                 "no DNS, some hosts excluded", "NICs only"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void generatedFilesPassTheServersOwnChecks()
    {
        QFETCH(QString, name);
        const PxePlan plan = variant(name);
        const auto problems = PxePlanValidator::validate(plan);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
        const QString dhcpd = dhcpdCheck(PxeGenerator::dhcpdConf(plan));
        QVERIFY2(dhcpd.isEmpty(), qPrintable(dhcpd));
        const QString kea = keaCheck(PxeGenerator::keaConf(plan));
        QVERIFY2(kea.isEmpty(), qPrintable(kea));
        const QString dnsmasq = dnsmasqCheck(PxeGenerator::dnsmasqConf(plan));
        QVERIFY2(dnsmasq.isEmpty(), qPrintable(dnsmasq));
    }

    void keaAndDnsmasqCarryTheSameHosts()
    {
        const PxePlan plan = seedPlan();
        const QJsonObject kea = QJsonDocument::fromJson(PxeGenerator::keaConf(plan).toUtf8())
                                    .object()
                                    .value(QStringLiteral("Dhcp4"))
                                    .toObject();
        const auto subnet = kea.value(QStringLiteral("subnet4")).toArray().at(0).toObject();
        QCOMPARE(
            subnet.value(QStringLiteral("subnet")).toString(), QStringLiteral("192.168.1.0/24"));
        const auto reservations = subnet.value(QStringLiteral("reservations")).toArray();
        QCOMPARE(reservations.size(), 21);
        QCOMPARE(reservations.at(11).toObject().value(QStringLiteral("hw-address")).toString(),
            QStringLiteral("74:d4:35:83:78:14"));
        QCOMPARE(reservations.at(11).toObject().value(QStringLiteral("ip-address")).toString(),
            QStringLiteral("192.168.1.91"));
        const QString dnsmasq = PxeGenerator::dnsmasqConf(plan);
        QVERIFY(dnsmasq.contains(
            QStringLiteral("dhcp-host=74:D4:35:83:78:14,192.168.1.91,dx1000s23nic\n")));
        QCOMPARE(dnsmasq.count(QStringLiteral("dhcp-host=")), 21);
    }

    void exportCanBeLimitedToTheSubnet()
    {
        PxePlan plan = seedPlan();
        plan.exportToSubnetOnly = true;
        QCOMPARE(lines(PxeGenerator::exports(plan)).value(1),
            QStringLiteral("/home/pxefreebsd -ro -alldirs -maproot=root -network 192.168.1.0 "
                           "-mask 255.255.255.0"));
    }

    void commandSheetNamesTheRemainingSteps()
    {
        const QString sheet = PxeGenerator::commandSheet(seedPlan());
        for (const char *step :
            {"pkg install isc-dhcp43-server", "cp /boot/pxeboot /tftpboot/amd64/10.1/",
                "mdconfig -a -t vnode -f FreeBSD-10.1-RELEASE-amd64-disc1.iso",
                "mount_cd9660 /dev/md0 /mnt",
                "tar zvxf /mnt/usr/freebsd-dist/base.txz -C /home/pxefreebsd/"})
            QVERIFY2(sheet.contains(QString::fromLatin1(step)), step);
    }
};

QTEST_GUILESS_MAIN(TestPxeGenerator)
#include "tst_pxegenerator.moc"
