// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pxeoutput.h"

#include <QString>

struct PxePlan;

/// Pure functions from a plan to the text of each file: no I/O, no clock, so
/// the same plan always gives the same bytes (and SafeWriter can tell "unchanged").
///
/// They expect a plan that PxePlanValidator accepts; on an invalid plan they
/// still return text, but it may not be a valid configuration.
namespace PxeGenerator {
QString generate(PxeOutput output, const PxePlan &plan);

/// ISC dhcpd: the seed's global and subnet statements, then one `host` line per host.
QString dhcpdConf(const PxePlan &plan);
/// Kea DHCPv4 (JSON): the same subnet, options and hosts as reservations.
QString keaConf(const PxePlan &plan);
/// dnsmasq: DHCP only (DNS off), the same options, hosts as dhcp-host lines.
QString dnsmasqConf(const PxePlan &plan);
/// `tftp dgram udp wait root /usr/libexec/tftpd tftpd -l -s ROOT`
QString inetdConf(const PxePlan &plan);
/// The NFSv4 `V4:` line and the read-only root export.
QString exports(const PxePlan &plan);
/// dhcpd, inetd and NFS enable lines, as in the seed.
QString rcConf(const PxePlan &plan);
/// boot_serial, console, comconsole_port, comconsole_speed.
QString loaderConf(const PxePlan &plan);
/// `ttyu2  "/usr/libexec/getty std.115200" xterm  on  secure`
QString ttysLine(const PxePlan &plan);
/// The remaining manual steps: packages, pxeboot, extracting base.txz, ttys, services.
QString commandSheet(const PxePlan &plan);
} // namespace PxeGenerator
