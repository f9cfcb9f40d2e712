// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "console/sessionlog.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

/// Asks where and how to log a console: the file, raw bytes (escape sequences
/// and all, for replaying) or plain text, and a timestamp per plain-text line.
/// Returns a plain SessionLog::Settings; opens no file itself.
class SessionLogDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SessionLogDialog(QWidget *parent = nullptr);

    void setSettings(const SessionLog::Settings &settings);
    SessionLog::Settings settings() const;

    void accept() override;

private:
    void browse();
    void updateTimestamps();

    SessionLog::Settings m_settings;
    QLineEdit *m_path = nullptr;
    QComboBox *m_format = nullptr;
    QCheckBox *m_timestamps = nullptr;
    QLabel *m_error = nullptr;
};
