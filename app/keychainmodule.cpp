// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychainmodule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace {
// Gives lupdate and the translator one context for this file's strings.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KeychainModule)
};

/// Stands in for the keychain when its module cannot be loaded: every call ends,
/// later and in @p context, with Unavailable and the reason.
class UnloadableKeychain : public CredentialStore
{
public:
    explicit UnloadableKeychain(QString reason)
        : m_reason(std::move(reason))
    { }

    QString name() const override { return Tr::tr("system keychain"); }
    bool isPersistent() const override { return true; }
    void read(const CredentialKey &, QObject *context, Callback done) override
    {
        fail(context, std::move(done));
    }
    void write(const CredentialKey &, const QByteArray &, QObject *context, Callback done) override
    {
        fail(context, std::move(done));
    }
    void remove(const CredentialKey &, QObject *context, Callback done) override
    {
        fail(context, std::move(done));
    }

private:
    void fail(QObject *context, Callback done) const
    {
        const CredentialResult result {CredentialResult::Status::Unavailable, {},
            Tr::tr("no system keychain is available (%1)").arg(m_reason)};
        QMetaObject::invokeMethod(
            context, [done = std::move(done), result] { done(result); }, Qt::QueuedConnection);
    }

    QString m_reason;
};
} // namespace

namespace KeychainModule {

QString fileName()
{
    return QStringLiteral("dxctl-keychain.so");
}

QStringList searchPaths()
{
    QStringList paths {QDir(QCoreApplication::applicationDirPath()).filePath(fileName())};
    const QString installed = QDir(QStringLiteral(DX_MODULE_DIR)).filePath(fileName());
    if (!paths.contains(installed))
        paths << installed;
    return paths;
}

std::unique_ptr<CredentialStore> load()
{
    QStringList problems;
    for (const QString &path : searchPaths()) {
        if (!QFileInfo::exists(path)) {
            problems << Tr::tr("%1: no such file").arg(path);
            continue;
        }
        // Never unloaded: QtKeychain's jobs call back after their store is gone.
        QLibrary library(path);
        if (!library.load()) {
            problems << QStringLiteral("%1: %2").arg(path, library.errorString());
            continue;
        }
        const auto create
            = reinterpret_cast<DxKeychainStoreFactory>(library.resolve(DX_KEYCHAIN_MODULE_ENTRY));
        if (!create) {
            problems << Tr::tr("%1 is not dxctl's keychain module of this version").arg(path);
            continue;
        }
        if (CredentialStore *store = create())
            return std::unique_ptr<CredentialStore>(store);
        problems << Tr::tr("%1 could not create its store").arg(path);
    }
    return std::make_unique<UnloadableKeychain>(
        Tr::tr("dxctl's keychain module could not be loaded: %1")
            .arg(problems.join(QStringLiteral("; "))));
}

} // namespace KeychainModule
