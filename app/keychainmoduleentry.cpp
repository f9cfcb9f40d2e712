// SPDX-License-Identifier: GPL-3.0-or-later
// The dxctl-keychain module's one exported symbol (see keychainmodule.h): the rest
// of the module, KeychainCredentialStore and its base, is hidden, so dxctl's own
// CredentialStore and the module's never bind to each other.

#include "credentials/keychaincredentialstore.h"
#include "keychainmodule.h"

extern "C" __attribute__((visibility("default"))) CredentialStore *
dxchassis_keychain_store_create_v1()
{
    return new KeychainCredentialStore;
}
