// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QString>

#include "operationsettings.h"

class QCheckBox;
class QDoubleSpinBox;
class QGroupBox;
class QSpinBox;

/// Edits how chassis operations run: fanout, per-BMC timeout, the confirmation
/// threshold, the poll interval (OperationSettings, QSettings) and the power-on
/// stagger of the enclosure shown (kept in the inventory). Returns values only;
/// the caller stores them.
class OperationSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OperationSettingsDialog(QWidget *parent = nullptr);

    void setSettings(const OperationSettings &settings);
    OperationSettings settings() const;

    /// Shows the stagger box for @p enclosure (hidden until called).
    void setStagger(const QString &enclosure, int modules, int intervalMs);
    QString staggerEnclosure() const { return m_staggerEnclosure; }
    int staggerModules() const;
    int staggerIntervalMs() const;
    /// The operator changed the stagger (it must be written to the inventory).
    bool staggerChanged() const;

private:
    QSpinBox *m_fanout;
    QCheckBox *m_ownTimeout;
    QDoubleSpinBox *m_timeout;
    QSpinBox *m_confirm;
    QDoubleSpinBox *m_poll;
    QGroupBox *m_staggerBox;
    QSpinBox *m_staggerModules;
    QDoubleSpinBox *m_staggerInterval;
    QString m_staggerEnclosure;
    int m_initialStaggerModules = 0;
    int m_initialStaggerIntervalMs = 1000;
};
