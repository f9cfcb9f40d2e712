// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordcommands.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QTextStream>

#include "chassis/bmcendpoint.h"
#include "chassis/inventoryio.h"
#include "dxctloptions.h"
#include "keychainmodule.h"
#include "passwordsource.h"

namespace {
const QString &InventoryEnv = DxctlOptions::InventoryEnv;
const QString &PasswordEnv = DxctlOptions::IpmiPasswordEnv;

/// Options that take a value, so handles() can skip their values.
const QStringList &valueOptions()
{
    static const QStringList options = {QStringLiteral("-i"), QStringLiteral("--inventory"),
        QStringLiteral("--password-file"), QStringLiteral("--bmc"), QStringLiteral("--lang")};
    return options;
}
} // namespace

PasswordCommands::PasswordCommands(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
    , m_storeFactory(&PasswordCommands::systemKeychain)
{ }

std::unique_ptr<CredentialStore> PasswordCommands::systemKeychain()
{
    return KeychainModule::load();
}

CredentialResult PasswordCommands::wait(
    const std::function<void(QObject *context, CredentialStore::Callback)> &start)
{
    QEventLoop loop;
    std::optional<CredentialResult> result;
    start(&loop, [&](const CredentialResult &r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

bool PasswordCommands::handles(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg.startsWith(QLatin1Char('-'))) {
            if (valueOptions().contains(arg))
                ++i;
            continue;
        }
        return arg == QLatin1String("password");
    }
    return false;
}

QString PasswordCommands::help()
{
    return tr("  password set ENCLOSURE [--bmc HOST[:PORT]]\n"
              "                                     Store the IPMI password (read from "
              "--password-file,\n"
              "                                     -E or the terminal) in the system keychain.\n"
              "  password forget ENCLOSURE [--bmc HOST[:PORT]]\n"
              "                                     Remove it from the system keychain.\n"
              "Without --password-file or -E, the IPMI commands take the keychain's password "
              "of the target's\nBMC, else of its enclosure, and ask only when it has none.\n");
}

int PasswordCommands::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("IPMI passwords in the system keychain."));
    const QCommandLineOption helpOption = DxctlOptions::help();
    const QCommandLineOption inventoryOption = DxctlOptions::inventory();
    const QCommandLineOption passwordFileOption = DxctlOptions::passwordFile();
    const QCommandLineOption envOption = DxctlOptions::passwordFromEnvironment(PasswordEnv);
    const QCommandLineOption bmcOption(QStringLiteral("bmc"),
        tr("The password of this BMC only (it wins over the enclosure's)."), tr("HOST[:PORT]"));
    const QCommandLineOption langOption = DxctlOptions::lang();
    for (const QCommandLineOption &option :
        {helpOption, inventoryOption, passwordFileOption, envOption, bmcOption, langOption})
        parser.addOption(option);

    auto usage = [this](const QString &message) {
        m_err << QStringLiteral("dxctl: %1\n").arg(message) << tr("Run 'dxctl --help' for usage.")
              << '\n';
        return 2;
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(helpOption)) {
        m_out << parser.helpText() << '\n' << help();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    const QString sub = positional.value(1);
    if (sub != QLatin1String("set") && sub != QLatin1String("forget"))
        return usage(tr("password: expected set or forget, not '%1'").arg(sub));
    if (positional.size() != 3)
        return usage(tr("password %1: expected one ENCLOSURE").arg(sub));
    const bool set = sub == QLatin1String("set");
    if (!set && (parser.isSet(passwordFileOption) || parser.isSet(envOption)))
        return usage(tr("password forget reads no password"));

    CredentialKey key {positional.at(2), {}};
    if (key.enclosure.isEmpty() || key.enclosure.contains(QLatin1Char('/')))
        return usage(tr("password %1: '%2' is not an enclosure name").arg(sub, key.enclosure));
    if (parser.isSet(bmcOption)) {
        QString error;
        const std::optional<BmcEndpoint> endpoint
            = BmcEndpoint::parse(parser.value(bmcOption), &error);
        if (!endpoint)
            return usage(tr("--bmc: \"%1\": %2").arg(parser.value(bmcOption), error));
        key.bmc = endpoint->toString(); // as the IPMI commands name it
    }
    // With an inventory at hand, the enclosure must be one of it (a typo would
    // store a password nothing ever reads).
    const QString path = parser.isSet(inventoryOption)
        ? parser.value(inventoryOption)
        : qEnvironmentVariable("DXCHASSIS_INVENTORY");
    if (set && !path.isEmpty()) {
        const InventoryLoadResult loaded = InventoryIo::load(path);
        if (!loaded.ok()) {
            m_err << loaded.error.toString() << '\n';
            return 1;
        }
        if (!loaded.inventory->enclosure(key.enclosure))
            return usage(tr("password set: the inventory %1 has no enclosure '%2'")
                             .arg(path, key.enclosure));
    }

    const std::unique_ptr<CredentialStore> store = m_storeFactory();
    CredentialResult result;
    if (set) {
        PasswordSource source;
        source.file
            = parser.isSet(passwordFileOption) ? parser.value(passwordFileOption) : QString();
        source.fromEnvironment = parser.isSet(envOption);
        source.environmentVariable = PasswordEnv;
        source.prompt = tr("IPMI password for %1: ").arg(key.describe());
        QString error;
        std::optional<QByteArray> password = source.read(&error,
            m_promptAnswer ? std::function([this](const QString &) { return m_promptAnswer; })
                           : std::function<std::optional<QByteArray>(const QString &)>());
        if (!password) {
            m_err << "dxctl: " << error << '\n';
            return 2;
        }
        result = wait([&](QObject *context, CredentialStore::Callback done) {
            store->write(key, *password, context, done);
        });
        password->fill('\0');
    } else {
        result = wait([&](QObject *context, CredentialStore::Callback done) {
            store->remove(key, context, done);
        });
    }

    switch (result.status) {
    case CredentialResult::Status::Ok:
        m_out << (set ? tr("dxctl: stored the password of %1 in the %2")
                      : tr("dxctl: removed the password of %1 from the %2"))
                     .arg(key.describe(), store->name())
              << '\n';
        return 0;
    case CredentialResult::Status::NotFound:
        m_out << tr("dxctl: the %1 held no password for %2").arg(store->name(), key.describe())
              << '\n';
        return 0;
    case CredentialResult::Status::Unavailable:
        m_err << tr("dxctl: %1; start a Secret Service (such as gnome-keyring) in the D-Bus "
                    "session, or give the password with --password-file or -E")
                     .arg(result.message)
              << '\n';
        return 1;
    case CredentialResult::Status::Failed:
        break;
    }
    m_err << "dxctl: " << result.message << '\n';
    return 1;
}
