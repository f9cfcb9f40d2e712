// SPDX-License-Identifier: GPL-3.0-or-later
//
// dxctl and the system keychain against the lab (CTest `lab` fixture, inside
// tests/with-keyring): `dxctl password set` then IPMI commands with no other
// password source, per-BMC entries winning over the enclosure's, `forget`, a
// clear error without a keychain service, and the password on no command line
// and in no file of the run's HOME but the keyring's own encrypted store.
//
// dxctl runs as the real executable in a session of its own (setsid), so it has
// no terminal to prompt on: a password can only have come from the keychain.

#include "labfixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <tuple>

#include <unistd.h>

namespace {
struct Run
{
    int status = -1;
    QString out;
    QString err;
    int samples = 0; ///< /proc scans while it ran
    QStringList cmdlineHits; ///< pids whose command line held the needle
};

QString dxctlPath()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../app/dxctl"));
}

bool writePrivate(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(content);
    file.close();
    return file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

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

QStringList filesContaining(const QString &root, const QByteArray &needle, const QString &allowed)
{
    QStringList hits;
    QDirIterator it(
        root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!allowed.isEmpty() && path.startsWith(allowed))
            continue;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << path;
    }
    return hits;
}

/// Runs dxctl without a controlling terminal; scans every /proc/*/cmdline for
/// @p needle while it runs (when given).
Run dxctl(const QStringList &arguments, const QByteArray &needle = {},
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    Run run;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setChildProcessModifier([] { ::setsid(); });
    process.start(dxctlPath(), arguments);
    if (!process.waitForStarted())
        return run;
    while (process.state() == QProcess::Running) {
        if (!needle.isEmpty()) {
            run.cmdlineHits << commandLinesContaining(needle);
            ++run.samples;
        }
        process.waitForFinished(needle.isEmpty() ? 60000 : 10);
    }
    run.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
} // namespace

class TestDxctlKeychainLab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void passwordSetThenPowerStatusNeedsNoOtherSource();
    void bmcEntryWinsOverTheEnclosuresForItsSlotOnly();
    void forgetRemovesItAndTheCommandHasNoPassword();
    void passwordFileStillWinsOverTheKeychain();
    void setRefusesAnEnclosureTheInventoryLacks();
    void withoutKeychainServiceSetAndForgetSaySo();
    void keychainLibrariesLoadOnlyWhenACommandNeedsTheKeychain();
    void withoutItsKeychainModuleDxctlSaysWhichFileAndWhy();
    void passwordOnNoCommandLineAndOnlyInTheKeyringsStore();

private:
    Run setPassword(const QByteArray &password, const QStringList &extra = {});
    QTemporaryDir m_dir;
    QString m_goodFile;
};

void TestDxctlKeychainLab::initTestCase()
{
    QVERIFY2(!Lab::stateDir().isEmpty(), "DXLAB_STATE_DIR is not set: run this test through ctest");
    QVERIFY2(!qEnvironmentVariable("DX_KEYRING_SCRATCH").isEmpty(),
        "run through ctest (tests/with-keyring)");
    QVERIFY2(QFile::exists(dxctlPath()), qPrintable(dxctlPath()));
    QVERIFY(m_dir.isValid());
    m_goodFile = m_dir.filePath(QStringLiteral("good"));
    QVERIFY(writePrivate(m_goodFile, "Administrator\n"));
}

void TestDxctlKeychainLab::cleanup()
{
    dxctl({QStringLiteral("password"), QStringLiteral("forget"), QStringLiteral("lab")});
    dxctl({QStringLiteral("password"), QStringLiteral("forget"), QStringLiteral("lab"),
        QStringLiteral("--bmc"), QStringLiteral("127.0.1.2:%1").arg(Lab::port())});
}

