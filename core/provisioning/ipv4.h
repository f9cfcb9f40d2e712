// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <optional>

/// Strict dotted-quad IPv4 helpers for the PXE plan. Stricter than
/// QHostAddress on purpose: "192.168.1" or "0300.0250.1.1" are not what an
/// operator means in dhcpd.conf, so they are rejected, not reinterpreted.
namespace Ipv4 {
/// Four decimal octets 0..255 without leading zeros; nullopt otherwise.
std::optional<std::uint32_t> parse(const QString &text);
QString toString(std::uint32_t address);
/// 24 for 255.255.255.0; -1 when @p mask has non-contiguous bits.
int prefixLength(std::uint32_t mask);
std::uint32_t maskFromPrefix(int prefixLength);
} // namespace Ipv4
