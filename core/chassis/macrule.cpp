// SPDX-License-Identifier: GPL-3.0-or-later
#include "macrule.h"

namespace {

MacAddress offset(const MacAddress &mac, int delta)
{
    return mac.isNull() ? MacAddress() : mac + delta;
}

} // namespace

QList<MacAddress> MacRule::nicMacs(const MacAddress &bmcMac) const
{
    if (bmcMac.isNull())
        return {};
    return {bmcMac + nic1Offset, bmcMac + nic2Offset};
}

MacAddress MacRule::onsMac(const MacAddress &switchSystemMac) const
{
    return offset(switchSystemMac, onsOffset);
}

MacAddress MacRule::cmmMac(const MacAddress &switchSystemMac) const
{
    return offset(switchSystemMac, cmmOffset);
}
