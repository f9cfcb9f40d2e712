// SPDX-License-Identifier: GPL-3.0-or-later
#include "serialsettings.h"

QString SerialSettings::summary() const
{
    QChar parityLetter = u'N';
    switch (parity) {
    case QSerialPort::EvenParity:
        parityLetter = u'E';
        break;
    case QSerialPort::OddParity:
        parityLetter = u'O';
        break;
    case QSerialPort::SpaceParity:
        parityLetter = u'S';
        break;
    case QSerialPort::MarkParity:
        parityLetter = u'M';
        break;
    case QSerialPort::NoParity:
        break;
    }
    QString stop = QStringLiteral("1");
    if (stopBits == QSerialPort::OneAndHalfStop)
        stop = QStringLiteral("1.5");
    else if (stopBits == QSerialPort::TwoStop)
        stop = QStringLiteral("2");
    return QStringLiteral("%1 %2%3%4")
        .arg(
            QString::number(baudRate), QString::number(int(dataBits)), QString(parityLetter), stop);
}
