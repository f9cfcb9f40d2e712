// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorycredentialstore.h"

namespace {
/// The same promise as the keychain: the callback runs later, and only while
/// @p context lives.
void reply(QObject *context, const CredentialStore::Callback &done, const CredentialResult &result)
{
    QMetaObject::invokeMethod(
        context, [done, result] { done(result); }, Qt::QueuedConnection);
}
} // namespace

MemoryCredentialStore::MemoryCredentialStore(QObject *parent)
    : CredentialStore(parent)
{ }

MemoryCredentialStore::~MemoryCredentialStore()
{
    for (QByteArray &password : m_passwords)
        password.fill('\0');
}

QString MemoryCredentialStore::name() const
{
    return tr("memory");
}

void MemoryCredentialStore::read(const CredentialKey &key, QObject *context, Callback done)
{
    const auto it = m_passwords.constFind(key.id());
    if (it == m_passwords.cend()) {
        reply(context, done,
            {CredentialResult::Status::NotFound, {},
                tr("no password kept for %1").arg(key.describe())});
        return;
    }
    reply(context, done, {CredentialResult::Status::Ok, *it, {}});
}

void MemoryCredentialStore::write(
    const CredentialKey &key, const QByteArray &password, QObject *context, Callback done)
{
    m_passwords.insert(key.id(), password);
    reply(context, done, {CredentialResult::Status::Ok, {}, {}});
}

void MemoryCredentialStore::remove(const CredentialKey &key, QObject *context, Callback done)
{
    const bool had = m_passwords.remove(key.id());
    reply(context, done,
        {had ? CredentialResult::Status::Ok : CredentialResult::Status::NotFound, {},
            had ? QString() : tr("no password kept for %1").arg(key.describe())});
}
