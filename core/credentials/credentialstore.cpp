// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

QString CredentialKey::id() const
{
    if (bmc.isEmpty())
        return QStringLiteral("ipmi/%1").arg(enclosure);
    return QStringLiteral("ipmi/%1/%2").arg(enclosure, bmc);
}

QString CredentialKey::describe() const
{
    if (bmc.isEmpty())
        return CredentialStore::tr("enclosure %1").arg(enclosure);
    return CredentialStore::tr("BMC %1 of enclosure %2").arg(bmc, enclosure);
}

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{ }

void CredentialStore::lookup(const CredentialKey &key, QObject *context, Callback done)
{
    if (key.bmc.isEmpty()) {
        read(key, context, std::move(done));
        return;
    }
    QPointer<CredentialStore> self(this);
    read(key, context, [self, key, context, done](const CredentialResult &result) {
        if (result.status != CredentialResult::Status::NotFound || !self) {
            done(result);
            return;
        }
        self->read(key.enclosureKey(), context, done);
    });
}
