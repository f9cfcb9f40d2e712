// SPDX-License-Identifier: GPL-3.0-or-later
#include "operationsettingsdialog.h"

#include <cmath>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

OperationSettingsDialog::OperationSettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_fanout(new QSpinBox(this))
    , m_ownTimeout(new QCheckBox(tr("&Override the inventory's timeout:"), this))
    , m_timeout(new QDoubleSpinBox(this))
    , m_confirm(new QSpinBox(this))
    , m_poll(new QDoubleSpinBox(this))
    , m_staggerBox(new QGroupBox(this))
    , m_staggerModules(new QSpinBox(this))
    , m_staggerInterval(new QDoubleSpinBox(this))
{
    setObjectName(QStringLiteral("operationSettingsDialog"));
    setWindowTitle(tr("Operation Settings"));

    m_fanout->setObjectName(QStringLiteral("fanout"));
    m_fanout->setRange(1, 1024);
    m_fanout->setToolTip(tr("How many BMCs are asked at once"));
    m_ownTimeout->setObjectName(QStringLiteral("ownTimeout"));
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setRange(0.1, 600);
    m_timeout->setDecimals(1);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(5);
    connect(m_ownTimeout, &QCheckBox::toggled, m_timeout, &QWidget::setEnabled);
    m_timeout->setEnabled(false);
    m_confirm->setObjectName(QStringLiteral("confirmThreshold"));
    m_confirm->setRange(1, 100000);
    m_confirm->setSuffix(tr(" module(s)"));
    m_confirm->setToolTip(tr("Power off, cycle, reset and soft shutdown ask first from this "
                             "many modules on"));
    m_poll->setObjectName(QStringLiteral("pollInterval"));
    m_poll->setRange(0, 3600);
    m_poll->setDecimals(1);
    m_poll->setSuffix(tr(" s"));
    m_poll->setSpecialValueText(tr("off"));
    m_poll->setToolTip(tr("How often the power LEDs are refreshed in the background"));

    auto *timeoutRow = new QHBoxLayout;
    timeoutRow->addWidget(m_ownTimeout);
    timeoutRow->addWidget(m_timeout, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Fanout:"), m_fanout);
    form->addRow(tr("Timeout per BMC:"), timeoutRow);
    form->addRow(tr("&Confirm destructive actions from:"), m_confirm);
    form->addRow(tr("&Poll interval:"), m_poll);

    m_staggerBox->setObjectName(QStringLiteral("staggerBox"));
    m_staggerModules->setObjectName(QStringLiteral("staggerModules"));
    m_staggerModules->setRange(0, 46);
    m_staggerModules->setSpecialValueText(tr("all at once"));
    m_staggerModules->setSuffix(tr(" module(s)"));
    m_staggerInterval->setObjectName(QStringLiteral("staggerInterval"));
    m_staggerInterval->setRange(0.1, 600);
    m_staggerInterval->setDecimals(1);
    m_staggerInterval->setSuffix(tr(" s"));
    auto *staggerForm = new QFormLayout(m_staggerBox);
    auto *note = new QLabel(tr("Power on at most this many modules per interval, so that a "
                               "full enclosure's inrush stays within its power units. Saved "
                               "in the inventory file."),
        m_staggerBox);
    note->setWordWrap(true);
    staggerForm->addRow(note);
    staggerForm->addRow(tr("&Modules:"), m_staggerModules);
    staggerForm->addRow(tr("&Interval:"), m_staggerInterval);
    m_staggerBox->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_staggerBox);
    layout->addWidget(buttons);
}

void OperationSettingsDialog::setSettings(const OperationSettings &settings)
{
    m_fanout->setValue(settings.fanout);
    m_ownTimeout->setChecked(settings.timeoutMs > 0);
    if (settings.timeoutMs > 0)
        m_timeout->setValue(settings.timeoutMs / 1000.0);
    m_confirm->setValue(settings.confirmThreshold);
    m_poll->setValue(settings.pollIntervalMs / 1000.0);
}

OperationSettings OperationSettingsDialog::settings() const
{
    OperationSettings s;
    s.fanout = m_fanout->value();
    s.timeoutMs = m_ownTimeout->isChecked() ? int(std::lround(m_timeout->value() * 1000)) : 0;
    s.confirmThreshold = m_confirm->value();
    s.pollIntervalMs = int(std::lround(m_poll->value() * 1000));
    return s;
}

void OperationSettingsDialog::setStagger(const QString &enclosure, int modules, int intervalMs)
{
    m_staggerEnclosure = enclosure;
    m_initialStaggerModules = modules;
    m_initialStaggerIntervalMs = intervalMs;
    m_staggerBox->setTitle(tr("Power-on stagger of %1").arg(enclosure));
    m_staggerModules->setValue(modules);
    m_staggerInterval->setValue(intervalMs / 1000.0);
    m_staggerBox->show();
}

int OperationSettingsDialog::staggerModules() const
{
    return m_staggerModules->value();
}

int OperationSettingsDialog::staggerIntervalMs() const
{
    return int(std::lround(m_staggerInterval->value() * 1000));
}

bool OperationSettingsDialog::staggerChanged() const
{
    return !m_staggerEnclosure.isEmpty()
        && (staggerModules() != m_initialStaggerModules
            || staggerIntervalMs() != m_initialStaggerIntervalMs);
}
