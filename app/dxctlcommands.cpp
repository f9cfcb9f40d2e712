// SPDX-License-Identifier: GPL-3.0-or-later
#include "dxctlcommands.h"

#include <algorithm>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDir>
#include <QList>
#include <QTextStream>

#include "chassis/chassisprofile.h"
#include "chassis/inventorychecker.h"
#include "chassis/inventoryio.h"
#include "dxctloptions.h"
#include "ipmi/freeipmibackend.h"
#include "inventorycommands.h"
#include "ipmicommands.h"
#include "passwordcommands.h"
#include "switchcommands.h"
#include "dxctlexport.h"

namespace {

const QString &InventoryEnv = DxctlOptions::InventoryEnv;

bool isWide(char32_t c)
{
    // The East Asian Wide and Fullwidth blocks that occur in practice
    // (CJK, kana, Hangul, fullwidth forms).
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E)
        || (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

QString padded(const QString &text, int width)
{
    return text + QString(std::max(0, width - DxctlCommands::displayWidth(text)), QLatin1Char(' '));
}

QString moduleColumn(const SlotInfo &slot)
{
    const QString id = moduleTypeId(slot.module);
    return slot.cpu.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(id, slot.cpu);
}

QString macColumn(const MacAddress &mac)
{
    return mac.isNull() ? QStringLiteral("-") : mac.toString();
}

/// QCommandLineParser's help names the program as started; a subcommand's help
/// names the subcommand instead ("Usage: dxctl inventory show [options]").
QString subcommandHelp(const QCommandLineParser &parser, const QString &command)
{
    QString help = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = program.isEmpty() ? -1 : help.indexOf(program);
    if (at >= 0)
        help.replace(at, program.size(), command);
    return help;
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

} // namespace

DxctlCommands::DxctlCommands(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

int DxctlCommands::run(const QStringList &arguments)
{
    // power, boot, identify, mac, raw: options may come before the command word.
    if (IpmiCommands::handles(arguments))
        return IpmiCommands(m_out, m_err).run(arguments);
    if (SwitchCommands::handles(arguments))
        return SwitchCommands(m_out, m_err).run(arguments);
    if (DxctlExport::handles(arguments))
        return DxctlExport(m_out, m_err).run(arguments);
    if (PasswordCommands::handles(arguments))
        return PasswordCommands(m_out, m_err).run(arguments);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Command-line companion of dxchassis: inventories of NEC DX1000 chassis."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption helpOption = DxctlOptions::help();
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
        tr("Show the versions of dxctl, Qt and FreeIPMI."));
    // Read before the parser runs (TranslationInstaller); accepted here so it is not unknown.
    const QCommandLineOption langOption = DxctlOptions::lang();
    parser.addOption(helpOption);
    parser.addOption(versionOption);
    parser.addOption(langOption);
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run (see below)."),
        tr("<command> [<arguments>]"));

    if (!parser.parse(arguments)) {
        m_err << QStringLiteral("dxctl: %1\n").arg(parser.errorText());
        m_err << tr("Run 'dxctl --help' for usage.") << '\n';
        return 2;
    }
    if (parser.isSet(versionOption)) {
        m_out << versionText() << '\n';
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(helpOption) || positional.isEmpty()) {
        QTextStream &stream = positional.isEmpty() && !parser.isSet(helpOption) ? m_err : m_out;
        stream << parser.helpText() << '\n' << commandsHelp();
        return parser.isSet(helpOption) ? 0 : 2;
    }

    const QString command = positional.constFirst();
    if (command == QLatin1String("inventory"))
        return inventoryCommand(positional);
    m_err << tr("dxctl: unknown command '%1'").arg(command) << '\n'
          << tr("Run 'dxctl --help' for usage.") << '\n';
    return 2;
}

QString DxctlCommands::versionText()
{
    return QStringLiteral("dxctl %1\nQt %2 (%3)\nFreeIPMI %4")
        .arg(QStringLiteral(DXCHASSIS_VERSION), QString::fromLatin1(qVersion()),
            tr("built with %1").arg(QStringLiteral(QT_VERSION_STR)), freeIpmiLibraryVersion());
}

int DxctlCommands::displayWidth(const QString &text)
{
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QString DxctlCommands::commandsHelp() const
{
    return tr("Commands:\n"
              "  inventory show [--inventory FILE]  Print the slots of every enclosure.\n"
              "  inventory validate [FILE]          Check an inventory file; exit status 1 if "
              "it is invalid.\n"
              "  inventory check [--inventory FILE]  Check slots, power budget and MACs against "
              "the chassis profile; exit status 1 on warnings.\n"
              "  inventory import-niclist FILE --enclosure NAME [-o OUT]  Import mng_niclist "
              "output or CSV.\n"
              "%2"
              "\n"
              "The inventory file defaults to $%1.\n")
        .arg(InventoryEnv,
            IpmiCommands::help() + SwitchCommands::help() + DxctlExport::help()
                + PasswordCommands::help());
}

QString DxctlCommands::defaultInventory() const
{
    return qEnvironmentVariable("DXCHASSIS_INVENTORY");
}

int DxctlCommands::inventoryCommand(const QStringList &arguments)
{
    // arguments: "inventory", subcommand, its arguments
    const QString sub = arguments.value(1);
    // The sub-parser's arguments: a program name, then the subcommand's arguments.
    const QStringList rest = QStringList {QStringLiteral("dxctl")} + arguments.mid(2);
    if (sub == QLatin1String("show"))
        return showInventory(rest);
    if (sub == QLatin1String("validate"))
        return validateInventory(rest);
    if (sub == QLatin1String("check"))
        return InventoryCommands(m_out, m_err).check(rest);
    if (sub == QLatin1String("import-niclist"))
        return InventoryCommands(m_out, m_err).importNiclist(rest);
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        (sub.isEmpty() ? m_err : m_out) << commandsHelp();
        return sub.isEmpty() ? 2 : 0;
    }
    m_err << tr("dxctl: unknown inventory command '%1'").arg(sub) << '\n'
          << tr("Run 'dxctl --help' for usage.") << '\n';
    return 2;
}

int DxctlCommands::showInventory(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print the slots of every enclosure in an inventory."));
    const QCommandLineOption helpOption = DxctlOptions::help();
    const QCommandLineOption inventoryOption = DxctlOptions::inventory();
    parser.addOption(helpOption);
    parser.addOption(inventoryOption);
    if (!parser.parse(arguments)) {
        m_err << QStringLiteral("dxctl: %1\n").arg(parser.errorText());
        return 2;
    }
    if (parser.isSet(helpOption)) {
        m_out << subcommandHelp(parser, QStringLiteral("dxctl inventory show"));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        m_err
            << tr("dxctl: unexpected argument '%1'").arg(parser.positionalArguments().constFirst())
            << '\n';
        return 2;
    }
    const QString path
        = parser.isSet(inventoryOption) ? parser.value(inventoryOption) : defaultInventory();
    if (path.isEmpty()) {
        m_err << tr("dxctl: no inventory: give --inventory FILE or set %1").arg(InventoryEnv)
              << '\n';
        return 2;
    }

    const InventoryLoadResult result = InventoryIo::load(path);
    if (!result.ok()) {
        m_err << result.error.toString() << '\n';
        return 1;
    }
    for (const QString &warning : result.warnings)
        m_err << tr("%1: warning: %2").arg(QDir::toNativeSeparators(path), warning) << '\n';

    bool first = true;
    for (const Enclosure &enclosure : result.inventory->enclosures) {
        if (!first)
            m_out << '\n';
        first = false;
        printEnclosure(enclosure);
    }
    return 0;
}

void DxctlCommands::printEnclosure(const Enclosure &enclosure)
{
    const ChassisProfile *profile = ChassisProfile::byId(enclosure.profileId);
    const int modules
        = int(std::count_if(enclosure.moduleSlots.cbegin(), enclosure.moduleSlots.cend(),
            [](const SlotInfo &slot) { return slot.module != ModuleType::Empty; }));
    m_out << tr("Enclosure %1 (%2, %3)")
                 .arg(enclosure.name, profile ? profile->displayName : enclosure.profileId,
                     tr("%n module(s)", "", modules))
          << '\n';

    QList<QStringList> rows;
    rows << QStringList {tr("SLOT"), tr("MODULE"), tr("HOST NAME"), tr("BMC ADDRESS"),
        tr("BMC MAC"), tr("NIC1 MAC"), tr("NIC2 MAC"), tr("WARNINGS")};
    const EnclosureCheck check = InventoryChecker::check(enclosure);
    for (const SlotInfo &slot : enclosure.moduleSlots) {
        // Derived NIC MACs carry a '*' (explained below the table).
        const QString mark = slot.nicMacsDerived ? QStringLiteral("*") : QString();
        rows << QStringList {QString::number(slot.slot), moduleColumn(slot), orDash(slot.hostName),
            slot.bmc ? slot.bmc->toString() : QStringLiteral("-"), macColumn(slot.bmcMac),
            macColumn(slot.nicMacs.value(0)) + mark, macColumn(slot.nicMacs.value(1)) + mark,
            orDash(check.warningsFor(slot.slot).join(QStringLiteral("; ")))};
    }

    QList<int> widths(rows.constFirst().size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths.at(column), displayWidth(row.at(column)));
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const bool last = column + 1 == row.size();
            line += last ? row.at(column) : padded(row.at(column), widths.at(column) + 2);
        }
        m_out << line << '\n';
    }
    if (std::any_of(enclosure.moduleSlots.cbegin(), enclosure.moduleSlots.cend(),
            [](const SlotInfo &slot) { return slot.nicMacsDerived; }))
        m_out << tr("* derived from the BMC MAC, not read from the module") << '\n';
    for (const QString &warning : check.enclosureWarnings)
        m_out << tr("warning: %1").arg(warning) << '\n';
}

