// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordprompt.h"

#include <QInputDialog>
#include <QLineEdit>

PasswordPrompt::PasswordPrompt()
    : m_asker([](QWidget *parent, const QString &enclosure,
                  const QString &user) -> std::optional<QByteArray> {
        bool ok = false;
        const QString text = QInputDialog::getText(parent, tr("IPMI Password"),
            tr("Password of user \"%1\" on the BMCs of enclosure %2.\nIt is kept in memory "
               "until dxchassis quits (no keychain is available).")
                .arg(user, enclosure),
            QLineEdit::Password, {}, &ok);
        if (!ok)
            return std::nullopt;
        return text.toUtf8();
    })
{ }

std::optional<QByteArray> PasswordPrompt::password(
    QWidget *parent, const QString &enclosure, const QString &user)
{
    if (const std::optional<QByteArray> kept = known(enclosure))
        return kept;
    const std::optional<QByteArray> answer = m_asker(parent, enclosure, user);
    if (answer)
        m_passwords.insert(enclosure, *answer);
    return answer;
}

std::optional<QByteArray> PasswordPrompt::known(const QString &enclosure) const
{
    const auto it = m_passwords.constFind(enclosure);
    if (it == m_passwords.cend())
        return std::nullopt;
    return *it;
}

void PasswordPrompt::setPassword(const QString &enclosure, const QByteArray &password)
{
    m_passwords.insert(enclosure, password);
}

void PasswordPrompt::forget(const QString &enclosure)
{
    m_passwords.remove(enclosure);
}
