// SPDX-License-Identifier: GPL-3.0-or-later
#include "chassisprofile.h"

const ChassisProfile &ChassisProfile::dx1000()
{
    // From the seed: 46 module slots in 2U; 38 server modules per enclosure because
    // of the power units; 16 enclosures (608 server modules) per rack; two switch
    // modules; two 1600 W power units.
    static const ChassisProfile profile {
        QStringLiteral("DX1000"), QStringLiteral("NEC Micro Modular Server DX1000"),
        46, // slotCount
        2, // rackUnits
        38, // serverModuleBudget
        16, // enclosuresPerRack
        2, // switchModules
        2, // powerUnits
        1600, // powerUnitWatts
    };
    return profile;
}

const ChassisProfile *ChassisProfile::byId(const QString &id)
{
    if (id.compare(dx1000().id, Qt::CaseInsensitive) == 0)
        return &dx1000();
    return nullptr;
}

QStringList ChassisProfile::knownIds()
{
    return {dx1000().id};
}
