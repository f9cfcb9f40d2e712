// SPDX-License-Identifier: GPL-3.0-or-later
#include "serialsettingsstore.h"

#include <QSettings>

namespace {
constexpr int MaxRecent = 10;

// A port path is not a valid QSettings key ("/" nests groups): encode it.
QString keyFor(const QString &portName)
{
    return QString::fromLatin1(portName.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}
} // namespace

SerialSettings SerialSettingsStore::load(QSettings &settings, const QString &portName)
{
    SerialSettings serial;
    serial.portName = portName;
    settings.beginGroup(QStringLiteral("serial/ports/") + keyFor(portName));
    serial.baudRate = settings.value(QStringLiteral("baudRate"), serial.baudRate).toInt();
    serial.dataBits = QSerialPort::DataBits(settings.value(QStringLiteral("dataBits"), int(serial.dataBits)).toInt());
    serial.parity = QSerialPort::Parity(settings.value(QStringLiteral("parity"), int(serial.parity)).toInt());
    serial.stopBits = QSerialPort::StopBits(settings.value(QStringLiteral("stopBits"), int(serial.stopBits)).toInt());
    serial.flowControl
        = QSerialPort::FlowControl(settings.value(QStringLiteral("flowControl"), int(serial.flowControl)).toInt());
    serial.dataTerminalReady = settings.value(QStringLiteral("dtr"), serial.dataTerminalReady).toBool();
    serial.requestToSend = settings.value(QStringLiteral("rts"), serial.requestToSend).toBool();
    settings.endGroup();
    return serial;
}

void SerialSettingsStore::save(QSettings &settings, const SerialSettings &serial)
{
    settings.beginGroup(QStringLiteral("serial/ports/") + keyFor(serial.portName));
    settings.setValue(QStringLiteral("baudRate"), serial.baudRate);
    settings.setValue(QStringLiteral("dataBits"), int(serial.dataBits));
    settings.setValue(QStringLiteral("parity"), int(serial.parity));
    settings.setValue(QStringLiteral("stopBits"), int(serial.stopBits));
    settings.setValue(QStringLiteral("flowControl"), int(serial.flowControl));
    settings.setValue(QStringLiteral("dtr"), serial.dataTerminalReady);
    settings.setValue(QStringLiteral("rts"), serial.requestToSend);
    settings.endGroup();

    QStringList recent = recentPorts(settings);
    recent.removeAll(serial.portName);
    recent.prepend(serial.portName);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("serial/recentPorts"), recent);
}

QStringList SerialSettingsStore::recentPorts(QSettings &settings)
{
    return settings.value(QStringLiteral("serial/recentPorts")).toStringList();
}
