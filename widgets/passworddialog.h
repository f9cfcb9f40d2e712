// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDialog>

class QCheckBox;
class QLineEdit;

/// Asks for the IPMI password of an enclosure's BMCs: a field without echo and
/// "Remember in system keychain" (disabled, saying why, when there is none).
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    PasswordDialog(const QString &enclosure, const QString &user, bool keychainAvailable,
        QWidget *parent = nullptr);
    ~PasswordDialog() override;

    /// The password typed (UTF-8); the field is cleared by takePassword().
    QByteArray takePassword();
    bool remember() const;

private:
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
};
