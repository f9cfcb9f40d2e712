// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

/// One fixed-address entry of a PXE plan: a `host NAME { hardware ethernet MAC;
/// fixed-address ADDR; }` line in dhcpd.conf, a Kea reservation, a dnsmasq dhcp-host.
///
/// MAC and address are kept as the text the operator (or the plan file) gave,
/// so a malformed entry can still be shown and reported field by field;
/// PxePlanValidator decides whether they are well-formed.
struct PxeHost
{
    enum class Kind { Cmm, Bmc, Nic };

    Kind kind = Kind::Nic;
    int slot = 0; ///< 1-based module slot; 0 for the CMM
    QString name; ///< e.g. "dx1000s23nic"
    QString mac; ///< e.g. "74:D4:35:83:78:14"; empty when unknown
    bool macDerived = false; ///< computed from the BMC MAC, not read from the inventory
    QString address; ///< fixed address, e.g. "192.168.1.91"
    bool addressPinned = false; ///< set by the operator; kept when addresses are reallocated
    bool included = true; ///< excluded hosts are neither validated nor generated

    friend bool operator==(const PxeHost &, const PxeHost &) = default;
};

QString pxeHostKindId(PxeHost::Kind kind); ///< "cmm", "bmc", "nic"
std::optional<PxeHost::Kind> pxeHostKindFromId(const QString &id);
