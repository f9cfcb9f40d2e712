// SPDX-License-Identifier: GPL-3.0-or-later
//
// `dxctl switch run|show-system` end to end against the lab's switch console.

#include "chassis/inventoryio.h"
#include "console/serialsession.h"
#include "switchcommands.h"
#include "dxctlrun.h"
#include "labfixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

namespace {
using Run = DxctlRun;

Run dxctl(const QStringList &arguments)
{
    return runDxctl<SwitchCommands>(arguments);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content,
    QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    f.close();
    QFile::setPermissions(path, permissions);
    return path;
}
} // namespace

class TestDxctlSwitchLab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString state = Lab::stateDir();
        QVERIFY2(!state.isEmpty(), "run through CTest: the lab fixture sets DXLAB_STATE_DIR");
        m_inventory = state + QStringLiteral("/inventory.json");
        const auto r = InventoryIo::load(m_inventory);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        m_port = r.inventory->enclosures.first().switches.first().serialPort;
        m_passwordFile = writeFile(m_dir, QStringLiteral("switch-password"), "admin\n");
    }

    void showSystemPrintsTheMacAndTheDerivedOnsAndCmmMacs()
    {
        const Run r = dxctl({QStringLiteral("switch"), QStringLiteral("show-system"),
            QStringLiteral("--port"), m_port, QStringLiteral("--password-file"), m_passwordFile});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("MAC Address")));
        QVERIFY(r.out.contains(QStringLiteral("74:D4:35:E9:E2:62")));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("ONS MAC \\(derived\\)\\s+74:D4:35:E9:E2:61"))),
            qPrintable(r.out));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("CMM MAC \\(derived\\)\\s+74:D4:35:E9:E2:60"))));
        QVERIFY2(r.err.contains(QStringLiteral("factory-default")), qPrintable(r.err));
    }

    void showSystemStoresTheMacsInTheInventory()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("inv.json")));
        QVERIFY(QFile::copy(m_inventory, m_dir.filePath(QStringLiteral("inv.json"))));
        const QString copy = m_dir.filePath(QStringLiteral("inv.json"));
        // Forget what the lab wrote, so the values come from the switch.
        auto before = InventoryIo::load(copy);
        before.inventory->enclosures.first().switches.first().systemMac = MacAddress();
        before.inventory->enclosures.first().cmmMac = MacAddress();
        QCOMPARE(InventoryIo::save(*before.inventory, copy), QString());

        const Run r = dxctl({QStringLiteral("switch"), QStringLiteral("show-system"),
            QStringLiteral("--port"), m_port, QStringLiteral("--password-file"), m_passwordFile,
            QStringLiteral("--inventory"), copy, QStringLiteral("--enclosure"), QStringLiteral("lab")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const auto after = InventoryIo::load(copy);
        QVERIFY(after.ok());
        QCOMPARE(after.inventory->enclosures.first().switches.first().systemMac.toString(),
            QStringLiteral("74:D4:35:E9:E2:62"));
        QCOMPARE(after.inventory->enclosures.first().cmmMac.toString(), QStringLiteral("74:D4:35:E9:E2:60"));
    }

    void runTypesTheSeedsScriptAndPrintsTheTranscript()
    {
        const QString script = writeFile(m_dir, QStringLiteral("appendix.txt"),
            "# The seed's appendix a\n"
            "enable\nconfigure\ninterface range xe47,xe50\nswitchport pvid 1\n"
            "no switchport vlan add 4092\nswitchport vlan add 1 untagged\nexit\n"
            "interface range xe1-xe46\nshutdown\nno switchport vlan add 4092\nno shutdown\nexit\n"
            "no spanning-tree\nexit\nsave config\nexit\n");
        const Run r = dxctl({QStringLiteral("switch"), QStringLiteral("run"), script,
            QStringLiteral("--port"), m_port, QStringLiteral("--password-file"), m_passwordFile});
        QVERIFY2(r.status == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.contains(QStringLiteral("Switch (config-if-range)#")));
        QVERIFY(r.out.contains(QStringLiteral("Configuration saving is in progress")));
        QVERIFY2(!r.out.contains(QStringLiteral("Password: admin")), "the password is not echoed");
    }

    void runExitsOneNamingTheFailingScriptLine()
    {
        const QString script = writeFile(m_dir, QStringLiteral("bad.txt"),
            "enable\n\n# a typo on line 4:\ninterface range xe0\nexit\n");
        const Run r = dxctl({QStringLiteral("switch"), QStringLiteral("run"), script,
            QStringLiteral("--port"), m_port, QStringLiteral("--password-file"), m_passwordFile});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(script + QStringLiteral(":4: \"interface range xe0\": %")), qPrintable(r.err));
        // dxctl logged out by itself: the next user finds the login prompt.
        QVERIFY2(r.out.contains(QStringLiteral("logged out")), qPrintable(r.out));
        QVERIFY(consoleShowsTheLoginPrompt());
    }

    void aFailureInConfigurationModeLeavesTheSwitchLoggedOut()
    {
        const QString script = writeFile(m_dir, QStringLiteral("bad-pvid.txt"),
            "enable\nconfigure\ninterface range xe47,xe50\nswitchport pvid 5000\nexit\nexit\nexit\n");
        const Run r = dxctl({QStringLiteral("switch"), QStringLiteral("run"), script,
            QStringLiteral("--port"), m_port, QStringLiteral("--password-file"), m_passwordFile});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(script + QStringLiteral(":4: \"switchport pvid 5000\": %")), qPrintable(r.err));
        // The transcript says so and shows the switch backing out and logging out.
        QVERIFY2(r.out.contains(QStringLiteral("logging out of the switch (end, exit)")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Switch (config-if-range)#end")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Switch #exit")), qPrintable(r.out));
        const qsizetype exitAt = r.out.lastIndexOf(QStringLiteral("Switch #exit"));
        QVERIFY2(r.out.indexOf(QStringLiteral("localhost login:"), exitAt) > exitAt, qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("logged out; the switch shows its login prompt")), qPrintable(r.out));
        QVERIFY(consoleShowsTheLoginPrompt());
    }

    void aPasswordFileOthersCanReadIsRefused()
    {
        const QString open = writeFile(m_dir, QStringLiteral("open-password"), "admin\n",
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
        const Run r = dxctl({QStringLiteral("switch"), QStringLiteral("show-system"),
            QStringLiteral("--port"), m_port, QStringLiteral("--password-file"), open});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(QStringLiteral("chmod 600")), qPrintable(r.err));
    }

    void aMissingPortSaysWhich()
    {
        const Run r = dxctl({QStringLiteral("switch"), QStringLiteral("show-system"), QStringLiteral("--port"),
            QStringLiteral("/dev/nonexistent-switch"), QStringLiteral("--password-file"), m_passwordFile});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("/dev/nonexistent-switch")), qPrintable(r.err));
    }

private:
    // Opens the switch's console and presses Enter: a logged-out switch answers
    // with its login prompt, a logged-in one with a CLI prompt.
    bool consoleShowsTheLoginPrompt()
    {
        SerialSettings settings;
        settings.portName = m_port;
        SerialSession session(settings);
        QByteArray received;
        QObject::connect(&session, &ConsoleSession::bytesReceived, &session,
            [&received](const QByteArray &bytes) { received += bytes; });
        session.open();
        if (session.state() != ConsoleSession::State::Established || !session.write("\r"))
            return false;
        const bool answered = QTest::qWaitFor(
            [&] { return received.contains("login: ") || received.contains("Switch"); }, 15000);
        if (!answered || !received.contains("login: ") || received.contains("Switch")) {
            qWarning("the switch console answered: %s", received.constData());
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
    QString m_inventory;
    QString m_port;
    QString m_passwordFile;
};

QTEST_GUILESS_MAIN(TestDxctlSwitchLab)
#include "tst_dxctlswitch_lab.moc"
