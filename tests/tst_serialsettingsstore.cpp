// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/serialsettingsstore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestSerialSettingsStore : public QObject
{
    Q_OBJECT

private slots:
    void anUnknownPortGetsTheSwitchModuleDefaults()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        const SerialSettings s = SerialSettingsStore::load(settings, QStringLiteral("/dev/ttyUSB0"));
        QCOMPARE(s.portName, QStringLiteral("/dev/ttyUSB0"));
        QCOMPARE(s.baudRate, 115200);
        QCOMPARE(s.summary(), QStringLiteral("115200 8N1"));
        QCOMPARE(s.flowControl, QSerialPort::NoFlowControl);
    }

    void settingsAreRememberedPerPortPathsIncluded()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.ini"));
        SerialSettings usb;
        usb.portName = QStringLiteral("/dev/ttyUSB0");
        usb.baudRate = 9600;
        usb.parity = QSerialPort::EvenParity;
        usb.flowControl = QSerialPort::SoftwareControl;
        usb.dataTerminalReady = false;
        SerialSettings cua;
        cua.portName = QStringLiteral("/dev/cuaU0");
        {
            QSettings settings(file, QSettings::IniFormat);
            SerialSettingsStore::save(settings, usb);
            SerialSettingsStore::save(settings, cua);
        }
        QSettings settings(file, QSettings::IniFormat);
        QCOMPARE(SerialSettingsStore::load(settings, usb.portName), usb);
        QCOMPARE(SerialSettingsStore::load(settings, cua.portName), cua);
        QCOMPARE(SerialSettingsStore::recentPorts(settings),
                 (QStringList{QStringLiteral("/dev/cuaU0"), QStringLiteral("/dev/ttyUSB0")}));
    }

    void recentPortsMoveToTheFrontAndStayFew()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        for (int i = 0; i < 12; ++i) {
            SerialSettings s;
            s.portName = QStringLiteral("/dev/ttyUSB%1").arg(i);
            SerialSettingsStore::save(settings, s);
        }
        SerialSettings again;
        again.portName = QStringLiteral("/dev/ttyUSB5");
        SerialSettingsStore::save(settings, again);
        const QStringList recent = SerialSettingsStore::recentPorts(settings);
        QCOMPARE(recent.size(), 10);
        QCOMPARE(recent.first(), QStringLiteral("/dev/ttyUSB5"));
        QCOMPARE(recent.count(QStringLiteral("/dev/ttyUSB5")), 1);
    }
};

QTEST_GUILESS_MAIN(TestSerialSettingsStore)
#include "tst_serialsettingsstore.moc"
