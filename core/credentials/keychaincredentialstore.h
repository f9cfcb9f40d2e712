// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentialstore.h"

/// The system keychain through QtKeychain (on Linux the Secret Service over
/// D-Bus: GNOME Keyring, KWallet), service "dxchassis", keys as CredentialKey::id().
///
/// QtKeychain's jobs are asynchronous; so is this store: nothing here waits. When
/// no keychain service is reachable every call ends with Status::Unavailable (the
/// caller then keeps passwords in memory and says so). Never falls back to
/// QtKeychain's plain-text "insecure fallback".
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    /// The service name the GUI and dxctl share.
    static QString defaultService();

    explicit KeychainCredentialStore(
        const QString &service = defaultService(), QObject *parent = nullptr);
    ~KeychainCredentialStore() override;

    QString name() const override;
    bool isPersistent() const override { return true; }
    void read(const CredentialKey &key, QObject *context, Callback done) override;
    void write(const CredentialKey &key, const QByteArray &password, QObject *context,
        Callback done) override;
    void remove(const CredentialKey &key, QObject *context, Callback done) override;

    /// Finds out whether a keychain service answers (a read of a key never
    /// written): Ok when it does, else Unavailable or Failed with the reason.
    void probe(QObject *context, Callback done);

private:
    QString m_service;
};
