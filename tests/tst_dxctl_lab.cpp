// SPDX-License-Identifier: GPL-3.0-or-later
//
// dxctl's IPMI commands against the lab (CTest `lab` fixture), in-process and as
// the real executable: output format, exit status, password sources, and that the
// password shows up in no process's command line and no file the run wrote.

#include "dxctlcommands.h"
#include "dxctlrun.h"
#include "labfixture.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

namespace {
using Run = DxctlRun;

Run dxctl(const QStringList &arguments)
{
    return runDxctl<DxctlCommands>(arguments);
}

bool writePrivate(
    const QString &path, const QByteArray &content, QFileDevice::Permissions permissions)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(content);
    file.close();
    return file.setPermissions(permissions);
}

/// Every /proc/PID/cmdline that contains @p needle.
QStringList commandLinesContaining(const QByteArray &needle)
{
    QStringList hits;
    const QStringList pids
        = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << pid;
    }
    return hits;
}

/// Files below @p root whose content contains @p needle, except @p allowed.
QStringList filesContaining(const QString &root, const QByteArray &needle, const QString &allowed)
{
    QStringList hits;
    QDirIterator it(
        root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path == allowed)
            continue;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << path;
    }
    return hits;
}
} // namespace

class TestDxctlLab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void powerStatusOfAllPrintsOneSortedLinePerSlot();
    void slotListAndRangeSelectTheirSlots();
    void jsonReportsEveryTarget();
    void hostRangeWithSilentAddressesFailsOnlyThose();
    void environmentPasswordWithDashE();
    void wrongPasswordExitsOneAndNamesTheSlot();
    void passwordFileReadableByOthersIsRefused();
    void unknownEnclosureIsAUsageError();
    void cipherSuiteZeroIsRefusedUnlessAllowed();
    void factoryDefaultPasswordIsWarnedAbout();
    void passwordNeverOnACommandLineNorInAFile_data();
    void passwordNeverOnACommandLineNorInAFile();

private:
    QTemporaryDir m_dir;
    QString m_passwordFile;
};

