// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychaincredentialstore.h"

#include <qt6keychain/keychain.h>

namespace {

CredentialResult resultOf(const QKeychain::Job *job, const CredentialKey &key)
{
    CredentialResult result;
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = CredentialResult::Status::Ok;
        return result;
    case QKeychain::EntryNotFound:
        result.status = CredentialResult::Status::NotFound;
        result.message = KeychainCredentialStore::tr("the system keychain holds no password for %1")
                             .arg(key.describe());
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // OtherError is what QtKeychain reports when D-Bus or the Secret Service
        // cannot be reached ("Cannot autolaunch D-Bus without X11 $DISPLAY").
        result.status = CredentialResult::Status::Unavailable;
        result.message = KeychainCredentialStore::tr("no system keychain is available (%1)")
                             .arg(job->errorString());
        return result;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    result.status = CredentialResult::Status::Failed;
    result.message = KeychainCredentialStore::tr("the system keychain refused access to %1: %2")
                         .arg(key.describe(), job->errorString());
    return result;
}

/// Starts @p job and hands its result to @p done in @p context (if it still lives).
/// Jobs have no parent and delete themselves when finished: QtKeychain's libsecret
/// backend calls back into a job it started, so a job must never be deleted early
/// (e.g. with its store).
void run(QKeychain::Job *job, const CredentialKey &key, QObject *context,
    const CredentialStore::Callback &done, bool wantsPassword)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key.id());
    QObject::connect(job, &QKeychain::Job::finished, context,
        [key, done, wantsPassword](QKeychain::Job *finished) {
            CredentialResult result = resultOf(finished, key);
            if (result.ok() && wantsPassword)
                result.password = static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
            done(result);
        });
    job->start();
}

} // namespace

QString KeychainCredentialStore::defaultService()
{
    return QStringLiteral("dxchassis");
}

KeychainCredentialStore::KeychainCredentialStore(const QString &service, QObject *parent)
    : CredentialStore(parent)
    , m_service(service)
{ }

KeychainCredentialStore::~KeychainCredentialStore() = default;

QString KeychainCredentialStore::name() const
{
    return tr("system keychain");
}

void KeychainCredentialStore::read(const CredentialKey &key, QObject *context, Callback done)
{
    run(new QKeychain::ReadPasswordJob(m_service), key, context, done, true);
}

void KeychainCredentialStore::write(
    const CredentialKey &key, const QByteArray &password, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setBinaryData(password);
    run(job, key, context, done, false);
}

void KeychainCredentialStore::remove(const CredentialKey &key, QObject *context, Callback done)
{
    // The Secret Service deletes a missing entry without complaint; a read first
    // tells "removed" from "there was nothing".
    QPointer<KeychainCredentialStore> self(this);
    read(key, context, [self, key, context, done](const CredentialResult &found) {
        CredentialResult answer = found;
        answer.password.fill('\0');
        answer.password.clear();
        if (!found.ok() || !self) {
            done(answer);
            return;
        }
        run(new QKeychain::DeletePasswordJob(self->m_service), key, context, done, false);
    });
}

void KeychainCredentialStore::probe(QObject *context, Callback done)
{
    read({QStringLiteral(".probe"), {}}, context, [done](const CredentialResult &result) {
        CredentialResult answer = result;
        answer.password.fill('\0');
        answer.password.clear();
        if (result.status == CredentialResult::Status::NotFound)
            answer = {CredentialResult::Status::Ok, {}, {}};
        done(answer);
    });
}
