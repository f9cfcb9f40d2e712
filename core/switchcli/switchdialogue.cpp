// SPDX-License-Identifier: GPL-3.0-or-later
#include "switchdialogue.h"

#include <QRegularExpression>

namespace {
const QRegularExpression &cliPrompt()
{
    static const QRegularExpression re(
        QStringLiteral("(?:^|\\n)(Switch(?: \\([\\w-]+\\))? ?[>#]) ?$"));
    return re;
}

const QRegularExpression &loginPrompt()
{
    static const QRegularExpression re(QStringLiteral("login: ?$"));
    return re;
}

const QRegularExpression &passwordPrompt()
{
    static const QRegularExpression re(QStringLiteral("Password: ?$"));
    return re;
}

QString clean(const QByteArray &data)
{
    static const QRegularExpression ansi(QStringLiteral("\\x1b\\[[0-9;?]*[A-Za-z]"));
    QString text = QString::fromUtf8(data);
    text.remove(ansi);
    text.remove(u'\r');
    return text;
}

bool isPrivileged(const QString &prompt)
{
    return prompt.endsWith(u'#');
}
} // namespace

SwitchDialogue::SwitchDialogue(ConsoleSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SwitchDialogue::onTimeout);
    connect(session, &ConsoleSession::bytesReceived, this, &SwitchDialogue::onBytes);
    connect(session, &ConsoleSession::stateChanged, this, &SwitchDialogue::onStateChanged);
}

SwitchDialogue::~SwitchDialogue() = default;

bool SwitchDialogue::isFactoryDefault(const QString &user, const QByteArray &password)
{
    return user == u"admin" && password == "admin";
}

bool SwitchDialogue::isLongCommand(const QString &command)
{
    return command.simplified().startsWith(QStringLiteral("save"));
}

QString SwitchDialogue::statusName(StepStatus status)
{
    switch (status) {
    case StepStatus::Pending:
        return tr("pending");
    case StepStatus::Running:
        return tr("running");
    case StepStatus::Ok:
        return tr("ok");
    case StepStatus::CliError:
        return tr("CLI error");
    case StepStatus::Timeout:
        return tr("timed out");
    case StepStatus::Failed:
        return tr("failed");
    case StepStatus::NotRun:
        return tr("not run");
    }
    return {};
}

void SwitchDialogue::run(
    const QString &user, const QByteArray &password, const QStringList &commands)
{
    if (isRunning() || !m_session)
        return;
    m_user = user;
    m_password = password;
    m_logoutOnly = false;
    m_steps.clear();
    for (const QString &command : commands)
        m_steps.append(Step {command.trimmed(), StepStatus::Pending, {}, {}, 0});

    if (isFactoryDefault(user, password))
        Q_EMIT warning(tr("%1: the switch still uses the factory-default login admin/admin; change "
                          "its password")
                           .arg(m_session->description()));
    begin();
}

void SwitchDialogue::logout()
{
    if (isRunning() || !m_session)
        return;
    m_user.clear();
    m_password.clear();
    m_logoutOnly = true;
    m_steps.clear(); // chosen when the prompt shows where the CLI stands
    begin();
}

void SwitchDialogue::begin()
{
    m_current = -1;
    m_wakeAttempts = 0;
    m_prompt.clear();
    m_buffer.clear();
    m_transcript.clear();
    m_error.clear();

    switch (m_session->state()) {
    case ConsoleSession::State::Established:
        wake();
        break;
    case ConsoleSession::State::Connecting:
        m_phase = Phase::WaitSession;
        arm(m_timeouts.promptMs);
        break;
    case ConsoleSession::State::Lost:
    case ConsoleSession::State::Closed:
        m_phase = Phase::Wake; // so that fail() finishes a running dialogue
        fail(tr("%1: the console is not open").arg(m_session->description()));
        break;
    }
}

void SwitchDialogue::cancel()
{
    if (isRunning())
        fail(tr("cancelled"));
}

