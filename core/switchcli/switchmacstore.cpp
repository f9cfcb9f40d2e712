// SPDX-License-Identifier: GPL-3.0-or-later
#include "switchmacstore.h"

#include "chassis/chassisprofile.h"
#include "chassis/inventoryio.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SwitchMacStore)
};
} // namespace

QString SwitchMacStore::apply(Inventory &inventory, const SwitchMacRecord &record)
{
    if (record.systemMac.isNull())
        return Tr::tr("no switch MAC address to store");
    Enclosure *enclosure = nullptr;
    for (Enclosure &e : inventory.enclosures) {
        if (e.name == record.enclosure)
            enclosure = &e;
    }
    if (!enclosure)
        return Tr::tr("no enclosure named \"%1\"").arg(record.enclosure);
    const ChassisProfile *profile = ChassisProfile::byId(enclosure->profileId);
    const MacRule &rule = profile ? profile->macRule : ChassisProfile::dx1000().macRule;
    const int modules = profile ? profile->switchModules : ChassisProfile::dx1000().switchModules;
    if (record.position < 1 || record.position > modules) {
        return Tr::tr("enclosure %1 has no switch module %2 (it has %3)")
            .arg(enclosure->name)
            .arg(record.position)
            .arg(modules);
    }
    SwitchInfo *target = nullptr;
    for (SwitchInfo &s : enclosure->switches) {
        if (s.position == record.position)
            target = &s;
    }
    if (!target) {
        enclosure->switches.append(SwitchInfo {record.position, record.serialPort, {}});
        target = &enclosure->switches.last();
    }
    target->systemMac = record.systemMac;
    enclosure->cmmMac = rule.cmmMac(record.systemMac);
    return {};
}

QString SwitchMacStore::store(const QString &path, const SwitchMacRecord &record)
{
    auto loaded = InventoryIo::load(path);
    if (!loaded.ok())
        return loaded.error.toString();
    const QString error = apply(*loaded.inventory, record);
    if (!error.isEmpty())
        return Tr::tr("%1: %2").arg(path, error);
    return InventoryIo::save(*loaded.inventory, path);
}
