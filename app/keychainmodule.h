// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <memory>

#include "credentials/credentialstore.h"

/// dxctl's system keychain, loaded when a command first needs it.
///
/// QtKeychain brings QtDBus, libdbus, libsystemd and more: a tenth of dxctl's
/// start-up time, paid by every command although most runs read the password from
/// --password-file or -E. So dxctl does not link it; the store lives in the module
/// dxctl-keychain (KeychainCredentialStore and QtKeychain), which this loads with
/// QLibrary from dxctl's own folder, then from the installed library folder.
namespace KeychainModule {

/// The file name of the module ("dxctl-keychain.so" on Linux, without folder).
QString fileName();
/// Where load() looks, in order.
QStringList searchPaths();

/// The system keychain store; when the module is missing or broken, a store whose
/// every call ends with Status::Unavailable and says which file could not be
/// loaded and why (callers then prompt, as they do without a keychain service).
std::unique_ptr<CredentialStore> load();

} // namespace KeychainModule

/// The entry point the module exports (C linkage, so QLibrary finds it by name);
/// the caller owns the store. The module is built and installed with dxctl from the
/// same sources; the suffix changes whenever CredentialStore's interface does, so
/// a module left over from an older install is refused rather than called wrongly.
extern "C" {
using DxKeychainStoreFactory = CredentialStore *(*)();
}
#define DX_KEYCHAIN_MODULE_ENTRY "dxchassis_keychain_store_create_v1"
