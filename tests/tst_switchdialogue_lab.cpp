// SPDX-License-Identifier: GPL-3.0-or-later
//
// End-to-end against the lab's switch-module console: log in over the serial
// port (a pseudo-terminal), read `show system`, run the seed's appendix as a
// checked dialogue, and see the switch's running and saved configuration change.

#include "chassis/inventoryio.h"
#include "console/serialsession.h"
#include "switchcli/showsystem.h"
#include "switchcli/switchconfigplan.h"
#include "switchcli/switchdialogue.h"
#include "labfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

namespace {
QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}
} // namespace

class TestSwitchDialogueLab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(
            !Lab::stateDir().isEmpty(), "run through CTest: the lab fixture sets DXLAB_STATE_DIR");
        const auto r = InventoryIo::load(Lab::stateDir() + QStringLiteral("/inventory.json"));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QVERIFY(!r.inventory->enclosures.first().switches.isEmpty());
        m_port = r.inventory->enclosures.first().switches.first().serialPort;
        QVERIFY(QFile::exists(m_port));
    }

    void readsShowSystemOverTheSerialConsole()
    {
        SerialSettings settings;
        settings.portName = m_port;
        SerialSession session(settings);
        session.open();
        QTRY_COMPARE(session.state(), ConsoleSession::State::Established);

        SwitchDialogue dialogue(&session);
        QSignalSpy finished(&dialogue, &SwitchDialogue::finished);
        dialogue.run(QStringLiteral("admin"), "admin",
            {QStringLiteral("enable"), QStringLiteral("show system"), QStringLiteral("exit")});
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 60000);
        QVERIFY2(finished.first().first().toBool(),
            qPrintable(dialogue.errorMessage() + u'\n' + dialogue.transcript()));

        const auto parsed = ShowSystemParser::parse(dialogue.steps().at(1).output);
        QVERIFY2(parsed.problems.isEmpty(), qPrintable(parsed.problems.join(u'\n')));
        QCOMPARE(parsed.info.systemMac().toString(), QStringLiteral("74:D4:35:E9:E2:62"));
        QCOMPARE(parsed.info.value(QStringLiteral("API Version")),
            QStringLiteral("FocalPoint 3.3.5_00268148 + mercury-20131213"));
    }

    void runsTheSeedsAppendixAndTheSwitchConfigurationChanges()
    {
        SerialSettings settings;
        settings.portName = m_port;
        SerialSession session(settings);
        session.open();
        QTRY_COMPARE(session.state(), ConsoleSession::State::Established);

        SwitchDialogue dialogue(&session);
        QSignalSpy finished(&dialogue, &SwitchDialogue::finished);
        dialogue.run(QStringLiteral("admin"), "admin", SwitchConfigPlan().commands());
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 120000);
        QVERIFY2(finished.first().first().toBool(),
            qPrintable(dialogue.errorMessage() + u'\n' + dialogue.transcript()));
        for (const auto &step : dialogue.steps())
            QCOMPARE(step.status, SwitchDialogue::StepStatus::Ok);

        const QJsonObject running
            = readJson(Lab::stateDir() + QStringLiteral("/switch1/running-config.json"));
        const QJsonObject ports = running.value(QStringLiteral("ports")).toObject();
        QCOMPARE(running.value(QStringLiteral("spanningTree")).toBool(true), false);
        for (const char *uplink : {"xe47", "xe50"}) {
            const QJsonObject p = ports.value(QLatin1String(uplink)).toObject();
            QCOMPARE(p.value(QStringLiteral("pvid")).toInt(), 1);
            QCOMPARE(p.value(QStringLiteral("untagged")).toArray(), QJsonArray {1});
            QVERIFY(!p.value(QStringLiteral("tagged")).toArray().contains(4092));
        }
        for (int n = 1; n <= 46; ++n) {
            const QJsonObject p = ports.value(QStringLiteral("xe%1").arg(n)).toObject();
            QVERIFY(!p.value(QStringLiteral("tagged")).toArray().contains(4092));
            QCOMPARE(p.value(QStringLiteral("shutdown")).toBool(true), false); // back up again
        }
        const QJsonObject saved
            = readJson(Lab::stateDir() + QStringLiteral("/switch1/saved-config.json"));
        QCOMPARE(saved, running);
    }

    void aCliErrorOnTheRealConsoleStopsTheRun()
    {
        SerialSettings settings;
        settings.portName = m_port;
        SerialSession session(settings);
        session.open();
        QTRY_COMPARE(session.state(), ConsoleSession::State::Established);

        SwitchDialogue dialogue(&session);
        QSignalSpy finished(&dialogue, &SwitchDialogue::finished);
        dialogue.run(QStringLiteral("admin"), "admin",
            {QStringLiteral("enable"), QStringLiteral("configure"),
                QStringLiteral("interface range xe0"), QStringLiteral("shutdown"),
                QStringLiteral("exit"), QStringLiteral("exit"), QStringLiteral("exit")});
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 60000);
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(dialogue.steps().at(2).status, SwitchDialogue::StepStatus::CliError);
        QVERIFY2(dialogue.steps().at(2).message.startsWith(u'%'),
            qPrintable(dialogue.steps().at(2).message));
        QCOMPARE(dialogue.steps().at(3).status, SwitchDialogue::StepStatus::NotRun);

        // Leave the console as found: the next run backs out of config mode by itself.
        SwitchDialogue cleanup(&session);
        QSignalSpy done(&cleanup, &SwitchDialogue::finished);
        cleanup.run(
            QStringLiteral("admin"), "admin", {QStringLiteral("enable"), QStringLiteral("exit")});
        QTRY_VERIFY_WITH_TIMEOUT(done.size() == 1, 60000);
        QVERIFY2(done.first().first().toBool(), qPrintable(cleanup.errorMessage()));
    }

    void wrongPasswordIsRejectedClearly()
    {
        SerialSettings settings;
        settings.portName = m_port;
        SerialSession session(settings);
        session.open();
        QTRY_COMPARE(session.state(), ConsoleSession::State::Established);
        SwitchDialogue dialogue(&session);
        QSignalSpy finished(&dialogue, &SwitchDialogue::finished);
        dialogue.run(QStringLiteral("admin"), "not-the-password", {QStringLiteral("enable")});
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 60000);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(
            dialogue.errorMessage().contains(QStringLiteral("rejected the user name or password")),
            qPrintable(dialogue.errorMessage()));
    }

private:
    QString m_port;
};

QTEST_GUILESS_MAIN(TestSwitchDialogueLab)
#include "tst_switchdialogue_lab.moc"
