// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "console/serialsettings.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QSettings;

/// Asks how to open a serial console: the port (from the system's list, the
/// ports used before, or any path typed in such as /dev/cuaU0 or the lab's
/// pseudo-terminal) and its line settings. Returns a plain SerialSettings;
/// remembers the settings per port when accepted.
class SerialSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p store keeps the settings per port; nullptr remembers nothing.
    explicit SerialSettingsDialog(QSettings *store, QWidget *parent = nullptr);

    void setSettings(const SerialSettings &settings);
    SerialSettings settings() const;

    void accept() override;

private:
    void refreshPorts();
    void portChosen(const QString &port);
    void updateInfo();

    QSettings *m_store;
    QComboBox *m_port = nullptr;
    QLabel *m_portInfo = nullptr;
    QComboBox *m_baud = nullptr;
    QComboBox *m_dataBits = nullptr;
    QComboBox *m_parity = nullptr;
    QComboBox *m_stopBits = nullptr;
    QComboBox *m_flow = nullptr;
    QCheckBox *m_dtr = nullptr;
    QCheckBox *m_rts = nullptr;
    QLabel *m_error = nullptr;
};
