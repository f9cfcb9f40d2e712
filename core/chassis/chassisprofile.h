// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include "macrule.h"

/// What a chassis model is: slot count, front-panel layout, which slots take
/// which modules, the rear modules, limits and MAC rule. Data, not code, so a
/// wrong figure is a one-line fix. The DX1000 is built in.
struct ChassisProfile
{
    /// Where a module slot sits on the front panel and what it can hold.
    struct SlotPosition
    {
        int slot = 0; ///< 1-based number printed on the panel
        int row = 0; ///< 0 = top
        int column = 0; ///< 0 = left
        bool hddCapable = false; ///< can hold an HDD module
        bool pcieCapable = false; ///< can hold a PCIe card
        int hddHostSlot = 0; ///< the server slot an HDD module here attaches to; 0 = none
    };

    /// A server module processor option.
    struct CpuSpec
    {
        QString id; ///< "C2750", as in the inventory
        QString description; ///< "Intel Atom C2750 (2.40 GHz/8-core/4 MB)"
        double ghz = 0;
        int cores = 0;
        bool hddCapable = false; ///< an HDD module may be attached to it
    };

    /// A module at the rear of the enclosure.
    struct RearModule
    {
        enum class Kind { Switch, Cmm, Fan, PowerUnit };
        Kind kind = Kind::Fan;
        int position = 1; ///< 1-based among modules of its kind
        QString description;
        /// Where it sits on the rear, in mm from the top left of the enclosure body
        /// as seen from behind (rearWidthMm × heightMm).
        QRectF rectMm;
    };

    QString id; ///< stored in the inventory, e.g. "DX1000"
    QString displayName; ///< "NEC Micro Modular Server DX1000"
    int slotCount = 0;
    int rackUnits = 0;
    int serverModuleBudget = 0; ///< server modules the power units can feed
    int enclosuresPerRack = 0;
    int switchModules = 0;
    int powerUnits = 0;
    int powerUnitWatts = 0;

    // Front panel: rows × columns of module slots (see frontLayout).
    int frontRows = 0;
    int frontColumns = 0;
    QList<SlotPosition> frontLayout; ///< one entry per slot, ordered by slot number
    double widthMm = 0; ///< enclosure front, for drawing it in proportion
    double heightMm = 0;

    // Server module
    QList<CpuSpec> cpus;
    QString memoryType;
    int memorySlots = 0;
    int maxMemoryGb = 0;
    QString storageType;
    int maxStorageGb = 0;

    // Switch module
    int switchDownlinks = 0;
    double downlinkGbps = 0;
    int switchUplinks = 0;
    QString uplinkType;
    QString managementPort;

    QList<RearModule> rearModules;
    double rearWidthMm = 0; ///< the rear face of the body (no rack ears at the back)
    /// nullptr when the profile has no such rear module.
    const RearModule *rearModule(RearModule::Kind kind, int position) const;
    int rearModuleCount(RearModule::Kind kind) const;
    MacRule macRule;

    /// nullptr when @p slot is not in the front layout.
    const SlotPosition *position(int slot) const;
    /// The slot at @p row / @p column; 0 when there is none.
    int slotAt(int row, int column) const;
    /// nullptr when @p id names no processor of this profile.
    const CpuSpec *cpu(const QString &id) const;
    int hddCapableSlots() const;
    int pcieCapableSlots() const;
    /// Server modules per rack: budget × enclosures (608 for the DX1000).
    int serverModulesPerRack() const { return serverModuleBudget * enclosuresPerRack; }

    static const ChassisProfile &dx1000();
    /// nullptr when @p id names no known profile.
    static const ChassisProfile *byId(const QString &id);
    static QStringList knownIds();
};
