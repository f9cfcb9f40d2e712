// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

/// A byte stream to a console: a module's Serial-over-LAN, a switch module's
/// serial port. The terminal widget and the switch dialogue talk to this
/// interface only and never learn which transport is behind it.
///
/// Everything is asynchronous and runs on the thread the session lives on
/// (normally the GUI thread), which it never blocks: open() returns at once and
/// the outcome arrives through stateChanged().
///
/// States: Closed --open()--> Connecting --> Established; any of them --> Lost
/// (with a reason an operator can act on) when the connection fails or breaks;
/// close() --> Closed. A Lost or Closed session can be opened again.
class ConsoleSession : public QObject
{
    Q_OBJECT

public:
    enum class State { Connecting, Established, Lost, Closed };
    Q_ENUM(State)

    ~ConsoleSession() override;

    State state() const { return m_state; }
    /// Why the session is Lost; empty in the other states.
    QString reason() const { return m_reason; }
    /// What the session talks to, for window titles and messages:
    /// "slot 23 (127.0.1.23:1623)", "/dev/ttyUSB0".
    virtual QString description() const = 0;

    /// Starts connecting and returns at once. No effect unless Closed or Lost.
    virtual void open() = 0;
    /// Ends the session; the state becomes Closed. Data not yet sent may be lost.
    virtual void close() = 0;
    /// Queues @p data for the remote end. Returns false, and sends nothing,
    /// unless the session is Established.
    virtual bool write(const QByteArray &data) = 0;
    /// Sends a serial break (SysRq on Linux, the debugger on FreeBSD). Returns
    /// false, and sends nothing, unless Established and the transport has breaks.
    virtual bool sendBreak() { return false; }
    /// Closes the session and opens it again (after the BMC came back, or with a
    /// changed password).
    void reconnect();

    /// Translated state name for status bars and tab titles.
    static QString stateName(State state);

Q_SIGNALS:
    /// Bytes from the remote end, in order, as they arrive.
    void bytesReceived(const QByteArray &data);
    /// Every state change; @p reason is set for Lost and empty otherwise.
    void stateChanged(ConsoleSession::State state, const QString &reason);

protected:
    explicit ConsoleSession(QObject *parent = nullptr);

    /// For implementations: records the state and emits stateChanged() when
    /// state or reason changed.
    void setState(State state, const QString &reason = {});

private:
    State m_state = State::Closed;
    QString m_reason;
};
