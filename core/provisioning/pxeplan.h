// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pxehost.h"

#include <QList>
#include <QString>
#include <QStringList>

struct Inventory;

/// Everything needed to net-install the modules of one enclosure: the DHCP
/// network, the PXE/TFTP/NFS settings, the serial console and the fixed-address
/// hosts. A value: the wizard and dxctl build one, PxePlanValidator checks it,
/// PxeGenerator turns it into text and PxeWriter writes that text.
///
/// The defaults are the seed's (docs/pxe-plan.md): bsdconsulting.co.jp on
/// 192.168.1.0/24, dhcpd and TFTP on .1, the NFS root on .10, FreeBSD 10.1.
struct PxePlan
{
    static constexpr int CurrentVersion = 1;
    static inline const QString FormatId = QStringLiteral("dxchassis-pxe-plan");

    // --- network: dhcpd.conf's global and subnet statements
    QString domainName = QStringLiteral("bsdconsulting.co.jp");
    QStringList dnsServers = {QStringLiteral("192.168.1.1")};
    int defaultLeaseTime = 600; ///< seconds
    int maxLeaseTime = 7200; ///< seconds
    QString subnet = QStringLiteral("192.168.1.0");
    QString netmask = QStringLiteral("255.255.255.0");
    QString rangeStart = QStringLiteral("192.168.1.20"); ///< dynamic range, inclusive
    QString rangeEnd = QStringLiteral("192.168.1.60");
    QString router = QStringLiteral("192.168.1.1");
    QString broadcast = QStringLiteral("192.168.1.255");

    // --- boot: TFTP and NFS
    QString nextServer = QStringLiteral("192.168.1.1"); ///< the TFTP server
    QString bootFileName = QStringLiteral("pxeboot");
    QString tftpRoot = QStringLiteral("/tftpboot/amd64/10.1");
    QString nfsServer = QStringLiteral("192.168.1.10");
    QString rootPath = QStringLiteral("/home/pxefreebsd"); ///< the NFS root on nfsServer
    /// The seed exports the root to everyone; true adds `-network ... -mask ...`.
    bool exportToSubnetOnly = false;
    QString freebsdRelease = QStringLiteral("10.1");
    QString installImage = QStringLiteral("FreeBSD-10.1-RELEASE-amd64-disc1.iso");

    // --- serial console: loader.conf and the /etc/ttys line inside the NFS root
    bool bootSerial = true;
    QString console = QStringLiteral("comconsole");
    /// I/O port as loader.conf takes it: "1000" is 0x3E8, COM3, which FreeBSD calls ttyu2.
    QString comconsolePort = QStringLiteral("1000");
    int comconsoleSpeed = 115200;
    QString consoleTty = QStringLiteral("ttyu2");
    QString consoleTerminalType = QStringLiteral("xterm");

    // --- hosts
    QString enclosure; ///< the inventory enclosure; empty: the first
    bool includeCmm = true;
    bool includeBmcs = true;
    QList<int> nics = {1}; ///< which data NICs get a fixed address: {1}, {2} or {1, 2}
    /// Placeholders: {enclosure} (1-based index in the inventory).
    QString cmmNamePattern = QStringLiteral("dx1000mmc{enclosure}");
    /// Placeholders: {slot}, {kind} ("bmc", "nic", "nic2" for the second NIC), {nic}, {enclosure}.
    QString hostNamePattern = QStringLiteral("dx1000s{slot}{kind}");
    QString cmmStart = QStringLiteral("192.168.1.80");
    QString bmcStart = QStringLiteral("192.168.1.81");
    QString nicStart = QStringLiteral("192.168.1.91");
    /// In dhcpd.conf order: the CMM, the BMCs by slot, then the NICs by slot.
    QList<PxeHost> hosts;

    /// The hosts included in the output.
    QList<PxeHost> includedHosts() const;

    /// Rebuilds `hosts` from the enclosure's server modules: names from the
    /// patterns, addresses counted up from the start addresses (skipping any address a
    /// pinned host holds), MACs from the inventory. A NIC MAC the inventory lacks is
    /// derived from the BMC MAC by the chassis profile's MacRule (DX1000: NIC1 = BMC - 2,
    /// NIC2 = BMC - 1), a missing CMM MAC from the switch module's MAC; both are marked. Hosts the
    /// operator pinned keep their address; excluded hosts stay excluded. Returns notes for the
    /// operator (derived MACs, missing MACs, unknown enclosure).
    QStringList allocateHosts(const Inventory &inventory);

    /// "192.168.1.0/24", or an empty string when subnet/netmask are malformed.
    QString subnetCidr() const;

    friend bool operator==(const PxePlan &, const PxePlan &) = default;
};
