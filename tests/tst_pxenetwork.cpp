// SPDX-License-Identifier: GPL-3.0-or-later
//
// End to end: the generated dhcpd.conf served by ISC dhcpd, a DHCP client with a
// NIC MAC from the plan, and a TFTP fetch of pxeboot, inside two network
// namespaces joined by a veth pair that this test creates and deletes. No address
// is configured outside the namespaces. Needs root (CTest runs it as root).

#include "pxetestplan.h"
#include "provisioning/ipv4.h"
#include "provisioning/pxewriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <unistd.h>

using namespace PxeTest;

namespace {
const auto ServerAddress = QStringLiteral("192.168.1.1");

QMap<QString, QString> readEnvFile(const QString &path)
{
    QMap<QString, QString> vars;
    for (const QByteArray &line : readFile(path).split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            vars.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    return vars;
}
} // namespace

class TestPxeNetwork : public QObject
{
    Q_OBJECT

public:
    // Also on an aborted run: no daemon and no namespace outlives the test.
    ~TestPxeNetwork() override
    {
        stopDaemons();
        deleteNamespaces();
    }

private:
    QString m_serverNs;
    QString m_clientNs;
    QString m_serverIf;
    QString m_clientIf;
    QList<QProcess *> m_daemons;
    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_created = false;

    // Runs `ip ARGS`; fails the test with ip's message when it fails.
    bool ip(const QStringList &arguments)
    {
        QString output;
        const int rc = run(tool(QStringLiteral("ip")), arguments, &output, 10000);
        if (rc != 0)
            qWarning("ip %s: %s", qPrintable(arguments.join(u' ')), qPrintable(output));
        return rc == 0;
    }

    QProcess *startIn(const QString &ns, const QString &program, const QStringList &arguments)
    {
        auto *p = new QProcess(this);
        p->setProcessChannelMode(QProcess::MergedChannels);
        // `ip netns exec` execs the program: the QProcess's pid is the daemon's.
        p->start(tool(QStringLiteral("ip")),
            QStringList {QStringLiteral("netns"), QStringLiteral("exec"), ns, tool(program)}
                + arguments);
        m_daemons.append(p);
        return p;
    }

    void stopDaemons()
    {
        for (QProcess *p : std::as_const(m_daemons)) {
            if (p->state() != QProcess::NotRunning) {
                p->terminate();
                if (!p->waitForFinished(3000)) {
                    p->kill();
                    p->waitForFinished(3000);
                }
            }
            delete p;
        }
        m_daemons.clear();
    }

    void deleteNamespaces()
    {
        if (!m_created)
            return;
        // Deleting a namespace destroys the veth end inside it, and with it the peer.
        run(tool(QStringLiteral("ip")),
            {QStringLiteral("netns"), QStringLiteral("del"), m_serverNs});
        run(tool(QStringLiteral("ip")),
            {QStringLiteral("netns"), QStringLiteral("del"), m_clientNs});
        m_created = false;
    }

    // Runs udhcpc in the client namespace; returns what its script saw on "bound".
    QMap<QString, QString> requestLease(const QString &tag)
    {
        const QString envFile = m_dir->filePath(QStringLiteral("lease-%1.env").arg(tag));
        const QString script = m_dir->filePath(QStringLiteral("udhcpc-%1.sh").arg(tag));
        QFile f(script);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QStringLiteral("#!/bin/sh\n"
                               "# udhcpc calls this with the event; only the lease matters.\n"
                               "[ \"$1\" = bound ] && env > '%1'\n"
                               "exit 0\n")
                    .arg(envFile)
                    .toUtf8());
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QString output;
        // -t/-T bound the attempts: 10 discovers one second apart.
        const int rc = run(tool(QStringLiteral("ip")),
            {QStringLiteral("netns"), QStringLiteral("exec"), m_clientNs,
                tool(QStringLiteral("udhcpc")), QStringLiteral("-i"), m_clientIf,
                QStringLiteral("-n"), QStringLiteral("-q"), QStringLiteral("-f"),
                QStringLiteral("-t"), QStringLiteral("10"), QStringLiteral("-T"),
                QStringLiteral("1"), QStringLiteral("-s"), script, QStringLiteral("-O"),
                QStringLiteral("rootpath")},
            &output, 60000);
        if (rc != 0)
            qWarning("udhcpc exit %d: %s", rc, qPrintable(output));
        return readEnvFile(envFile);
    }

private slots:
    void initTestCase()
    {
        if (geteuid() != 0)
            QSKIP("network namespaces need root; CTest runs this test as root");
        for (const char *name : {"ip", "dhcpd", "udhcpc", "in.tftpd", "tftp"})
            QVERIFY2(!tool(QString::fromLatin1(name)).isEmpty(),
                qPrintable(QStringLiteral("%1 is not installed; run scripts/setup")
                               .arg(QString::fromLatin1(name))));
        const QString id = QString::number(QCoreApplication::applicationPid());
        m_serverNs = QStringLiteral("dxpxe-srv-") + id;
        m_clientNs = QStringLiteral("dxpxe-cli-") + id;
        m_serverIf = QStringLiteral("dxs") + id; // interface names: at most 15 characters
        m_clientIf = QStringLiteral("dxc") + id;
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());

