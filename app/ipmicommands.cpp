// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmicommands.h"

#include <algorithm>
#include <cstdio>


#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "dxctloptions.h"
#include "passwordcommands.h"
#include "passwordsource.h"
#include "chassis/hostrange.h"
#include "chassis/inventoryio.h"
#include "chassis/slotselection.h"
#include "ipmi/bulkrunner.h"
#include "ipmi/freeipmibackend.h"
#include "ipmi/ipmisettingscheck.h"

namespace {
const QString &InventoryEnv = DxctlOptions::InventoryEnv;
const QString &PasswordEnv = DxctlOptions::IpmiPasswordEnv;

const QStringList &commandWords()
{
    static const QStringList words = {QStringLiteral("power"), QStringLiteral("boot"),
        QStringLiteral("identify"), QStringLiteral("mac"), QStringLiteral("raw")};
    return words;
}

/// Options that take a value, so handles() can skip their values.
const QStringList &valueOptions()
{
    static const QStringList options = {QStringLiteral("-i"), QStringLiteral("--inventory"),
        QStringLiteral("--password-file"), QStringLiteral("--host"), QStringLiteral("-u"),
        QStringLiteral("--username"), QStringLiteral("-l"), QStringLiteral("--privilege-level"),
        QStringLiteral("-I"), QStringLiteral("--cipher-suite-id"), QStringLiteral("-W"),
        QStringLiteral("--workaround-flags"), QStringLiteral("--fanout"),
        QStringLiteral("--timeout"), QStringLiteral("--retries"), QStringLiteral("--stagger"),
        QStringLiteral("--stagger-interval"), QStringLiteral("--seconds"),
        QStringLiteral("--lang")};
    return options;
}

std::optional<quint8> parseByte(const QString &text)
{
    bool ok = false;
    const uint value = text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)
        ? text.mid(2).toUInt(&ok, 16)
        : text.toUInt(&ok, 0);
    if (!ok || value > 0xff)
        return std::nullopt;
    return quint8(value);
}

/// The message without the target's own description in front: the line already
/// starts with the label.
QString shortMessage(const IpmiError &error, const IpmiTarget &target)
{
    const QString prefix = target.describe() + QStringLiteral(": ");
    QString message = error.message;
    if (message.startsWith(prefix)) {
        message = message.mid(prefix.size());
        if (target.label != target.endpoint.toString())
            message += QStringLiteral(" (%1)").arg(target.endpoint.toString());
    }
    return message;
}
} // namespace

IpmiCommands::IpmiCommands(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
    , m_backendFactory([] { return std::make_shared<FreeIpmiBackend>(); })
    , m_storeFactory(&PasswordCommands::systemKeychain)
{ }

bool IpmiCommands::handles(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg.startsWith(QLatin1Char('-'))) {
            if (valueOptions().contains(arg))
                ++i;
            continue;
        }
        return commandWords().contains(arg);
    }
    return false;
}

QString IpmiCommands::help()
{
    return tr("  power status|on|off|cycle|reset|soft|pulse TARGETS\n"
              "                                     Power state or chassis control.\n"
              "  boot pxe|disk|bios|none [--persistent] TARGETS\n"
              "                                     Next boot device (once unless "
              "--persistent).\n"
              "  identify [--seconds N | --on | --off] TARGETS\n"
              "                                     Blink the identify LED (15 s by default).\n"
              "  mac discover TARGETS               Read each BMC's MAC address.\n"
              "  raw TARGET NETFN CMD [DATA...]     Send one raw IPMI request.\n"
              "TARGETS: ENCLOSURE:s[1-46], ENCLOSURE:s23,s25, ENCLOSURE, all, or --host "
              "HOSTRANGE\n"
              "(FreeIPMI host ranges, e.g. '127.0.1.[1-46]:1623') with -u, -l, -I, -W.\n"
              "IPMI options: --password-file FILE | -E ($%1), --fanout N, --timeout SECONDS,\n"
              "--retries N, --stagger N [--stagger-interval SECONDS], --json, "
              "--allow-cipher-suite-0.\n")
        .arg(PasswordEnv);
}