// Typing Enter makes the switch show where it stands: a login or a CLI prompt.
void SwitchDialogue::wake()
{
    m_phase = Phase::Wake;
    m_buffer.clear();
    send("\r");
    arm(m_timeouts.promptMs);
}

void SwitchDialogue::onStateChanged(ConsoleSession::State state, const QString &reason)
{
    if (!isRunning())
        return;
    if (state == ConsoleSession::State::Established && m_phase == Phase::WaitSession) {
        wake();
    } else if (state == ConsoleSession::State::Lost || state == ConsoleSession::State::Closed) {
        fail(reason.isEmpty() ? tr("%1: the console was closed").arg(m_session->description())
                              : reason);
    }
}

void SwitchDialogue::onBytes(const QByteArray &data)
{
    const QString text = clean(data);
    m_transcript += text;
    if (!isRunning() || m_phase == Phase::WaitSession)
        return;
    m_buffer += text;
    advance();
}

bool SwitchDialogue::atCliPrompt(QString *prompt) const
{
    const auto m = cliPrompt().match(m_buffer);
    if (m.hasMatch() && prompt)
        *prompt = m.captured(1);
    return m.hasMatch();
}

bool SwitchDialogue::atLoginPrompt() const
{
    return loginPrompt().match(m_buffer).hasMatch();
}

void SwitchDialogue::advance()
{
    QString prompt;
    switch (m_phase) {
    case Phase::Idle:
    case Phase::WaitSession:
        return;
    case Phase::Wake:
        if (atLoginPrompt() && m_logoutOnly) {
            finish(true); // already logged out
        } else if (atLoginPrompt()) {
            m_phase = Phase::User;
            m_buffer.clear();
            send(m_user.toUtf8() + '\r');
            arm(m_timeouts.promptMs);
        } else if (atCliPrompt(&prompt) && m_logoutOnly) {
            m_prompt = prompt;
            if (prompt.contains(u'('))
                m_steps.append(Step {QStringLiteral("end"), StepStatus::Pending, {}, {}, 0});
            m_steps.append(Step {QStringLiteral("exit"), StepStatus::Pending, {}, {}, 0});
            startStep(0);
        } else if (atCliPrompt(&prompt)) {
            m_prompt = prompt;
            // Someone left the CLI in configuration mode: back out first.
            if (prompt.contains(u'(') && ++m_wakeAttempts <= 4) {
                m_buffer.clear();
                send("exit\r");
                arm(m_timeouts.promptMs);
            } else {
                startStep(0);
            }
        }
        return;
    case Phase::User:
        if (passwordPrompt().match(m_buffer).hasMatch()) {
            m_phase = Phase::LoggingIn;
            m_buffer.clear();
            send(m_password + '\r');
            m_password.fill('\0');
            m_password.clear();
            arm(m_timeouts.loginMs);
        }
        return;
    case Phase::LoggingIn:
        if (m_buffer.contains(QStringLiteral("Login incorrect")) || atLoginPrompt()) {
            fail(tr("%1: the switch rejected the user name or password")
                     .arg(m_session->description()));
        } else if (atCliPrompt(&prompt)) {
            m_prompt = prompt;
            startStep(0);
        }
        return;
    case Phase::Command: {
        Step &step = m_steps[m_current];
        // `exit` outside the configuration modes (`Switch >`, `Switch #`) logs out.
        const bool loggedOut
            = step.command == u"exit" && !m_prompt.contains(u'(') && atLoginPrompt();
        if (!loggedOut && !atCliPrompt(&prompt))
            return;
        // The answer: what came between the echoed command and the next prompt.
        QString answer = m_buffer;
        const qsizetype echoEnd = answer.indexOf(u'\n');
        answer = echoEnd >= 0 ? answer.mid(echoEnd + 1) : QString();
        const qsizetype tail = answer.lastIndexOf(u'\n');
        answer = tail >= 0 ? answer.left(tail) : QString();
        step.output = answer.trimmed();
        if (loggedOut) {
            m_prompt.clear();
            finishStep(StepStatus::Ok, {});
            return;
        }
        m_prompt = prompt;
        for (const QString &line : answer.split(u'\n')) {
            if (line.trimmed().startsWith(u'%')) {
                finishStep(StepStatus::CliError, line.trimmed());
                return;
            }
        }
        finishStep(StepStatus::Ok, {});
        return;
    }
    }
}

