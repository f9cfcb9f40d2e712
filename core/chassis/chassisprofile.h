// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/// What a chassis model is: slot count, limits. Data, not code, so a wrong
/// figure is a one-line fix. The DX1000 is built in.
struct ChassisProfile
{
    QString id; ///< stored in the inventory, e.g. "DX1000"
    QString displayName; ///< "NEC Micro Modular Server DX1000"
    int slotCount = 0;
    int rackUnits = 0;
    int serverModuleBudget = 0; ///< server modules the power units can feed
    int enclosuresPerRack = 0;
    int switchModules = 0;
    int powerUnits = 0;
    int powerUnitWatts = 0;

    static const ChassisProfile &dx1000();
    /// nullptr when @p id names no known profile.
    static const ChassisProfile *byId(const QString &id);
    static QStringList knownIds();
};