int IpmiCommands::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("IPMI operations on many BMCs at once."));
    const QCommandLineOption helpOption = DxctlOptions::help();
    const QCommandLineOption inventoryOption = DxctlOptions::inventory();
    const QCommandLineOption passwordFileOption = DxctlOptions::passwordFile();
    const QCommandLineOption envOption = DxctlOptions::passwordFromEnvironment(PasswordEnv);
    const QCommandLineOption hostOption(QStringLiteral("host"),
        tr("BMCs given as a FreeIPMI host range instead of inventory slots."), tr("HOSTRANGE"));
    const QCommandLineOption userOption(
        {QStringLiteral("u"), QStringLiteral("username")}, tr("IPMI user name."), tr("USER"));
    const QCommandLineOption privilegeOption(
        {QStringLiteral("l"), QStringLiteral("privilege-level")},
        tr("Privilege level: user, operator or admin."), tr("LEVEL"));
    const QCommandLineOption cipherOption(
        {QStringLiteral("I"), QStringLiteral("cipher-suite-id")}, tr("Cipher suite ID."), tr("ID"));
    const QCommandLineOption workaroundOption(
        {QStringLiteral("W"), QStringLiteral("workaround-flags")},
        tr("FreeIPMI workaround flags, comma-separated."), tr("FLAGS"));
    const QCommandLineOption allowCipher0Option(QStringLiteral("allow-cipher-suite-0"),
        tr("Allow cipher suite 0 (no authentication, no encryption)."));
    const QCommandLineOption fanoutOption(QStringLiteral("fanout"),
        tr("BMCs asked at once (default %1).").arg(BulkOptions::DefaultFanout), tr("N"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
        tr("Seconds to wait for each BMC (default: the inventory's)."), tr("SECONDS"));
    const QCommandLineOption retriesOption(QStringLiteral("retries"),
        tr("Extra attempts after a timeout (default 0; never for cycle, reset, soft, raw)."),
        tr("N"));
    const QCommandLineOption staggerOption(
        QStringLiteral("stagger"), tr("Power on at most N modules per interval."), tr("N"));
    const QCommandLineOption staggerIntervalOption(QStringLiteral("stagger-interval"),
        tr("The stagger interval in seconds (default 1)."), tr("SECONDS"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the results as JSON."));
    const QCommandLineOption persistentOption(QStringLiteral("persistent"),
        tr("boot: keep the boot device for every boot, not only the next."));
    const QCommandLineOption secondsOption(
        QStringLiteral("seconds"), tr("identify: blink for N seconds (1-255)."), tr("N"));
    const QCommandLineOption onOption(QStringLiteral("on"), tr("identify: blink until --off."));
    const QCommandLineOption offOption(QStringLiteral("off"), tr("identify: stop blinking."));
    const QCommandLineOption langOption = DxctlOptions::lang();
    for (const QCommandLineOption &option :
        {helpOption, inventoryOption, passwordFileOption, envOption, hostOption, userOption,
            privilegeOption, cipherOption, workaroundOption, allowCipher0Option, fanoutOption,
            timeoutOption, retriesOption, staggerOption, staggerIntervalOption, jsonOption,
            persistentOption, secondsOption, onOption, offOption, langOption})
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

    QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    positional.removeFirst();
    const bool byHost = parser.isSet(hostOption);

    // --- the operation -------------------------------------------------------
    BulkOperation operation;
    QStringList targetSpecs;
    if (command == QLatin1String("power")) {
        const QString sub = positional.value(0);
        static const QList<std::pair<QString, ChassisControl>> controls
            = {{QStringLiteral("on"), ChassisControl::PowerOn},
                {QStringLiteral("off"), ChassisControl::PowerOff},
                {QStringLiteral("cycle"), ChassisControl::PowerCycle},
                {QStringLiteral("reset"), ChassisControl::HardReset},
                {QStringLiteral("soft"), ChassisControl::SoftShutdown},
                {QStringLiteral("pulse"), ChassisControl::DiagnosticInterrupt}};
        if (sub == QLatin1String("status")) {
            operation = BulkOperation::powerStatus();
        } else {
            const auto it = std::find_if(controls.cbegin(), controls.cend(),
                [&](const auto &pair) { return pair.first == sub; });
            if (it == controls.cend())
                return usage(
                    tr("power: expected status, on, off, cycle, reset, soft or pulse, not '%1'")
                        .arg(sub));
            operation = BulkOperation::control(it->second);
        }
        targetSpecs = positional.mid(1);
    } else if (command == QLatin1String("boot")) {
        const QString sub = positional.value(0);
        const std::optional<BootDevice> device = bootDeviceFromId(sub);
        if (!device)
            return usage(tr("boot: expected pxe, disk, bios or none, not '%1'").arg(sub));
        operation = BulkOperation::bootDevice(*device, parser.isSet(persistentOption));
        targetSpecs = positional.mid(1);
    } else if (command == QLatin1String("identify")) {
        const int modes = int(parser.isSet(secondsOption)) + int(parser.isSet(onOption))
            + int(parser.isSet(offOption));
        if (modes > 1)
            return usage(tr("identify: give one of --seconds, --on, --off"));
        IdentifyRequest request = IdentifyRequest::timed(15);
        if (parser.isSet(onOption))
            request = IdentifyRequest::forceOn();
        else if (parser.isSet(offOption))
            request = IdentifyRequest::off();
        else if (parser.isSet(secondsOption)) {
            bool ok = false;
            const int seconds = parser.value(secondsOption).toInt(&ok);
            if (!ok || seconds < 1 || seconds > 255)
                return usage(tr("identify: --seconds takes 1 to 255"));
            request = IdentifyRequest::timed(seconds);
        }
        operation = BulkOperation::identify(request);
        targetSpecs = positional;
    } else if (command == QLatin1String("mac")) {
        if (positional.value(0) != QLatin1String("discover"))
            return usage(tr("mac: expected 'discover'"));
        operation = BulkOperation::macDiscovery();
        targetSpecs = positional.mid(1);
    } else if (command == QLatin1String("raw")) {
        // raw TARGET NETFN CMD [DATA...]; with --host there is no TARGET.
        if (!byHost) {
            targetSpecs = positional.mid(0, 1);
            positional = positional.mid(1);
        }
        if (positional.size() < 2)
            return usage(tr("raw: expected TARGET NETFN CMD [DATA...]"));
        RawRequest request;
        QList<quint8> bytes;
        for (const QString &text : std::as_const(positional)) {
            const std::optional<quint8> byte = parseByte(text);
            if (!byte)
                return usage(tr("raw: '%1' is not a byte (0-255, 0x00-0xff)").arg(text));
            bytes << *byte;
        }
        request.netFn = bytes.at(0);
        request.command = bytes.at(1);
        for (qsizetype i = 2; i < bytes.size(); ++i)
            request.data.append(char(bytes.at(i)));
        operation = BulkOperation::raw(request);
    } else {
        return usage(tr("unknown command '%1'").arg(command));
    }
    if (byHost && !targetSpecs.isEmpty())
        return usage(tr("give the targets either with --host or as arguments, not both ('%1')")
                         .arg(targetSpecs.constFirst()));
    if (!byHost && targetSpecs.isEmpty())
        return usage(tr("%1: no targets (ENCLOSURE:s[1-46], ENCLOSURE, all or --host HOSTRANGE)")
                         .arg(command));

    // --- settings overrides --------------------------------------------------
    std::optional<IpmiSettings::Privilege> privilege;
    if (parser.isSet(privilegeOption)) {
        privilege = IpmiSettings::privilegeFromName(parser.value(privilegeOption));
        if (!privilege)
            return usage(tr("-l: expected user, operator or admin"));
    }
    std::optional<int> cipher;
    if (parser.isSet(cipherOption)) {
        bool ok = false;
        cipher = parser.value(cipherOption).toInt(&ok);
        if (!ok || !IpmiSettings::isKnownCipherSuite(*cipher))
            return usage(tr("-I: '%1' is not a cipher suite FreeIPMI knows")
                             .arg(parser.value(cipherOption)));
    }
    BulkOptions options;
    if (parser.isSet(fanoutOption)) {
        bool ok = false;
        options.fanout = parser.value(fanoutOption).toInt(&ok);
        if (!ok || options.fanout < 1 || options.fanout > 1024)
            return usage(tr("--fanout takes 1 to 1024"));
    }
    if (parser.isSet(timeoutOption)) {
        bool ok = false;
        const double seconds = parser.value(timeoutOption).toDouble(&ok);
        if (!ok || seconds < 0.1 || seconds > 600)
            return usage(tr("--timeout takes 0.1 to 600 seconds"));
        options.timeoutMs = int(seconds * 1000);
    }
    if (parser.isSet(retriesOption)) {
        bool ok = false;
        options.retries = parser.value(retriesOption).toInt(&ok);
        if (!ok || options.retries < 0 || options.retries > 10)
            return usage(tr("--retries takes 0 to 10"));
    }
    if (parser.isSet(staggerOption)) {
        bool ok = false;
        options.staggerCount = parser.value(staggerOption).toInt(&ok);
        if (!ok || options.staggerCount < 1)
            return usage(tr("--stagger takes a positive number of modules"));
        if (parser.isSet(staggerIntervalOption)) {
            const double seconds = parser.value(staggerIntervalOption).toDouble(&ok);
            if (!ok || seconds <= 0)
                return usage(tr("--stagger-interval takes a positive number of seconds"));
            options.staggerIntervalMs = int(seconds * 1000);
        }
    }
    auto applyOverrides = [&](IpmiSettings &settings) {
        if (parser.isSet(userOption))
            settings.user = parser.value(userOption);
        if (privilege)
            settings.privilege = *privilege;
        if (cipher)
            settings.cipherSuite = *cipher;
        if (parser.isSet(workaroundOption))
            settings.workaroundFlags
                = parser.value(workaroundOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    };

    // --- targets -------------------------------------------------------------
    QList<IpmiTarget> targets;
    QStringList enclosures; ///< per target: its enclosure in the inventory (none with --host)
    if (byHost) {
        QString error;
        const std::optional<QStringList> hosts
            = HostRange::expand(parser.value(hostOption), &error);
        if (!hosts)
            return usage(tr("--host: %1").arg(error));
        for (const QString &host : *hosts) {
            const std::optional<BmcEndpoint> endpoint = BmcEndpoint::parse(host, &error);
            if (!endpoint)
                return usage(tr("--host: \"%1\": %2").arg(host, error));
            IpmiTarget target;
            target.label = host;
            target.endpoint = *endpoint;
            applyOverrides(target.settings);
            targets << target;
            enclosures << QString();
        }
    } else {
        const QString path = parser.isSet(inventoryOption)
            ? parser.value(inventoryOption)
            : qEnvironmentVariable("DXCHASSIS_INVENTORY");
        if (path.isEmpty())
            return usage(
                tr("no inventory: give --inventory FILE, set %1, or use --host").arg(InventoryEnv));
        const InventoryLoadResult loaded = InventoryIo::load(path);
        if (!loaded.ok()) {
            m_err << loaded.error.toString() << '\n';
            return 1;
        }
        QString error;
        const std::optional<QList<SlotSelection::Slot>> chosen
            = SlotSelection::resolve(*loaded.inventory, targetSpecs, &error);
        if (!chosen)
            return usage(error);
        for (const SlotSelection::Slot &s : *chosen) {
            const Enclosure *enclosure = loaded.inventory->enclosure(s.enclosure);
            const SlotInfo *slot = enclosure->slot(s.slot);
            IpmiTarget target;
            target.label = s.label();
            target.endpoint = *slot->bmc;
            target.settings = enclosure->ipmiFor(*slot);
            applyOverrides(target.settings);
            targets << target;
            enclosures << s.enclosure;
        }
    }
    if (command == QLatin1String("raw") && targets.size() != 1)
        return usage(tr("raw: one target, not %1").arg(targets.size()));
    if (targets.isEmpty())
        return usage(tr("no BMCs in the targets given"));
    for (IpmiTarget &target : targets) {
        target.allowCipherSuite0 = parser.isSet(allowCipher0Option);
        if (const std::optional<QString> refused
            = IpmiSettingsCheck::refusal(target.settings, target.allowCipherSuite0)) {
            m_err << QStringLiteral("dxctl: %1: %2\n").arg(target.label, *refused);
            return 2;
        }
    }

    // --- password ------------------------------------------------------------
    // --password-file, -E, then the system keychain (inventory targets only), then
    // the prompt for the targets the keychain has no password for.
    QList<bool> known(targets.size(), false);
    QString keychainNote;
    if (!parser.isSet(envOption) && !parser.isSet(passwordFileOption))
        known = passwordsFromKeychain(targets, enclosures, &keychainNote);
    if (known.contains(false)) {
        int status = 0;
        std::optional<QByteArray> password = readPassword(parser, parser.isSet(envOption),
            parser.isSet(passwordFileOption) ? parser.value(passwordFileOption) : QString(),
            &status, keychainNote);
        if (!password)
            return status;
        for (qsizetype i = 0; i < targets.size(); ++i) {
            if (!known.at(i))
                targets[i].password = *password;
        }
        password->fill('\0');
    }
    QStringList warnings;
    for (IpmiTarget &target : targets) {
        for (const QString &warning : IpmiSettingsCheck::warnings(
                 target.settings, target.password, target.allowCipherSuite0)) {
            if (!warnings.contains(warning))
                warnings << warning;
        }
    }
    for (const QString &warning : std::as_const(warnings))
        m_err << tr("dxctl: warning: %1").arg(warning) << '\n';

    // --- run -----------------------------------------------------------------
    BulkRunner runner(m_backendFactory());
    QList<BulkResult> results;
    QEventLoop loop;
    QObject::connect(&runner, &BulkRunner::finished, &loop, [&](const QList<BulkResult> &all) {
        results = all;
        loop.quit();
    });
    runner.start(targets, operation, options);
    if (runner.isRunning())
        loop.exec();

    bool allOk = true;
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const BulkResult &result : std::as_const(results)) {
            const IpmiTarget &target = targets.at(result.index);
            QJsonObject object {{QStringLiteral("target"), target.label},
                {QStringLiteral("address"), target.endpoint.toString()},
                {QStringLiteral("ok"), result.ok}, {QStringLiteral("attempts"), result.attempts},
                {QStringLiteral("elapsedMs"), result.elapsedMs}};
            if (result.ok) {
                object.insert(QStringLiteral("result"), result.text);
            } else {
                object.insert(QStringLiteral("error"), IpmiError::kindId(result.error.kind));
                object.insert(QStringLiteral("message"), result.error.message);
            }
            allOk = allOk && result.ok;
            array.append(object);
        }
        const QJsonObject document {
            {QStringLiteral("operation"), operation.id}, {QStringLiteral("results"), array}};
        m_out << QJsonDocument(document).toJson(QJsonDocument::Indented);
    } else {
        for (const BulkResult &result : std::as_const(results)) {
            allOk = allOk && result.ok;
            m_out << resultLine(result, targets.at(result.index)) << '\n';
        }
    }
    return allOk ? 0 : 1;
}

QString IpmiCommands::resultLine(const BulkResult &result, const IpmiTarget &target) const
{
    if (result.ok)
        return QStringLiteral("%1: %2").arg(result.label, result.text);
    return tr("%1: error: %2").arg(result.label, shortMessage(result.error, target));
}

QList<bool> IpmiCommands::passwordsFromKeychain(
    QList<IpmiTarget> &targets, const QStringList &enclosures, QString *note)
{
    QList<bool> found(targets.size(), false);
    if (std::all_of(enclosures.cbegin(), enclosures.cend(),
            [](const QString &enclosure) { return enclosure.isEmpty(); }))
        return found;
    const std::unique_ptr<CredentialStore> store = m_storeFactory();
    if (!store)
        return found;
    // Every target's lookup at once (the BMC's entry, else its enclosure's).
    QEventLoop loop;
    int pending = 0;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        if (enclosures.value(i).isEmpty())
            continue;
        ++pending;
        const CredentialKey key {enclosures.at(i), targets.at(i).endpoint.toString()};
        store->lookup(key, &loop, [&, i](const CredentialResult &result) {
            if (result.ok()) {
                targets[i].password = result.password;
                found[i] = true;
            } else if (result.status != CredentialResult::Status::NotFound && note
                && note->isEmpty()) {
                *note = result.message;
            }
            if (--pending == 0)
                loop.quit();
        });
    }
    if (pending > 0)
        loop.exec();
    return found;
}

std::optional<QByteArray> IpmiCommands::readPassword(const QCommandLineParser &, bool environment,
    const QString &passwordFile, int *status, const QString &keychainNote)
{
    PasswordSource source;
    source.file = passwordFile;
    source.fromEnvironment = environment;
    source.environmentVariable = PasswordEnv;
    source.prompt = tr("IPMI password: ");
    QString error;
    const auto password = source.read(&error,
        m_promptAnswer ? std::function([this](const QString &) { return m_promptAnswer; })
                       : std::function<std::optional<QByteArray>(const QString &)>());
    if (!password) {
        m_err << "dxctl: " << error << '\n';
        if (!keychainNote.isEmpty())
            m_err << tr("dxctl: the system keychain was no help: %1").arg(keychainNote) << '\n';
        *status = 2;
    }
    return password;
}
