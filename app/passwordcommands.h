// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

#include "credentials/credentialstore.h"

class QTextStream;

/// `dxctl password set|forget`: IPMI passwords in the system keychain, under the
/// keys the GUI uses (service "dxchassis", "ipmi/<enclosure>[/<bmc>]"):
///
///     dxctl [--inventory FILE] [--password-file F | -E] password set ENCLOSURE [--bmc HOST[:PORT]]
///     dxctl [--inventory FILE] password forget ENCLOSURE [--bmc HOST[:PORT]]
///
/// `set` reads the password as the IPMI commands do (file, -E or a no-echo prompt),
/// never from the command line. Exit 0 done, 1 the keychain failed or is not
/// available, 2 usage.
class PasswordCommands
{
    Q_DECLARE_TR_FUNCTIONS(PasswordCommands)

public:
    using StoreFactory = std::function<std::unique_ptr<CredentialStore>()>;

    PasswordCommands(QTextStream &out, QTextStream &err);

    static bool handles(const QStringList &arguments);
    int run(const QStringList &arguments);
    static QString help();

    /// The system keychain by default; tests may give another store.
    void setStoreFactory(StoreFactory factory) { m_storeFactory = std::move(factory); }
    void setPromptAnswer(std::optional<QByteArray> answer) { m_promptAnswer = std::move(answer); }

    /// The system keychain (QtKeychain) dxctl reads and writes.
    static std::unique_ptr<CredentialStore> systemKeychain();
    /// Runs one store call to its end (dxctl has no window to keep responsive).
    static CredentialResult wait(
        const std::function<void(QObject *context, CredentialStore::Callback)> &start);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    StoreFactory m_storeFactory;
    std::optional<QByteArray> m_promptAnswer;
};
