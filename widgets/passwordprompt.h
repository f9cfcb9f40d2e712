// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

/// The IPMI passwords of this session, per enclosure, held in memory only.
///
/// Asks the operator (a password field, no echo) the first time an enclosure's
/// password is needed and keeps the answer until forget() or the end of the
/// session; nothing is written anywhere. (The system keychain through QtKeychain
/// comes later; until then this is the fallback the design asks for.)
class PasswordPrompt
{
    Q_DECLARE_TR_FUNCTIONS(PasswordPrompt)

public:
    /// Asks the operator; returns nullopt when they cancel. Tests replace it.
    using Asker = std::function<std::optional<QByteArray>(
        QWidget *parent, const QString &enclosure, const QString &user)>;

    PasswordPrompt();

    /// The kept password, or the operator's answer (kept), or nullopt on cancel.
    std::optional<QByteArray> password(
        QWidget *parent, const QString &enclosure, const QString &user);
    /// The kept password without asking.
    std::optional<QByteArray> known(const QString &enclosure) const;
    void setPassword(const QString &enclosure, const QByteArray &password);
    /// Drops a password the BMCs rejected, so that the next action asks again.
    void forget(const QString &enclosure);
    void setAsker(Asker asker) { m_asker = std::move(asker); }

private:
    QHash<QString, QByteArray> m_passwords;
    Asker m_asker;
};
