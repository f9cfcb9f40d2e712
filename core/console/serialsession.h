// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consolesession.h"
#include "serialsettings.h"

#include <QSerialPort>

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

private:
    struct PortDeleter
    {
        void operator()(QSerialPort *port) const;
    };

    void handleError(QSerialPort::SerialPortError error);
    void lose(const QString &reason);

    SerialSettings m_settings;
    std::unique_ptr<QSerialPort, PortDeleter> m_port;
};
