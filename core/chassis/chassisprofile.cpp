// SPDX-License-Identifier: GPL-3.0-or-later
#include "chassisprofile.h"

#include <algorithm>

namespace {

/// The DX1000's front panel, one string per row of slots, one character per
/// column, left to right; slots are numbered row by row from the top left.
///   S  server module (or empty) only
///   H  can also hold an HDD module, attached to the server module directly above
///   X  can also hold an HDD module (as H) or a PCIe card
///
/// ASSUMPTION, to be corrected against the hardware: the seed gives only the
/// totals (46 slots, 16 for HDD modules, 12 for PCIe cards) and a photo we do not
/// have. This table is the one place to fix it; docs/chassis-profile.md says so.
const char *const Dx1000FrontRows[] = {
    "SSSSSSSSSSSSSSSSSSSSSSS", // slots 1-23
    "SSSSSSSHHHHXXXXXXXXXXXX", // slots 24-46: HDD 31-46, PCIe 35-46
};

QList<ChassisProfile::SlotPosition> layoutFromRows(const char *const *rows, int rowCount)
{
    QList<ChassisProfile::SlotPosition> layout;
    const int columns = int(qstrlen(rows[0]));
    for (int row = 0; row < rowCount; ++row) {
        for (int column = 0; column < columns; ++column) {
            ChassisProfile::SlotPosition p;
            p.slot = row * columns + column + 1;
            p.row = row;
            p.column = column;
            const char kind = rows[row][column];
            p.hddCapable = kind == 'H' || kind == 'X';
            p.pcieCapable = kind == 'X';
            if (p.hddCapable && row > 0)
                p.hddHostSlot = p.slot - columns;
            layout.append(p);
        }
    }
    return layout;
}

ChassisProfile makeDx1000()
{
    // From the seed's specification tables: 46 module slots in 2U; 38 server modules
    // per enclosure because of the power units; 16 enclosures (608 server modules)
    // per rack; two switch modules; two 1600 W power units.
    ChassisProfile p;
    p.id = QStringLiteral("DX1000");
    p.displayName = QStringLiteral("NEC Micro Modular Server DX1000");
    p.slotCount = 46;
    p.rackUnits = 2;
    p.serverModuleBudget = 38;
    p.enclosuresPerRack = 16;
    p.switchModules = 2;
    p.powerUnits = 2;
    p.powerUnitWatts = 1600;

    p.frontRows = int(std::size(Dx1000FrontRows));
    p.frontColumns = int(qstrlen(Dx1000FrontRows[0]));
    p.frontLayout = layoutFromRows(Dx1000FrontRows, p.frontRows);
    p.widthMm = 448.0; // seed: 448.0 x 777.9 x 86.5 mm
    p.heightMm = 86.5;

    p.cpus = {
        {QStringLiteral("C2750"), QStringLiteral("Intel Atom C2750 (2.40 GHz/8-core/4 MB)"), 2.40,
            8, true},
        {QStringLiteral("C2730"), QStringLiteral("Intel Atom C2730 (1.70 GHz/8-core/4 MB)"), 1.70,
            8, false},
    };
    p.memoryType = QStringLiteral("DDR3-1600 ECC LV SO-DIMM");
    p.memorySlots = 4;
    p.maxMemoryGb = 32;
    p.storageType = QStringLiteral("mSATA SSD");
    p.maxStorageGb = 128;

    p.switchDownlinks = 46;
    p.downlinkGbps = 2.5;
    p.switchUplinks = 2;
    p.uplinkType = QStringLiteral("40GbE QSFP+");
    p.managementPort = QStringLiteral("1000BASE-T");

    using Kind = ChassisProfile::RearModule::Kind;
    const QString switchText
        = QStringLiteral("Network switch module: 46 × 2.5GbE down, 2 × 40GbE QSFP+ up, "
                         "1000BASE-T management, serial console 115200 bit/s");
    // The rear, seen from behind, in mm of the 448 × 86.5 mm body. ASSUMPTION, like
    // the front layout: the seed shows the modules (two switch modules, CMM, fan
    // modules, two 1600 W power units) but no drawing with measures. Power units
    // stacked on the left, the switch modules stacked next to them, the CMM, then
    // four fan modules (the seed gives no fan count) across the full height.
    p.rearWidthMm = 448.0;
    const QString fanText = QStringLiteral("Fan module (hot plug, redundant)");
    const QString psuText = QStringLiteral("1600 W power unit, 80 PLUS Platinum, 200-240 VAC");
    p.rearModules = {
        {Kind::PowerUnit, 1, psuText, QRectF(3, 3, 74, 39.5)},
        {Kind::PowerUnit, 2, psuText, QRectF(3, 44, 74, 39.5)},
        {Kind::Switch, 1, switchText, QRectF(80, 3, 176, 39.5)},
        {Kind::Switch, 2, switchText, QRectF(80, 44, 176, 39.5)},
        {Kind::Cmm, 1, QStringLiteral("Chassis management module (CMM)"), QRectF(259, 3, 40, 80.5)},
        {Kind::Fan, 1, fanText, QRectF(302, 3, 34.5, 80.5)},
        {Kind::Fan, 2, fanText, QRectF(338, 3, 34.5, 80.5)},
        {Kind::Fan, 3, fanText, QRectF(374, 3, 34.5, 80.5)},
        {Kind::Fan, 4, fanText, QRectF(410, 3, 35, 80.5)},
    };
    p.macRule = MacRule {};
    return p;
}

} // namespace

const ChassisProfile::SlotPosition *ChassisProfile::position(int slot) const
{
    if (slot >= 1 && slot <= frontLayout.size() && frontLayout.at(slot - 1).slot == slot)
        return &frontLayout.at(slot - 1);
    for (const SlotPosition &p : frontLayout) {
        if (p.slot == slot)
            return &p;
    }
    return nullptr;
}

int ChassisProfile::slotAt(int row, int column) const
{
    for (const SlotPosition &p : frontLayout) {
        if (p.row == row && p.column == column)
            return p.slot;
    }
    return 0;
}

const ChassisProfile::CpuSpec *ChassisProfile::cpu(const QString &cpuId) const
{
    for (const CpuSpec &c : cpus) {
        if (c.id.compare(cpuId, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

const ChassisProfile::RearModule *ChassisProfile::rearModule(
    RearModule::Kind kind, int rearPosition) const
{
    for (const RearModule &m : rearModules) {
        if (m.kind == kind && m.position == rearPosition)
            return &m;
    }
    return nullptr;
}

int ChassisProfile::rearModuleCount(RearModule::Kind kind) const
{
    return int(std::count_if(rearModules.cbegin(), rearModules.cend(),
        [kind](const RearModule &m) { return m.kind == kind; }));
}

int ChassisProfile::hddCapableSlots() const
{
    return int(std::count_if(frontLayout.cbegin(), frontLayout.cend(),
        [](const SlotPosition &p) { return p.hddCapable; }));
}

int ChassisProfile::pcieCapableSlots() const
{
    return int(std::count_if(frontLayout.cbegin(), frontLayout.cend(),
        [](const SlotPosition &p) { return p.pcieCapable; }));
}

const ChassisProfile &ChassisProfile::dx1000()
{
    static const ChassisProfile profile = makeDx1000();
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
