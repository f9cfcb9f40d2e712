// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/consolesession.h"
#include "switchcli/switchconfigplan.h"
#include "switchcli/switchdialogue.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <utility>

namespace {
/// A console that answers typed lines from a script of (expected line, reply)
/// pairs, asynchronously like a real port. A line off-script gets no answer.
class ScriptedConsole final : public ConsoleSession
{
public:
    using Script = QList<std::pair<QByteArray, QByteArray>>;

    explicit ScriptedConsole(Script script)
        : m_script(std::move(script))
    { }

    QString description() const override { return QStringLiteral("scripted switch"); }
    void open() override { setState(State::Established); }
    void close() override { setState(State::Closed); }
    bool write(const QByteArray &data) override
    {
        typed += data;
        m_line += data;
        if (!m_line.endsWith('\r'))
            return true;
        const QByteArray line = m_line.chopped(1);
        m_line.clear();
        if (m_script.isEmpty() || m_script.first().first != line) {
            offScript.append(line);
            return true;
        }
        const QByteArray reply = m_script.takeFirst().second;
        QTimer::singleShot(0, this, [this, reply] { Q_EMIT bytesReceived(reply); });
        return true;
    }
    void lose(const QString &reason) { setState(State::Lost, reason); }

    QByteArray typed;
    QList<QByteArray> offScript;

private:
    Script m_script;
    QByteArray m_line;
};

// The switch echoes what is typed, then answers, then prompts: as on the seed's console.
QByteArray answer(const QByteArray &line, const QByteArray &output, const QByteArray &prompt)
{
    return line + "\r\n" + output + prompt;
}

ScriptedConsole::Script loginScript(
    const QByteArray &user = "admin", const QByteArray &password = "admin")
{
    return {
        {"", "\r\nWind River Linux 5.0.1.10 console\r\n\r\nlocalhost login: "},
        {user, user + "\r\nPassword: "},
        {password,
            "\r\nLast login: Mon Mar 9 18:14:21 UTC 2015 on console\r\nConnecting ...\r\n"
            "Checking ONS status... It may take few minutes...\r\nAuthenticating ...\r\nSwitch >"},
    };
}

// The seed's appendix, answered as the seed shows it.
ScriptedConsole::Script seedAppendixScript()
{
    auto s = loginScript();
    s.append({"enable", answer("enable", "", "Switch #")});
    s.append({"configure", answer("configure", "", "Switch (config)#")});
    for (const char *line : {"interface range xe47,xe50", "switchport pvid 1",
             "no switchport vlan add 4092", "switchport vlan add 1 untagged"})
        s.append({line, answer(line, "", "Switch (config-if-range)#")});
    s.append({"exit", answer("exit", "", "Switch (config)#")});
    for (const char *line :
        {"interface range xe1-xe46", "shutdown", "no switchport vlan add 4092", "no shutdown"})
        s.append({line, answer(line, "", "Switch (config-if-range)#")});
    s.append({"exit", answer("exit", "", "Switch (config)#")});
    s.append({"no spanning-tree", answer("no spanning-tree", "", "Switch (config)#")});
    s.append({"exit", answer("exit", "", "Switch #")});
    s.append({"save config",
        answer("save config", "Configuration saving is in progress. It may take few minutes.\r\n",
            "Switch #")});
    s.append({"exit",
        answer("exit", "\r\nWind River Linux 5.0.1.10 console\r\n\r\n", "localhost login: ")});
    return s;
}
} // namespace

