// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consolesession.h"
#include "serialsettings.h"

#include <QSerialPort>
#include <QTimer>

#include <memory>

/// A console on a serial port (Qt SerialPort): the switch module's console
/// at 115200 8N1, a USB adapter, or the lab's pseudo-terminal.
///
/// Opening a local port does not wait on the network, so open() settles at
/// once: Established, or Lost with the system's reason. A port that goes away
/// while open (USB unplugged, the lab stopped) makes the session Lost.
class SerialSession final : public ConsoleSession
{
    Q_OBJECT

public:
    explicit SerialSession(SerialSettings settings, QObject *parent = nullptr);
    ~SerialSession() override;

    QString description() const override;
    void open() override;
    void close() override;
    bool write(const QByteArray &data) override;

    const SerialSettings &settings() const { return m_settings; }
    /// Holds the line in the break state for 250 ms (e.g. to reach a boot
    /// loader); nothing happens on ports without a break condition.
    bool sendBreak() override;
    /// Asserts or drops DTR / RTS now (if open) and on every later opening.
    /// RTS is left to the port under hardware flow control.
    void setDataTerminalReady(bool on);
    void setRequestToSend(bool on);

    /// When the port goes away (USB unplugged, the lab stopped), try to open it
    /// again every @p intervalMs until it is back; the session stays Lost with
    /// its reason meanwhile and becomes Established when the port returns.
    void setAutoReconnect(bool enabled, int intervalMs = 1000);
    bool autoReconnect() const { return m_autoReconnect; }

private:
    struct PortDeleter
    {
        void operator()(QSerialPort *port) const;
    };

    bool openPort(QString *error);
    void retry();
    void handleError(QSerialPort::SerialPortError error);
    void lose(const QString &reason);

    SerialSettings m_settings;
    std::unique_ptr<QSerialPort, PortDeleter> m_port;
    bool m_autoReconnect = false;
    QTimer m_retryTimer;
};
