// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

struct PxePlan;

/// The files a PXE plan produces. Each has an id (dxctl's `export` argument and
/// the plan file's key), a title for the wizard and a place in a folder tree laid
/// out like the PXE server's root (docs/pxe-plan.md).
enum class PxeOutput {
    DhcpdConf, ///< /usr/local/etc/dhcpd.conf (ISC dhcpd)
    KeaConf, ///< /usr/local/etc/kea/kea-dhcp4.conf (Kea DHCPv4)
    DnsmasqConf, ///< /usr/local/etc/dnsmasq.conf
    InetdConf, ///< the tftp line of /etc/inetd.conf
    Exports, ///< /etc/exports
    RcConf, ///< rc.conf fragments for dhcpd, inetd and NFS (/etc/rc.conf.local)
    LoaderConf, ///< boot/loader.conf inside the NFS root
    TtysLine, ///< the console's /etc/ttys line inside the NFS root
    CommandSheet, ///< the remaining manual steps as a shell-style sheet
};

namespace PxeOutputs {
QList<PxeOutput> all();
QString id(PxeOutput output); ///< "dhcpd", "kea", "dnsmasq", "inetd", "exports", ...
std::optional<PxeOutput> fromId(const QString &id);
QString title(PxeOutput output); ///< translated, e.g. "dhcpd.conf (ISC DHCP)"
/// Relative path inside a folder tree, e.g. "usr/local/etc/dhcpd.conf",
/// "home/pxefreebsd/boot/loader.conf" (follows the plan's NFS root path).
QString treePath(PxeOutput output, const PxePlan &plan);
} // namespace PxeOutputs