void TestDxctlLab::initTestCase()
{
    QVERIFY2(!Lab::stateDir().isEmpty(), "DXLAB_STATE_DIR is not set: run this test through ctest");
    QVERIFY(m_dir.isValid());
    m_passwordFile = m_dir.filePath(QStringLiteral("password"));
    QVERIFY(writePrivate(
        m_passwordFile, "Administrator\n", QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

void TestDxctlLab::powerStatusOfAllPrintsOneSortedLinePerSlot()
{
    const Run run = dxctl({QStringLiteral("--inventory"), Lab::inventoryPath(),
        QStringLiteral("--password-file"), m_passwordFile, QStringLiteral("power"),
        QStringLiteral("status"), QStringLiteral("all")});
    QCOMPARE(run.status, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 46);
    for (int slot = 1; slot <= 46; ++slot)
        QCOMPARE(lines.at(slot - 1), QStringLiteral("lab:s%1: off").arg(slot));
}

void TestDxctlLab::slotListAndRangeSelectTheirSlots()
{
    Run run = dxctl({QStringLiteral("power"), QStringLiteral("status"),
        QStringLiteral("lab:s25,s23"), QStringLiteral("--inventory"), Lab::inventoryPath(),
        QStringLiteral("--password-file"), m_passwordFile});
    QCOMPARE(run.status, 0);
    QCOMPARE(run.out, QStringLiteral("lab:s23: off\nlab:s25: off\n"));
    run = dxctl({QStringLiteral("--inventory"), Lab::inventoryPath(),
        QStringLiteral("--password-file"), m_passwordFile, QStringLiteral("mac"),
        QStringLiteral("discover"), QStringLiteral("lab:s[23-24]")});
    QCOMPARE(run.status, 0);
    QCOMPARE(run.out, QStringLiteral("lab:s23: 74:D4:35:83:78:16\nlab:s24: 74:D4:35:83:75:60\n"));
}

void TestDxctlLab::jsonReportsEveryTarget()
{
    const Run run = dxctl({QStringLiteral("--inventory"), Lab::inventoryPath(),
        QStringLiteral("--password-file"), m_passwordFile, QStringLiteral("--json"),
        QStringLiteral("power"), QStringLiteral("status"), QStringLiteral("lab:s[1-3]")});
    QCOMPARE(run.status, 0);
    const QJsonObject document = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(document.value(QStringLiteral("operation")).toString(), QStringLiteral("status"));
    const QJsonArray results = document.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(2).toObject().value(QStringLiteral("target")).toString(),
        QStringLiteral("lab:s3"));
    QCOMPARE(
        results.at(2).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("off"));
    QCOMPARE(results.at(2).toObject().value(QStringLiteral("ok")).toBool(), true);
}

void TestDxctlLab::hostRangeWithSilentAddressesFailsOnlyThose()
{
    const QString range = QStringLiteral("127.0.1.[1-3]:%1,127.0.1.[101-102]:%1").arg(Lab::port());
    const Run run = dxctl({QStringLiteral("--host"), range, QStringLiteral("-u"),
        QStringLiteral("Administrator"), QStringLiteral("-l"), QStringLiteral("admin"),
        QStringLiteral("-W"), QStringLiteral("opensesspriv"), QStringLiteral("--timeout"),
        QStringLiteral("1"), QStringLiteral("--password-file"), m_passwordFile,
        QStringLiteral("power"), QStringLiteral("status")});
    QCOMPARE(run.status, 1);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(0), QStringLiteral("127.0.1.1:%1: off").arg(Lab::port()));
    QCOMPARE(lines.at(2), QStringLiteral("127.0.1.3:%1: off").arg(Lab::port()));
    QVERIFY2(lines.at(3).startsWith(
                 QStringLiteral("127.0.1.101:%1: error: no answer from the BMC within 1 s")
                     .arg(Lab::port())),
        qPrintable(lines.at(3)));
    QVERIFY2(
        lines.at(4).startsWith(QStringLiteral("127.0.1.102:%1: error: no answer").arg(Lab::port())),
        qPrintable(lines.at(4)));
}

void TestDxctlLab::environmentPasswordWithDashE()
{
    qputenv("IPMI_PASSWORD", "Administrator");
    const Run run
        = dxctl({QStringLiteral("-E"), QStringLiteral("--inventory"), Lab::inventoryPath(),
            QStringLiteral("power"), QStringLiteral("status"), QStringLiteral("lab:s1")});
    qunsetenv("IPMI_PASSWORD");
    QCOMPARE(run.status, 0);
    QCOMPARE(run.out, QStringLiteral("lab:s1: off\n"));
    const Run unset
        = dxctl({QStringLiteral("-E"), QStringLiteral("--inventory"), Lab::inventoryPath(),
            QStringLiteral("power"), QStringLiteral("status"), QStringLiteral("lab:s1")});
    QCOMPARE(unset.status, 2);
    QVERIFY(unset.err.contains(QStringLiteral("IPMI_PASSWORD is not set")));
}

void TestDxctlLab::wrongPasswordExitsOneAndNamesTheSlot()
{
    const QString wrong = m_dir.filePath(QStringLiteral("wrong"));
    QVERIFY(writePrivate(wrong, "not-it\n", QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const Run run = dxctl(
        {QStringLiteral("--inventory"), Lab::inventoryPath(), QStringLiteral("--password-file"),
            wrong, QStringLiteral("power"), QStringLiteral("status"), QStringLiteral("lab:s5")});
    QCOMPARE(run.status, 1);
    QCOMPARE(run.out,
        QStringLiteral("lab:s5: error: password rejected by the BMC (127.0.1.5:%1)\n")
            .arg(Lab::port()));
}

void TestDxctlLab::passwordFileReadableByOthersIsRefused()
{
    const QString open = m_dir.filePath(QStringLiteral("open"));
    QVERIFY(writePrivate(open, "Administrator\n",
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
            | QFileDevice::ReadOther));
    const Run run = dxctl(
        {QStringLiteral("--inventory"), Lab::inventoryPath(), QStringLiteral("--password-file"),
            open, QStringLiteral("power"), QStringLiteral("status"), QStringLiteral("lab:s1")});
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.contains(QStringLiteral("chmod 600")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestDxctlLab::unknownEnclosureIsAUsageError()
{
    const Run run = dxctl({QStringLiteral("--inventory"), Lab::inventoryPath(),
        QStringLiteral("--password-file"), m_passwordFile, QStringLiteral("power"),
        QStringLiteral("status"), QStringLiteral("dx9:s1")});
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.contains(QStringLiteral("no enclosure \"dx9\"")), qPrintable(run.err));
    const Run bad = dxctl({QStringLiteral("--inventory"), Lab::inventoryPath(),
        QStringLiteral("power"), QStringLiteral("sideways"), QStringLiteral("lab")});
    QCOMPARE(bad.status, 2);
    const Run missing = dxctl({QStringLiteral("--inventory"), Lab::inventoryPath(),
        QStringLiteral("power"), QStringLiteral("status"), QStringLiteral("lab:s47")});
    QCOMPARE(missing.status, 2);
}

void TestDxctlLab::cipherSuiteZeroIsRefusedUnlessAllowed()
{
    const Run run = dxctl(
        {QStringLiteral("--inventory"), Lab::inventoryPath(), QStringLiteral("--password-file"),
            m_passwordFile, QStringLiteral("-I"), QStringLiteral("0"), QStringLiteral("power"),
            QStringLiteral("status"), QStringLiteral("lab:s1")});
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.contains(QStringLiteral("cipher suite 0")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestDxctlLab::factoryDefaultPasswordIsWarnedAbout()
{
    const Run run = dxctl({QStringLiteral("--inventory"), Lab::inventoryPath(),
        QStringLiteral("--password-file"), m_passwordFile, QStringLiteral("power"),
        QStringLiteral("status"), QStringLiteral("lab:s1")});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.err.contains(QStringLiteral("factory-default password")), qPrintable(run.err));
}

void TestDxctlLab::passwordNeverOnACommandLineNorInAFile_data()
{
    QTest::addColumn<bool>("fromEnvironment");
    QTest::newRow("--password-file") << false;
    QTest::newRow("-E") << true;
}

void TestDxctlLab::passwordNeverOnACommandLineNorInAFile()
{
    QFETCH(bool, fromEnvironment);
    // A password nothing else contains; the BMCs reject it, which takes the same path.
    // (IPMI 2.0 passwords have at most 20 bytes.)
    const QByteArray secret = "Pw"
        + QByteArray::number(QDateTime::currentMSecsSinceEpoch() % 100000000) + "x"
        + QByteArray::number(QCoreApplication::applicationPid() % 100000);
    const QString secretFile = m_dir.filePath(QStringLiteral("secret"));
    QVERIFY(
        writePrivate(secretFile, secret + '\n', QFileDevice::ReadOwner | QFileDevice::WriteOwner));

    const QString dxctlPath
        = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../app/dxctl"));
    QVERIFY2(QFile::exists(dxctlPath), qPrintable(dxctlPath));
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    QStringList arguments {QStringLiteral("--host"),
        QStringLiteral("127.0.1.[1-4]:%1,127.0.1.[101-104]:%1").arg(Lab::port()),
        QStringLiteral("-W"), QStringLiteral("opensesspriv"), QStringLiteral("--timeout"),
        QStringLiteral("2"), QStringLiteral("power"), QStringLiteral("status")};
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (fromEnvironment) {
        arguments.prepend(QStringLiteral("-E"));
        environment.insert(QStringLiteral("IPMI_PASSWORD"), QString::fromLatin1(secret));
    } else {
        arguments = QStringList {QStringLiteral("--password-file"), secretFile} + arguments;
    }
    process.setProcessEnvironment(environment);
    process.start(dxctlPath, arguments);
    QVERIFY(process.waitForStarted());
    int samples = 0;
    QStringList seen;
    while (process.state() == QProcess::Running) {
        seen << commandLinesContaining(secret);
        ++samples;
        process.waitForFinished(20);
    }
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1); // rejected and silent hosts
    const QByteArray out = process.readAllStandardOutput() + process.readAllStandardError();
    QVERIFY2(out.contains("password rejected"), out.constData());
    QVERIFY2(!out.contains(secret), "the password was printed");
    QVERIFY2(samples >= 10, qPrintable(QString::number(samples)));
    QVERIFY2(seen.isEmpty(), qPrintable(seen.join(QLatin1Char(' '))));
    // No file the run may have written holds it: the working folder, the lab's state.
    QCOMPARE(filesContaining(m_dir.path(), secret, secretFile), QStringList());
    QCOMPARE(filesContaining(Lab::stateDir(), secret, {}), QStringList());
    qInfo("%d samples of /proc/*/cmdline while dxctl ran", samples);
}

QTEST_GUILESS_MAIN(TestDxctlLab)
#include "tst_dxctl_lab.moc"
