// SPDX-License-Identifier: GPL-3.0-or-later
#include "serialsession.h"

#include <QTimer>

void SerialSession::PortDeleter::operator()(QSerialPort *port) const
{
    // The port may be the sender of the signal being handled; delete it later.
    port->disconnect();
    if (port->isOpen())
        port->close();
    port->deleteLater();
}

SerialSession::SerialSession(SerialSettings settings, QObject *parent)
    : ConsoleSession(parent)
    , m_settings(std::move(settings))
{
    m_retryTimer.setInterval(1000);
    connect(&m_retryTimer, &QTimer::timeout, this, &SerialSession::retry);
}

SerialSession::~SerialSession() = default;

QString SerialSession::description() const
{
    return m_settings.portName;
}

void SerialSession::open()
{
    if (state() == State::Connecting || state() == State::Established)
        return;
    m_retryTimer.stop();
    setState(State::Connecting);
    QString error;
    if (openPort(&error))
        setState(State::Established);
    else
        lose(error);
}

bool SerialSession::openPort(QString *error)
{
    m_port.reset(new QSerialPort);
    m_port->setPortName(m_settings.portName);
    m_port->setBaudRate(m_settings.baudRate);
    m_port->setDataBits(m_settings.dataBits);
    m_port->setParity(m_settings.parity);
    m_port->setStopBits(m_settings.stopBits);
    m_port->setFlowControl(m_settings.flowControl);
    if (!m_port->open(QIODevice::ReadWrite)) {
        *error = tr("%1: cannot open the serial port: %2").arg(m_settings.portName, m_port->errorString());
        m_port.reset();
        return false;
    }
    // Pseudo-terminals have no modem lines; the port then reports an
    // UnsupportedOperationError, which handleError() ignores.
    m_port->setDataTerminalReady(m_settings.dataTerminalReady);
    if (m_settings.flowControl != QSerialPort::HardwareControl)
        m_port->setRequestToSend(m_settings.requestToSend);
    connect(m_port.get(), &QSerialPort::readyRead, this, [this] {
        const QByteArray data = m_port->readAll();
        if (!data.isEmpty())
            Q_EMIT bytesReceived(data);
    });
    connect(m_port.get(), &QSerialPort::errorOccurred, this, &SerialSession::handleError);
    return true;
}

void SerialSession::setAutoReconnect(bool enabled, int intervalMs)
{
    m_autoReconnect = enabled;
    m_retryTimer.setInterval(intervalMs);
    if (!enabled)
        m_retryTimer.stop();
    else if (state() == State::Lost)
        m_retryTimer.start();
}

// Retries quietly: the session stays Lost, with its reason, until the port opens.
void SerialSession::retry()
{
    if (state() != State::Lost)
        return;
    QString error;
    if (openPort(&error)) {
        m_retryTimer.stop();
        setState(State::Established);
    }
}

void SerialSession::handleError(QSerialPort::SerialPortError error)
{
    switch (error) {
    case QSerialPort::NoError:
    case QSerialPort::TimeoutError: // only from the blocking waitFor...() calls
    case QSerialPort::UnsupportedOperationError: // a setting the device ignores, e.g. on a pty
        return;
    case QSerialPort::ResourceError:
        lose(tr("%1: the serial port went away (%2); check the cable or adapter")
                 .arg(m_settings.portName, m_port->errorString()));
        return;
    case QSerialPort::ReadError:
        // A port that vanished often reads as end of file, which Qt reports as a
        // read error with a stale system message; do not show that message.
        lose(tr("%1: the serial port went away (it can no longer be read); check the cable or "
                "adapter, or the program serving the port")
                 .arg(m_settings.portName));
        return;
    default:
        lose(tr("%1: serial port error: %2").arg(m_settings.portName, m_port->errorString()));
        return;
    }
}

bool SerialSession::sendBreak()
{
    if (state() != State::Established || !m_port)
        return false;
    m_port->setBreakEnabled(true);
    QTimer::singleShot(250, this, [this] {
        if (m_port)
            m_port->setBreakEnabled(false);
    });
    return true;
}

void SerialSession::setDataTerminalReady(bool on)
{
    m_settings.dataTerminalReady = on;
    if (m_port)
        m_port->setDataTerminalReady(on);
}

void SerialSession::setRequestToSend(bool on)
{
    m_settings.requestToSend = on;
    if (m_port && m_settings.flowControl != QSerialPort::HardwareControl)
        m_port->setRequestToSend(on);
}

bool SerialSession::write(const QByteArray &data)
{
    if (state() != State::Established || !m_port)
        return false;
    return m_port->write(data) == data.size();
}

void SerialSession::close()
{
    m_retryTimer.stop();
    m_port.reset();
    setState(State::Closed);
}

void SerialSession::lose(const QString &reason)
{
    m_port.reset();
    setState(State::Lost, reason);
    if (m_autoReconnect)
        m_retryTimer.start();
}
