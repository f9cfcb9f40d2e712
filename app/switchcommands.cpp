// SPDX-License-Identifier: GPL-3.0-or-later
#include "switchcommands.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>
#include <QTimer>

#include "chassis/chassisprofile.h"
#include "console/serialsession.h"
#include "dxctloptions.h"
#include "passwordsource.h"
#include "switchcli/showsystem.h"
#include "switchcli/switchdialogue.h"
#include "switchcli/switchmacstore.h"

namespace {
const QString PasswordVariable = QStringLiteral("DXCTL_SWITCH_PASSWORD");

struct ScriptLine
{
    int line = 0; ///< 1-based line in the script file
    QString command;
};
} // namespace

SwitchCommands::SwitchCommands(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

bool SwitchCommands::handles(const QStringList &arguments)
{
    return arguments.size() > 1 && arguments.at(1) == u"switch";
}

QString SwitchCommands::help()
{
    return tr("  switch run SCRIPT --port PATH [--baud N] [--user U] [--password-file F | -E]\n"
              "                                     Log in to a switch module's serial console and "
              "run SCRIPT's lines.\n"
              "  switch show-system --port PATH [...] [--inventory FILE --enclosure NAME]\n"
              "                                     Print `show system` and the derived ONS and CMM "
              "MACs.\n");
}

int SwitchCommands::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption portOption(QStringLiteral("port"),
        tr("Serial port of the switch module (e.g. /dev/ttyUSB0)."), tr("PATH"));
    const QCommandLineOption baudOption(QStringLiteral("baud"), tr("Speed (default 115200)."),
        tr("N"), QStringLiteral("115200"));
    const QCommandLineOption userOption(QStringLiteral("user"), tr("Login (default admin)."),
        tr("USER"), QStringLiteral("admin"));
    const QCommandLineOption passwordFileOption = DxctlOptions::passwordFile();
    const QCommandLineOption envOption = DxctlOptions::passwordFromEnvironment(PasswordVariable);
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
        tr("Seconds to wait for each prompt (default 15)."), tr("S"), QStringLiteral("15"));
    const QCommandLineOption saveTimeoutOption(QStringLiteral("save-timeout"),
        tr("Seconds to wait for `save config` (default 600)."), tr("S"), QStringLiteral("600"));
    const QCommandLineOption inventoryOption(QStringLiteral("inventory"),
        tr("show-system: store the switch's MACs in this inventory."), tr("FILE"));
    const QCommandLineOption enclosureOption(QStringLiteral("enclosure"),
        tr("show-system: the enclosure the switch belongs to."), tr("NAME"));
    const QCommandLineOption positionOption(QStringLiteral("position"),
        tr("show-system: switch module 1 or 2 (default 1)."), tr("N"), QStringLiteral("1"));
    parser.addOptions({portOption, baudOption, userOption, passwordFileOption, envOption,
        timeoutOption, saveTimeoutOption, inventoryOption, enclosureOption, positionOption});
    parser.addHelpOption();

    QStringList args = arguments;
    args.removeAt(1); // "switch"
    if (!parser.parse(args)) {
        m_err << "dxctl: " << parser.errorText() << '\n';
        return 2;
    }
    const QStringList positional = parser.positionalArguments();
    const QString sub = positional.value(0);
    if (parser.isSet(QStringLiteral("help")) || sub.isEmpty()) {
        (sub.isEmpty() && !parser.isSet(QStringLiteral("help")) ? m_err : m_out) << help();
        return sub.isEmpty() && !parser.isSet(QStringLiteral("help")) ? 2 : 0;
    }
    if (sub != u"run" && sub != u"show-system") {
        m_err << tr("dxctl: unknown switch command \"%1\"").arg(sub) << '\n' << help();
        return 2;
    }
    if (!parser.isSet(portOption)) {
        m_err << tr("dxctl: switch %1 needs --port PATH").arg(sub) << '\n';
        return 2;
    }
    bool ok = false;
    SerialSettings settings;
    settings.portName = parser.value(portOption);
    settings.baudRate = parser.value(baudOption).toInt(&ok);
    if (!ok || settings.baudRate <= 0) {
        m_err << tr("dxctl: --baud %1 is not a speed").arg(parser.value(baudOption)) << '\n';
        return 2;
    }
    SwitchDialogue::Timeouts timeouts;
    const double promptSeconds = parser.value(timeoutOption).toDouble(&ok);
    if (!ok || promptSeconds <= 0) {
        m_err << tr("dxctl: --timeout %1 is not a number of seconds").arg(parser.value(timeoutOption)) << '\n';
        return 2;
    }
    const double saveSeconds = parser.value(saveTimeoutOption).toDouble(&ok);
    if (!ok || saveSeconds <= 0) {
        m_err << tr("dxctl: --save-timeout %1 is not a number of seconds").arg(parser.value(saveTimeoutOption))
              << '\n';
        return 2;
    }
    timeouts.promptMs = int(promptSeconds * 1000);
    timeouts.longCommandMs = int(saveSeconds * 1000);

    // The commands to type.
    QList<ScriptLine> script;
    QString scriptName;
    if (sub == u"run") {
        if (positional.size() != 2) {
            m_err << tr("dxctl: switch run needs one SCRIPT file (- for standard input)") << '\n';
            return 2;
        }
        scriptName = positional.at(1);
        QFile file;
        const bool opened = scriptName == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                               : (file.setFileName(scriptName), file.open(QIODevice::ReadOnly));
        if (!opened) {
            m_err << tr("dxctl: %1: %2").arg(scriptName, file.errorString()) << '\n';
            return 2;
        }
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        for (int i = 0; i < lines.size(); ++i) {
            const QString command = lines.at(i).trimmed();
            if (!command.isEmpty() && !command.startsWith(u'#'))
                script.append({i + 1, command});
        }
        if (script.isEmpty()) {
            m_err << tr("dxctl: %1: no commands in the script").arg(scriptName) << '\n';
            return 2;
        }
    } else {
        if (parser.isSet(inventoryOption) != parser.isSet(enclosureOption)) {
            m_err << tr("dxctl: --inventory and --enclosure go together") << '\n';
            return 2;
        }
        script = {{0, QStringLiteral("enable")}, {0, QStringLiteral("show system")},
            {0, QStringLiteral("exit")}};
    }

    PasswordSource source;
    source.file = parser.value(passwordFileOption);
    source.fromEnvironment = parser.isSet(envOption);
    source.environmentVariable = PasswordVariable;
    source.prompt = tr("Password for %1 on %2: ").arg(parser.value(userOption), settings.portName);
    QString error;
    const auto password = source.read(&error,
        m_promptAnswer ? std::function([this](const QString &) { return m_promptAnswer; })
                       : std::function<std::optional<QByteArray>(const QString &)>());
    if (!password) {
        m_err << "dxctl: " << error << '\n';
        return 2;
    }

    // Open the port and run the dialogue; the event loop turns until it ends.
    SerialSession session(settings);
    SwitchDialogue dialogue(&session);
    dialogue.setTimeouts(timeouts);
    QEventLoop loop;
    QTimer openTimeout;
    openTimeout.setSingleShot(true);
    QObject::connect(&dialogue, &SwitchDialogue::warning, &loop,
        [this](const QString &message) { m_err << tr("dxctl: warning: %1").arg(message) << '\n'; });
    QObject::connect(&dialogue, &SwitchDialogue::finished, &loop, &QEventLoop::quit);
    if (sub == u"run") {
        QObject::connect(&session, &ConsoleSession::bytesReceived, &loop, [this](const QByteArray &data) {
            m_out << QString::fromUtf8(data).remove(u'\r');
            m_out.flush();
        });
    }
    QStringList commands;
    for (const ScriptLine &line : std::as_const(script))
        commands.append(line.command);
    QObject::connect(&session, &ConsoleSession::stateChanged, &loop,
        [&](ConsoleSession::State state, const QString &) {
            if (state == ConsoleSession::State::Established && !dialogue.isRunning())
                dialogue.run(parser.value(userOption), *password, commands);
            else if (state == ConsoleSession::State::Lost && !dialogue.isRunning())
                loop.quit();
        });
    session.open(); // a serial port opens at once; the dialogue then runs in the loop
    if (session.state() == ConsoleSession::State::Connecting || dialogue.isRunning())
        loop.exec();

    // A failed line can leave the switch logged in, even in a configuration
    // mode: log it out for whoever uses the console next, and say so.
    bool loggedIn = false;
    for (const auto &step : dialogue.steps()) {
        if (step.status != SwitchDialogue::StepStatus::NotRun
            && step.status != SwitchDialogue::StepStatus::Pending)
            loggedIn = true;
    }
    if (!dialogue.errorMessage().isEmpty() && loggedIn
        && session.state() == ConsoleSession::State::Established) {
        m_out << '\n' << tr("[dxctl: after the failure, logging out of the switch (end, exit)]") << '\n';
        m_out.flush();
        SwitchDialogue logout(&session);
        logout.setTimeouts(timeouts);
        QObject::connect(&logout, &SwitchDialogue::finished, &loop, &QEventLoop::quit);
        logout.logout();
        if (logout.isRunning())
            loop.exec();
        m_out << '\n'
              << (logout.errorMessage().isEmpty()
                         ? tr("[dxctl: logged out; the switch shows its login prompt]")
                         : tr("[dxctl: could not log out of the switch: %1]").arg(logout.errorMessage()))
              << '\n';
    }
    const QString lostReason = session.reason();
    session.close();

    const bool completed = !dialogue.steps().isEmpty()
        && dialogue.steps().last().status == SwitchDialogue::StepStatus::Ok;
    if (dialogue.errorMessage().isEmpty() && !completed) {
        // The port never opened, so the dialogue never started.
        m_err << "dxctl: "
              << (lostReason.isEmpty() ? tr("%1: the serial port did not open").arg(settings.portName)
                                       : lostReason)
              << '\n';
        return 1;
    }
    if (!dialogue.errorMessage().isEmpty()) {
        m_out << '\n';
        const auto &steps = dialogue.steps();
        QString where;
        for (int i = 0; i < steps.size(); ++i) {
            const auto status = steps.at(i).status;
            if (status != SwitchDialogue::StepStatus::Ok && status != SwitchDialogue::StepStatus::NotRun) {
                if (!scriptName.isEmpty())
                    where = QStringLiteral("%1:%2: \"%3\": ").arg(scriptName).arg(script.at(i).line).arg(steps.at(i).command);
                m_err << "dxctl: " << where << steps.at(i).message << '\n';
                return 1;
            }
        }
        m_err << "dxctl: " << dialogue.errorMessage() << '\n';
        return 1;
    }
    if (sub == u"run")
        return 0;

    // show-system
    const auto parsed = ShowSystemParser::parse(dialogue.steps().at(1).output);
    for (const QString &problem : parsed.problems)
        m_err << tr("dxctl: warning: show system: %1").arg(problem) << '\n';
    int width = 0;
    for (const auto &field : parsed.info.fields)
        width = std::max(width, int(field.first.size()));
    const QString onsLabel = tr("ONS MAC (derived)");
    const QString cmmLabel = tr("CMM MAC (derived)");
    width = std::max({width, int(onsLabel.size()), int(cmmLabel.size())});
    for (const auto &field : parsed.info.fields)
        m_out << field.first.leftJustified(width + 2) << field.second << '\n';
    if (!parsed.ok) {
        m_err << tr("dxctl: show system did not give the switch's MAC address") << '\n';
        return 1;
    }
    const MacRule &rule = ChassisProfile::dx1000().macRule;
    const MacAddress system = parsed.info.systemMac();
    m_out << onsLabel.leftJustified(width + 2) << rule.onsMac(system).toString() << '\n'
          << cmmLabel.leftJustified(width + 2) << rule.cmmMac(system).toString() << '\n';

    if (parser.isSet(inventoryOption)) {
        const QString path = parser.value(inventoryOption);
        const int position = parser.value(positionOption).toInt();
        const QString storeError = SwitchMacStore::store(
            path, SwitchMacRecord {parser.value(enclosureOption), position, settings.portName, system});
        if (!storeError.isEmpty()) {
            m_err << "dxctl: " << storeError << '\n';
            return 1;
        }
        m_out << tr("Stored switch %1's MAC and the CMM MAC in %2 (enclosure %3).")
                     .arg(position)
                     .arg(path, parser.value(enclosureOption))
              << '\n';
    }
    return 0;
}