Run TestDxctlKeychainLab::setPassword(const QByteArray &password, const QStringList &extra)
{
    const QString file = m_dir.filePath(QStringLiteral("set"));
    if (!writePrivate(file, password + '\n'))
        return {};
    return dxctl(QStringList {QStringLiteral("--inventory"), Lab::inventoryPath(),
                     QStringLiteral("--password-file"), file, QStringLiteral("password"),
                     QStringLiteral("set"), QStringLiteral("lab")}
        + extra);
}

void TestDxctlKeychainLab::passwordSetThenPowerStatusNeedsNoOtherSource()
{
    // Without it, there is no password to be had.
    Run run = dxctl({QStringLiteral("--inventory"), Lab::inventoryPath(), QStringLiteral("power"),
        QStringLiteral("status"), QStringLiteral("lab:s[1-3]")});
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.contains(QStringLiteral("no password")), qPrintable(run.err));

    run = setPassword("Administrator");
    QVERIFY2(run.status == 0, qPrintable(run.err));
    QCOMPARE(run.out,
        QStringLiteral("dxctl: stored the password of enclosure lab in the system keychain\n"));

    run = dxctl({QStringLiteral("--inventory"), Lab::inventoryPath(), QStringLiteral("power"),
        QStringLiteral("status"), QStringLiteral("lab:s[1-3]")});
    QVERIFY2(run.status == 0, qPrintable(run.out + run.err));
    QCOMPARE(run.out, QStringLiteral("lab:s1: off\nlab:s2: off\nlab:s3: off\n"));
}

void TestDxctlKeychainLab::bmcEntryWinsOverTheEnclosuresForItsSlotOnly()
{
    QCOMPARE(setPassword("not-the-password").status, 0);
    const Run set = setPassword("Administrator",
        {QStringLiteral("--bmc"), QStringLiteral("127.0.1.2:%1").arg(Lab::port())});
    QVERIFY2(set.status == 0, qPrintable(set.err));
    QCOMPARE(set.out,
        QStringLiteral("dxctl: stored the password of BMC 127.0.1.2:%1 of enclosure lab in the "
                       "system keychain\n")
            .arg(Lab::port()));

    const Run run = dxctl({QStringLiteral("--inventory"), Lab::inventoryPath(),
        QStringLiteral("power"), QStringLiteral("status"), QStringLiteral("lab:s1,s2")});
    QCOMPARE(run.status, 1);
    QCOMPARE(run.out,
        QStringLiteral("lab:s1: error: password rejected by the BMC (127.0.1.1:%1)\nlab:s2: off\n")
            .arg(Lab::port()));
}

void TestDxctlKeychainLab::forgetRemovesItAndTheCommandHasNoPassword()
{
    QCOMPARE(setPassword("Administrator").status, 0);
    Run run = dxctl({QStringLiteral("password"), QStringLiteral("forget"), QStringLiteral("lab")});
    QCOMPARE(run.status, 0);
    QCOMPARE(run.out,
        QStringLiteral("dxctl: removed the password of enclosure lab from the system keychain\n"));
    run = dxctl({QStringLiteral("password"), QStringLiteral("forget"), QStringLiteral("lab")});
    QCOMPARE(run.status, 0);
    QCOMPARE(
        run.out, QStringLiteral("dxctl: the system keychain held no password for enclosure lab\n"));

    run = dxctl({QStringLiteral("--inventory"), Lab::inventoryPath(), QStringLiteral("power"),
        QStringLiteral("status"), QStringLiteral("lab:s1")});
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.contains(QStringLiteral("no password")), qPrintable(run.err));
}

void TestDxctlKeychainLab::passwordFileStillWinsOverTheKeychain()
{
    QCOMPARE(setPassword("not-the-password").status, 0);
    const Run run = dxctl({QStringLiteral("--inventory"), Lab::inventoryPath(),
        QStringLiteral("--password-file"), m_goodFile, QStringLiteral("power"),
        QStringLiteral("status"), QStringLiteral("lab:s4")});
    QVERIFY2(run.status == 0, qPrintable(run.out + run.err));
    QCOMPARE(run.out, QStringLiteral("lab:s4: off\n"));
}

