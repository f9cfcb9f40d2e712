// SPDX-License-Identifier: GPL-3.0-or-later
#include "serialsettingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSerialPortInfo>
#include <QSettings>
#include <QVBoxLayout>

#include "console/serialsettingsstore.h"

namespace {
template<typename T>
void selectData(QComboBox *combo, T value)
{
    const int index = combo->findData(QVariant::fromValue(int(value)));
    if (index >= 0)
        combo->setCurrentIndex(index);
}

template<typename T>
T currentData(const QComboBox *combo)
{
    return T(combo->currentData().toInt());
}
} // namespace

SerialSettingsDialog::SerialSettingsDialog(QSettings *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("Serial Port Settings"));

    m_port = new QComboBox;
    m_port->setEditable(true);
    m_port->setInsertPolicy(QComboBox::NoInsert);
    m_port->setMinimumContentsLength(24);
    m_port->lineEdit()->setPlaceholderText(tr("/dev/ttyUSB0"));
    auto *refresh = new QPushButton(tr("&Refresh"));
    connect(refresh, &QPushButton::clicked, this, &SerialSettingsDialog::refreshPorts);
    auto *portRow = new QHBoxLayout;
    portRow->addWidget(m_port, 1);
    portRow->addWidget(refresh);
    m_portInfo = new QLabel;
    m_portInfo->setWordWrap(true);
    m_portInfo->setForegroundRole(QPalette::PlaceholderText);

    m_baud = new QComboBox;
    m_baud->setEditable(true);
    m_baud->setValidator(new QIntValidator(50, 4000000, m_baud));
    for (int rate : {9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600})
        m_baud->addItem(QString::number(rate));

    m_dataBits = new QComboBox;
    for (auto bits : {QSerialPort::Data5, QSerialPort::Data6, QSerialPort::Data7, QSerialPort::Data8})
        m_dataBits->addItem(QString::number(int(bits)), int(bits));
    m_parity = new QComboBox;
    m_parity->addItem(tr("None"), int(QSerialPort::NoParity));
    m_parity->addItem(tr("Even"), int(QSerialPort::EvenParity));
    m_parity->addItem(tr("Odd"), int(QSerialPort::OddParity));
    m_parity->addItem(tr("Mark"), int(QSerialPort::MarkParity));
    m_parity->addItem(tr("Space"), int(QSerialPort::SpaceParity));
    m_stopBits = new QComboBox;
    m_stopBits->addItem(QStringLiteral("1"), int(QSerialPort::OneStop));
    m_stopBits->addItem(QStringLiteral("2"), int(QSerialPort::TwoStop));
    m_flow = new QComboBox;
    m_flow->addItem(tr("None"), int(QSerialPort::NoFlowControl));
    m_flow->addItem(tr("RTS/CTS (hardware)"), int(QSerialPort::HardwareControl));
    m_flow->addItem(tr("XON/XOFF (software)"), int(QSerialPort::SoftwareControl));
    m_dtr = new QCheckBox(tr("Assert &DTR"));
    m_rts = new QCheckBox(tr("Assert &RTS"));
    connect(m_flow, &QComboBox::currentIndexChanged, this,
            [this] { m_rts->setEnabled(currentData<QSerialPort::FlowControl>(m_flow) != QSerialPort::HardwareControl); });

    m_error = new QLabel;
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Port:"), portRow);
    form->addRow(QString(), m_portInfo);
    form->addRow(tr("&Speed (baud):"), m_baud);
    form->addRow(tr("D&ata bits:"), m_dataBits);
    form->addRow(tr("Pa&rity:"), m_parity);
    form->addRow(tr("S&top bits:"), m_stopBits);
    form->addRow(tr("&Flow control:"), m_flow);
    form->addRow(QString(), m_dtr);
    form->addRow(QString(), m_rts);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                         | QDialogButtonBox::RestoreDefaults);
    connect(buttons, &QDialogButtonBox::accepted, this, &SerialSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SerialSettingsDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        SerialSettings defaults;
        defaults.portName = m_port->currentText().trimmed();
        setSettings(defaults);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    refreshPorts();
    connect(m_port, &QComboBox::textActivated, this, &SerialSettingsDialog::portChosen);
    connect(m_port->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { portChosen(m_port->currentText().trimmed()); });
    setSettings(SerialSettings());
}

void SerialSettingsDialog::refreshPorts()
{
    const QString current = m_port->currentText();
    m_port->clear();
    QStringList seen;
    // The ports used before first: an operator's usual adapter or the lab's pty.
    if (m_store) {
        for (const QString &port : SerialSettingsStore::recentPorts(*m_store)) {
            m_port->addItem(port);
            seen.append(port);
        }
    }
    for (const QSerialPortInfo &info : QSerialPortInfo::availablePorts()) {
        if (seen.contains(info.systemLocation()))
            continue;
        m_port->addItem(info.systemLocation());
        seen.append(info.systemLocation());
    }
    m_port->setCurrentText(current);
    updateInfo();
}

void SerialSettingsDialog::portChosen(const QString &port)
{
    if (!port.isEmpty() && m_store)
        setSettings(SerialSettingsStore::load(*m_store, port));
    updateInfo();
}

void SerialSettingsDialog::updateInfo()
{
    const QString port = m_port->currentText().trimmed();
    for (const QSerialPortInfo &info : QSerialPortInfo::availablePorts()) {
        if (info.systemLocation() == port || info.portName() == port) {
            QStringList parts;
            if (!info.description().isEmpty())
                parts << info.description();
            if (!info.manufacturer().isEmpty())
                parts << info.manufacturer();
            if (!info.serialNumber().isEmpty())
                parts << tr("serial number %1").arg(info.serialNumber());
            m_portInfo->setText(parts.join(QStringLiteral(" · ")));
            return;
        }
    }
    m_portInfo->setText(port.isEmpty() ? QString() : tr("Not in the system's list of ports; it will be opened by path."));
}

void SerialSettingsDialog::setSettings(const SerialSettings &settings)
{
    m_port->setCurrentText(settings.portName);
    m_baud->setCurrentText(QString::number(settings.baudRate));
    selectData(m_dataBits, settings.dataBits);
    selectData(m_parity, settings.parity);
    selectData(m_stopBits, settings.stopBits);
    selectData(m_flow, settings.flowControl);
    m_dtr->setChecked(settings.dataTerminalReady);
    m_rts->setChecked(settings.requestToSend);
    updateInfo();
}

SerialSettings SerialSettingsDialog::settings() const
{
    SerialSettings s;
    s.portName = m_port->currentText().trimmed();
    s.baudRate = m_baud->currentText().toInt();
    s.dataBits = currentData<QSerialPort::DataBits>(m_dataBits);
    s.parity = currentData<QSerialPort::Parity>(m_parity);
    s.stopBits = currentData<QSerialPort::StopBits>(m_stopBits);
    s.flowControl = currentData<QSerialPort::FlowControl>(m_flow);
    s.dataTerminalReady = m_dtr->isChecked();
    s.requestToSend = m_rts->isChecked();
    return s;
}

void SerialSettingsDialog::accept()
{
    const SerialSettings s = settings();
    QString problem;
    if (s.portName.isEmpty())
        problem = tr("Choose a serial port or type its path.");
    else if (s.baudRate <= 0)
        problem = tr("The speed must be a number of baud, such as 115200.");
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->setVisible(true);
        return;
    }
    if (m_store)
        SerialSettingsStore::save(*m_store, s);
    QDialog::accept();
}
