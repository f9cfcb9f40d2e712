// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "macaddress.h"

/// How a chassis model numbers its MAC addresses, as offsets from the one MAC an
/// operator can read: a server module's NICs from its BMC (management LAN) MAC,
/// and the ONS and CMM from the switch module's system MAC (`show system`).
///
/// DX1000 (seed, `mng_niclist -C all` and "calc MAC address"):
/// NIC1 = BMC − 2, NIC2 = BMC − 1; ONS = system − 1, CMM = system − 2.
struct MacRule
{
    int nic1Offset = -2;
    int nic2Offset = -1;
    int onsOffset = -1;
    int cmmOffset = -2;

    /// NIC1 and NIC2 of the module whose BMC has @p bmcMac; empty for a null MAC.
    QList<MacAddress> nicMacs(const MacAddress &bmcMac) const;
    MacAddress onsMac(const MacAddress &switchSystemMac) const;
    MacAddress cmmMac(const MacAddress &switchSystemMac) const;

    friend bool operator==(const MacRule &, const MacRule &) = default;
};