class TestSwitchDialogue : public QObject
{
    Q_OBJECT

private slots:
    void runsTheSeedsAppendixAndLogsOut()
    {
        ScriptedConsole console(seedAppendixScript());
        console.open();
        SwitchDialogue dialogue(&console);
        QSignalSpy finished(&dialogue, &SwitchDialogue::finished);
        QSignalSpy warnings(&dialogue, &SwitchDialogue::warning);
        dialogue.run(QStringLiteral("admin"), "admin", SwitchConfigPlan().commands());
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY2(finished.first().first().toBool(), qPrintable(dialogue.errorMessage()));
        QVERIFY(console.offScript.isEmpty());
        QCOMPARE(dialogue.steps().size(), 16);
        for (const auto &step : dialogue.steps())
            QCOMPARE(step.status, SwitchDialogue::StepStatus::Ok);
        QCOMPARE(dialogue.steps().at(14).output,
            QStringLiteral("Configuration saving is in progress. It may take few minutes."));
        // Factory-default credentials are flagged, not refused.
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().first().toString().contains(QStringLiteral("factory-default")));
        // The password was typed once and never shows in the transcript.
        QCOMPARE(console.typed.count("admin\r"), 2); // user name and password
        QVERIFY(!dialogue.transcript().contains(QStringLiteral("Password: admin")));
    }

    void stopsAtTheFirstCliErrorAndMarksTheRestNotRun()
    {
        auto script = loginScript("operator", "secret");
        script.append({"enable", answer("enable", "", "Switch #")});
        script.append({"configure", answer("configure", "", "Switch (config)#")});
        script.append({"interface range xe0",
            answer("interface range xe0",
                "                                ^\r\n% Invalid input detected at '^' "
                "marker.\r\n\r\n",
                "Switch (config)#")});
        ScriptedConsole console(script);
        console.open();
        SwitchDialogue dialogue(&console);
        QSignalSpy finished(&dialogue, &SwitchDialogue::finished);
        dialogue.run(QStringLiteral("operator"), "secret",
            {QStringLiteral("enable"), QStringLiteral("configure"),
                QStringLiteral("interface range xe0"), QStringLiteral("shutdown"),
                QStringLiteral("exit")});
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        const auto &steps = dialogue.steps();
        QCOMPARE(steps.at(1).status, SwitchDialogue::StepStatus::Ok);
        QCOMPARE(steps.at(2).status, SwitchDialogue::StepStatus::CliError);
        QCOMPARE(steps.at(2).message, QStringLiteral("% Invalid input detected at '^' marker."));
        QCOMPARE(steps.at(3).status, SwitchDialogue::StepStatus::NotRun);
        QCOMPARE(steps.at(4).status, SwitchDialogue::StepStatus::NotRun);
        QVERIFY2(
            dialogue.errorMessage().startsWith(QStringLiteral("line 3 \"interface range xe0\"")),
            qPrintable(dialogue.errorMessage()));
        QVERIFY(!console.typed.contains("shutdown")); // nothing after the failure was typed
    }

    void aCommandWithoutAnswerTimesOut()
    {
        auto script = loginScript("operator", "secret");
        script.append({"enable", answer("enable", "", "Switch #")});
        ScriptedConsole console(script); // "show system" gets no answer
        console.open();
        SwitchDialogue dialogue(&console);
        SwitchDialogue::Timeouts t;
        t.promptMs = 200;
        dialogue.setTimeouts(t);
        QSignalSpy finished(&dialogue, &SwitchDialogue::finished);
        dialogue.run(QStringLiteral("operator"), "secret",
            {QStringLiteral("enable"), QStringLiteral("show system"), QStringLiteral("exit")});
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(dialogue.steps().at(1).status, SwitchDialogue::StepStatus::Timeout);
        QCOMPARE(dialogue.steps().at(2).status, SwitchDialogue::StepStatus::NotRun);
    }

    void saveConfigGetsTheLongTimeout()
    {
        QVERIFY(SwitchDialogue::isLongCommand(QStringLiteral("save config")));
        QVERIFY(!SwitchDialogue::isLongCommand(QStringLiteral("show system")));

        // The switch takes longer than an ordinary prompt timeout to save.
        auto script = loginScript("operator", "secret");
        script.append({"enable", answer("enable", "", "Switch #")});
        script.append({"save config",
            answer("save config",
                "Configuration saving is in progress. It may take few minutes.\r\n", "")});
        ScriptedConsole console(script);
        console.open();
        SwitchDialogue dialogue(&console);
        SwitchDialogue::Timeouts t;
        t.promptMs = 100;
        t.longCommandMs = 5000;
        dialogue.setTimeouts(t);
        QSignalSpy finished(&dialogue, &SwitchDialogue::finished);
        dialogue.run(QStringLiteral("operator"), "secret",
            {QStringLiteral("enable"), QStringLiteral("save config")});
        QTRY_COMPARE(dialogue.steps().at(1).status, SwitchDialogue::StepStatus::Running);
        QTest::qWait(300); // well past the ordinary timeout
        QCOMPARE(finished.size(), 0);
        Q_EMIT console.bytesReceived("Switch #");
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY2(finished.first().first().toBool(), qPrintable(dialogue.errorMessage()));
    }

    void wrongPasswordFailsWithAClearMessage()
    {
        ScriptedConsole console({
            {"", "\r\nlocalhost login: "},
            {"admin", "admin\r\nPassword: "},
            {"wrong", "\r\nLogin incorrect\r\nlocalhost login: "},
        });
        console.open();
        SwitchDialogue dialogue(&console);
        QSignalSpy finished(&dialogue, &SwitchDialogue::finished);
        dialogue.run(QStringLiteral("admin"), "wrong", {QStringLiteral("enable")});
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(
            dialogue.errorMessage().contains(QStringLiteral("rejected the user name or password")),
            qPrintable(dialogue.errorMessage()));
        QCOMPARE(dialogue.steps().at(0).status, SwitchDialogue::StepStatus::NotRun);
    }

    void alreadyLoggedInInConfigModeBacksOutFirst()
    {
        ScriptedConsole console({
            {"", "\r\nSwitch (config-if-range)#"},
            {"exit", answer("exit", "", "Switch (config)#")},
            {"exit", answer("exit", "", "Switch #")},
            {"show system",
                answer("show system", "MAC Address ..... 74:D4:35:E9:E2:62\r\n", "Switch #")},
        });
        console.open();
        SwitchDialogue dialogue(&console);
        QSignalSpy finished(&dialogue, &SwitchDialogue::finished);
        dialogue.run(QStringLiteral("admin"), "unused",
            {QStringLiteral("enable"), QStringLiteral("show system")});
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY2(finished.first().first().toBool(), qPrintable(dialogue.errorMessage()));
        QCOMPARE(dialogue.steps().at(0).message, QStringLiteral("already in privileged mode"));
        QCOMPARE(
            dialogue.steps().at(1).output, QStringLiteral("MAC Address ..... 74:D4:35:E9:E2:62"));
        QVERIFY(!console.typed.contains("unused")); // no login happened
    }

    void aLostConsoleFailsTheRunningStep()
    {
        auto script = loginScript("operator", "secret");
        ScriptedConsole console(script);
        console.open();
        SwitchDialogue dialogue(&console);
        QSignalSpy finished(&dialogue, &SwitchDialogue::finished);
        dialogue.run(QStringLiteral("operator"), "secret", {QStringLiteral("enable")});
        QTRY_COMPARE(dialogue.steps().at(0).status, SwitchDialogue::StepStatus::Running);
        console.lose(QStringLiteral("/dev/ttyUSB0: the serial port went away"));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(dialogue.steps().at(0).status, SwitchDialogue::StepStatus::Failed);
        QVERIFY(dialogue.errorMessage().contains(QStringLiteral("went away")));
    }

    void logoutBacksOutOfConfigurationModeWithEndThenExits()
    {
        ScriptedConsole console({
            {"", "\r\nSwitch (config-if-range)#"},
            {"end", answer("end", "", "Switch #")},
            {"exit",
                answer(
                    "exit", "\r\nWind River Linux 5.0.1.10 console\r\n\r\n", "localhost login: ")},
        });
        console.open();
        SwitchDialogue dialogue(&console);
        QSignalSpy finished(&dialogue, &SwitchDialogue::finished);
        dialogue.logout();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY2(finished.first().first().toBool(), qPrintable(dialogue.errorMessage()));
        QVERIFY(console.offScript.isEmpty());
        QCOMPARE(dialogue.steps().size(), 2);
        QCOMPARE(dialogue.steps().at(0).command, QStringLiteral("end"));
        QCOMPARE(dialogue.steps().at(1).command, QStringLiteral("exit"));
        QCOMPARE(dialogue.steps().at(1).status, SwitchDialogue::StepStatus::Ok);
    }

    void logoutFromUserModeOnlyExits()
    {
        ScriptedConsole console({
            {"", "\r\nSwitch >"},
            {"exit",
                answer(
                    "exit", "\r\nWind River Linux 5.0.1.10 console\r\n\r\n", "localhost login: ")},
        });
        console.open();
        SwitchDialogue dialogue(&console);
        QSignalSpy finished(&dialogue, &SwitchDialogue::finished);
        dialogue.logout();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY2(finished.first().first().toBool(), qPrintable(dialogue.errorMessage()));
        QCOMPARE(dialogue.steps().size(), 1);
        QCOMPARE(dialogue.steps().at(0).status, SwitchDialogue::StepStatus::Ok);
    }

    void logoutAtTheLoginPromptTypesNothingAndNeverLogsIn()
    {
        ScriptedConsole console(ScriptedConsole::Script {{"", "\r\nlocalhost login: "}});
        console.open();
        SwitchDialogue dialogue(&console);
        QSignalSpy finished(&dialogue, &SwitchDialogue::finished);
        dialogue.logout();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.first().first().toBool());
        QVERIFY(dialogue.steps().isEmpty());
        QCOMPARE(console.typed, QByteArray("\r"));
    }

    void aClosedConsoleFailsAtOnce()
    {
        ScriptedConsole console({});
        SwitchDialogue dialogue(&console);
        QSignalSpy finished(&dialogue, &SwitchDialogue::finished);
        dialogue.run(QStringLiteral("admin"), "admin", {QStringLiteral("enable")});
        QCOMPARE(finished.size(), 1);
        QVERIFY(dialogue.errorMessage().contains(QStringLiteral("not open")));
        QVERIFY(!dialogue.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestSwitchDialogue)
#include "tst_switchdialogue.moc"
