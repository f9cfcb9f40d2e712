// SPDX-License-Identifier: GPL-3.0-or-later
#include "pxetestplan.h"
#include "provisioning/pxegenerator.h"
#include "provisioning/pxewriter.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace PxeTest;

namespace {
void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

// Makes writes past @p bytes fail with EFBIG in this process (root ignores file
// permissions, so a read-only folder would not make a write fail).
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_saved); }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_saved {};
};
} // namespace

class TestPxeWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesEveryFileIntoTheTreeAndReportsWhere()
    {
        QTemporaryDir dir;
        const PxePlan plan = seedPlan();
        const auto targets = PxeWriter::treeTargets(plan, PxeOutputs::all(), dir.path());
        const PxeWriteReport report = PxeWriter::write(plan, targets);
        QVERIFY2(report.ok(), qPrintable(report.lines().join(u'\n')));
        QCOMPARE(report.results.size(), PxeOutputs::all().size());
        QCOMPARE(readFile(dir.filePath(QStringLiteral("usr/local/etc/dhcpd.conf"))),
            PxeGenerator::dhcpdConf(plan).toUtf8());
        QCOMPARE(readFile(dir.filePath(QStringLiteral("home/pxefreebsd/boot/loader.conf"))),
            PxeGenerator::loaderConf(plan).toUtf8());
        QCOMPARE(readFile(dir.filePath(QStringLiteral("home/pxefreebsd/etc/ttys.ttyu2"))),
            PxeGenerator::ttysLine(plan).toUtf8());
        QCOMPARE(readFile(dir.filePath(QStringLiteral("etc/exports"))),
            PxeGenerator::exports(plan).toUtf8());
        const QStringList lines = report.lines();
        QCOMPARE(lines.size(), PxeOutputs::all().size());
        QVERIFY(lines.first().startsWith(QStringLiteral("dhcpd.conf (ISC DHCP): ")));
        QVERIFY(lines.first().endsWith(QStringLiteral("usr/local/etc/dhcpd.conf (new)")));
    }

    void replacingAFileKeepsABackupAndSameContentIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dhcpd.conf"));
        writeFile(path, "# the operator's old dhcpd.conf\n");
        const PxePlan plan = seedPlan();
        const PxeWriteReport first = PxeWriter::write(plan, {{PxeOutput::DhcpdConf, path}});
        QVERIFY(first.ok());
        const QString backup = first.results.at(0).backupPath;
        QVERIFY(!backup.isEmpty());
        QCOMPARE(readFile(backup), QByteArray("# the operator's old dhcpd.conf\n"));
        QCOMPARE(readFile(path), PxeGenerator::dhcpdConf(plan).toUtf8());
        QVERIFY(first.lines().at(0).contains(backup));

        const PxeWriteReport second = PxeWriter::write(plan, {{PxeOutput::DhcpdConf, path}});
        QVERIFY(second.ok());
        QVERIFY(second.results.at(0).unchanged);
        QVERIFY(second.results.at(0).backupPath.isEmpty());
        QVERIFY(second.lines().at(0).endsWith(QStringLiteral("(unchanged)")));
    }

    void aFailureWhileWritingLeavesTheOldFileIntactAndStops()
    {
        QTemporaryDir dir;
        const QString inetd = dir.filePath(QStringLiteral("inetd.conf"));
        const QString dhcpd = dir.filePath(QStringLiteral("dhcpd.conf"));
        const QString exports = dir.filePath(QStringLiteral("exports"));
        const QByteArray old = "# old dhcpd.conf\n";
        writeFile(dhcpd, old);
        const PxePlan plan = seedPlan();
        QVERIFY(PxeGenerator::dhcpdConf(plan).size() > 1024);
        PxeWriteReport report;
        {
            // inetd.conf fits in 1 KiB, the new dhcpd.conf does not.
            FileSizeLimit limit(1024);
            report = PxeWriter::write(plan,
                {{PxeOutput::InetdConf, inetd}, {PxeOutput::DhcpdConf, dhcpd},
                    {PxeOutput::Exports, exports}});
        }
        QVERIFY(!report.ok());
        QVERIFY(report.error.contains(dhcpd));
        QCOMPARE(report.results.size(), 2);
        QVERIFY(report.results.at(0).ok);
        QVERIFY(!report.results.at(1).ok);
        QCOMPARE(readFile(dhcpd), old);
        QCOMPARE(readFile(inetd), PxeGenerator::inetdConf(plan).toUtf8());
        QVERIFY(!QFileInfo::exists(exports));
        // No half-written temporary file is left next to it.
        const QStringList left = QDir(dir.path()).entryList(QDir::Files);
        for (const QString &name : left)
            QVERIFY2(name == u"inetd.conf" || name.startsWith(u"dhcpd.conf"), qPrintable(name));
        QVERIFY(report.lines().at(1).contains(QStringLiteral("FAILED")));
    }

    void twoOutputsToOnePathAreRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("same"));
        const PxeWriteReport report = PxeWriter::write(
            seedPlan(), {{PxeOutput::InetdConf, path}, {PxeOutput::Exports, path}});
        QVERIFY(!report.ok());
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(report.problems.at(0).field, QStringLiteral("exports"));
        QVERIFY(!QFileInfo::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestPxeWriter)
#include "tst_pxewriter.moc"
