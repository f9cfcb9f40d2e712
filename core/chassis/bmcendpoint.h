// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

/// Where a BMC listens: `host[:port]`, `[v6addr]:port` or a bare host.
///
/// FreeIPMI accepts `host:port` everywhere, which is how the lab's BMCs listen on
/// an unprivileged port; real BMCs use the RMCP default 623.
struct BmcEndpoint
{
    static constexpr quint16 DefaultPort = 623;

    QString host;
    quint16 port = DefaultPort;

    static std::optional<BmcEndpoint> parse(const QString &text, QString *error = nullptr);

    /// The form FreeIPMI takes: `host` for the default port, `host:port` otherwise
    /// (IPv6 literals bracketed).
    QString toString() const;

    friend bool operator==(const BmcEndpoint &, const BmcEndpoint &) = default;
};