void SwitchDialogue::startStep(int index)
{
    m_phase = Phase::Command;
    m_current = index;
    if (index >= m_steps.size()) {
        finish(true);
        return;
    }
    Step &step = m_steps[index];
    step.status = StepStatus::Running;
    Q_EMIT stepStarted(index);
    m_stepClock.start();
    m_buffer.clear();
    // `enable` at a privileged prompt: already there; the CLI would only complain.
    if (step.command == u"enable" && isPrivileged(m_prompt)) {
        step.message = tr("already in privileged mode");
        finishStep(StepStatus::Ok, step.message);
        return;
    }
    send(step.command.toUtf8() + '\r');
    arm(isLongCommand(step.command) ? m_timeouts.longCommandMs : m_timeouts.promptMs);
}

void SwitchDialogue::finishStep(StepStatus status, const QString &message)
{
    m_timer.stop();
    Step &step = m_steps[m_current];
    step.status = status;
    step.message = message;
    step.elapsedMs = m_stepClock.elapsed();
    Q_EMIT stepFinished(m_current);
    if (status == StepStatus::Ok) {
        startStep(m_current + 1);
    } else {
        m_error = tr("line %1 \"%2\": %3").arg(m_current + 1).arg(step.command, message);
        for (int i = m_current + 1; i < m_steps.size(); ++i)
            m_steps[i].status = StepStatus::NotRun;
        finish(false);
    }
}

void SwitchDialogue::onTimeout()
{
    switch (m_phase) {
    case Phase::Idle:
        return;
    case Phase::WaitSession:
        fail(tr("%1: the console did not open").arg(m_session->description()));
        return;
    case Phase::Wake:
        fail(tr("%1: no login or CLI prompt within %2 s; is this the switch module's console port?")
                 .arg(m_session->description())
                 .arg(m_timeouts.promptMs / 1000.0));
        return;
    case Phase::User:
        fail(tr("%1: no password prompt after the user name").arg(m_session->description()));
        return;
    case Phase::LoggingIn:
        fail(tr("%1: no CLI prompt within %2 s of logging in")
                 .arg(m_session->description())
                 .arg(m_timeouts.loginMs / 1000.0));
        return;
    case Phase::Command: {
        const int ms = isLongCommand(m_steps[m_current].command) ? m_timeouts.longCommandMs
                                                                 : m_timeouts.promptMs;
        finishStep(StepStatus::Timeout, tr("no prompt within %1 s").arg(ms / 1000.0));
        return;
    }
    }
}

void SwitchDialogue::fail(const QString &message)
{
    if (!isRunning())
        return;
    if (m_phase == Phase::Command && m_current >= 0 && m_current < m_steps.size()) {
        m_timer.stop();
        Step &step = m_steps[m_current];
        step.status = StepStatus::Failed;
        step.message = message;
        step.elapsedMs = m_stepClock.elapsed();
        Q_EMIT stepFinished(m_current);
        m_error = tr("line %1 \"%2\": %3").arg(m_current + 1).arg(step.command, message);
        for (int i = m_current + 1; i < m_steps.size(); ++i)
            m_steps[i].status = StepStatus::NotRun;
    } else {
        m_error = message;
        for (Step &step : m_steps)
            step.status = StepStatus::NotRun;
    }
    finish(false);
}

void SwitchDialogue::finish(bool ok)
{
    m_timer.stop();
    m_phase = Phase::Idle;
    m_password.fill('\0');
    m_password.clear();
    Q_EMIT finished(ok);
}

void SwitchDialogue::send(const QByteArray &data)
{
    if (m_session)
        m_session->write(data);
}

void SwitchDialogue::arm(int ms)
{
    m_timer.start(ms);
}
