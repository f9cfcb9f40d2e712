// SPDX-License-Identifier: GPL-3.0-or-later
#include "passworddialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

PasswordDialog::PasswordDialog(
    const QString &enclosure, const QString &user, bool keychainAvailable, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("IPMI Password"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(
        tr("Password of user \"%1\" on the BMCs of enclosure %2.").arg(user, enclosure), this);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *form = new QFormLayout;
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_remember = new QCheckBox(tr("&Remember in system keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberInKeychain"));
    m_remember->setEnabled(keychainAvailable);
    m_remember->setToolTip(
        tr("Keep the password of enclosure %1 in the system keychain, so that dxchassis and "
           "dxctl need not ask again")
            .arg(enclosure));
    layout->addWidget(m_remember);
    if (!keychainAvailable) {
        auto *note = new QLabel(tr("No system keychain is available: the password is kept in "
                                   "memory until dxchassis quits."),
            this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_password->setFocus();
}

PasswordDialog::~PasswordDialog()
{
    m_password->clear();
}

QByteArray PasswordDialog::takePassword()
{
    QByteArray password = m_password->text().toUtf8();
    m_password->clear();
    return password;
}

bool PasswordDialog::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}
