// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bmcendpoint.h"
#include "ipmisettings.h"
#include "macaddress.h"

#include <QList>
#include <QString>

#include <optional>

/// What sits in a module slot.
enum class ModuleType { Empty, Server, Hdd, Pcie };

QString moduleTypeId(ModuleType type); ///< "server", "hdd", ...
std::optional<ModuleType> moduleTypeFromId(const QString &id); ///< nullopt if unknown

/// One module slot of an enclosure as the inventory records it.
struct SlotInfo
{
    int slot = 0; ///< 1-based, as printed on the front panel
    ModuleType module = ModuleType::Empty;
    QString cpu; ///< "C2750", "C2730" or empty
    QString hostName; ///< e.g. "dx1000s23"
    std::optional<BmcEndpoint> bmc;
    MacAddress bmcMac; ///< null when unknown
    QList<MacAddress> nicMacs; ///< NIC1, NIC2; may be empty
    /// The NIC MACs were computed from the BMC MAC by the profile's MacRule, not
    /// read from hardware or mng_niclist; a read MAC replaces them.
    bool nicMacsDerived = false;
    std::optional<IpmiSettings> ipmi; ///< per-slot override of the enclosure's settings

    friend bool operator==(const SlotInfo &, const SlotInfo &) = default;
};

/// A rear switch module.
struct SwitchInfo
{
    int position = 1;
    QString serialPort; ///< e.g. /dev/ttyUSB0, /dev/cuaU0, or the lab's pty
    MacAddress systemMac;

    friend bool operator==(const SwitchInfo &, const SwitchInfo &) = default;
};

/// One chassis.
struct Enclosure
{
    QString name;
    QString profileId = QStringLiteral("DX1000");
    QString location;
    QString cmmAddress;
    MacAddress cmmMac;
    QList<SwitchInfo> switches;
    IpmiSettings ipmi;
    /// Power-on stagger: at most this many modules powered on per interval (0 = all at
    /// once), so the inrush of a full enclosure stays within its power units.
    int powerOnStaggerModules = 0;
    int powerOnStaggerIntervalMs = 1000;
    QList<SlotInfo> moduleSlots; ///< sorted by slot number; slots not listed are empty

    const SlotInfo *slot(int number) const;
    /// The settings that apply to @p slot: its override or the enclosure's.
    IpmiSettings ipmiFor(const SlotInfo &slot) const;

    friend bool operator==(const Enclosure &, const Enclosure &) = default;
};

/// The operator's whole inventory: what the inventory file holds.
struct Inventory
{
    static constexpr int CurrentVersion = 1;
    static inline const QString FormatId = QStringLiteral("dxchassis-inventory");

    QList<Enclosure> enclosures;

    const Enclosure *enclosure(const QString &name) const;

    friend bool operator==(const Inventory &, const Inventory &) = default;
};
