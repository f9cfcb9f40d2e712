// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include "console/consolesession.h"

/// Types commands into a DX1000 switch module's CLI the way an operator does
/// in the seed, and checks every answer.
///
/// Over any ConsoleSession (the switch's serial port, or a scripted fake in
/// tests): logs in at `localhost login:` unless a CLI prompt is already there,
/// then sends one command at a time and waits for the next prompt (`Switch >`,
/// `Switch #`, `Switch (config)#`, `Switch (config-if-range)#`) with a
/// timeout; a `% …` answer is a CLI error. It stops at the first failure; the
/// commands after it are marked not run. Long commands (`save config`, which
/// "may take few minutes") get their own timeout. Never blocks: everything
/// happens in slots on the session's thread.
class SwitchDialogue : public QObject
{
    Q_OBJECT

public:
    enum class StepStatus { Pending, Running, Ok, CliError, Timeout, Failed, NotRun };
    Q_ENUM(StepStatus)

    struct Step
    {
        QString command;
        StepStatus status = StepStatus::Pending;
        QString output; ///< what the switch printed in answer, prompt and echo removed
        QString message; ///< the CLI error or why it failed; empty when Ok
        qint64 elapsedMs = 0;
    };

    struct Timeouts
    {
        int promptMs = 15000; ///< for an ordinary command's answer
        int loginMs = 120000; ///< login: "Checking ONS status... It may take few minutes..."
        int longCommandMs = 600000; ///< `save config`
    };

    explicit SwitchDialogue(ConsoleSession *session, QObject *parent = nullptr);
    ~SwitchDialogue() override;

    void setTimeouts(const Timeouts &timeouts) { m_timeouts = timeouts; }
    Timeouts timeouts() const { return m_timeouts; }

    /// Logs in (unless already logged in) and runs @p commands. Returns at
    /// once; progress comes through the signals. The password is kept only
    /// until it has been typed.
    void run(const QString &user, const QByteArray &password, const QStringList &commands);
    /// Leaves the switch logged out from wherever the CLI is: `end` out of a
    /// configuration mode, then `exit`; nothing when it already shows the login
    /// prompt. For after a failed run, which can stop in a configuration mode.
    /// Returns at once; steps() are then the commands typed, and finished()
    /// reports the outcome as for run().
    void logout();
    /// Stops after the current command; it and the rest are marked accordingly.
    void cancel();

    bool isRunning() const { return m_phase != Phase::Idle; }
    const QList<Step> &steps() const { return m_steps; }
    /// Everything the switch printed during the run (control sequences removed).
    QString transcript() const { return m_transcript; }
    /// Why the run failed; empty when it succeeded or still runs.
    QString errorMessage() const { return m_error; }

    static bool isFactoryDefault(const QString &user, const QByteArray &password);
    /// Commands that need the long timeout.
    static bool isLongCommand(const QString &command);
    static QString statusName(StepStatus status);

Q_SIGNALS:
    /// Something the operator should know that does not stop the run, such as
    /// factory-default credentials.
    void warning(const QString &message);
    void stepStarted(int index);
    void stepFinished(int index);
    void finished(bool ok);

private:
    enum class Phase { Idle, WaitSession, Wake, User, LoggingIn, Command };

    void onBytes(const QByteArray &data);
    void onStateChanged(ConsoleSession::State state, const QString &reason);
    void onTimeout();
    void advance();
    void begin();
    void wake();
    void startStep(int index);
    void finishStep(StepStatus status, const QString &message);
    void fail(const QString &message);
    void finish(bool ok);
    void send(const QByteArray &data);
    void arm(int ms);
    bool atCliPrompt(QString *prompt = nullptr) const;
    bool atLoginPrompt() const;

    QPointer<ConsoleSession> m_session;
    Timeouts m_timeouts;
    Phase m_phase = Phase::Idle;
    QString m_user;
    QByteArray m_password;
    bool m_logoutOnly = false; ///< logout(): never log in; choose the commands at the prompt
    QList<Step> m_steps;
    int m_current = -1;
    int m_wakeAttempts = 0;
    QString m_prompt; ///< the CLI prompt last seen
    QString m_buffer; ///< received since the last thing typed
    QString m_transcript;
    QString m_error;
    QTimer m_timer;
    QElapsedTimer m_stepClock;
};