        QVERIFY(ip({QStringLiteral("netns"), QStringLiteral("add"), m_serverNs}));
        m_created = true;
        QVERIFY(ip({QStringLiteral("netns"), QStringLiteral("add"), m_clientNs}));
        // Both ends are created inside their namespaces: nothing appears on the host.
        QVERIFY(
            ip({QStringLiteral("link"), QStringLiteral("add"), m_serverIf, QStringLiteral("netns"),
                m_serverNs, QStringLiteral("type"), QStringLiteral("veth"), QStringLiteral("peer"),
                QStringLiteral("name"), m_clientIf, QStringLiteral("netns"), m_clientNs}));
        QVERIFY(ip({QStringLiteral("-n"), m_serverNs, QStringLiteral("addr"), QStringLiteral("add"),
            ServerAddress + QStringLiteral("/24"), QStringLiteral("dev"), m_serverIf}));
        for (const auto &[ns, iface] :
            {std::pair {m_serverNs, m_serverIf}, std::pair {m_clientNs, m_clientIf}}) {
            QVERIFY(ip({QStringLiteral("-n"), ns, QStringLiteral("link"), QStringLiteral("set"),
                QStringLiteral("lo"), QStringLiteral("up")}));
            QVERIFY(ip({QStringLiteral("-n"), ns, QStringLiteral("link"), QStringLiteral("set"),
                iface, QStringLiteral("up")}));
        }
    }

    void cleanupTestCase()
    {
        stopDaemons();
        deleteNamespaces();
        // The namespaces are really gone.
        QString list;
        run(tool(QStringLiteral("ip")), {QStringLiteral("netns"), QStringLiteral("list")}, &list);
        if (!m_serverNs.isEmpty()) {
            QVERIFY2(!list.contains(m_serverNs), qPrintable(list));
            QVERIFY2(!list.contains(m_clientNs), qPrintable(list));
        }
    }

    void nicGetsItsFixedAddressAndFetchesPxebootOverTftp()
    {
        // The plan: the seed's, with its TFTP root in the scratch folder.
        PxePlan plan = seedPlan();
        plan.tftpRoot = m_dir->filePath(QStringLiteral("tftpboot/amd64/10.1"));
        QVERIFY(QDir().mkpath(plan.tftpRoot));
        const QString conf = m_dir->filePath(QStringLiteral("etc/dhcpd.conf"));
        const PxeWriteReport report = PxeWriter::write(plan, {{PxeOutput::DhcpdConf, conf}});
        QVERIFY2(report.ok(), qPrintable(report.lines().join(u'\n')));

        // dx1000s23nic: the first NIC host of the plan.
        const PxeHost nic = plan.hosts.at(11);
        QCOMPARE(nic.name, QStringLiteral("dx1000s23nic"));
        QVERIFY(ip({QStringLiteral("-n"), m_clientNs, QStringLiteral("link"), QStringLiteral("set"),
            m_clientIf, QStringLiteral("address"), nic.mac}));

        const QString leases = m_dir->filePath(QStringLiteral("dhcpd.leases"));
        QFile(leases).open(QIODevice::WriteOnly);
        QProcess *dhcpd = startIn(m_serverNs, QStringLiteral("dhcpd"),
            {QStringLiteral("-4"), QStringLiteral("-f"), QStringLiteral("-cf"), conf,
                QStringLiteral("-lf"), leases, QStringLiteral("-pf"),
                m_dir->filePath(QStringLiteral("dhcpd.pid")), m_serverIf});
        QVERIFY(dhcpd->waitForStarted(10000));

        const QMap<QString, QString> lease = requestLease(QStringLiteral("nic"));
        QVERIFY2(!lease.isEmpty(), qPrintable(QString::fromLocal8Bit(dhcpd->readAll())));
        QCOMPARE(lease.value(QStringLiteral("ip")), nic.address);
        QCOMPARE(lease.value(QStringLiteral("ip")), QStringLiteral("192.168.1.91"));
        QCOMPARE(lease.value(QStringLiteral("siaddr")), plan.nextServer);
        QCOMPARE(lease.value(QStringLiteral("boot_file")), plan.bootFileName);
        QCOMPARE(lease.value(QStringLiteral("rootpath")),
            QStringLiteral("192.168.1.10:/home/pxefreebsd"));
        QCOMPARE(lease.value(QStringLiteral("subnet")), plan.netmask);
        QCOMPARE(lease.value(QStringLiteral("router")), plan.router);
        QCOMPARE(lease.value(QStringLiteral("domain")), plan.domainName);

        // The client takes its address, as the PXE ROM would, and fetches the loader.
        QVERIFY(ip({QStringLiteral("-n"), m_clientNs, QStringLiteral("addr"), QStringLiteral("add"),
            lease.value(QStringLiteral("ip")) + QStringLiteral("/24"), QStringLiteral("dev"),
            m_clientIf}));
        QByteArray pxeboot(264192, Qt::Uninitialized); // the size of the seed's pxeboot
        for (char &c : pxeboot)
            c = char(QRandomGenerator::global()->bounded(256));
        {
            QFile f(QDir(plan.tftpRoot).filePath(plan.bootFileName));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(pxeboot);
        }
        QProcess *tftpd = startIn(m_serverNs, QStringLiteral("in.tftpd"),
            {QStringLiteral("-L"), QStringLiteral("-s"), plan.tftpRoot, QStringLiteral("-a"),
                lease.value(QStringLiteral("siaddr")) + QStringLiteral(":69")});
        QVERIFY(tftpd->waitForStarted(10000));

        const QString fetched = m_dir->filePath(QStringLiteral("fetched-pxeboot"));
        QString output;
        // The server may still be binding its socket: a few bounded attempts.
        for (int attempt = 0; attempt < 20 && readFile(fetched) != pxeboot; ++attempt) {
            if (attempt)
                QThread::msleep(250);
            run(tool(QStringLiteral("ip")),
                {QStringLiteral("netns"), QStringLiteral("exec"), m_clientNs,
                    tool(QStringLiteral("tftp")), QStringLiteral("-m"), QStringLiteral("binary"),
                    lease.value(QStringLiteral("siaddr")), QStringLiteral("-c"),
                    QStringLiteral("get"), plan.bootFileName, fetched},
                &output, 30000);
        }
        QVERIFY2(readFile(fetched) == pxeboot,
            qPrintable(QStringLiteral("tftp: %1; in.tftpd: %2")
                           .arg(output, QString::fromLocal8Bit(tftpd->readAll()))));
    }

    void anUnknownMacGetsADynamicAddressInstead()
    {
        // The same dhcpd keeps running; a MAC that is in no host line.
        QVERIFY(!m_daemons.isEmpty());
        QVERIFY(ip({QStringLiteral("-n"), m_clientNs, QStringLiteral("addr"),
            QStringLiteral("flush"), QStringLiteral("dev"), m_clientIf}));
        QVERIFY(ip({QStringLiteral("-n"), m_clientNs, QStringLiteral("link"), QStringLiteral("set"),
            m_clientIf, QStringLiteral("address"), QStringLiteral("02:00:00:00:01:01")}));
        const QMap<QString, QString> lease = requestLease(QStringLiteral("unknown"));
        const PxePlan plan;
        const auto address = Ipv4::parse(lease.value(QStringLiteral("ip")));
        QVERIFY2(address, qPrintable(lease.value(QStringLiteral("ip"))));
        QVERIFY2(
            *address >= *Ipv4::parse(plan.rangeStart) && *address <= *Ipv4::parse(plan.rangeEnd),
            qPrintable(lease.value(QStringLiteral("ip"))));
    }
};

QTEST_GUILESS_MAIN(TestPxeNetwork)
#include "tst_pxenetwork.moc"
