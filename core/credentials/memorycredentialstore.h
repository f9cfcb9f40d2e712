// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>

#include "credentialstore.h"

/// Passwords kept in this process only, for the session: the fallback when no
/// system keychain is reachable, and a stand-in for it in tests.
class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    explicit MemoryCredentialStore(QObject *parent = nullptr);
    ~MemoryCredentialStore() override;

    QString name() const override;
    bool isPersistent() const override { return false; }
    void read(const CredentialKey &key, QObject *context, Callback done) override;
    void write(const CredentialKey &key, const QByteArray &password, QObject *context,
        Callback done) override;
    void remove(const CredentialKey &key, QObject *context, Callback done) override;

private:
    QHash<QString, QByteArray> m_passwords;
};
