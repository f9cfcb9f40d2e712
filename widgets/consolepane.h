// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "console/consolesession.h"
#include "console/sessionlog.h"

#include <memory>

#include <QFrame>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class TerminalWidget;

/// One console in a ConsoleWindow: a title bar (slot, host name, state), the
/// terminal, a bar with the reason and a Reconnect button when the session is
/// lost, and a find bar. Connects the terminal to its session; what the operator
/// types leaves through typed(), so that the window can send it to several
/// consoles at once.
class ConsolePane : public QFrame
{
    Q_OBJECT

public:
    ConsolePane(int slotNumber, const QString &title, QWidget *parent = nullptr);
    ~ConsolePane() override;

    int slotNumber() const { return m_slotNumber; }
    /// "slot 23 · dx1000s23"
    QString title() const { return m_title; }
    ConsoleSession *session() const { return m_session; }
    TerminalWidget *terminal() const { return m_terminal; }

    /// Takes @p session (replacing and deleting the previous one) and opens it.
    void setSession(std::unique_ptr<ConsoleSession> session);

    /// Whether this console receives what is typed in "type into all" mode.
    bool isBroadcastTarget() const;
    void setBroadcastTarget(bool on);
    /// Shows (or hides) this pane's part of "type into all" mode: the checkbox,
    /// and a highlighted frame while it is a target.
    void setBroadcastMode(bool on);

    /// The reason shown in the error bar; empty while it is hidden.
    QString errorText() const;

    /// Starts writing what this console receives to a file (across reconnects).
    /// Returns false, with the reason in @p error, when the file cannot be written.
    bool startLog(const SessionLog::Settings &settings, QString *error);
    void stopLog();
    bool isLogging() const { return m_log != nullptr; }

public Q_SLOTS:
    void showFindBar();

Q_SIGNALS:
    /// Bytes the operator typed (or pasted) into this console's terminal.
    void typed(const QByteArray &bytes);
    /// The operator asked to reconnect (button or window action).
    void reconnectRequested(ConsolePane *pane);
    /// The session's state changed; the window updates titles.
    void stateChanged(ConsolePane *pane);

private:
    void updateState();
    void updateFrame();
    void findNext(bool backwards);

    int m_slotNumber;
    QString m_title;
    ConsoleSession *m_session = nullptr; // owned (child)
    bool m_broadcastMode = false;
    std::unique_ptr<SessionLog> m_log;

    QLabel *m_titleLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    QCheckBox *m_broadcastBox = nullptr;
    QWidget *m_errorBar = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_reconnectButton = nullptr;
    TerminalWidget *m_terminal = nullptr;
    QWidget *m_findBar = nullptr;
    QLineEdit *m_findEdit = nullptr;
    QLabel *m_findStatus = nullptr;
};
