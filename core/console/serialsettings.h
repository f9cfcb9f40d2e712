// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSerialPort>
#include <QString>

/// How to open a serial console: the switch module's defaults are the seed's
/// 115200 baud, 8 data bits, no parity, 1 stop bit, no flow control.
/// A settings dialog returns one of these; SerialSession takes it.
struct SerialSettings
{
    /// A port name as QSerialPortInfo lists it ("ttyUSB0") or a path
    /// ("/dev/cuaU0", the lab's pseudo-terminal).
    QString portName;
    qint32 baudRate = 115200;
    QSerialPort::DataBits dataBits = QSerialPort::Data8;
    QSerialPort::Parity parity = QSerialPort::NoParity;
    QSerialPort::StopBits stopBits = QSerialPort::OneStop;
    QSerialPort::FlowControl flowControl = QSerialPort::NoFlowControl;
    /// Modem lines asserted after opening, as terminal programs do. RTS is left
    /// to the port under hardware (RTS/CTS) flow control.
    bool dataTerminalReady = true;
    bool requestToSend = true;

    /// "115200 8N1", as terminal programs show it.
    QString summary() const;

    friend bool operator==(const SerialSettings &, const SerialSettings &) = default;
};