int DxctlCommands::validateInventory(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check an inventory file. Exit status 0 if it is valid, 1 if not."));
    const QCommandLineOption helpOption = DxctlOptions::help();
    parser.addOption(helpOption);
    parser.addPositionalArgument(QStringLiteral("file"),
        tr("The inventory file (default: $%1).").arg(InventoryEnv), tr("[FILE]"));
    if (!parser.parse(arguments)) {
        m_err << QStringLiteral("dxctl: %1\n").arg(parser.errorText());
        return 2;
    }
    if (parser.isSet(helpOption)) {
        m_out << subcommandHelp(parser, QStringLiteral("dxctl inventory validate"));
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        m_err << tr("dxctl: validate takes one file") << '\n';
        return 2;
    }
    const QString path = files.isEmpty() ? defaultInventory() : files.constFirst();
    if (path.isEmpty()) {
        m_err << tr("dxctl: no inventory: give FILE or set %1").arg(InventoryEnv) << '\n';
        return 2;
    }

    const InventoryLoadResult result = InventoryIo::load(path);
    if (!result.ok()) {
        m_err << result.error.toString() << '\n';
        return 1;
    }
    const QString native = QDir::toNativeSeparators(path);
    for (const QString &warning : result.warnings)
        m_err << tr("%1: warning: %2").arg(native, warning) << '\n';
    int modules = 0;
    for (const Enclosure &enclosure : result.inventory->enclosures) {
        modules += int(std::count_if(enclosure.moduleSlots.cbegin(), enclosure.moduleSlots.cend(),
            [](const SlotInfo &slot) { return slot.module != ModuleType::Empty; }));
    }
    m_out << tr("%1: valid (%2, %3)")
                 .arg(native, tr("%n enclosure(s)", "", int(result.inventory->enclosures.size())),
                     tr("%n module(s)", "", modules))
          << '\n';
    return 0;
}
