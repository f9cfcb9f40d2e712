// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventorychecker.h"

#include <algorithm>

#include "chassisprofile.h"
#include "inventory.h"

int EnclosureCheck::warningCount() const
{
    int count = int(enclosureWarnings.size());
    for (const QStringList &warnings : slotWarnings)
        count += int(warnings.size());
    return count;
}

EnclosureCheck InventoryChecker::check(const Enclosure &enclosure)
{
    const ChassisProfile *profile = ChassisProfile::byId(enclosure.profileId);
    if (!profile) {
        EnclosureCheck result;
        result.enclosure = enclosure.name;
        result.enclosureWarnings
            << tr("unknown chassis profile \"%1\"; nothing checked").arg(enclosure.profileId);
        return result;
    }
    return check(enclosure, *profile);
}

EnclosureCheck InventoryChecker::check(const Enclosure &enclosure, const ChassisProfile &profile)
{
    EnclosureCheck result;
    result.enclosure = enclosure.name;
    auto warn = [&result](int slot, const QString &text) {
        result.slotWarnings[slot] << text;
    };

    for (const SlotInfo &slot : enclosure.moduleSlots) {
        const ChassisProfile::SlotPosition *position = profile.position(slot.slot);
        if (!position) {
            if (slot.module != ModuleType::Empty)
                warn(slot.slot,
                    tr("slot %1 does not exist in a %2 (%3 slots)")
                        .arg(QString::number(slot.slot), profile.id,
                            QString::number(profile.slotCount)));
            continue;
        }
        switch (slot.module) {
        case ModuleType::Hdd: {
            if (!position->hddCapable) {
                warn(slot.slot, tr("slot %1 cannot hold an HDD module").arg(slot.slot));
                break;
            }
            const SlotInfo *host = enclosure.slot(position->hddHostSlot);
            if (!host || host->module != ModuleType::Server) {
                warn(slot.slot,
                    tr("HDD module not attached to a server module: slot %1 is not a server "
                       "module")
                        .arg(position->hddHostSlot));
                break;
            }
            const ChassisProfile::CpuSpec *cpu = profile.cpu(host->cpu);
            if (cpu && !cpu->hddCapable)
                warn(slot.slot,
                    tr("HDD module attached to a %1 server module (slot %2); HDD modules work "
                       "only with a C2750")
                        .arg(host->cpu, QString::number(host->slot)));
            break;
        }
        case ModuleType::Pcie:
            if (!position->pcieCapable)
                warn(slot.slot, tr("slot %1 cannot hold a PCIe card").arg(slot.slot));
            break;
        case ModuleType::Server:
        case ModuleType::Empty:
            break;
        }

        // A MAC read from hardware wins over the rule, but a disagreement means
        // a typo or a module moved between slots: flag it.
        if (slot.module == ModuleType::Server && !slot.nicMacsDerived && !slot.bmcMac.isNull()) {
            const QList<MacAddress> expected = profile.macRule.nicMacs(slot.bmcMac);
            for (int nic = 0; nic < std::min(slot.nicMacs.size(), expected.size()); ++nic) {
                if (slot.nicMacs.at(nic) != expected.at(nic))
                    warn(slot.slot,
                        tr("NIC%1 MAC %2 conflicts with the BMC MAC %3 (the rule gives %4)")
                            .arg(QString::number(nic + 1), slot.nicMacs.at(nic).toString(),
                                slot.bmcMac.toString(), expected.at(nic).toString()));
            }
        }
    }

    const int servers
        = int(std::count_if(enclosure.moduleSlots.cbegin(), enclosure.moduleSlots.cend(),
            [](const SlotInfo &s) { return s.module == ModuleType::Server; }));
    if (servers > profile.serverModuleBudget)
        result.enclosureWarnings << tr("%1 server modules exceed the power budget of %2 per "
                                       "enclosure")
                                        .arg(QString::number(servers),
                                            QString::number(profile.serverModuleBudget));

    if (!enclosure.cmmMac.isNull() && !enclosure.switches.isEmpty()
        && !enclosure.switches.constFirst().systemMac.isNull()) {
        const MacAddress expected
            = profile.macRule.cmmMac(enclosure.switches.constFirst().systemMac);
        if (expected != enclosure.cmmMac)
            result.enclosureWarnings
                << tr("CMM MAC %1 conflicts with switch module 1's system MAC %2 (the rule "
                      "gives %3)")
                       .arg(enclosure.cmmMac.toString(),
                           enclosure.switches.constFirst().systemMac.toString(),
                           expected.toString());
    }
    return result;
}

QList<EnclosureCheck> InventoryChecker::check(const Inventory &inventory)
{
    QList<EnclosureCheck> results;
    for (const Enclosure &enclosure : inventory.enclosures)
        results << check(enclosure);
    return results;
}