void TestDxctlKeychainLab::setRefusesAnEnclosureTheInventoryLacks()
{
    const Run run = dxctl(
        {QStringLiteral("--inventory"), Lab::inventoryPath(), QStringLiteral("--password-file"),
            m_goodFile, QStringLiteral("password"), QStringLiteral("set"), QStringLiteral("dx9")});
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.contains(QStringLiteral("has no enclosure 'dx9'")), qPrintable(run.err));
}

void TestDxctlKeychainLab::withoutKeychainServiceSetAndForgetSaySo()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    environment.remove(QStringLiteral("DISPLAY"));
    for (const QString &sub : {QStringLiteral("set"), QStringLiteral("forget")}) {
        QStringList arguments {QStringLiteral("password"), sub, QStringLiteral("lab")};
        if (sub == QLatin1String("set"))
            arguments = QStringList {QStringLiteral("--password-file"), m_goodFile} + arguments;
        const Run run = dxctl(arguments, {}, environment);
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("dxctl: no system keychain is available (")),
            qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("--password-file or -E")), qPrintable(run.err));
    }
    // The IPMI commands then ask (no terminal here), naming why the keychain was no help.
    const Run run
        = dxctl({QStringLiteral("--inventory"), Lab::inventoryPath(), QStringLiteral("power"),
                    QStringLiteral("status"), QStringLiteral("lab:s1")},
            {}, environment);
    QCOMPARE(run.status, 2);
    QVERIFY2(
        run.err.contains(QStringLiteral("the system keychain was no help")), qPrintable(run.err));
}

void TestDxctlKeychainLab::keychainLibrariesLoadOnlyWhenACommandNeedsTheKeychain()
{
    // glibc's loader names every object it maps (LD_DEBUG=files, on stderr).
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    Run run = dxctl({QStringLiteral("--inventory"), Lab::inventoryPath(),
                        QStringLiteral("--password-file"), m_goodFile, QStringLiteral("power"),
                        QStringLiteral("status"), QStringLiteral("lab:s4")},
        {}, environment);
    QCOMPARE(run.status, 0);
    QVERIFY2(run.err.contains(QStringLiteral("libfreeipmi")), "LD_DEBUG=files printed nothing");
    for (const char *library :
        {"dxctl-keychain.so", "libqt6keychain", "libQt6DBus", "libQt6Network", "libipmiconsole"})
        QVERIFY2(!run.err.contains(QLatin1String(library)), library);

    QCOMPARE(setPassword("Administrator").status, 0);
    run = dxctl({QStringLiteral("--inventory"), Lab::inventoryPath(), QStringLiteral("power"),
                    QStringLiteral("status"), QStringLiteral("lab:s4")},
        {}, environment);
    QCOMPARE(run.status, 0);
    QCOMPARE(run.out, QStringLiteral("lab:s4: off\n"));
    QVERIFY2(run.err.contains(QStringLiteral("dxctl-keychain.so")), "the module was not loaded");
    QVERIFY2(run.err.contains(QStringLiteral("libqt6keychain")), "QtKeychain was not loaded");
}

