// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventorycommands.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include "chassis/chassisprofile.h"
#include "chassis/inventorychecker.h"
#include "chassis/inventoryio.h"
#include "chassis/niclistimporter.h"
#include "dxctloptions.h"

namespace {

const QString &InventoryEnv = DxctlOptions::InventoryEnv;

} // namespace

InventoryCommands::InventoryCommands(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

int InventoryCommands::importNiclist(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import the output of the CMM's `mng_niclist -C all` (or the same columns as CSV) "
           "into an enclosure of an inventory. NIC MACs the list leaves out are derived from the "
           "BMC MAC (NIC1 = BMC - 2, NIC2 = BMC - 1) and marked as derived."));
    const QCommandLineOption helpOption = DxctlOptions::help();
    const QCommandLineOption enclosureOption({QStringLiteral("e"), QStringLiteral("enclosure")},
        tr("The enclosure to import into (created if the inventory has none of that name)."),
        tr("NAME"));
    const QCommandLineOption inventoryOption({QStringLiteral("i"), QStringLiteral("inventory")},
        tr("The inventory to start from (default: the output file if it exists, else $%1, "
           "else a new inventory).")
            .arg(InventoryEnv),
        tr("FILE"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
        tr("Write the inventory to FILE (atomically, keeping a backup); default: print it."),
        tr("FILE"));
    parser.addOption(helpOption);
    parser.addOption(enclosureOption);
    parser.addOption(inventoryOption);
    parser.addOption(outputOption);
    parser.addPositionalArgument(
        QStringLiteral("file"), tr("The mng_niclist output or CSV file."), tr("FILE"));
    if (!parser.parse(arguments)) {
        m_err << QStringLiteral("dxctl: %1\n").arg(parser.errorText());
        return 2;
    }
    if (parser.isSet(helpOption)) {
        m_out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        m_err << tr("dxctl: import-niclist takes one FILE") << '\n';
        return 2;
    }
    if (!parser.isSet(enclosureOption) || parser.value(enclosureOption).isEmpty()) {
        m_err << tr("dxctl: give the enclosure to import into with --enclosure NAME") << '\n';
        return 2;
    }
    const QString enclosureName = parser.value(enclosureOption);
    const QString output = parser.value(outputOption);

    QString base = parser.value(inventoryOption);
    if (base.isEmpty() && !output.isEmpty() && QFileInfo::exists(output))
        base = output;
    if (base.isEmpty() && output.isEmpty())
        base = qEnvironmentVariable("DXCHASSIS_INVENTORY");

    Inventory inventory;
    if (!base.isEmpty()) {
        const InventoryLoadResult loaded = InventoryIo::load(base);
        if (!loaded.ok()) {
            m_err << loaded.error.toString() << '\n';
            return 1;
        }
        inventory = *loaded.inventory;
    }

    Enclosure *enclosure = nullptr;
    for (Enclosure &e : inventory.enclosures) {
        if (e.name == enclosureName)
            enclosure = &e;
    }
    if (!enclosure) {
        Enclosure fresh;
        fresh.name = enclosureName;
        inventory.enclosures.append(fresh);
        enclosure = &inventory.enclosures.last();
    }
    const ChassisProfile *profile = ChassisProfile::byId(enclosure->profileId);
    if (!profile) {
        m_err << tr("dxctl: enclosure %1 has the unknown profile \"%2\"")
                     .arg(enclosureName, enclosure->profileId)
              << '\n';
        return 1;
    }

    const NiclistImport read
        = NiclistImporter::load(parser.positionalArguments().constFirst(), profile->slotCount);
    for (const QString &error : read.errors)
        m_err << error << '\n';
    if (read.entries.isEmpty()) {
        m_err << tr("dxctl: no module read; nothing imported") << '\n';
        return 1;
    }
    const QStringList notes = NiclistImporter::merge(*enclosure, read.entries, *profile);
    for (const QString &note : notes)
        m_err << note << '\n';

    if (output.isEmpty()) {
        m_out << QString::fromUtf8(InventoryIo::serialize(inventory));
    } else {
        const QString error = InventoryIo::save(inventory, output);
        if (!error.isEmpty()) {
            m_err << error << '\n';
            return 1;
        }
        m_out << tr("%1: imported %2 into %3")
                     .arg(QDir::toNativeSeparators(output),
                         tr("%n module(s)", "", int(read.entries.size())), enclosureName)
              << '\n';
    }
    return read.errors.isEmpty() ? 0 : 1;
}

int InventoryCommands::check(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check an inventory against its chassis profiles: HDD modules and PCIe cards in "
           "slots that cannot take them, HDD modules not attached to a C2750 server module, "
           "more server modules than the power budget, MACs that contradict the MAC rule. "
           "Exit status 1 when there are warnings."));
    const QCommandLineOption helpOption = DxctlOptions::help();
    const QCommandLineOption inventoryOption = DxctlOptions::inventory();
    parser.addOption(helpOption);
    parser.addOption(inventoryOption);
    if (!parser.parse(arguments)) {
        m_err << QStringLiteral("dxctl: %1\n").arg(parser.errorText());
        return 2;
    }
    if (parser.isSet(helpOption)) {
        m_out << parser.helpText();
        return 0;
    }
    const QString path = parser.isSet(inventoryOption)
        ? parser.value(inventoryOption)
        : qEnvironmentVariable("DXCHASSIS_INVENTORY");
    if (path.isEmpty()) {
        m_err << tr("dxctl: no inventory: give --inventory FILE or set %1").arg(InventoryEnv)
              << '\n';
        return 2;
    }
    const InventoryLoadResult loaded = InventoryIo::load(path);
    if (!loaded.ok()) {
        m_err << loaded.error.toString() << '\n';
        return 1;
    }

    int total = 0;
    for (const EnclosureCheck &check : InventoryChecker::check(*loaded.inventory)) {
        for (const QString &warning : check.enclosureWarnings)
            m_out << tr("%1: warning: %2").arg(check.enclosure, warning) << '\n';
        QList<int> slotNumbers = check.slotWarnings.keys();
        std::sort(slotNumbers.begin(), slotNumbers.end());
        for (int slot : slotNumbers) {
            for (const QString &warning : check.slotWarnings.value(slot))
                m_out << tr("%1: slot %2: warning: %3")
                             .arg(check.enclosure, QString::number(slot), warning)
                      << '\n';
        }
        total += check.warningCount();
    }
    const QString native = QDir::toNativeSeparators(path);
    if (total == 0) {
        m_out << tr("%1: no warnings").arg(native) << '\n';
        return 0;
    }
    m_out << tr("%1: %n warning(s)", "", total).arg(native) << '\n';
    return 1;
}