void TestDxctlKeychainLab::withoutItsKeychainModuleDxctlSaysWhichFileAndWhy()
{
    // A copy of dxctl in a folder without the module (nor, here, an installed one).
    const QString bin = m_dir.filePath(QStringLiteral("bin"));
    QVERIFY(QDir().mkpath(bin));
    const QString copy = QDir(bin).filePath(QStringLiteral("dxctl"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(dxctlPath(), copy));
    const QString module = QDir(bin).filePath(QStringLiteral("dxctl-keychain.so"));
    auto run = [&](const QStringList &arguments) {
        QProcess process;
        process.start(copy, arguments);
        process.waitForFinished(60000);
        return std::make_pair(
            process.exitCode(), QString::fromUtf8(process.readAllStandardError()));
    };

    auto [status, err]
        = run({QStringLiteral("password"), QStringLiteral("forget"), QStringLiteral("lab")});
    QCOMPARE(status, 1);
    QVERIFY2(err.contains(QStringLiteral("dxctl's keychain module could not be loaded: ")),
        qPrintable(err));
    QVERIFY2(err.contains(module + QStringLiteral(": no such file")), qPrintable(err));

    // Something else under the module's name: refused with the loader's reason.
    QFile junk(module);
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a shared object\n");
    junk.close();
    std::tie(status, err)
        = run({QStringLiteral("password"), QStringLiteral("forget"), QStringLiteral("lab")});
    QCOMPARE(status, 1);
    QVERIFY2(err.contains(module + QStringLiteral(": ")), qPrintable(err));
    QVERIFY2(!err.contains(module + QStringLiteral(": no such file")), qPrintable(err));

    // Commands that never need the keychain do not notice it is missing.
    std::tie(status, err) = run({QStringLiteral("--inventory"), Lab::inventoryPath(),
        QStringLiteral("--password-file"), m_goodFile, QStringLiteral("power"),
        QStringLiteral("status"), QStringLiteral("lab:s4")});
    QVERIFY2(status == 0, qPrintable(err));
}

void TestDxctlKeychainLab::passwordOnNoCommandLineAndOnlyInTheKeyringsStore()
{
    // A password nothing else contains (the BMCs reject it, which takes the same path).
    const QByteArray secret = "Kx"
        + QByteArray::number(QDateTime::currentMSecsSinceEpoch() % 100000000) + "z"
        + QByteArray::number(QCoreApplication::applicationPid() % 100000);
    const QString file = m_dir.filePath(QStringLiteral("secret"));
    QVERIFY(writePrivate(file, secret + '\n'));

    Run run = dxctl({QStringLiteral("--password-file"), file, QStringLiteral("password"),
                        QStringLiteral("set"), QStringLiteral("lab")},
        secret);
    QCOMPARE(run.status, 0);
    QVERIFY2(run.cmdlineHits.isEmpty(), qPrintable(run.cmdlineHits.join(QLatin1Char(' '))));
    const int setSamples = run.samples;

    run = dxctl({QStringLiteral("--inventory"), Lab::inventoryPath(), QStringLiteral("power"),
                    QStringLiteral("status"), QStringLiteral("lab:s[1-8]")},
        secret);
    QCOMPARE(run.status, 1);
    QVERIFY2(run.out.contains(QStringLiteral("password rejected")), qPrintable(run.out));
    QVERIFY2(!QString(run.out + run.err).contains(QString::fromLatin1(secret)),
        "the password was printed");
    QVERIFY2(run.cmdlineHits.isEmpty(), qPrintable(run.cmdlineHits.join(QLatin1Char(' '))));
    QVERIFY2(setSamples + run.samples >= 5, qPrintable(QString::number(run.samples)));

    // HOME and the XDG folders of the run: only the keyring's own (encrypted) files,
    // which must not hold it in clear either.
    const QString scratch = qEnvironmentVariable("DX_KEYRING_SCRATCH");
    const QString keyrings
        = QDir(qEnvironmentVariable("XDG_DATA_HOME")).filePath(QStringLiteral("keyrings"));
    QCOMPARE(filesContaining(scratch, secret, keyrings + QLatin1Char('/')), QStringList());
    QCOMPARE(filesContaining(keyrings, secret, {}), QStringList());
    QCOMPARE(filesContaining(Lab::stateDir(), secret, {}), QStringList());
    qInfo("%d samples of /proc/*/cmdline while dxctl ran", setSamples + run.samples);
}

QTEST_GUILESS_MAIN(TestDxctlKeychainLab)
#include "tst_dxctlkeychain_lab.moc"
